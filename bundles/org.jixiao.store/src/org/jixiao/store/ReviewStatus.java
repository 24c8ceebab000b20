package org.jixiao.store;

import java.math.BigDecimal;
import java.time.Instant;

import org.jixiao.model.evaluation.Grade;

/**
 * Where one evaluation stands in the review chain, from {@link ReviewWorkflow#status(long)}.
 *
 * @param evaluationId the evaluation's id
 * @param state its state
 * @param unit the unit that owns it (its department's name as saved), or {@code null}
 * @param supervisor its 主管部门, or {@code null}
 * @param selfScore the total of the last submission (自评得分), or {@code null} before the first
 * @param selfGrade the grade of the last submission, or {@code null}
 * @param reviewScore the total after the bureau's adjustments (复核得分), or {@code null} before confirmation
 * @param reviewGrade the grade of the review score, or {@code null}
 * @param changedAt when the state last changed, or {@code null} when it never did
 * @param changedBy who changed it last, or {@code null}
 * @param submissions how many submissions are kept
 */
public record ReviewStatus(long evaluationId, ReviewState state, String unit, String supervisor, BigDecimal selfScore, Grade selfGrade,
		BigDecimal reviewScore, Grade reviewGrade, Instant changedAt, String changedBy, int submissions) {
}
