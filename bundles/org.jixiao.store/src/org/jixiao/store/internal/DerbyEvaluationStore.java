package org.jixiao.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.ReviewState;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.StoredEvaluation;

/**
 * The Derby implementation of {@link EvaluationStore}: one connection, auto-commit off, every public
 * operation one transaction that is rolled back on any failure. The store reads and lists here; it
 * leaves the connection's life to {@link Connections}, saves to {@link Saves}, the audit trail to
 * {@link AuditTrail}, backup and restore to {@link Backups} and SQL errors to {@link SqlErrors}.
 */
public final class DerbyEvaluationStore implements EvaluationStore {

	private final StoreLocation location;
	private final Connection connection;
	private final Statements statements;
	private final EvaluationWriter writer;
	private final EvaluationReader reader;
	private final AuditTrail audit;
	private final Saves saves;
	private final DerbyEvidenceStore evidence;
	private final DerbyReviewWorkflow workflow;
	private final Presence presence;
	private final int schemaVersion;
	private final Role role;
	private boolean closed;

	private DerbyEvaluationStore(StoreLocation location, Connection connection, int schemaVersion, Role role) {
		this.location = location;
		this.role = role;
		this.connection = connection;
		this.statements = new Statements(connection);
		// Only an embedded engine runs the table functions of RowSource on the saving thread, and only the
		// owner may execute them on a locked-down database.
		this.writer = new EvaluationWriter(statements, restricted(), location.isEmbedded() && role == null);
		this.reader = new EvaluationReader(statements, this::readable);
		this.audit = new AuditTrail(statements, this::readable);
		this.workflow = new DerbyReviewWorkflow(this, connection, statements);
		this.saves = new Saves(location, connection, statements, writer, reader, audit, workflow, this::readable);
		this.evidence = new DerbyEvidenceStore(this, connection, statements);
		this.presence = new Presence(this, statements);
		this.schemaVersion = schemaVersion;
	}

	/** @see EvaluationStore#open(StoreLocation) */
	public static DerbyEvaluationStore open(StoreLocation location) throws StoreException {
		return Connections.open(location, connection -> migrate(location, connection));
	}

