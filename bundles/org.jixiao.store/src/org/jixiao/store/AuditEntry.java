package org.jixiao.store;

import java.time.Instant;

/**
 * One entry of an evaluation's audit trail: who changed what, when, from which value to which.
 *
 * @param evaluationId the evaluation's id (kept after the evaluation is deleted)
 * @param at when the change was saved
 * @param user who saved it
 * @param action what was done
 * @param entityPath the changed row, e.g. {@code 产出指标 / 数量指标 / 发展党员}; empty for the evaluation
 *            itself
 * @param field the changed field (an attribute of the metamodel, {@code adjustment.score} for the
 *            officer's score of an indicator), or {@code null} for a whole row or evaluation
 * @param oldValue the value before, or {@code null}
 * @param newValue the value after, or {@code null}
 */
public record AuditEntry(long evaluationId, Instant at, String user, Action action, String entityPath, String field, String oldValue,
		String newValue) {

	/** What an audit entry records. */
	public enum Action {
		/** The evaluation was saved for the first time. */
		CREATED,
		/** A field changed. */
		CHANGED,
		/** A row was added. */
		ADDED,
		/** A row was removed. */
		REMOVED,
		/** The evaluation was created as a copy of another year's ({@code oldValue} names the source id). */
		COPIED,
		/** The evaluation was deleted ({@code oldValue} describes it). */
		DELETED
	}
}
