package org.jixiao.core.consolidation;

/**
 * The states of the review chain as the store keeps them (EVALUATION.REVIEW_STATE), with the names
 * people read.
 */
public final class ReviewStates {

	/** 草稿: being filled in. */
	public static final String DRAFT = "DRAFT"; //$NON-NLS-1$
	/** 已提交: submitted, frozen. */
	public static final String SUBMITTED = "SUBMITTED"; //$NON-NLS-1$
	/** 主管部门审核: under the 主管部门's review. */
	public static final String SUPERVISOR_REVIEW = "SUPERVISOR_REVIEW"; //$NON-NLS-1$
	/** 财政审核: under the bureau's review. */
	public static final String BUREAU_REVIEW = "BUREAU_REVIEW"; //$NON-NLS-1$
	/** 已确认: confirmed by the bureau, with its 复核得分. */
	public static final String CONFIRMED = "CONFIRMED"; //$NON-NLS-1$
	/** 退回: returned to the unit. */
	public static final String RETURNED = "RETURNED"; //$NON-NLS-1$

	private ReviewStates() {
	}

	/**
	 * @param state a state as stored
	 * @return whether the unit's score of an evaluation in that state is the one it submitted
	 *         (SELF_SCORE) rather than the one of its working copy
	 */
	public static boolean submitted(String state) {
		return !DRAFT.equals(state) && !RETURNED.equals(state);
	}

	/**
	 * @param state a state as stored
	 * @return its name for people: 草稿, 已提交, 主管部门审核, 财政审核, 已确认, 退回 (or the English
	 *         names); the state itself when unknown
	 */
	public static String label(String state) {
		return switch (state) {
		case DRAFT -> Messages.ReviewStates_draft;
		case SUBMITTED -> Messages.ReviewStates_submitted;
		case SUPERVISOR_REVIEW -> Messages.ReviewStates_supervisorReview;
		case BUREAU_REVIEW -> Messages.ReviewStates_bureauReview;
		case CONFIRMED -> Messages.ReviewStates_confirmed;
		case RETURNED -> Messages.ReviewStates_returned;
		default -> state;
		};
	}
}
