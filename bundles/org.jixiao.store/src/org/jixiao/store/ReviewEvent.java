package org.jixiao.store;

import java.time.Instant;

/**
 * One step of an evaluation's review history ({@link ReviewWorkflow#history(long)}).
 *
 * @param evaluationId the evaluation's id
 * @param submissionNumber the submission the step concerns, or {@code null} before the first
 * @param at when
 * @param user who
 * @param role the role the user acted in, or {@code null} on a store without accounts
 * @param action what was done
 * @param from the state before
 * @param to the state after (the same for the steps of a rectification)
 * @param comment the comment given, or {@code null}
 */
public record ReviewEvent(long evaluationId, Integer submissionNumber, Instant at, String user, Role role, ReviewAction action, ReviewState from,
		ReviewState to, String comment) {
}
