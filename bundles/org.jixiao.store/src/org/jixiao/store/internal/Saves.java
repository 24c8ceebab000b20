package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.ConflictException;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.internal.Scoring.Score;

/**
 * The saves of a store: an evaluation inserted or replaced with its score, its rows and its audit
 * entries in one transaction, which is rolled back whole on any failure; a replacement with a loaded
 * version only while that version is the stored one.
 */
final class Saves {

	/** How a conflict names when the newer version was saved. */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$
	private static final String INSERT_EVALUATION = "INSERT INTO EVALUATION (FISCAL_YEAR, MONEY_UNIT, RULE_SET_ID, STATUS, PREPARER, " //$NON-NLS-1$
			+ "PREPARED_ON, FINALIZED_ON, TOTAL_SCORE, GRADE, MODIFIED_AT, MODIFIED_BY, ERROR_COUNT, UNIT, SUPERVISOR, FORMAT_ID, CREATED_AT, CREATED_BY) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String UPDATE_EVALUATION = "UPDATE EVALUATION SET FISCAL_YEAR = ?, MONEY_UNIT = ?, RULE_SET_ID = ?, STATUS = ?, " //$NON-NLS-1$
			+ "PREPARER = ?, PREPARED_ON = ?, FINALIZED_ON = ?, TOTAL_SCORE = ?, GRADE = ?, MODIFIED_AT = ?, MODIFIED_BY = ?, ERROR_COUNT = ?, " //$NON-NLS-1$
			+ "UNIT = ?, SUPERVISOR = ?, FORMAT_ID = ?, VERSION = VERSION + 1 WHERE ID = ?"; //$NON-NLS-1$
	/**
	 * {@link #insertAll} sends the rows after this many evaluations (about 1,000 indicator rows of the
	 * benchmark's), one insert per table. The rows are held until they are sent; holding those of
	 * 1,000 evaluations kept 90,000 rows alive through the save, and every young collection copied them
	 * (pauses of 50-240 ms, and a full collection).
	 */
	private static final int BATCH_EVALUATIONS = 16;
	/** What {@link #insertAll} prepares on the scoring thread: the score and the module data's documents. */
	private record Prepared(Score score, List<String> documents) {
	}

	/** MODIFIED_BY, CREATED_BY and the audit trail's BY_USER are VARCHAR(200). */
	private static final int USER_LENGTH = 200;

	private final StoreLocation location;
	private final Connection connection;
	private final Statements statements;
	private final EvaluationWriter writer;
	private final EvaluationReader reader;
	private final AuditTrail audit;
	private final DerbyReviewWorkflow workflow;
	/** The name to read a table by in this session (see {@link DerbyEvaluationStore#readable(String)}). */
	private final UnaryOperator<String> tables;
	private final Scoring scoring = new Scoring();

	Saves(StoreLocation location, Connection connection, Statements statements, EvaluationWriter writer, EvaluationReader reader,
			AuditTrail audit, DerbyReviewWorkflow workflow, UnaryOperator<String> tables) {
		this.location = location;
		this.connection = connection;
		this.statements = statements;
		this.writer = writer;
		this.reader = reader;
		this.audit = audit;
		this.workflow = workflow;
		this.tables = tables;
	}

	/**
	 * Inserts the evaluation with one audit entry of the action, its old value the note.
	 *
	 * @return the new evaluation's id
	 */
	long insert(Evaluation evaluation, String user, Action action, String note) throws StoreException {
		Score score = scoring.score(evaluation);
		Timestamp now = Timestamp.from(Instant.now());
		try {
			writer.lockTables();
			long id = insertRow(evaluation, score, now, user);
			writer.writeRows(id, evaluation);
			audit.write(id, now, user, action, "", null, note, null); //$NON-NLS-1$
			connection.commit();
			return id;
		} catch (SQLException | RuntimeException e) {
			throw saveFailed(evaluation, e);
		}
	}

