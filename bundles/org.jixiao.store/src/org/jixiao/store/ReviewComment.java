package org.jixiao.store;

import java.time.Instant;

/**
 * A reviewer's comment on one indicator row or on the whole evaluation, made when returning a
 * submission ({@link ReviewWorkflow#comments(long)}).
 *
 * @param evaluationId the evaluation's id
 * @param submissionNumber the submission it was made on
 * @param rowUid the row's uid ({@code Indicator.uid}), or {@code null} for the whole evaluation
 * @param rowPath the row's path, e.g. {@code 产出指标 / 数量指标 / 发展党员}, or {@code null}
 * @param text the comment
 * @param user who made it
 * @param role the role the reviewer acted in, or {@code null}
 * @param at when
 */
public record ReviewComment(long evaluationId, int submissionNumber, String rowUid, String rowPath, String text, String user, Role role,
		Instant at) {
}