	private static DerbyEvaluationStore migrate(StoreLocation location, Connection connection) throws StoreException {
		try {
			connection.setAutoCommit(false);
			Role role = AccountRoles.activate(connection);
			int version = Migrations.apply(connection, location.toString());
			return new DerbyEvaluationStore(location, connection, version, role);
		} catch (SQLException e) {
			if (!location.isEmbedded()) {
				Connections.closeQuietly(connection);
			}
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, SqlErrors.message(e)), e);
		} catch (StoreException e) {
			if (!location.isEmbedded()) {
				Connections.closeQuietly(connection);
			}
			throw e;
		}
	}

	@Override
	public StoreLocation location() {
		return location;
	}

	@Override
	public int schemaVersion() {
		return schemaVersion;
	}

	/**
	 * @return the role this session acts in on a served store, or {@code null} where nothing is
	 *         restricted: the embedded single-user store and the database's owner
	 */
	Role role() {
		return role;
	}

	/**
	 * @param table a table of schema {@code JIXIAO}
	 * @return the name to read the table by in this session: a {@link Role#FILLER} or
	 *         {@link Role#SUPERVISOR} reads through the view of the same name in schema
	 *         {@value RowAccess#VIEWS}, which shows only the rows of its own evaluations
	 */
	String readable(String table) {
		return restricted() ? RowAccess.VIEWS + "." + table : table; //$NON-NLS-1$
	}

	/** @return whether this session sees only the rows of its own evaluations ({@link RowAccess}) */
	boolean restricted() {
		return role == Role.FILLER || role == Role.SUPERVISOR;
	}

	/**
	 * @return the query of the list's lines, without its conditions: the department's name is the
	 *         evaluation's {@code UNIT}, written from it by every save; its kind and project from
	 *         {@code EVALUATION_PROJECT}. A restricted session reads both through the one view
	 *         {@value RowAccess#SUMMARY} ({@link RowAccess}): an outer join of the restricted views of
	 *         the two tables read the view of the projects once per line, each time every evaluation
	 *         of the store (7 lines of a unit in 1 s, 67 of a 主管部门 in 10 s, at 10,000 evaluations)
	 */
	private String summary() {
		String columns = "SELECT E.ID, E.UNIT, E.FISCAL_YEAR, E.STATUS, E.TOTAL_SCORE, E.GRADE, E.MODIFIED_AT, E.MODIFIED_BY, E.ERROR_COUNT, " //$NON-NLS-1$
				+ "E.REVIEW_STATE, E.SELF_SCORE, E.REVIEW_SCORE, "; //$NON-NLS-1$
		if (restricted()) {
			return columns + "E.KIND, E.PROJECT_NAME, E.PROJECT_CODE FROM " + RowAccess.VIEWS + "." + RowAccess.SUMMARY + " E"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return columns + "P.KIND, P.PROJECT_NAME, P.PROJECT_CODE FROM EVALUATION E LEFT JOIN EVALUATION_PROJECT P ON P.EVALUATION_ID = E.ID"; //$NON-NLS-1$
	}

	@Override
	public synchronized long insert(Evaluation evaluation, String givenUser) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		return saves.insert(evaluation, user, Action.CREATED, null);
	}

	@Override
	public synchronized List<Long> insertAll(List<Evaluation> evaluations, String givenUser) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		return saves.insertAll(evaluations, user);
	}

	@Override
	public int update(long id, Evaluation evaluation, String user) throws StoreException {
		return update(id, evaluation, user, null);
	}

	@Override
	public int update(long id, Evaluation evaluation, String user, int loadedVersion) throws StoreException {
		return update(id, evaluation, user, Integer.valueOf(loadedVersion));
	}

	private synchronized int update(long id, Evaluation evaluation, String givenUser, Integer loadedVersion) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		return saves.update(id, evaluation, user, loadedVersion);
	}

	/** @see Saves#who(String) */
	String who(String user) {
		return saves.who(user);
	}

	@Override
	public Evaluation load(long id) throws StoreException {
		return loadStored(id).evaluation();
	}

	@Override
	public synchronized StoredEvaluation loadStored(long id) throws StoreException {
		checkOpen();
		Evaluation evaluation;
		int version = 0;
		try {
			// The version first: should a save commit between the two reads, the content is newer than
			// the version, and a save based on it is refused rather than overwriting anything.
			PreparedStatement select = statements.get("SELECT VERSION FROM " + readable("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			select.setLong(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (row.next()) {
					version = row.getInt(1);
				}
			}
			evaluation = reader.read(id);
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			throw failed("load " + id, e); //$NON-NLS-1$
		}
		if (evaluation == null) {
			throw new StoreException(NLS.bind(Messages.Store_notFound, location, id), null);
		}
		Resource resource = new XMIResourceImpl(URI.createURI("jixiao-store:/evaluation/" + id + ".xmi")); //$NON-NLS-1$ //$NON-NLS-2$
		new ResourceSetImpl().getResources().add(resource);
		resource.getContents().add(evaluation);
		return new StoredEvaluation(evaluation, version);
	}

	@Override
	public synchronized List<EvaluationSummary> list(EvaluationQuery query) throws StoreException {
		checkOpen();
		StringBuilder sql = new StringBuilder(summary());
		List<Object> parameters = new ArrayList<>();
		String and = " WHERE "; //$NON-NLS-1$
		if (query.department() != null) {
			sql.append(and).append("E.UNIT = ?"); //$NON-NLS-1$
			parameters.add(query.department());
			and = " AND "; //$NON-NLS-1$
		}
		if (query.fiscalYear() != null) {
			sql.append(and).append("E.FISCAL_YEAR = ?"); //$NON-NLS-1$
			parameters.add(query.fiscalYear());
			and = " AND "; //$NON-NLS-1$
		}
		if (query.status() != null) {
			sql.append(and).append("E.STATUS = ?"); //$NON-NLS-1$
			parameters.add(query.status().getLiteral());
		}
		sql.append(" ORDER BY E.UNIT, E.FISCAL_YEAR, E.ID"); //$NON-NLS-1$
		try {
			PreparedStatement statement = statements.get(sql.toString());
			for (int i = 0; i < parameters.size(); i++) {
				statement.setObject(i + 1, parameters.get(i));
			}
			List<EvaluationSummary> summaries = new ArrayList<>();
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					summaries.add(summary(row));
				}
			}
			connection.commit();
			return summaries;
		} catch (SQLException e) {
			throw failed("list", e); //$NON-NLS-1$
		}
	}

	private static EvaluationSummary summary(ResultSet row) throws SQLException {
		String status = row.getString(4);
		String grade = row.getString(6);
		return new EvaluationSummary(row.getLong(1), row.getString(2), row.getInt(3),
				status == null ? EvaluationStatus.DRAFT : EvaluationStatus.get(status), row.getBigDecimal(5),
				grade == null ? null : Grade.get(grade), row.getTimestamp(7).toInstant(), row.getString(8),
				row.getObject(9) == null ? null : row.getInt(9), ReviewState.valueOf(row.getString(10)), row.getBigDecimal(11),
				row.getBigDecimal(12), row.getString(13) == null ? EvaluationKind.DEPARTMENT : EvaluationKind.get(row.getString(13)),
				row.getString(14), row.getString(15));
	}

	@Override
	public List<ConsolidationRow> consolidationRows(int fiscalYear) throws StoreException {
		return ConsolidationQuery.rows(this, fiscalYear);
	}

	@Override
	public OptionalLong priorYearId(long id) throws StoreException {
		return PriorYearQuery.find(this, id);
	}

	@Override
	public synchronized void delete(long id, String givenUser) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		try {
			writer.lockTables();
			PreparedStatement select = statements.get(summary() + " WHERE E.ID = ?"); //$NON-NLS-1$
			select.setLong(1, id);
			EvaluationSummary summary;
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Store_notFound, location, id), null);
				}
				summary = summary(row);
			}
			workflow.checkEditable(id, true);
			writer.deleteRows(id);
			PreparedStatement delete = statements.get("DELETE FROM EVALUATION WHERE ID = ?"); //$NON-NLS-1$
			delete.setLong(1, id);
			delete.executeUpdate();
			String description = NLS.bind(Messages.Store_deleted, new Object[] { summary.department(), summary.fiscalYear(),
					summary.status().getLiteral(), summary.totalScore() == null ? "-" : summary.totalScore().toPlainString() }); //$NON-NLS-1$
			audit.write(id, Timestamp.from(Instant.now()), user, Action.DELETED, "", null, description, null); //$NON-NLS-1$
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			statements.clearBatches();
			rollbackQuietly(e);
			throw failed("delete " + id, e); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized long copyToNewYear(long id, int fiscalYear, String givenUser) throws StoreException {
		String user = who(givenUser);
		Evaluation copy = EcoreUtil.copy(load(id));
		NewYearDraft.prepare(copy, fiscalYear);
		checkOpen();
		return saves.insert(copy, user, Action.COPIED, Long.toString(id));
	}

	@Override
	public synchronized List<AuditEntry> audit(long id) throws StoreException {
		checkOpen();
		try {
			List<AuditEntry> entries = audit.read(id);
			connection.commit();
			return entries;
		} catch (SQLException e) {
			throw failed("audit " + id, e); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized List<OpenEditor> announce(long id, String sessionId, String givenUser) throws StoreException {
		checkOpen();
		try {
			List<OpenEditor> others = presence.announce(id, sessionId, account(givenUser));
			connection.commit();
			return others;
		} catch (SQLException | RuntimeException e) {
			rollbackQuietly(e);
			throw failed("announce " + id, e); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized void withdraw(long id, String sessionId) throws StoreException {
		checkOpen();
		try {
			presence.withdraw(id, sessionId);
			connection.commit();
		} catch (SQLException | RuntimeException e) {
			rollbackQuietly(e);
			throw failed("withdraw " + id, e); //$NON-NLS-1$
		}
	}

	/**
	 * @return who acts, as the review chain and the list of open editors record it: the session's
	 *         account on a served store (the database checks it), else the given user
	 */
	String account(String givenUser) throws SQLException {
		if (location.isEmbedded() && role == null) {
			return who(givenUser);
		}
		try (PreparedStatement query = connection.prepareStatement("VALUES SESSION_USER"); ResultSet result = query.executeQuery()) { //$NON-NLS-1$
			result.next();
			return result.getString(1);
		}
	}

	@Override
	public EvidenceStore evidence() {
		return evidence;
	}

	@Override
	public DerbyReviewWorkflow workflow() {
		return workflow;
	}

	/** Adds one entry to the audit trail, in the caller's transaction. */
	void audit(long id, Timestamp at, String user, Action action, String path, String field, String oldValue, String newValue)
			throws SQLException {
		audit.write(id, at, user, action, path, field, oldValue, newValue);
	}

	@Override
	public synchronized Path backup(Path directory) throws StoreException {
		checkOpen();
		return Backups.backup(location, connection, directory);
	}

	/** @see EvaluationStore#restore(Path, Path) */
	public static void restore(Path backupDirectory, Path databaseDirectory) throws StoreException {
		Backups.restore(backupDirectory, databaseDirectory);
	}

	@Override
	public synchronized void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		statements.close();
		Connections.close(location, connection);
	}

	void checkOpen() throws StoreException {
		if (closed) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, "closed"), null); //$NON-NLS-1$
		}
	}

	StoreException failed(String operation, Exception e) {
		String cause = e instanceof SQLException sql ? SqlErrors.message(sql) : e.toString();
		return new StoreException(NLS.bind(Messages.Store_failed, new Object[] { location, operation, cause }), e);
	}

	void rollbackQuietly(Exception e) {
		Connections.rollbackQuietly(connection, e);
	}

	/** The connection, for the network server's set-up of a database it serves and for accounts. */
	Connection connection() {
		return connection;
	}
}
