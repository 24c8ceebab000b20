package org.jixiao.store;

import org.jixiao.store.internal.Messages;

/**
 * A step of the review chain, as {@link ReviewWorkflow} offers it and {@link ReviewEvent} records it:
 * the first six move the evaluation's {@link ReviewState} (the table {@code REVIEW_TRANSITION} says
 * which role may take which), the last four are the steps of a rectification (整改) of a confirmed
 * evaluation.
 */
public enum ReviewAction {
	/** 提交: the unit submits (草稿 or 退回 → 已提交). */
	SUBMIT,
	/** 撤回: the unit takes its submission back before anyone accepted it (已提交 → 草稿). */
	WITHDRAW,
	/** 受理: a reviewer takes the submission up (已提交 → 主管部门审核 or 财政审核). */
	ACCEPT,
	/** 报送财政: the 主管部门 passes it on to the bureau (主管部门审核 → 财政审核). */
	FORWARD,
	/** 退回: a reviewer returns it to the unit with comments (已提交 or either review → 退回). */
	RETURN,
	/** 确认: the bureau confirms it, with its adjustments (财政审核 → 已确认). */
	CONFIRM,
	/** 下达整改: the bureau issues a rectification notice on a confirmed evaluation. */
	ISSUE_RECTIFICATION,
	/** 整改答复: the unit answers a rectification notice. */
	ANSWER_RECTIFICATION,
	/** 整改通过: the bureau accepts the unit's rectification. */
	ACCEPT_RECTIFICATION,
	/** 整改退回: the bureau returns the unit's rectification. */
	RETURN_RECTIFICATION;

	/** @return whether the action moves the evaluation's state (the first six) */
	public boolean isTransition() {
		return ordinal() <= CONFIRM.ordinal();
	}

	/** @return the name people read: 提交, 撤回, 受理, 报送财政, 退回, 确认, 下达整改, 整改答复, 整改通过, 整改退回 */
	public String displayName() {
		return switch (this) {
		case SUBMIT -> Messages.ReviewAction_submit;
		case WITHDRAW -> Messages.ReviewAction_withdraw;
		case ACCEPT -> Messages.ReviewAction_accept;
		case FORWARD -> Messages.ReviewAction_forward;
		case RETURN -> Messages.ReviewAction_return;
		case CONFIRM -> Messages.ReviewAction_confirm;
		case ISSUE_RECTIFICATION -> Messages.ReviewAction_issueRectification;
		case ANSWER_RECTIFICATION -> Messages.ReviewAction_answerRectification;
		case ACCEPT_RECTIFICATION -> Messages.ReviewAction_acceptRectification;
		case RETURN_RECTIFICATION -> Messages.ReviewAction_returnRectification;
		};
	}
}
