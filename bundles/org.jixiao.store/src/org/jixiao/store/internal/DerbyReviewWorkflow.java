package org.jixiao.store.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.ScoreFlag;
import org.jixiao.core.scoring.ScoreProblem;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.Rectification;
import org.jixiao.store.ReviewAction;
import org.jixiao.store.ReviewAdjustment;
import org.jixiao.store.ReviewComment;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewState;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.Submission;

/**
 * The Derby side of {@link ReviewWorkflow}, on the connection of its {@link DerbyEvaluationStore}
 * and under that store's lock. Every step checks in Java first (with a message naming the
 * evaluation, its state and the role), then changes the state by one compare-and-set {@code UPDATE}
 * on the state it read, and writes its {@code REVIEW_EVENT} and {@code AUDIT} rows in the same
 * transaction; the served database's triggers are the backstop. Every read names its tables through
 * {@link DerbyEvaluationStore#readable(String)}.
 */
public final class DerbyReviewWorkflow implements ReviewWorkflow {

	/** The audit trail's field of a change of state. */
	static final String AUDIT_STATE = "reviewState"; //$NON-NLS-1$
	/** The audit trail's field of the bureau's score of a row. */
	static final String AUDIT_REVIEW_SCORE = "reviewScore"; //$NON-NLS-1$
	/** The audit trail's field of a rectification. */
	static final String AUDIT_RECTIFICATION = "rectification"; //$NON-NLS-1$

