package org.jixiao.store;

import java.time.Instant;
import java.time.LocalDate;

import org.jixiao.store.internal.Messages;

/**
 * A rectification notice (整改通知) on a confirmed evaluation: the bureau's problem, requirement and
 * deadline, the unit's answer and the bureau's decision.
 *
 * @param id the notice's id
 * @param evaluationId the evaluation's id
 * @param problem 问题
 * @param requirement 要求
 * @param deadline 期限
 * @param state where it stands
 * @param issuedBy who issued it
 * @param issuedAt when
 * @param answer the unit's last answer, or {@code null}
 * @param answeredBy who answered, or {@code null}
 * @param answeredAt when, or {@code null}
 * @param decisionComment the bureau's comment on its last decision, or {@code null}
 * @param decidedBy who decided, or {@code null}
 * @param decidedAt when, or {@code null}
 */
public record Rectification(long id, long evaluationId, String problem, String requirement, LocalDate deadline, State state, String issuedBy,
		Instant issuedAt, String answer, String answeredBy, Instant answeredAt, String decisionComment, String decidedBy, Instant decidedAt) {

	/** The beginning of the owner uid of a rectification's evidence files. */
	public static final String EVIDENCE_OWNER_PREFIX = "rectification:"; //$NON-NLS-1$

	/**
	 * @param rectificationId a notice's id
	 * @return the owner uid under which the unit attaches the evidence of its rectification
	 *         ({@link EvidenceStore#add}); such files can be added while the evaluation is 已确认
	 */
	public static String evidenceOwner(long rectificationId) {
		return EVIDENCE_OWNER_PREFIX + rectificationId;
	}

	/** Where a rectification stands: ISSUED → ANSWERED → ACCEPTED, or RETURNED → ANSWERED again. */
	public enum State {
		/** 已下达: waiting for the unit's answer. */
		ISSUED,
		/** 已答复: waiting for the bureau's decision. */
		ANSWERED,
		/** 已通过: done. */
		ACCEPTED,
		/** 已退回: the unit answers again. */
		RETURNED;

		/** @return the name people read: 已下达, 已答复, 已通过, 已退回 */
		public String displayName() {
			return switch (this) {
			case ISSUED -> Messages.RectificationState_issued;
			case ANSWERED -> Messages.RectificationState_answered;
			case ACCEPTED -> Messages.RectificationState_accepted;
			case RETURNED -> Messages.RectificationState_returned;
			};
		}
	}
}
