package org.jixiao.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jixiao.model.evaluation.Evaluation;

/**
 * The review chain of the evaluations of one {@link EvaluationStore}, from
 * {@link EvaluationStore#workflow()}: 草稿 → 已提交 → 主管部门审核 → 财政审核 → 已确认, and back to 退回 from
 * 已提交 or either review; rectifications (整改) of confirmed evaluations.
 * <p>
 * Who may take which step is the table {@code REVIEW_TRANSITION} for the session's {@link Role}; on a
 * store without accounts (the embedded single-user store, the database's owner) the one user takes
 * every step. Each step is one transaction: the state changes by a compare-and-set on the state the
 * step saw (a step that lost the race to another session is refused and changes nothing), and writes
 * a {@link ReviewEvent} and an audit entry with it. While an evaluation is neither 草稿 nor 退回 it is
 * frozen: {@link EvaluationStore#update} and evidence changes are refused.
 */
public interface ReviewWorkflow {

	/**
	 * A reviewer's comment on one row, for {@link ReviewWorkflow#returnToUnit}.
	 *
	 * @param row the row's uid, its path ({@code 产出指标/数量指标/发展党员}, spaces around the slashes
	 *            optional), or a name only one row of the submission has
	 * @param text the comment; not blank
	 */
	record RowComment(String row, String text) {
		/** Checks that both are given. */
		public RowComment {
			Objects.requireNonNull(row);
			Objects.requireNonNull(text);
		}
	}

	/**
	 * The bureau's score of one row, for {@link ReviewWorkflow#confirm}.
	 *
	 * @param row the row's uid, its path, or a name only one row of the submission has
	 * @param score the review score: within [0, weight] and the rule set's band for the row
	 * @param reason why; not blank
	 */
	record Adjustment(String row, BigDecimal score, String reason) {
		/** Checks that all are given. */
		public Adjustment {
			Objects.requireNonNull(row);
			Objects.requireNonNull(score);
			Objects.requireNonNull(reason);
		}
	}

	/**
	 * @param id the evaluation's id
	 * @return where it stands
	 * @throws StoreException when there is no such evaluation (for this session)
	 */
	ReviewStatus status(long id) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return the steps this session may take on it now: by its state and the session's role, and for
	 *         a confirmed evaluation the rectification steps its open notice allows
	 * @throws StoreException when there is no such evaluation
	 */
	Set<ReviewAction> allowedActions(long id) throws StoreException;

	/**
	 * Submits the evaluation (草稿 or 退回 → 已提交): keeps its XMI with the SHA-256 as the next
	 * {@link Submission}, and its stored total and grade as the 自评得分. Refused while the evaluation
	 * has errors (its total is then no valid score).
	 *
	 * @param id the evaluation's id
	 * @param user who submits
	 * @return the submission kept
	 * @throws StoreException when the step is not allowed (the message names the evaluation, its state
	 *             and the role), another session moved it first, or it cannot be stored
	 */
	Submission submit(long id, String user) throws StoreException;

	/**
	 * Takes a submission back (已提交 → 草稿); the submission stays kept.
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param comment why, or {@code null}
	 * @return the new status
	 * @throws StoreException as {@link #submit}
	 */
	ReviewStatus withdraw(long id, String user, String comment) throws StoreException;

	/**
	 * Takes a submission up for review (已提交 → 主管部门审核 for a 主管部门, → 财政审核 for the bureau; on a
	 * store without accounts → 主管部门审核).
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param comment a comment, or {@code null}
	 * @return the new status
	 * @throws StoreException as {@link #submit}
	 */
	ReviewStatus accept(long id, String user, String comment) throws StoreException;

	/**
	 * Passes a reviewed evaluation on to the bureau (主管部门审核 → 财政审核).
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param comment a comment, or {@code null}
	 * @return the new status
	 * @throws StoreException as {@link #submit}
	 */
	ReviewStatus forward(long id, String user, String comment) throws StoreException;

	/**
	 * Returns the evaluation to its unit (已提交 or either review → 退回) with comments on the latest
	 * submission.
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param comment the comment on the whole evaluation; not blank
	 * @param rows comments on rows of the submission
	 * @return the new status
	 * @throws StoreException when a row is not in the submission (the message names it), and as
	 *             {@link #submit}
	 */
	ReviewStatus returnToUnit(long id, String user, String comment, List<RowComment> rows) throws StoreException;

	/**
	 * Confirms the evaluation (财政审核 → 已确认): the 复核得分 is the total the rule set gives the latest
	 * submission with the adjusted rows' scores replaced by the bureau's.
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param comment a comment, or {@code null}
	 * @param adjustments the bureau's scores of rows
	 * @return the new status, with the review score and grade
	 * @throws StoreException when a row is not in the submission, a reason is blank, or a score lies
	 *             outside the row's band (the message names the row and the band), and as {@link #submit}
	 */
	ReviewStatus confirm(long id, String user, String comment, List<Adjustment> adjustments) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return every submission kept, oldest first
	 * @throws StoreException when the database cannot be read
	 */
	List<Submission> submissions(long id) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @param number the submission's number
	 * @return the evaluation as submitted, after its SHA-256 was checked
	 * @throws StoreException when there is no such submission, or its content does not match its SHA-256
	 *             (the message says so) or cannot be read
	 */
	Evaluation submissionContent(long id, int number) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return every step of its review chain and rectifications, oldest first
	 * @throws StoreException when the database cannot be read
	 */
	List<ReviewEvent> history(long id) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return the comments of the latest return, the whole evaluation's first; empty when it was
	 *         never returned
	 * @throws StoreException when the database cannot be read
	 */
	List<ReviewComment> comments(long id) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return the bureau's adjustments at confirmation
	 * @throws StoreException when the database cannot be read
	 */
	List<ReviewAdjustment> adjustments(long id) throws StoreException;

	/**
	 * Issues a rectification notice on a confirmed evaluation (the bureau).
	 *
	 * @param id the evaluation's id
	 * @param user who
	 * @param problem 问题; not blank
	 * @param requirement 要求; not blank
	 * @param deadline 期限
	 * @return the notice
	 * @throws StoreException when the evaluation is not confirmed, the session is no bureau's, or a text
	 *             is blank
	 */
	Rectification issueRectification(long id, String user, String problem, String requirement, LocalDate deadline) throws StoreException;

	/**
	 * Answers a rectification notice that is issued or returned (the unit).
	 *
	 * @param rectificationId the notice's id
	 * @param user who
	 * @param answer what was rectified; not blank
	 * @return the notice
	 * @throws StoreException when the notice is in another state, or the session is no unit's
	 */
	Rectification answerRectification(long rectificationId, String user, String answer) throws StoreException;

	/**
	 * Accepts an answered rectification (the bureau).
	 *
	 * @param rectificationId the notice's id
	 * @param user who
	 * @param comment a comment, or {@code null}
	 * @return the notice
	 * @throws StoreException when the notice is not answered, or the session is no bureau's
	 */
	Rectification acceptRectification(long rectificationId, String user, String comment) throws StoreException;

	/**
	 * Returns an answered rectification to the unit (the bureau).
	 *
	 * @param rectificationId the notice's id
	 * @param user who
	 * @param comment why; not blank
	 * @return the notice
	 * @throws StoreException when the notice is not answered, or the session is no bureau's
	 */
	Rectification returnRectification(long rectificationId, String user, String comment) throws StoreException;

	/**
	 * @param id the evaluation's id
	 * @return its rectification notices, oldest first
	 * @throws StoreException when the database cannot be read
	 */
	List<Rectification> rectifications(long id) throws StoreException;
}
