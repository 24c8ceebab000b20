package org.jixiao.store;

import org.jixiao.store.internal.Messages;

/**
 * Where an evaluation stands in the review chain 单位填报 → 主管部门审核 → 财政审核 (column
 * {@code EVALUATION.REVIEW_STATE}). Only a {@link #DRAFT} or {@link #RETURNED} evaluation can be
 * changed; in every other state it is frozen as submitted.
 */
public enum ReviewState {
	/** 草稿: being filled in by the unit. */
	DRAFT,
	/** 已提交: submitted by the unit, a snapshot kept; frozen. */
	SUBMITTED,
	/** 主管部门审核: under the 主管部门's review. */
	SUPERVISOR_REVIEW,
	/** 财政审核: under the finance bureau's review. */
	BUREAU_REVIEW,
	/** 已确认: confirmed by the bureau, with its 复核得分. */
	CONFIRMED,
	/** 退回: returned to the unit with comments; the unit edits and submits again. */
	RETURNED;

	/** @return whether the unit can change the evaluation in this state: {@link #DRAFT} or {@link #RETURNED} */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

	/** @return the name people read: 草稿, 已提交, 主管部门审核, 财政审核, 已确认, 退回 (or the English names) */
	public String displayName() {
		return switch (this) {
		case DRAFT -> Messages.ReviewState_draft;
		case SUBMITTED -> Messages.ReviewState_submitted;
		case SUPERVISOR_REVIEW -> Messages.ReviewState_supervisorReview;
		case BUREAU_REVIEW -> Messages.ReviewState_bureauReview;
		case CONFIRMED -> Messages.ReviewState_confirmed;
		case RETURNED -> Messages.ReviewState_returned;
		};
	}
}
