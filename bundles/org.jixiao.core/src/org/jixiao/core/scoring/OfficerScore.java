package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A score set by hand by the evaluating officer (RULES §7). Who and when belong to the audit trail.
 *
 * @param score the score
 * @param reason why; a blank reason makes the adjustment invalid
 */
public record OfficerScore(BigDecimal score, String reason) {

	/** Checks that both components are present. */
	public OfficerScore {
		Objects.requireNonNull(score);
		Objects.requireNonNull(reason);
	}
}
