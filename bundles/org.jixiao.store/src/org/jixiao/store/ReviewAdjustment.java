package org.jixiao.store;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The bureau's score of one indicator row at confirmation (复核), with its reason
 * ({@link ReviewWorkflow#adjustments(long)}).
 *
 * @param evaluationId the evaluation's id
 * @param submissionNumber the submission confirmed
 * @param rowUid the row's uid
 * @param rowPath the row's path
 * @param selfScore the unit's score of the row in that submission
 * @param reviewScore the bureau's score
 * @param reason why
 * @param user who
 * @param at when
 */
public record ReviewAdjustment(long evaluationId, int submissionNumber, String rowUid, String rowPath, BigDecimal selfScore,
		BigDecimal reviewScore, String reason, String user, Instant at) {
}