	/** @return the new evaluations' ids, in order */
	List<Long> insertAll(List<Evaluation> evaluations, String user) throws StoreException {
		if (evaluations.isEmpty()) {
			return List.of();
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Long> ids = new ArrayList<>(evaluations.size());
		Evaluation current = null;
		ExecutorService thread = Scoring.thread();
		try {
			List<Future<Prepared>> prepared = Scoring.ahead(evaluations,
					evaluation -> new Prepared(scoring.score(evaluation), EvaluationWriter.moduleDocuments(evaluation)), thread);
			writer.lockTables();
			PreparedStatement entries = audit.batch();
			for (int i = 0; i < evaluations.size(); i++) {
				current = evaluations.get(i);
				Prepared ready = prepared.get(i).get();
				long id = insertRow(current, ready.score(), now, user);
				writer.addRows(id, current, ready.documents());
				AuditTrail.add(entries, id, now, user, Action.CREATED, "", null, null, null); //$NON-NLS-1$
				ids.add(id);
				if (ids.size() % BATCH_EVALUATIONS == 0) {
					writer.flush();
					entries.executeBatch();
				}
			}
			current = null;
			writer.flush();
			entries.executeBatch();
			connection.commit();
			return ids;
		} catch (ExecutionException e) {
			throw saveFailed(current, e.getCause() instanceof Exception cause ? cause : e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw saveFailed(current, e);
		} catch (SQLException | RuntimeException e) {
			throw saveFailed(current != null ? current : evaluations.get(0), e);
		} finally {
			thread.shutdownNow();
		}
	}

	/** Inserts the {@code EVALUATION} row. @return its generated id */
	private long insertRow(Evaluation evaluation, Score score, Timestamp now, String user) throws SQLException {
		PreparedStatement insert = statements.getReturningKeys(INSERT_EVALUATION);
		setEvaluation(insert, evaluation, score, now, user);
		insert.setTimestamp(16, now);
		insert.setString(17, user);
		insert.executeUpdate();
		try (ResultSet keys = insert.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	/**
	 * Replaces the stored evaluation; with a loaded version, only while it is the stored one.
	 *
	 * @return the new stored version
	 */
	int update(long id, Evaluation evaluation, String user, Integer loadedVersion) throws StoreException {
		Score score = scoring.score(evaluation);
		Timestamp now = Timestamp.from(Instant.now());
		try {
			// Lock first, so that the version compared with is the one replaced.
			writer.lockTables();
			PreparedStatement exists = statements.get("SELECT VERSION, MODIFIED_BY, MODIFIED_AT FROM " + tables.apply("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			exists.setLong(1, id);
			int storedVersion;
			String savedBy;
			Timestamp savedAt;
			try (ResultSet row = exists.executeQuery()) {
				if (!row.next()) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Store_notFound, location, id), null);
				}
				storedVersion = row.getInt(1);
				savedBy = row.getString(2);
				savedAt = row.getTimestamp(3);
			}
			workflow.checkEditable(id, false);
			if (loadedVersion != null && storedVersion != loadedVersion.intValue()) {
				connection.rollback();
				throw new ConflictException(NLS.bind(Messages.Store_conflict, new Object[] { location, id, savedBy,
						savedAt.toLocalDateTime().format(WHEN), storedVersion, loadedVersion }), id, storedVersion, savedBy, savedAt.toInstant());
			}
			Evaluation stored = reader.read(id);
			List<AuditDiff.Change> changes = AuditDiff.between(stored, evaluation);
			PreparedStatement update = statements.get(UPDATE_EVALUATION);
			setEvaluation(update, evaluation, score, now, user);
			update.setLong(16, id);
			update.executeUpdate();
			writer.deleteRows(id);
			writer.writeRows(id, evaluation);
			if (!changes.isEmpty()) {
				PreparedStatement entries = audit.batch();
				for (AuditDiff.Change change : changes) {
					AuditTrail.add(entries, id, now, user, change.action(), change.path(), change.field(), change.oldValue(), change.newValue());
				}
				entries.executeBatch();
			}
			connection.commit();
			return storedVersion + 1;
		} catch (SQLException | RuntimeException e) {
			throw saveFailed(evaluation, e);
		}
	}

	/**
	 * Who a save names in 保存人 and the audit trail: the user given, else the account the store was
	 * opened with, else the operating system's user; never blank, and cut to the column's 200 chars.
	 */
	String who(String user) {
		String name = user;
		if (name == null || name.isBlank()) {
			name = location.user();
		}
		if (name == null || name.isBlank()) {
			name = System.getProperty("user.name"); //$NON-NLS-1$
		}
		if (name == null || name.isBlank()) {
			name = "?"; //$NON-NLS-1$
		}
		name = name.strip();
		return name.length() <= USER_LENGTH ? name : name.substring(0, USER_LENGTH);
	}

	private static void setEvaluation(PreparedStatement statement, Evaluation evaluation, Score score, Timestamp now, String user)
			throws SQLException {
		statement.setInt(1, evaluation.getFiscalYear());
		statement.setString(2, Values.literal(evaluation.getMoneyUnit()));
		statement.setString(3, evaluation.getRuleSetId());
		statement.setString(4, Values.literal(evaluation.getStatus()));
		statement.setString(5, evaluation.getPreparer());
		statement.setTimestamp(6, Values.timestamp(evaluation.getPreparedOn()));
		statement.setTimestamp(7, Values.timestamp(evaluation.getFinalizedOn()));
		statement.setBigDecimal(8, score.total());
		statement.setString(9, Values.literal(score.grade()));
		statement.setTimestamp(10, now);
		statement.setString(11, user);
		statement.setInt(12, score.errors());
		Department department = evaluation.getDepartment();
		statement.setString(13, department == null ? null : department.getName());
		statement.setString(14, department == null ? null : department.getCompetentDepartment());
		statement.setString(15, evaluation.getFormatId());
	}

	private StoreException saveFailed(Evaluation evaluation, Exception e) {
		writer.discard();
		Connections.rollbackQuietly(connection, e);
		String name = evaluation.getDepartment() == null ? "?" : evaluation.getDepartment().getName(); //$NON-NLS-1$
		String cause = e instanceof SQLException sql ? SqlErrors.message(sql) : e.toString();
		return new StoreException(NLS.bind(Messages.Store_saveFailed, new Object[] { location, name + " " + evaluation.getFiscalYear(), cause }), e); //$NON-NLS-1$
	}
}
