package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A grade and the lowest total score (inclusive) that earns it.
 *
 * @param grade the grade
 * @param minScore the lowest total of the band
 */
public record GradeBand(Grade grade, BigDecimal minScore) {

	/** Checks that both components are present. */
	public GradeBand {
		Objects.requireNonNull(grade);
		Objects.requireNonNull(minScore);
	}
}