	private static final String STATUS_COLUMNS = "REVIEW_STATE, UNIT, SUPERVISOR, SELF_SCORE, SELF_GRADE, REVIEW_SCORE, REVIEW_GRADE, " //$NON-NLS-1$
			+ "STATE_CHANGED_AT, STATE_CHANGED_BY, FISCAL_YEAR, VERSION, TOTAL_SCORE, GRADE, ERROR_COUNT"; //$NON-NLS-1$
	private static final String MOVE = "UPDATE EVALUATION SET REVIEW_STATE = ?, STATE_CHANGED_AT = ?, STATE_CHANGED_BY = ? WHERE ID = ? AND REVIEW_STATE = ?"; //$NON-NLS-1$
	private static final String MOVE_SUBMIT = "UPDATE EVALUATION SET REVIEW_STATE = ?, STATE_CHANGED_AT = ?, STATE_CHANGED_BY = ?, SELF_SCORE = ?, " //$NON-NLS-1$
			+ "SELF_GRADE = ? WHERE ID = ? AND REVIEW_STATE = ? AND VERSION = ?"; //$NON-NLS-1$
	private static final String MOVE_CONFIRM = "UPDATE EVALUATION SET REVIEW_STATE = ?, STATE_CHANGED_AT = ?, STATE_CHANGED_BY = ?, REVIEW_SCORE = ?, " //$NON-NLS-1$
			+ "REVIEW_GRADE = ? WHERE ID = ? AND REVIEW_STATE = ?"; //$NON-NLS-1$
	private static final String INSERT_EVENT = "INSERT INTO REVIEW_EVENT (EVALUATION_ID, SUBMISSION_NUMBER, HAPPENED_AT, BY_USER, ROLE_NAME, ACTION, " //$NON-NLS-1$
			+ "FROM_STATE, TO_STATE, COMMENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT_SUBMISSION = "INSERT INTO SUBMISSION (EVALUATION_ID, NUMBER, EVALUATION_VERSION, SUBMITTED_AT, SUBMITTED_BY, " //$NON-NLS-1$
			+ "SELF_SCORE, SELF_GRADE, SHA256, CONTENT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT_COMMENT = "INSERT INTO REVIEW_COMMENT (EVALUATION_ID, SUBMISSION_NUMBER, ROW_UID, ROW_PATH, TEXT, BY_USER, " //$NON-NLS-1$
			+ "ROLE_NAME, MADE_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INSERT_ADJUSTMENT = "INSERT INTO REVIEW_ADJUSTMENT (EVALUATION_ID, SUBMISSION_NUMBER, ROW_UID, ROW_PATH, SELF_SCORE, " //$NON-NLS-1$
			+ "REVIEW_SCORE, REASON, BY_USER, MADE_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String RECTIFICATION_COLUMNS = "ID, EVALUATION_ID, PROBLEM, REQUIREMENT, DEADLINE, STATE, ISSUED_BY, ISSUED_AT, ANSWER, " //$NON-NLS-1$
			+ "ANSWERED_BY, ANSWERED_AT, DECISION_COMMENT, DECIDED_BY, DECIDED_AT"; //$NON-NLS-1$
	/** Texts are cut to this length (the columns'). */
	private static final int TEXT_LIMIT = 32672;
	private static final int PATH_LIMIT = 4000;

	private final DerbyEvaluationStore store;
	private final Connection connection;
	private final Statements statements;
	private final EvaluationReader reader;

	DerbyReviewWorkflow(DerbyEvaluationStore store, Connection connection, Statements statements) {
		this.store = store;
		this.connection = connection;
		this.statements = statements;
		this.reader = new EvaluationReader(statements, store::readable);
	}

	/** The evaluation's row as a step reads it before acting. */
	private record Current(long id, ReviewState state, String unit, String supervisor, BigDecimal selfScore, String selfGrade, BigDecimal reviewScore,
			String reviewGrade, Timestamp changedAt, String changedBy, int year, int version, BigDecimal total, String grade, Integer errors) {

		/** @return how messages name it: {@code 12（党政办公室 2023）} */
		String name() {
			return NLS.bind(Messages.Workflow_evaluation, new Object[] { id, unit == null ? "?" : unit, year }); //$NON-NLS-1$
		}
	}

	/** A row of {@code REVIEW_TRANSITION}. */
	private record Transition(ReviewState from, ReviewState to, ReviewAction action) {
	}

	// ---- reading

	@Override
	public ReviewStatus status(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				Current current = current(id);
				int submissions = lastSubmission(id);
				connection.commit();
				return status(current, submissions);
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("status " + id, e); //$NON-NLS-1$
			}
		}
	}

	private static ReviewStatus status(Current c, int submissions) {
		return new ReviewStatus(c.id(), c.state(), c.unit(), c.supervisor(), c.selfScore(), grade(c.selfGrade()), c.reviewScore(),
				grade(c.reviewGrade()), c.changedAt() == null ? null : c.changedAt().toInstant(), c.changedBy(), submissions);
	}

	@Override
	public Set<ReviewAction> allowedActions(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				Current current = current(id);
				Set<ReviewAction> allowed = EnumSet.noneOf(ReviewAction.class);
				for (Transition transition : transitions()) {
					if (transition.from() == current.state()) {
						allowed.add(transition.action());
					}
				}
				if (current.state() == ReviewState.CONFIRMED) {
					if (acts(Role.BUREAU)) {
						allowed.add(ReviewAction.ISSUE_RECTIFICATION);
					}
					for (Rectification rectification : readRectifications(id)) {
						switch (rectification.state()) {
						case ISSUED, RETURNED -> {
							if (acts(Role.FILLER)) {
								allowed.add(ReviewAction.ANSWER_RECTIFICATION);
							}
						}
						case ANSWERED -> {
							if (acts(Role.BUREAU)) {
								allowed.add(ReviewAction.ACCEPT_RECTIFICATION);
								allowed.add(ReviewAction.RETURN_RECTIFICATION);
							}
						}
						case ACCEPTED -> {
							// nothing left to do
						}
						}
					}
				}
				connection.commit();
				return allowed;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("allowed actions " + id, e); //$NON-NLS-1$
			}
		}
	}

	/** @return whether this session acts in the role: it holds it, or nothing is restricted */
	private boolean acts(Role role) {
		return store.role() == null || store.role() == role;
	}

	/** @return the evaluation's row, in the caller's transaction, which is rolled back when there is none */
	private Current current(long id) throws SQLException, StoreException {
		PreparedStatement select = statements.get("SELECT " + STATUS_COLUMNS + " FROM " + store.readable("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		select.setLong(1, id);
		try (ResultSet row = select.executeQuery()) {
			if (row.next()) {
				return new Current(id, ReviewState.valueOf(row.getString(1)), row.getString(2), row.getString(3), row.getBigDecimal(4), row.getString(5),
						row.getBigDecimal(6), row.getString(7), row.getTimestamp(8), row.getString(9), row.getInt(10), row.getInt(11),
						row.getBigDecimal(12), row.getString(13), row.getObject(14) == null ? null : row.getInt(14));
			}
		}
		connection.rollback();
		throw new StoreException(NLS.bind(Messages.Store_notFound, store.location(), id), null);
	}

	/**
	 * @return the moves this session may make: the rows of {@code REVIEW_TRANSITION} for its role, or
	 *         every row where nothing is restricted
	 */
	private List<Transition> transitions() throws SQLException {
		Role role = store.role();
		PreparedStatement select = statements.get(role == null
				? "SELECT FROM_STATE, TO_STATE, ACTION FROM REVIEW_TRANSITION ORDER BY FROM_STATE, TO_STATE" //$NON-NLS-1$
				: "SELECT FROM_STATE, TO_STATE, ACTION FROM REVIEW_TRANSITION WHERE ROLE_NAME = ? ORDER BY FROM_STATE, TO_STATE"); //$NON-NLS-1$
		if (role != null) {
			select.setString(1, role.name());
		}
		List<Transition> transitions = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				transitions.add(new Transition(ReviewState.valueOf(row.getString(1)), ReviewState.valueOf(row.getString(2)),
						ReviewAction.valueOf(row.getString(3))));
			}
		}
		return transitions;
	}

	/** @return the number of the evaluation's latest submission, 0 when there is none */
	private int lastSubmission(long id) throws SQLException {
		PreparedStatement select = statements.get("SELECT MAX(NUMBER) FROM " + store.readable("SUBMISSION") + " WHERE EVALUATION_ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		select.setLong(1, id);
		try (ResultSet row = select.executeQuery()) {
			row.next();
			return row.getInt(1);
		}
	}

	/**
	 * @return who a step names: on a served store the session's account, which the database's
	 *         triggers compare a step's rows with, else the user given
	 *         ({@link DerbyEvaluationStore#account(String)})
	 */
	private String signer(String givenUser) throws StoreException {
		try {
			return store.account(givenUser);
		} catch (SQLException e) {
			store.rollbackQuietly(e);
			throw store.failed("session user", e); //$NON-NLS-1$
		}
	}

	// ---- the frozen check

	/**
	 * Refuses to change an evaluation that is neither 草稿 nor 退回, in the caller's transaction (rolled
	 * back when refused). An evaluation this session cannot see passes: the caller reports it missing.
	 *
	 * @param id the evaluation's id
	 * @param deleting whether the change deletes it: an administrator may delete a frozen evaluation
	 */
	void checkEditable(long id, boolean deleting) throws SQLException, StoreException {
		checkEditable(id, deleting, false);
	}

	/**
	 * Refuses to change the evidence of an evaluation that is neither 草稿 nor 退回, as
	 * {@link #checkEditable(long, boolean)}; the evidence of a rectification (owner
	 * {@link Rectification#evidenceOwner(long)}) is the exception, changed while the evaluation is 已确认.
	 *
	 * @param id the evaluation's id
	 * @param ownerUid the owner of the evidence file
	 */
	void checkEvidence(long id, String ownerUid) throws SQLException, StoreException {
		checkEditable(id, false, ownerUid != null && ownerUid.startsWith(Rectification.EVIDENCE_OWNER_PREFIX));
	}

	private void checkEditable(long id, boolean deleting, boolean rectifying) throws SQLException, StoreException {
		if (deleting && store.role() == Role.ADMIN) {
			return;
		}
		PreparedStatement select = statements.get("SELECT REVIEW_STATE, UNIT, FISCAL_YEAR FROM " + store.readable("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		select.setLong(1, id);
		try (ResultSet row = select.executeQuery()) {
			if (!row.next()) {
				return;
			}
			ReviewState state = ReviewState.valueOf(row.getString(1));
			if (state.editable() || rectifying && state == ReviewState.CONFIRMED) {
				return;
			}
			String name = NLS.bind(Messages.Workflow_evaluation, new Object[] { id, row.getString(2) == null ? "?" : row.getString(2), row.getInt(3) }); //$NON-NLS-1$
			connection.rollback();
			throw new StoreException(NLS.bind(deleting ? Messages.Workflow_frozenDelete : Messages.Workflow_frozen,
					new Object[] { name, state.displayName(), id }), null);
		}
	}

	// ---- the steps

	@Override
	public Submission submit(long id, String givenUser) throws StoreException {
		synchronized (store) {
			String user = signer(givenUser);
			store.checkOpen();
			try {
				Current current = current(id);
				Transition move = allowed(current, ReviewAction.SUBMIT);
				if (current.errors() != null && current.errors() > 0) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Workflow_hasErrors, current.name(), current.errors()), null);
				}
				Timestamp now = Timestamp.from(Instant.now());
				PreparedStatement update = statements.get(MOVE_SUBMIT);
				update.setString(1, move.to().name());
				update.setTimestamp(2, now);
				update.setString(3, user);
				update.setBigDecimal(4, current.total());
				update.setString(5, current.grade());
				update.setLong(6, id);
				update.setString(7, current.state().name());
				update.setInt(8, current.version());
				if (update.executeUpdate() == 0) {
					throw movedMeanwhile(current, ReviewAction.SUBMIT);
				}
				// The row is locked now: the content read is the version compared with.
				Evaluation evaluation = reader.read(id);
				byte[] content = xmi(evaluation);
				String sha256 = sha256(content);
				int number = lastSubmission(id) + 1;
				PreparedStatement insert = statements.get(INSERT_SUBMISSION);
				insert.setLong(1, id);
				insert.setInt(2, number);
				insert.setInt(3, current.version());
				insert.setTimestamp(4, now);
				insert.setString(5, user);
				insert.setBigDecimal(6, current.total());
				insert.setString(7, current.grade());
				insert.setString(8, sha256);
				insert.setBinaryStream(9, new ByteArrayInputStream(content), content.length);
				insert.executeUpdate();
				event(id, number, now, user, ReviewAction.SUBMIT, current.state(), move.to(), null);
				store.audit(id, now, user, Action.CHANGED, "", AUDIT_STATE, current.state().name(), move.to().name()); //$NON-NLS-1$
				connection.commit();
				return new Submission(id, number, current.version(), now.toInstant(), user, current.total(), grade(current.grade()), sha256);
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | IOException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("submit " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public ReviewStatus withdraw(long id, String user, String comment) throws StoreException {
		return move(id, ReviewAction.WITHDRAW, user, comment, null);
	}

	@Override
	public ReviewStatus accept(long id, String user, String comment) throws StoreException {
		return move(id, ReviewAction.ACCEPT, user, comment, null);
	}

	@Override
	public ReviewStatus forward(long id, String user, String comment) throws StoreException {
		return move(id, ReviewAction.FORWARD, user, comment, null);
	}

	@Override
	public ReviewStatus returnToUnit(long id, String user, String comment, List<RowComment> rows) throws StoreException {
		if (blank(comment)) {
			throw new StoreException(NLS.bind(Messages.Workflow_commentRequired, id), null);
		}
		for (RowComment row : rows) {
			if (blank(row.text())) {
				throw new StoreException(NLS.bind(Messages.Workflow_rowCommentBlank, row.row(), id), null);
			}
		}
		return move(id, ReviewAction.RETURN, user, comment, (current, number, now, who) -> {
			Evaluation submitted = rows.isEmpty() ? null : content(id, number);
			List<Indicator> indicators = new ArrayList<>();
			for (RowComment row : rows) {
				indicators.add(resolve(submitted, row.row(), current, number));
			}
			return new Writes(null, null, () -> {
				PreparedStatement insert = statements.get(INSERT_COMMENT);
				addComment(insert, id, number, null, null, comment, who, now);
				for (int i = 0; i < rows.size(); i++) {
					Indicator indicator = indicators.get(i);
					addComment(insert, id, number, indicator.getUid(), RowPaths.of(indicator), rows.get(i).text(), who, now);
				}
				insert.executeBatch();
			});
		});
	}

	private void addComment(PreparedStatement insert, long id, int number, String uid, String path, String text, String user, Timestamp now)
			throws SQLException {
		insert.setLong(1, id);
		insert.setInt(2, number);
		insert.setString(3, uid);
		insert.setString(4, path == null ? null : cut(path, PATH_LIMIT));
		insert.setString(5, cut(text.strip(), TEXT_LIMIT));
		insert.setString(6, user);
		insert.setString(7, roleName());
		insert.setTimestamp(8, now);
		insert.addBatch();
	}

	@Override
	public ReviewStatus confirm(long id, String user, String comment, List<Adjustment> adjustments) throws StoreException {
		for (Adjustment adjustment : adjustments) {
			if (blank(adjustment.reason())) {
				throw new StoreException(NLS.bind(Messages.Workflow_reasonRequired, adjustment.row(), id), null);
			}
		}
		return move(id, ReviewAction.CONFIRM, user, comment, (current, number, now, who) -> {
			Evaluation submitted = content(id, number);
			ScoreSheet before;
			EvaluationScorer scorer;
			try {
				scorer = new EvaluationScorer(RuleSetService.getDefault().rulesFor(submitted));
			} catch (RuleSetException e) {
				throw new StoreException(NLS.bind(Messages.Workflow_noRuleSet, current.name(), e.getMessage()), e);
			}
			before = scorer.score(submitted);
			Map<Indicator, Adjustment> adjusted = new LinkedHashMap<>();
			Map<Indicator, BigDecimal> selfScores = new LinkedHashMap<>();
			for (Adjustment adjustment : adjustments) {
				Indicator indicator = resolve(submitted, adjustment.row(), current, number);
				if (adjusted.put(indicator, adjustment) != null) {
					throw new StoreException(NLS.bind(Messages.Workflow_adjustedTwice, RowPaths.of(indicator), id), null);
				}
				selfScores.put(indicator, before.row(indicator).score().score());
				ScoreAdjustment review = EvaluationFactory.eINSTANCE.createScoreAdjustment();
				review.setScore(adjustment.score());
				review.setReason(adjustment.reason().strip());
				review.setAdjustedBy(who);
				review.setAdjustedOn(new java.util.Date(now.getTime()));
				indicator.setAdjustment(review);
			}
			ScoreSheet after = scorer.score(submitted);
			for (Map.Entry<Indicator, Adjustment> entry : adjusted.entrySet()) {
				RowScore row = after.row(entry.getKey()).score();
				if (!row.has(ScoreFlag.ADJUSTED)) {
					throw new StoreException(NLS.bind(Messages.Workflow_outOfBand, new Object[] { RowPaths.of(entry.getKey()),
							entry.getValue().score().toPlainString(), officerProblem(row), current.name() }), null);
				}
			}
			return new Writes(after.total(), Grade.get(after.grade().officialTerm()), () -> {
				PreparedStatement insert = statements.get(INSERT_ADJUSTMENT);
				for (Map.Entry<Indicator, Adjustment> entry : adjusted.entrySet()) {
					Indicator indicator = entry.getKey();
					insert.setLong(1, id);
					insert.setInt(2, number);
					insert.setString(3, indicator.getUid());
					insert.setString(4, cut(RowPaths.of(indicator), PATH_LIMIT));
					insert.setString(5, Values.text(selfScores.get(indicator)));
					insert.setString(6, Values.text(after.row(indicator).score().score()));
					insert.setString(7, cut(entry.getValue().reason().strip(), TEXT_LIMIT));
					insert.setString(8, who);
					insert.setTimestamp(9, now);
					insert.addBatch();
				}
				insert.executeBatch();
				for (Map.Entry<Indicator, Adjustment> entry : adjusted.entrySet()) {
					RowScore row = after.row(entry.getKey()).score();
					store.audit(id, now, who, Action.CHANGED, RowPaths.of(entry.getKey()), AUDIT_REVIEW_SCORE,
							selfScores.get(entry.getKey()).toPlainString(),
							NLS.bind(Messages.Workflow_auditAdjustment, row.score().toPlainString(), entry.getValue().reason().strip()));
				}
			});
		});
	}

	/** @return the message of the scorer's refusal of an officer's score: the range, the band or the late cap */
	private static String officerProblem(RowScore row) {
		for (ScoreProblem problem : row.problems()) {
			switch (problem.code()) {
			case OFFICER_SCORE_OUT_OF_BAND, OFFICER_SCORE_OUT_OF_RANGE, OFFICER_SCORE_ABOVE_LATE_CAP, OFFICER_REASON_MISSING:
				return problem.message();
			default:
				break;
			}
		}
		return row.explanation();
	}

	/** What a step does beyond moving the state, in its transaction. */
	@FunctionalInterface
	private interface Extra {
		/**
		 * Reads and checks what the step needs, before the state changes; writes nothing.
		 *
		 * @return what to write once the state changed
		 */
		Writes apply(Current current, int submission, Timestamp now, String user) throws SQLException, StoreException, IOException;
	}

	/** Writes of a step, in its transaction. */
	@FunctionalInterface
	private interface Rows {
		void write() throws SQLException;
	}

	/**
	 * The rows a step writes after its compare-and-set of the state, so that it locks EVALUATION
	 * before AUDIT as a save does ({@link RowAccess#lockForSave}: EVALUATION, then AUDIT and the
	 * tables below): a confirmation that wrote its adjustments' audit entries first deadlocked with a
	 * unit's save (found by the benchmark server-load).
	 *
	 * @param reviewScore for a confirmation, the review score; else {@code null}
	 * @param reviewGrade for a confirmation, its grade; else {@code null}
	 * @param rows the step's own rows
	 */
	private record Writes(BigDecimal reviewScore, Grade reviewGrade, Rows rows) {
	}

	/**
	 * A step other than submitting: check, compare-and-set the state (with the review score for a
	 * confirmation), the step's own rows, the event and the audit entry, one transaction.
	 */
	private ReviewStatus move(long id, ReviewAction action, String givenUser, String comment, Extra extra) throws StoreException {
		synchronized (store) {
			String user = signer(givenUser);
			store.checkOpen();
			try {
				Current current = current(id);
				Transition move = allowed(current, action);
				Timestamp now = Timestamp.from(Instant.now());
				int number = lastSubmission(id);
				Writes writes = extra == null ? null : extra.apply(current, number, now, user);
				PreparedStatement update;
				if (action == ReviewAction.CONFIRM) {
					update = statements.get(MOVE_CONFIRM);
					update.setBigDecimal(4, writes.reviewScore());
					update.setString(5, Values.literal(writes.reviewGrade()));
					update.setLong(6, id);
					update.setString(7, current.state().name());
				} else {
					update = statements.get(MOVE);
					update.setLong(4, id);
					update.setString(5, current.state().name());
				}
				update.setString(1, move.to().name());
				update.setTimestamp(2, now);
				update.setString(3, user);
				if (update.executeUpdate() == 0) {
					throw movedMeanwhile(current, action);
				}
				if (writes != null) {
					writes.rows().write();
				}
				String text = blank(comment) ? null : cut(comment.strip(), TEXT_LIMIT);
				event(id, number == 0 ? null : number, now, user, action, current.state(), move.to(), text);
				store.audit(id, now, user, Action.CHANGED, "", AUDIT_STATE, current.state().name(), move.to().name()); //$NON-NLS-1$
				Current after = current(id);
				connection.commit();
				return status(after, number);
			} catch (StoreException e) {
				statements.clearBatches();
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | IOException | RuntimeException e) {
				statements.clearBatches();
				store.rollbackQuietly(e);
				throw store.failed(action.name().toLowerCase(java.util.Locale.ROOT) + " " + id, e); //$NON-NLS-1$
			}
		}
	}

	/**
	 * @return the move the action makes from the current state for this session; where nothing is
	 *         restricted and two moves fit (accepting), the one to the 主管部门's review
	 * @throws StoreException naming the evaluation, its state, the role and the action when there is none
	 */
	private Transition allowed(Current current, ReviewAction action) throws SQLException, StoreException {
		Transition found = null;
		for (Transition transition : transitions()) {
			if (transition.from() == current.state() && transition.action() == action
					&& (found == null || transition.to().ordinal() < found.to().ordinal())) {
				found = transition;
			}
		}
		if (found != null) {
			return found;
		}
		connection.rollback();
		Role role = store.role();
		throw new StoreException(NLS.bind(Messages.Workflow_notAllowed, new Object[] { current.name(), current.state().displayName(),
				role == null ? Messages.Workflow_singleUser : role.displayName(), action.displayName() }), null);
	}

	private StoreException movedMeanwhile(Current current, ReviewAction action) throws SQLException {
		connection.rollback();
		return new StoreException(NLS.bind(Messages.Workflow_movedMeanwhile,
				new Object[] { current.name(), current.state().displayName(), action.displayName() }), null);
	}

	private void event(long id, Integer number, Timestamp now, String user, ReviewAction action, ReviewState from, ReviewState to, String comment)
			throws SQLException {
		PreparedStatement insert = statements.get(INSERT_EVENT);
		insert.setLong(1, id);
		insert.setObject(2, number, java.sql.Types.INTEGER);
		insert.setTimestamp(3, now);
		insert.setString(4, user);
		insert.setString(5, roleName());
		insert.setString(6, action.name());
		insert.setString(7, from.name());
		insert.setString(8, to.name());
		insert.setString(9, comment);
		insert.executeUpdate();
	}

	private String roleName() {
		return store.role() == null ? null : store.role().name();
	}

	/**
	 * @return the indicator of the submission the row names by its uid or its path
	 * @throws StoreException naming the row when the submission has none such
	 */
	private Indicator resolve(Evaluation submitted, String row, Current current, int number) throws StoreException {
		String wanted = row.strip();
		String path = normalizedPath(wanted);
		List<Indicator> byPath = new ArrayList<>();
		List<Indicator> byName = new ArrayList<>();
		for (var contents = EcoreUtil.<Object> getAllContents(submitted, false); contents.hasNext();) {
			if (contents.next() instanceof Indicator indicator) {
				if (wanted.equals(indicator.getUid())) {
					return indicator;
				}
				if (normalizedPath(RowPaths.of(indicator)).equals(path)) {
					byPath.add(indicator);
				}
				if (wanted.equals(indicator.getName() == null ? null : indicator.getName().strip())) {
					byName.add(indicator);
				}
			}
		}
		List<Indicator> found = byPath.isEmpty() ? byName : byPath;
		if (found.size() != 1) {
			throw new StoreException(NLS.bind(found.isEmpty() ? Messages.Workflow_unknownRow : Messages.Workflow_ambiguousRow,
					new Object[] { wanted, number, current.name(), found.size() }), null);
		}
		return found.get(0);
	}

	private static String normalizedPath(String path) {
		return String.join("/", java.util.Arrays.stream(path.split("/")).map(String::strip).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	// ---- submissions, history, comments, adjustments

	@Override
	public List<Submission> submissions(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				PreparedStatement select = statements.get("SELECT NUMBER, EVALUATION_VERSION, SUBMITTED_AT, SUBMITTED_BY, SELF_SCORE, SELF_GRADE, SHA256 FROM " //$NON-NLS-1$
						+ store.readable("SUBMISSION") + " WHERE EVALUATION_ID = ? ORDER BY NUMBER"); //$NON-NLS-1$ //$NON-NLS-2$
				select.setLong(1, id);
				List<Submission> found = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						found.add(new Submission(id, row.getInt(1), row.getInt(2), row.getTimestamp(3).toInstant(), row.getString(4), row.getBigDecimal(5),
								grade(row.getString(6)), row.getString(7)));
					}
				}
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("submissions " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public Evaluation submissionContent(long id, int number) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				Evaluation evaluation = content(id, number);
				connection.commit();
				return evaluation;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | IOException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("submission " + id + "/" + number, e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/** @return the submission's evaluation, its SHA-256 checked, in the caller's transaction */
	private Evaluation content(long id, int number) throws SQLException, StoreException, IOException {
		PreparedStatement select = statements.get("SELECT SHA256, CONTENT FROM " + store.readable("SUBMISSION") + " WHERE EVALUATION_ID = ? AND NUMBER = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		select.setLong(1, id);
		select.setInt(2, number);
		String expected;
		byte[] content;
		try (ResultSet row = select.executeQuery()) {
			if (!row.next()) {
				throw new StoreException(NLS.bind(Messages.Workflow_noSubmission, new Object[] { store.location(), id, number }), null);
			}
			expected = row.getString(1).strip();
			content = row.getBinaryStream(2).readAllBytes();
		}
		String actual = sha256(content);
		if (!actual.equals(expected)) {
			throw new StoreException(NLS.bind(Messages.Workflow_tampered, new Object[] { number, id, expected, actual }), null);
		}
		try {
			return EvaluationResources.read(new ByteArrayInputStream(content), NLS.bind(Messages.Workflow_submissionName, id, number));
		} catch (EvaluationFileException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	@Override
	public List<ReviewEvent> history(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				PreparedStatement select = statements.get("SELECT SUBMISSION_NUMBER, HAPPENED_AT, BY_USER, ROLE_NAME, ACTION, FROM_STATE, TO_STATE, COMMENT FROM " //$NON-NLS-1$
						+ store.readable("REVIEW_EVENT") + " WHERE EVALUATION_ID = ? ORDER BY ID"); //$NON-NLS-1$ //$NON-NLS-2$
				select.setLong(1, id);
				List<ReviewEvent> found = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						found.add(new ReviewEvent(id, (Integer) row.getObject(1), row.getTimestamp(2).toInstant(), row.getString(3), role(row.getString(4)),
								ReviewAction.valueOf(row.getString(5)), ReviewState.valueOf(row.getString(6)), ReviewState.valueOf(row.getString(7)),
								row.getString(8)));
					}
				}
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("history " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public List<ReviewComment> comments(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			String table = store.readable("REVIEW_COMMENT"); //$NON-NLS-1$
			try {
				PreparedStatement select = statements.get("SELECT SUBMISSION_NUMBER, ROW_UID, ROW_PATH, TEXT, BY_USER, ROLE_NAME, MADE_AT FROM " + table //$NON-NLS-1$
						+ " WHERE EVALUATION_ID = ? AND SUBMISSION_NUMBER = (SELECT MAX(SUBMISSION_NUMBER) FROM " + table //$NON-NLS-1$
						+ " WHERE EVALUATION_ID = ?) ORDER BY CASE WHEN ROW_UID IS NULL THEN 0 ELSE 1 END, ID"); //$NON-NLS-1$
				select.setLong(1, id);
				select.setLong(2, id);
				List<ReviewComment> found = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						found.add(new ReviewComment(id, row.getInt(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
								role(row.getString(6)), row.getTimestamp(7).toInstant()));
					}
				}
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("comments " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public List<ReviewAdjustment> adjustments(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				PreparedStatement select = statements.get("SELECT SUBMISSION_NUMBER, ROW_UID, ROW_PATH, SELF_SCORE, REVIEW_SCORE, REASON, BY_USER, MADE_AT FROM " //$NON-NLS-1$
						+ store.readable("REVIEW_ADJUSTMENT") + " WHERE EVALUATION_ID = ? ORDER BY ID"); //$NON-NLS-1$ //$NON-NLS-2$
				select.setLong(1, id);
				List<ReviewAdjustment> found = new ArrayList<>();
				try (ResultSet row = select.executeQuery()) {
					while (row.next()) {
						found.add(new ReviewAdjustment(id, row.getInt(1), row.getString(2), row.getString(3), Values.decimal(row.getString(4)),
								Values.decimal(row.getString(5)), row.getString(6), row.getString(7), row.getTimestamp(8).toInstant()));
					}
				}
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("adjustments " + id, e); //$NON-NLS-1$
			}
		}
	}

	// ---- rectifications

	@Override
	public Rectification issueRectification(long id, String givenUser, String problem, String requirement, LocalDate deadline) throws StoreException {
		if (blank(problem) || blank(requirement) || deadline == null) {
			throw new StoreException(NLS.bind(Messages.Workflow_rectificationIncomplete, id), null);
		}
		synchronized (store) {
			String user = signer(givenUser);
			store.checkOpen();
			try {
				Current current = current(id);
				checkRectification(current, ReviewAction.ISSUE_RECTIFICATION, Role.BUREAU, current.state() == ReviewState.CONFIRMED, null);
				Timestamp now = Timestamp.from(Instant.now());
				PreparedStatement insert = statements.getReturningKeys("INSERT INTO RECTIFICATION (EVALUATION_ID, PROBLEM, REQUIREMENT, DEADLINE, STATE, " //$NON-NLS-1$
						+ "ISSUED_BY, ISSUED_AT) VALUES (?, ?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
				insert.setLong(1, id);
				insert.setString(2, cut(problem.strip(), TEXT_LIMIT));
				insert.setString(3, cut(requirement.strip(), TEXT_LIMIT));
				insert.setDate(4, Date.valueOf(deadline));
				insert.setString(5, Rectification.State.ISSUED.name());
				insert.setString(6, user);
				insert.setTimestamp(7, now);
				insert.executeUpdate();
				long rectificationId;
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					rectificationId = keys.getLong(1);
				}
				String text = NLS.bind(Messages.Workflow_rectificationIssued, new Object[] { problem.strip(), requirement.strip(), deadline });
				rectificationStep(current, rectificationId, now, user, ReviewAction.ISSUE_RECTIFICATION, null, Rectification.State.ISSUED, text);
				Rectification issued = readRectification(rectificationId);
				connection.commit();
				return issued;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("rectify " + id, e); //$NON-NLS-1$
			}
		}
	}

	@Override
	public Rectification answerRectification(long rectificationId, String user, String answer) throws StoreException {
		if (blank(answer)) {
			throw new StoreException(NLS.bind(Messages.Workflow_answerRequired, rectificationId), null);
		}
		return decide(rectificationId, user, answer, ReviewAction.ANSWER_RECTIFICATION);
	}

	@Override
	public Rectification acceptRectification(long rectificationId, String user, String comment) throws StoreException {
		return decide(rectificationId, user, comment, ReviewAction.ACCEPT_RECTIFICATION);
	}

	@Override
	public Rectification returnRectification(long rectificationId, String user, String comment) throws StoreException {
		if (blank(comment)) {
			throw new StoreException(NLS.bind(Messages.Workflow_decisionCommentRequired, rectificationId), null);
		}
		return decide(rectificationId, user, comment, ReviewAction.RETURN_RECTIFICATION);
	}

	/** Answers, accepts or returns a rectification: a compare-and-set on its state, with the event and audit entry. */
	private Rectification decide(long rectificationId, String givenUser, String text, ReviewAction action) throws StoreException {
		synchronized (store) {
			String user = signer(givenUser);
			store.checkOpen();
			try {
				Rectification rectification = readRectification(rectificationId);
				if (rectification == null) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Workflow_noRectification, store.location(), rectificationId), null);
				}
				Current current = current(rectification.evaluationId());
				boolean answering = action == ReviewAction.ANSWER_RECTIFICATION;
				Rectification.State from = rectification.state();
				boolean fits = answering ? from == Rectification.State.ISSUED || from == Rectification.State.RETURNED : from == Rectification.State.ANSWERED;
				checkRectification(current, action, answering ? Role.FILLER : Role.BUREAU, fits, rectification);
				Rectification.State to = switch (action) {
				case ANSWER_RECTIFICATION -> Rectification.State.ANSWERED;
				case ACCEPT_RECTIFICATION -> Rectification.State.ACCEPTED;
				default -> Rectification.State.RETURNED;
				};
				Timestamp now = Timestamp.from(Instant.now());
				String stripped = blank(text) ? null : cut(text.strip(), TEXT_LIMIT);
				// compare-and-set on the state read through the session's view: a unit's account may read the
				// table's key but not its state
				String compare = " WHERE ID = ? AND ID IN (SELECT ID FROM " + store.readable("RECTIFICATION") + " WHERE ID = ? AND STATE = ?)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				PreparedStatement update = statements.get((answering
						? "UPDATE RECTIFICATION SET STATE = ?, ANSWER = ?, ANSWERED_BY = ?, ANSWERED_AT = ?" //$NON-NLS-1$
						: "UPDATE RECTIFICATION SET STATE = ?, DECISION_COMMENT = ?, DECIDED_BY = ?, DECIDED_AT = ?") + compare); //$NON-NLS-1$
				update.setString(1, to.name());
				update.setString(2, stripped);
				update.setString(3, user);
				update.setTimestamp(4, now);
				update.setLong(5, rectificationId);
				update.setLong(6, rectificationId);
				update.setString(7, from.name());
				if (update.executeUpdate() == 0) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Workflow_rectificationMovedMeanwhile,
							new Object[] { rectificationId, current.name(), from.displayName() }), null);
				}
				rectificationStep(current, rectificationId, now, user, action, from, to, stripped);
				Rectification after = readRectification(rectificationId);
				connection.commit();
				return after;
			} catch (StoreException e) {
				store.rollbackQuietly(e);
				throw e;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("rectification " + rectificationId, e); //$NON-NLS-1$
			}
		}
	}

	/** Refuses a rectification step of another role, on an evaluation that is not confirmed, or from another state. */
	private void checkRectification(Current current, ReviewAction action, Role role, boolean fits, Rectification rectification)
			throws SQLException, StoreException {
		Role session = store.role();
		if (!acts(role)) {
			connection.rollback();
			throw new StoreException(NLS.bind(Messages.Workflow_notAllowed, new Object[] { current.name(), current.state().displayName(),
					session.displayName(), action.displayName() }), null);
		}
		if (current.state() != ReviewState.CONFIRMED) {
			connection.rollback();
			throw new StoreException(NLS.bind(Messages.Workflow_rectifyNotConfirmed, current.name(), current.state().displayName()), null);
		}
		if (!fits) {
			connection.rollback();
			throw new StoreException(NLS.bind(Messages.Workflow_rectificationState, new Object[] { rectification.id(), current.name(),
					rectification.state().displayName(), action.displayName() }), null);
		}
	}

	private void rectificationStep(Current current, long rectificationId, Timestamp now, String user, ReviewAction action, Rectification.State from,
			Rectification.State to, String text) throws SQLException {
		String comment = NLS.bind(Messages.Workflow_rectificationEvent, rectificationId, text == null ? "" : text); //$NON-NLS-1$
		int number = lastSubmission(current.id());
		event(current.id(), number == 0 ? null : number, now, user, action, current.state(), current.state(), cut(comment, TEXT_LIMIT));
		store.audit(current.id(), now, user, Action.CHANGED, "", AUDIT_RECTIFICATION, from == null ? null : from.name(), //$NON-NLS-1$
				to.name() + " #" + rectificationId + (text == null ? "" : ": " + text)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Override
	public List<Rectification> rectifications(long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			try {
				List<Rectification> found = readRectifications(id);
				connection.commit();
				return found;
			} catch (SQLException e) {
				store.rollbackQuietly(e);
				throw store.failed("rectifications " + id, e); //$NON-NLS-1$
			}
		}
	}

	private List<Rectification> readRectifications(long id) throws SQLException {
		PreparedStatement select = statements.get("SELECT " + RECTIFICATION_COLUMNS + " FROM " + store.readable("RECTIFICATION") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " WHERE EVALUATION_ID = ? ORDER BY ID"); //$NON-NLS-1$
		select.setLong(1, id);
		List<Rectification> found = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				found.add(rectification(row));
			}
		}
		return found;
	}

	private Rectification readRectification(long rectificationId) throws SQLException {
		PreparedStatement select = statements.get("SELECT " + RECTIFICATION_COLUMNS + " FROM " + store.readable("RECTIFICATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		select.setLong(1, rectificationId);
		try (ResultSet row = select.executeQuery()) {
			return row.next() ? rectification(row) : null;
		}
	}

	private static Rectification rectification(ResultSet row) throws SQLException {
		return new Rectification(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getDate(5).toLocalDate(),
				Rectification.State.valueOf(row.getString(6)), row.getString(7), instant(row.getTimestamp(8)), row.getString(9), row.getString(10),
				instant(row.getTimestamp(11)), row.getString(12), row.getString(13), instant(row.getTimestamp(14)));
	}

	// ---- helpers

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Grade grade(String literal) {
		return literal == null ? null : Grade.get(literal);
	}

	private static Role role(String name) {
		return name == null ? null : Role.of(name);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

	private static byte[] xmi(Evaluation evaluation) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		EvaluationResources.write(evaluation, out);
		return out.toByteArray();
	}

	/** @return the SHA-256 of the bytes, lower-case hexadecimal */
	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}
}
