package org.jixiao.store.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.ConflictException;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.StoredEvaluation;

/**
 * The Derby implementation of {@link EvaluationStore}: one connection, auto-commit off, every public
 * operation one transaction that is rolled back on any failure.
 */
public final class DerbyEvaluationStore implements EvaluationStore {

	/** Embedded databases open in this process, by directory, with the number of stores using each. */
	private static final Map<Path, Integer> OPEN = new HashMap<>();

	private static final String LOCKED = "XSDB6"; //$NON-NLS-1$
	/** How a conflict names when the newer version was saved. */
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"); //$NON-NLS-1$
	private static final String AUTHENTICATION = "08004"; //$NON-NLS-1$
	private static final String SHUT_DOWN = "08006"; //$NON-NLS-1$

	private static final String INSERT_EVALUATION = "INSERT INTO EVALUATION (FISCAL_YEAR, MONEY_UNIT, RULE_SET_ID, STATUS, PREPARER, " //$NON-NLS-1$
			+ "PREPARED_ON, FINALIZED_ON, TOTAL_SCORE, GRADE, MODIFIED_AT, MODIFIED_BY, ERROR_COUNT, UNIT, SUPERVISOR, CREATED_AT, CREATED_BY) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String UPDATE_EVALUATION = "UPDATE EVALUATION SET FISCAL_YEAR = ?, MONEY_UNIT = ?, RULE_SET_ID = ?, STATUS = ?, " //$NON-NLS-1$
			+ "PREPARER = ?, PREPARED_ON = ?, FINALIZED_ON = ?, TOTAL_SCORE = ?, GRADE = ?, MODIFIED_AT = ?, MODIFIED_BY = ?, ERROR_COUNT = ?, " //$NON-NLS-1$
			+ "UNIT = ?, SUPERVISOR = ?, VERSION = VERSION + 1 WHERE ID = ?"; //$NON-NLS-1$
	private static final String INSERT_AUDIT = "INSERT INTO AUDIT (EVALUATION_ID, CHANGED_AT, BY_USER, ACTION, ENTITY_PATH, FIELD, " //$NON-NLS-1$
			+ "OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	/**
	 * {@link #insertAll} sends the batches after this many evaluations (about 1,000 indicator rows of
	 * the benchmark's). A batch holds the values of its rows until it is sent; one batch for 1,000
	 * evaluations kept 90,000 rows alive through the save, and every young collection copied them
	 * (pauses of 50-240 ms, and a full collection). Derby gains nothing from a longer batch: it
	 * executes the rows of an embedded batch one by one.
	 */
	private static final int BATCH_EVALUATIONS = 16;
	/** MODIFIED_BY, CREATED_BY and the audit trail's BY_USER are VARCHAR(200). */
	private static final int USER_LENGTH = 200;
	/** TOTAL_SCORE is a DECIMAL(9,2). */
	private static final BigDecimal MAX_TOTAL = BigDecimal.TEN.pow(7);
	/** Audit texts are cut to this length (the column's). */
	private static final int TEXT_LIMIT = 32672;

	private final StoreLocation location;
	private final Connection connection;
	private final Statements statements;
	private final EvaluationWriter writer;
	private final EvaluationReader reader;
	private final DerbyEvidenceStore evidence;
	private final Presence presence;
	private final Map<RuleSet, EvaluationScorer> scorers = new ConcurrentHashMap<>();
	private final int schemaVersion;
	private final Role role;
	private boolean closed;

	private DerbyEvaluationStore(StoreLocation location, Connection connection, int schemaVersion, Role role) {
		this.location = location;
		this.role = role;
		this.connection = connection;
		this.statements = new Statements(connection);
		this.writer = new EvaluationWriter(statements, restricted());
		this.reader = new EvaluationReader(statements, this::readable);
		this.evidence = new DerbyEvidenceStore(this, connection, statements);
		this.presence = new Presence(this, statements);
		this.schemaVersion = schemaVersion;
	}

	/** @see EvaluationStore#open(StoreLocation) */
	public static DerbyEvaluationStore open(StoreLocation location) throws StoreException {
		if (!location.isEmbedded()) {
			Connection connection = connect(location, Drivers::client);
			return migrate(location, connection);
		}
		Path directory = location.directory();
		synchronized (OPEN) {
			checkWritable(directory);
			configureErrorLog(directory);
			StorageSettings.apply();
			Connection connection = connect(location, Drivers::embedded);
			boolean first = !OPEN.containsKey(directory);
			OPEN.merge(directory, 1, Integer::sum);
			try {
				if (first) {
					Holder.write(directory);
				}
				return migrate(location, connection);
			} catch (IOException e) {
				release(location, connection);
				throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getMessage()), e);
			} catch (StoreException | RuntimeException e) {
				release(location, connection);
				throw e;
			}
		}
	}

	private static DerbyEvaluationStore migrate(StoreLocation location, Connection connection) throws StoreException {
		try {
			connection.setAutoCommit(false);
			Role role = AccountRoles.activate(connection);
			int version = Migrations.apply(connection, location.toString());
			return new DerbyEvaluationStore(location, connection, version, role);
		} catch (SQLException e) {
			if (!location.isEmbedded()) {
				closeQuietly(connection);
			}
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, message(e)), e);
		} catch (StoreException e) {
			if (!location.isEmbedded()) {
				closeQuietly(connection);
			}
			throw e;
		}
	}

	/** A source of driver instances. */
	private interface DriverSource {
		java.sql.Driver get() throws SQLException;
	}

	private static Connection connect(StoreLocation location, DriverSource drivers) throws StoreException {
		String url = location.url() + (location.isEmbedded() ? ";create=true" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Connection connection = drivers.get().connect(url, credentials(location));
			if (connection == null) {
				throw new SQLException("no Derby driver accepts " + location.url()); //$NON-NLS-1$
			}
			return connection;
		} catch (SQLException e) {
			if (has(e, LOCKED)) {
				throw new StoreException(NLS.bind(Messages.Store_locked, location, Holder.describe(location.directory())), e);
			}
			if (has(e, AUTHENTICATION)) {
				throw new StoreException(NLS.bind(Messages.Store_authentication, location, location.user()), e);
			}
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, message(e)), e);
		} catch (RuntimeException e) {
			// a driver failing to build its own message (a missing resource bundle) must not escape
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, e), e);
		}
	}

	private static Properties credentials(StoreLocation location) {
		Properties properties = new Properties();
		if (location.user() != null) {
			properties.setProperty("user", location.user()); //$NON-NLS-1$
		}
		char[] password = location.password();
		if (password != null) {
			properties.setProperty("password", new String(password)); //$NON-NLS-1$
		}
		return properties;
	}

	/**
	 * Refuses a directory this process cannot write before Derby sees it: Derby would otherwise open
	 * it read-only, or fail obscurely.
	 */
	private static void checkWritable(Path directory) throws StoreException {
		try {
			Files.createDirectories(directory.getParent());
			List<Path> probes = new ArrayList<>();
			if (Files.isDirectory(directory)) {
				probes.add(directory);
				for (String sub : new String[] { "seg0", "log" }) { //$NON-NLS-1$ //$NON-NLS-2$
					if (Files.isDirectory(directory.resolve(sub))) {
						probes.add(directory.resolve(sub));
					}
				}
			} else {
				probes.add(directory.getParent());
			}
			for (Path probe : probes) {
				Files.delete(Files.createTempFile(probe, ".jixiao-write-check", null)); //$NON-NLS-1$
			}
		} catch (AccessDeniedException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getFile()), e);
		} catch (FileSystemException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getReason() == null ? e.getFile() : e.getReason()), e);
		} catch (IOException | UnsupportedOperationException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getMessage()), e);
		}
	}

	/** Derby writes its log beside the first database opened, not into the working directory. */
	private static void configureErrorLog(Path directory) {
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
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

	/** @return the query of the list's lines, without its conditions */
	private String summary() {
		return "SELECT E.ID, D.NAME, E.FISCAL_YEAR, E.STATUS, E.TOTAL_SCORE, E.GRADE, E.MODIFIED_AT, E.MODIFIED_BY, E.ERROR_COUNT FROM " //$NON-NLS-1$
				+ readable("EVALUATION") + " E LEFT JOIN " + readable("DEPARTMENT") + " D ON D.EVALUATION_ID = E.ID"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Override
	public synchronized long insert(Evaluation evaluation, String givenUser) throws StoreException {
		String user = who(givenUser);
		return insert(evaluation, user, Action.CREATED, null);
	}

	private long insert(Evaluation evaluation, String user, Action action, String note) throws StoreException {
		checkOpen();
		Score score = score(evaluation);
		Timestamp now = Timestamp.from(Instant.now());
		try {
			writer.lockTables();
			long id = insertRow(evaluation, score, now, user);
			writer.writeRows(id, evaluation);
			PreparedStatement audit = statements.get(INSERT_AUDIT);
			addAudit(audit, id, now, user, action, "", null, note, null); //$NON-NLS-1$
			audit.executeBatch();
			connection.commit();
			return id;
		} catch (SQLException | RuntimeException e) {
			throw saveFailed(evaluation, e);
		}
	}

	@Override
	public synchronized List<Long> insertAll(List<Evaluation> evaluations, String givenUser) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		if (evaluations.isEmpty()) {
			return List.of();
		}
		Timestamp now = Timestamp.from(Instant.now());
		List<Long> ids = new ArrayList<>(evaluations.size());
		Evaluation current = null;
		ExecutorService scoring = Executors.newSingleThreadExecutor(DerbyEvaluationStore::scoringThread);
		try {
			List<Future<Score>> scores = scoreAhead(evaluations, scoring);
			writer.lockTables();
			PreparedStatement audit = statements.get(INSERT_AUDIT);
			for (int i = 0; i < evaluations.size(); i++) {
				current = evaluations.get(i);
				long id = insertRow(current, scores.get(i).get(), now, user);
				writer.addRows(id, current);
				addAudit(audit, id, now, user, Action.CREATED, "", null, null, null); //$NON-NLS-1$
				ids.add(id);
				if (ids.size() % BATCH_EVALUATIONS == 0) {
					writer.flush();
					audit.executeBatch();
				}
			}
			current = null;
			writer.flush();
			audit.executeBatch();
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
			scoring.shutdownNow();
		}
	}

	/**
	 * Scores the evaluations in order on the scoring thread, while this thread writes those already
	 * scored: scoring needs no database, and Derby's inserts keep one core busy. An evaluation is read
	 * by one thread at a time, since the writer takes it only once its score is done; an evaluation
	 * given twice is scored here, before any writing starts.
	 */
	private List<Future<Score>> scoreAhead(List<Evaluation> evaluations, ExecutorService scoring) {
		Set<Evaluation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		boolean distinct = evaluations.stream().allMatch(seen::add);
		List<Future<Score>> scores = new ArrayList<>(evaluations.size());
		for (Evaluation evaluation : evaluations) {
			scores.add(distinct ? scoring.submit(() -> score(evaluation)) : CompletableFuture.completedFuture(score(evaluation)));
		}
		return scores;
	}

	private static Thread scoringThread(Runnable task) {
		Thread thread = new Thread(task, "jixiao-store-scoring"); //$NON-NLS-1$
		thread.setDaemon(true);
		return thread;
	}

	/** Inserts the {@code EVALUATION} row. @return its generated id */
	private long insertRow(Evaluation evaluation, Score score, Timestamp now, String user) throws SQLException {
		PreparedStatement insert = statements.getReturningKeys(INSERT_EVALUATION);
		setEvaluation(insert, evaluation, score, now, user);
		insert.setTimestamp(15, now);
		insert.setString(16, user);
		insert.executeUpdate();
		try (ResultSet keys = insert.getGeneratedKeys()) {
			keys.next();
			return keys.getLong(1);
		}
	}

	@Override
	public int update(long id, Evaluation evaluation, String user) throws StoreException {
		return update(id, evaluation, user, null);
	}

	@Override
	public int update(long id, Evaluation evaluation, String user, int loadedVersion) throws StoreException {
		return update(id, evaluation, user, Integer.valueOf(loadedVersion));
	}

	/**
	 * Replaces the stored evaluation; with a loaded version, only while it is the stored one.
	 *
	 * @return the new stored version
	 */
	private synchronized int update(long id, Evaluation evaluation, String givenUser, Integer loadedVersion) throws StoreException {
		String user = who(givenUser);
		checkOpen();
		Score score = score(evaluation);
		Timestamp now = Timestamp.from(Instant.now());
		try {
			// Lock first, so that the version compared with is the one replaced.
			writer.lockTables();
			PreparedStatement exists = statements.get("SELECT VERSION, MODIFIED_BY, MODIFIED_AT FROM " + readable("EVALUATION") + " WHERE ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
			if (loadedVersion != null && storedVersion != loadedVersion.intValue()) {
				connection.rollback();
				throw new ConflictException(NLS.bind(Messages.Store_conflict, new Object[] { location, id, savedBy,
						savedAt.toLocalDateTime().format(WHEN), storedVersion, loadedVersion }), id, storedVersion, savedBy, savedAt.toInstant());
			}
			Evaluation stored = reader.read(id);
			List<AuditDiff.Change> changes = AuditDiff.between(stored, evaluation);
			PreparedStatement update = statements.get(UPDATE_EVALUATION);
			setEvaluation(update, evaluation, score, now, user);
			update.setLong(15, id);
			update.executeUpdate();
			writer.deleteRows(id);
			writer.writeRows(id, evaluation);
			if (!changes.isEmpty()) {
				PreparedStatement audit = statements.get(INSERT_AUDIT);
				for (AuditDiff.Change change : changes) {
					addAudit(audit, id, now, user, change.action(), change.path(), change.field(), change.oldValue(), change.newValue());
				}
				audit.executeBatch();
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
	}

	private static void addAudit(PreparedStatement audit, long id, Timestamp at, String user, Action action, String path, String field,
			String oldValue, String newValue) throws SQLException {
		audit.setLong(1, id);
		audit.setTimestamp(2, at);
		audit.setString(3, user);
		audit.setString(4, action.name());
		audit.setString(5, cut(path));
		audit.setString(6, field);
		audit.setString(7, cut(oldValue));
		audit.setString(8, cut(newValue));
		audit.addBatch();
	}

	private static String cut(String text) {
		return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
	}

	private StoreException saveFailed(Evaluation evaluation, Exception e) {
		writer.discard();
		try {
			connection.rollback();
		} catch (SQLException rollback) {
			e.addSuppressed(rollback);
		}
		String name = evaluation.getDepartment() == null ? "?" : evaluation.getDepartment().getName(); //$NON-NLS-1$
		String cause = e instanceof SQLException sql ? message(sql) : e.toString();
		return new StoreException(NLS.bind(Messages.Store_saveFailed, new Object[] { location, name + " " + evaluation.getFiscalYear(), cause }), e); //$NON-NLS-1$
	}

	/**
	 * The total and grade by the evaluation's rule set (none for an unknown rule set or a total too
	 * large for its column, which only weights above the limits give), and the number of errors the
	 * validator finds: while there are any, the total is no valid score.
	 */
	private record Score(BigDecimal total, Grade grade, int errors) {
	}

	private Score score(Evaluation evaluation) {
		RuleSet rules;
		try {
			rules = RuleSetService.getDefault().rulesFor(evaluation);
		} catch (RuleSetException e) {
			return new Score(null, null, errors(EvaluationDiagnostician.validate(evaluation, null)));
		}
		ScoreSheet sheet = scorers.computeIfAbsent(rules, EvaluationScorer::new).score(evaluation);
		int errors = errors(EvaluationDiagnostician.validate(evaluation, rules));
		if (sheet.total().abs().compareTo(MAX_TOTAL) >= 0) {
			return new Score(null, null, Math.max(errors, 1));
		}
		return new Score(sheet.total(), Grade.get(sheet.grade().officialTerm()), errors);
	}

	private static int errors(Diagnostic diagnostic) {
		return (int) diagnostic.getChildren().stream().filter(child -> child.getSeverity() >= Diagnostic.ERROR).count();
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
			sql.append(and).append("D.NAME = ?"); //$NON-NLS-1$
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
		sql.append(" ORDER BY D.NAME, E.FISCAL_YEAR, E.ID"); //$NON-NLS-1$
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
				row.getObject(9) == null ? null : row.getInt(9));
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
			writer.deleteRows(id);
			PreparedStatement delete = statements.get("DELETE FROM EVALUATION WHERE ID = ?"); //$NON-NLS-1$
			delete.setLong(1, id);
			delete.executeUpdate();
			PreparedStatement audit = statements.get(INSERT_AUDIT);
			String description = NLS.bind(Messages.Store_deleted, new Object[] { summary.department(), summary.fiscalYear(),
					summary.status().getLiteral(), summary.totalScore() == null ? "-" : summary.totalScore().toPlainString() }); //$NON-NLS-1$
			addAudit(audit, id, Timestamp.from(Instant.now()), user, Action.DELETED, "", null, description, null); //$NON-NLS-1$
			audit.executeBatch();
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
		return insert(copy, user, Action.COPIED, Long.toString(id));
	}

	@Override
	public synchronized List<AuditEntry> audit(long id) throws StoreException {
		checkOpen();
		try {
			PreparedStatement select = statements.get("SELECT CHANGED_AT, BY_USER, ACTION, ENTITY_PATH, FIELD, OLD_VALUE, NEW_VALUE " //$NON-NLS-1$
					+ "FROM " + readable("AUDIT") + " WHERE EVALUATION_ID = ? ORDER BY ID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			select.setLong(1, id);
			List<AuditEntry> entries = new ArrayList<>();
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					entries.add(new AuditEntry(id, row.getTimestamp(1).toInstant(), row.getString(2), Action.valueOf(row.getString(3)),
							row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
				}
			}
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

	/** Adds one entry to the audit trail, in the caller's transaction. */
	void audit(long id, Timestamp at, String user, Action action, String path, String field, String oldValue, String newValue)
			throws SQLException {
		PreparedStatement audit = statements.get(INSERT_AUDIT);
		addAudit(audit, id, at, user, action, path, field, oldValue, newValue);
		audit.executeBatch();
	}

	@Override
	public synchronized Path backup(Path directory) throws StoreException {
		checkOpen();
		Path target = directory.toAbsolutePath().normalize();
		try {
			connection.commit();
			try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
				call.setString(1, target.toString());
				call.execute();
			}
			connection.commit();
		} catch (SQLException e) {
			rollbackQuietly(e);
			throw new StoreException(NLS.bind(Messages.Store_backupFailed, new Object[] { location, target, message(e) }), e);
		}
		return target.resolve(databaseName());
	}

	private String databaseName() {
		if (location.isEmbedded()) {
			return location.directory().getFileName().toString();
		}
		String url = location.url();
		int attributes = url.indexOf(';');
		String path = attributes < 0 ? url : url.substring(0, attributes);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** @see EvaluationStore#restore(Path, Path) */
	public static void restore(Path backupDirectory, Path databaseDirectory) throws StoreException {
		Path backup = backupDirectory.toAbsolutePath().normalize();
		Path directory = databaseDirectory.toAbsolutePath().normalize();
		if (!Files.isRegularFile(backup.resolve("service.properties"))) { //$NON-NLS-1$
			throw new StoreException(NLS.bind(Messages.Store_notABackup, backup), null);
		}
		synchronized (OPEN) {
			if (OPEN.containsKey(directory)) {
				throw new StoreException(NLS.bind(Messages.Store_restoreInUse, directory), null);
			}
			StoreLocation location = StoreLocation.embedded(directory);
			if (Files.isDirectory(directory)) {
				// Derby's lock tells whether another process has it open; boot and shut down to ask it.
				try {
					Connection probe = Drivers.embedded().connect("jdbc:derby:" + directory, new Properties()); //$NON-NLS-1$
					closeQuietly(probe);
					shutdown(directory, new Properties());
				} catch (SQLException e) {
					if (has(e, LOCKED)) {
						throw new StoreException(NLS.bind(Messages.Store_locked, location, Holder.describe(directory)), e);
					}
				}
			} else {
				checkWritable(directory);
			}
			configureErrorLog(directory);
			try {
				Connection connection = Drivers.embedded().connect("jdbc:derby:" + directory + ";restoreFrom=" + backup, new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
				closeQuietly(connection);
				shutdown(directory, new Properties());
			} catch (SQLException e) {
				throw new StoreException(NLS.bind(Messages.Store_restoreFailed, new Object[] { directory, backup, message(e) }), e);
			}
		}
	}

	@Override
	public synchronized void close() throws StoreException {
		if (closed) {
			return;
		}
		closed = true;
		statements.close();
		if (location.isEmbedded()) {
			synchronized (OPEN) {
				release(location, connection);
			}
		} else {
			closeQuietly(connection);
		}
	}

	/** Closes the connection; the last store of an embedded database in this process shuts it down. */
	private static void release(StoreLocation location, Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// closing discards the transaction too
		}
		closeQuietly(connection);
		Path directory = location.directory();
		Integer users = OPEN.get(directory);
		if (users == null || users <= 1) {
			OPEN.remove(directory);
			Holder.clear(directory);
			shutdown(directory, credentials(location));
		} else {
			OPEN.put(directory, users - 1);
		}
	}

	private static void shutdown(Path directory, Properties credentials) {
		try {
			Drivers.embedded().connect("jdbc:derby:" + directory + ";shutdown=true", credentials); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			// 08006 is Derby's normal answer; any other failure leaves the database to Derby's recovery
		}
	}

	void checkOpen() throws StoreException {
		if (closed) {
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, "closed"), null); //$NON-NLS-1$
		}
	}

	StoreException failed(String operation, Exception e) {
		String cause = e instanceof SQLException sql ? message(sql) : e.toString();
		return new StoreException(NLS.bind(Messages.Store_failed, new Object[] { location, operation, cause }), e);
	}

	void rollbackQuietly(Exception e) {
		try {
			connection.rollback();
		} catch (SQLException rollback) {
			e.addSuppressed(rollback);
		}
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing more to release
		}
	}

	/** @return whether the exception or one it chains has this SQL state */
	static boolean has(SQLException e, String state) {
		for (Throwable t = e; t != null; t = t.getCause() != null && t.getCause() != t ? t.getCause() : null) {
			for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
				if (state.equals(s.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

	/** @return the most specific message of a chain of SQL exceptions, with its SQL state */
	static String message(SQLException e) {
		SQLException last = e;
		while (last.getNextException() != null) {
			last = last.getNextException();
		}
		String text = last.getMessage();
		if (last != e && e.getMessage() != null && !e.getMessage().equals(text)) {
			text = e.getMessage() + " " + text; //$NON-NLS-1$
		}
		text = text + " [" + last.getSQLState() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		for (SQLException next = e; next != null; next = next.getNextException()) {
			if ("23513".equals(next.getSQLState()) && String.valueOf(next.getMessage()).contains(RowAccess.DENIED)) { //$NON-NLS-1$
				return NLS.bind(Messages.Store_accessDenied, text);
			}
			if ("42500".equals(next.getSQLState()) || "42502".equals(next.getSQLState())) { //$NON-NLS-1$ //$NON-NLS-2$
				return NLS.bind(Messages.Store_noPrivilege, text);
			}
		}
		return text;
	}

	/** The connection, for the network server's set-up of a database it serves and for accounts. */
	Connection connection() {
		return connection;
	}

	/** @return whether this process has an embedded database open */
	static boolean embeddedInUse() {
		synchronized (OPEN) {
			return !OPEN.isEmpty();
		}
	}
}
