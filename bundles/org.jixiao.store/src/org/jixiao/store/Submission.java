package org.jixiao.store;

import java.math.BigDecimal;
import java.time.Instant;

import org.jixiao.model.evaluation.Grade;

/**
 * One kept submission of an evaluation: its XMI snapshot is read with
 * {@link ReviewWorkflow#submissionContent(long, int)}.
 *
 * @param evaluationId the evaluation's id
 * @param number its number, counting the evaluation's submissions from 1
 * @param evaluationVersion the stored version submitted
 * @param submittedAt when
 * @param submittedBy who
 * @param selfScore the total then (自评得分), or {@code null} for an unknown rule set
 * @param selfGrade the grade then, or {@code null}
 * @param sha256 the SHA-256 of the XMI snapshot, lower-case hexadecimal
 */
public record Submission(long evaluationId, int number, int evaluationVersion, Instant submittedAt, String submittedBy, BigDecimal selfScore,
		Grade selfGrade, String sha256) {
}
