package org.jixiao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.TestLedgers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench server-scale}: a district's evaluations on a Derby Network Server started by the
 * product on this machine (TLS unless {@code --ssl off}): accounts for every unit, its 主管部门 and the
 * bureau; the evaluations (of each unit its department's own and its projects') bulk-loaded by the
 * owner, by default in the database directory before it is served; then, over the network, the navigator's list of
 * one year as a unit's officer, a 主管部门's reviewer and the bureau, opening an evaluation, and the
 * consolidation of one year as the bureau ({@link EvaluationStore#consolidation(int)}, and for
 * comparison the plain SQL aggregate over the evaluations, budgets and indicator rows of that year). Prints medians and 95th percentiles; with {@code --dir} the generated database is
 * kept, and a later run with the same sizes measures it again without generating it.
 */
@Command(name = "server-scale", description = "Navigator list, open and consolidation on a served database of a district's size.")
final class ServerScaleBench implements Callable<Integer> {

	private static final String GENERATED = "generated.properties"; //$NON-NLS-1$
	private static final int CHUNK = 100;
	/** Chunks made ahead of the one being saved. */
	private static final int AHEAD = 3;

	@Spec
	private CommandSpec spec;

	@Option(names = "--departments", defaultValue = "300", description = "Units (departments), each with a 填报 account (default: ${DEFAULT-VALUE}).")
	private int departments;

	@Option(names = "--evaluations-per-year", defaultValue = "2000", description = "Evaluations of each year (default: ${DEFAULT-VALUE}).")
	private int perYear;

	@Option(names = "--years", defaultValue = "5", description = "Years (default: ${DEFAULT-VALUE}).")
	private int years;

	@Option(names = "--indicators", defaultValue = "60", description = "Indicators per evaluation (default: ${DEFAULT-VALUE}).")
	private int indicators;

	@Option(names = "--runs", defaultValue = "30", description = "Measured runs of each operation (default: ${DEFAULT-VALUE}).")
	private int runs;

	@Option(names = "--warmup", defaultValue = "10", description = "Runs before measuring (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Option(names = "--budget", defaultValue = "120", description = "Seconds after which an operation is measured no more, "
			+ "once it has one measured run (default: ${DEFAULT-VALUE}).")
	private int budget;

	@Option(names = "--roles", split = ",", defaultValue = "filler,supervisor,bureau", description = "Whose list is measured "
			+ "(default: ${DEFAULT-VALUE}); a unit's and the bureau's open too.")
	private List<String> roles;

	@Option(names = "--operations", split = ",", defaultValue = "list,open,consolidation", description = "What is measured "
			+ "(default: ${DEFAULT-VALUE}).")
	private List<String> operations;

	@Option(names = "--plans", description = "Print Derby's runtime statistics of the lists and of an open instead of measuring.")
	private boolean plans;

	@Option(names = "--ssl", defaultValue = "basic", description = "basic (TLS) or off (default: ${DEFAULT-VALUE}).")
	private String ssl;

	@Option(names = "--port", defaultValue = "15270", description = "Port of the server (default: ${DEFAULT-VALUE}).")
	private int port;

	@Option(names = "--dir", paramLabel = "DIR", description = "Directory of the generated database, kept for the next run (default: a temporary one, deleted afterwards).")
	private Path directory;

	@Option(names = "--load", defaultValue = "embedded", description = "How the evaluations are generated: embedded (the owner's store opened "
			+ "on the database directory before it is served, as a department's store that becomes served) or served (over the network, "
			+ "every row through the row access's triggers) (default: ${DEFAULT-VALUE}).")
	private String load;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		TestLedgers.register();
		Path scratch = directory == null ? Files.createTempDirectory("jixiao-bench-server") : null; //$NON-NLS-1$
		Path base = directory == null ? scratch : directory;
		Files.createDirectories(base);
		ServedData data = new ServedData(base, !"off".equals(ssl)); //$NON-NLS-1$
		Properties sizes = new Properties();
		sizes.setProperty("departments", Integer.toString(departments)); //$NON-NLS-1$
		sizes.setProperty("evaluationsPerYear", Integer.toString(perYear)); //$NON-NLS-1$
		sizes.setProperty("years", Integer.toString(years)); //$NON-NLS-1$
		sizes.setProperty("indicators", Integer.toString(indicators)); //$NON-NLS-1$
		sizes.setProperty("evaluations", "a department's own and its projects'"); //$NON-NLS-1$ //$NON-NLS-2$
		Path marker = base.resolve(GENERATED);
		boolean generated = false;
		if (Files.isRegularFile(marker)) {
			Properties stored = new Properties();
			try (var in = Files.newInputStream(marker)) {
				stored.load(in);
			}
			if (!stored.equals(sizes)) {
				err.println("jixiao-bench server-scale: " + base + " holds a database of other sizes " + stored + "; choose another --dir"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return 2;
			}
			generated = true;
		} else if (Files.exists(data.database())) {
			err.println("jixiao-bench server-scale: " + data.database() + " exists but its generation did not finish; remove it"); //$NON-NLS-1$ //$NON-NLS-2$
			return 2;
		}
		out.println("jixiao-bench server-scale: " + departments + " units, " + perYear + " evaluations/year x " + years + " years x " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ indicators + " indicators, TLS " + (data.tls() ? "basic (client checks the server's certificate)" : "off") + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores"); //$NON-NLS-1$ //$NON-NLS-2$
		data.trustServer();
		boolean embedded = "embedded".equals(load); //$NON-NLS-1$
		if (!generated && embedded) {
			loadEvaluations(StoreLocation.embedded(data.database(), ServedData.OWNER, ServedData.PASSWORD), "embedded, before serving", out, err); //$NON-NLS-1$
		}
		try (DerbyServer server = data.start(port)) {
			String url = server.url();
			out.println("server: " + url); //$NON-NLS-1$
			if (generated) {
				out.println("database: generated before, in " + data.database()); //$NON-NLS-1$
			} else {
				generate(url, !embedded, out, err);
				try (var outFile = Files.newOutputStream(marker)) {
					sizes.store(outFile, "jixiao-bench server-scale"); //$NON-NLS-1$
				}
			}
			measure(url, out, err);
		} finally {
			if (scratch != null) {
				delete(scratch);
			}
		}
		return 0;
	}

	private void generate(String url, boolean evaluations, PrintWriter out, PrintWriter err) throws Exception {
		long start = System.nanoTime();
		ServedData.addAccounts(url, departments, err);
		double accounts = (System.nanoTime() - start) / 1e9;
		out.printf("accounts: %d (units, %d 主管部门, bureau) in %.1f s, %s%n", Integer.valueOf(departments + ServedData.supervisors(departments) + 1), //$NON-NLS-1$
				Integer.valueOf(ServedData.supervisors(departments)), Double.valueOf(accounts), ServedData.loadAverage());
		if (evaluations) {
			loadEvaluations(ServedData.location(url, ServedData.OWNER), "over the network", out, err); //$NON-NLS-1$
		}
	}

	/**
	 * Stores the evaluations as the owner with {@link EvaluationStore#insertAll}, {@value #CHUNK} per
	 * transaction: the store's own bulk save (rows, scores and one audit entry per evaluation). The
	 * synthetic evaluations of the next chunks are made by other threads meanwhile (a save locks the
	 * tables, so a second writer would only wait).
	 */
	private void loadEvaluations(StoreLocation location, String how, PrintWriter out, PrintWriter err) throws Exception {
		long total = 0;
		int chunks = (perYear + CHUNK - 1) / CHUNK;
		ExecutorService makers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
		try (EvaluationStore store = EvaluationStore.open(location)) {
			Deque<Future<List<Evaluation>>> ahead = new ArrayDeque<>();
			int next = 0;
			for (int done = 0; done < years * chunks; done++) {
				while (next < years * chunks && ahead.size() < AHEAD) {
					int year = next / chunks;
					int first = next % chunks * CHUNK;
					ahead.add(makers.submit(() -> chunk(year, first)));
					next++;
				}
				List<Evaluation> chunk = ahead.poll().get();
				long chunkStart = System.nanoTime();
				store.insertAll(chunk, ServedData.OWNER);
				total += System.nanoTime() - chunkStart;
				if ((done + 1) % chunks == 0) {
					err.printf("loaded year %d: %.1f s so far%n", Integer.valueOf(ServedData.year(done / chunks)), Double.valueOf(total / 1e9)); //$NON-NLS-1$
				}
			}
		} finally {
			makers.shutdownNow();
		}
		long evaluations = (long) perYear * years;
		out.printf("bulk load (owner, insertAll of %d per transaction, %s): %d evaluations, %d indicator rows in %.1f s " //$NON-NLS-1$
				+ "(%.1f evaluations/s), %s%n", Integer.valueOf(CHUNK), how, Long.valueOf(evaluations), Long.valueOf(evaluations * indicators), //$NON-NLS-1$
				Double.valueOf(total / 1e9), Double.valueOf(evaluations / (total / 1e9)), ServedData.loadAverage());
	}

	/**
	 * @return the evaluations {@code first} to {@code first + CHUNK} of year number {@code year}:
	 *         evaluation {@code k} is of unit {@code k % departments}, its department's own for the
	 *         first of each unit, else one of the unit's projects (项目支出)
	 */
	private List<Evaluation> chunk(int year, int first) {
		List<Evaluation> chunk = new ArrayList<>(CHUNK);
		for (int k = first; k < Math.min(perYear, first + CHUNK); k++) {
			long seed = year * 1_000_000L + k;
			Evaluation evaluation = ServedData.evaluation(seed, k % departments, departments, ServedData.year(year), indicators);
			int project = k / departments;
			if (project > 0) {
				evaluation.setKind(EvaluationKind.PROJECT);
				evaluation.setProjectName(String.format(Locale.ROOT, "%s项目%02d", ServedData.unit(k % departments), Integer.valueOf(project))); //$NON-NLS-1$
				evaluation.setProjectCode(String.format(Locale.ROOT, "P%03d-%02d", Integer.valueOf(k % departments), Integer.valueOf(project))); //$NON-NLS-1$
			}
			chunk.add(evaluation);
		}
		return chunk;
	}

	private void measure(String url, PrintWriter out, PrintWriter err) throws Exception {
		int year = ServedData.year(years - 1);
		EvaluationQuery query = EvaluationQuery.all().year(Integer.valueOf(year));
		int unit = 7 % departments;
		int supervisor = ServedData.supervisorOf(unit, departments);
		String[][] listers = { { "unit's officer (填报, own unit)", ServedData.filler(unit) }, //$NON-NLS-1$
				{ "主管部门 reviewer", ServedData.supervisorAccount(supervisor) }, { "bureau (财政, all)", ServedData.BUREAU } }; //$NON-NLS-1$ //$NON-NLS-2$
		List<Long> ownIds = new ArrayList<>();
		List<Long> allIds = new ArrayList<>();
		String[] roleNames = { "filler", "supervisor", "bureau" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, ServedData.BUREAU))) {
			for (EvaluationSummary summary : store.list(query)) {
				allIds.add(Long.valueOf(summary.id()));
				if (ServedData.unit(unit).equals(summary.department())) {
					ownIds.add(Long.valueOf(summary.id()));
				}
			}
		}
		if (plans) {
			plans(url, year, unit, supervisor, ownIds.get(0).longValue(), out);
			return;
		}
		for (int l = 0; l < listers.length && operations.contains("list"); l++) { //$NON-NLS-1$
			String[] lister = listers[l];
			if (!roles.contains(roleNames[l])) {
				err.println("not measuring the list as " + lister[1] + " (--roles)"); //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			err.println("measuring list as " + lister[1]); //$NON-NLS-1$
			try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, lister[1]))) {
				ServedData.Times times = new ServedData.Times();
				int rows = 0;
				long began = System.nanoTime();
				for (int run = 0; more(run, began, times); run++) {
					long start = System.nanoTime();
					List<EvaluationSummary> list = store.list(query);
					long elapsed = System.nanoTime() - start;
					if (run >= warmup || over(began)) {
						times.add(elapsed);
					}
					rows = list.size();
				}
				out.printf("list of %d as %s (%s, %d rows): %s; goal <= 200 ms; %s%n", Integer.valueOf(year), lister[0], lister[1], //$NON-NLS-1$
						Integer.valueOf(rows), times.summary(), ServedData.loadAverage());
			}
		}
		if (operations.contains("open")) { //$NON-NLS-1$
			open(url, ownIds, allIds, out, err);
		}
		if (operations.contains("consolidation")) { //$NON-NLS-1$
			consolidation(url, year, out, err);
		}
	}

	private void open(String url, List<Long> ownIds, List<Long> allIds, PrintWriter out, PrintWriter err) throws Exception {
		int unit = 7 % departments;
		Random random = new Random(20261207);
		String[][] openers = { { "unit's officer, its own", ServedData.filler(unit) }, { "bureau, any of the year", ServedData.BUREAU } }; //$NON-NLS-1$ //$NON-NLS-2$
		for (String[] opener : openers) {
			List<Long> ids = opener[1].equals(ServedData.BUREAU) ? allIds : ownIds;
			err.println("measuring load as " + opener[1]); //$NON-NLS-1$
			try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, opener[1]))) {
				ServedData.Times times = new ServedData.Times();
				long began = System.nanoTime();
				for (int run = 0; more(run, began, times); run++) {
					long id = ids.get(random.nextInt(ids.size())).longValue();
					long start = System.nanoTime();
					Evaluation loaded = store.load(id);
					long elapsed = System.nanoTime() - start;
					if (loaded.getCategories().isEmpty()) {
						throw new IllegalStateException("evaluation " + id + " loaded without indicators"); //$NON-NLS-1$ //$NON-NLS-2$
					}
					if (run >= warmup || over(began)) {
						times.add(elapsed);
					}
				}
				out.printf("open (load) an evaluation of %d indicators as %s (%s): %s; goal <= 300 ms; %s%n", Integer.valueOf(indicators), //$NON-NLS-1$
						opener[0], opener[1], times.summary(), ServedData.loadAverage());
			}
		}
	}

	private void consolidation(String url, int year, PrintWriter out, PrintWriter err) throws Exception {
		err.println("measuring EvaluationStore.consolidation(" + year + ") as " + ServedData.BUREAU); //$NON-NLS-1$ //$NON-NLS-2$
		try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, ServedData.BUREAU))) {
			ServedData.Times times = new ServedData.Times();
			Consolidation consolidation = null;
			long began = System.nanoTime();
			for (int run = 0; more(run, began, times); run++) {
				long start = System.nanoTime();
				consolidation = store.consolidation(year);
				long elapsed = System.nanoTime() - start;
				if (run >= warmup || over(began)) {
					times.add(elapsed);
				}
			}
			out.printf("consolidation of %d (EvaluationStore.consolidation as the bureau: %d evaluations ranked, %d flagged): %s; goal <= 2 s; %s%n", //$NON-NLS-1$
					Integer.valueOf(year), Integer.valueOf(consolidation.ranking().size()), Integer.valueOf(consolidation.flagged().size()),
					times.summary(), ServedData.loadAverage());
		}
		consolidate(url, year, out, err);
	}

	/**
	 * Prints Derby's runtime statistics (the plan, and the rows each step saw and the time it took)
	 * of the navigator's list as each role and of two of the reads of opening an evaluation as its
	 * unit's officer, each run as the store runs it (the same SQL, the account's role set), by plain
	 * JDBC; the third of three runs, with the time to execute and to fetch the rows.
	 */
	private void plans(String url, int year, int unit, int supervisor, long ownId, PrintWriter out) throws Exception {
		String list = "SELECT E.ID, E.UNIT, E.FISCAL_YEAR, E.STATUS, E.TOTAL_SCORE, E.GRADE, E.MODIFIED_AT, E.MODIFIED_BY, E.ERROR_COUNT, " //$NON-NLS-1$
				+ "E.REVIEW_STATE, E.SELF_SCORE, E.REVIEW_SCORE FROM %s.EVALUATION E WHERE E.FISCAL_YEAR = ? ORDER BY E.UNIT, E.FISCAL_YEAR, E.ID"; //$NON-NLS-1$
		String rows = "SELECT CATEGORY_POS, SUBCATEGORY_POS, NAME, MODULE_ID, COMPARATOR, TARGET_TEXT, TARGET_VALUE, TARGET_UNIT, ACTUAL_TEXT " //$NON-NLS-1$
				+ "FROM VISIBLE.INDICATOR_ROW WHERE EVALUATION_ID = ? ORDER BY CATEGORY_POS, SUBCATEGORY_POS, POS"; //$NON-NLS-1$
		Object[][] queries = { { ServedData.BUREAU, "BUREAU", String.format(Locale.ROOT, list, "JIXIAO"), Integer.valueOf(year) }, //$NON-NLS-1$ //$NON-NLS-2$
				{ ServedData.filler(unit), "FILLER", String.format(Locale.ROOT, list, "VISIBLE"), Integer.valueOf(year) }, //$NON-NLS-1$ //$NON-NLS-2$
				{ ServedData.supervisorAccount(supervisor), "SUPERVISOR", String.format(Locale.ROOT, list, "VISIBLE"), Integer.valueOf(year) }, //$NON-NLS-1$ //$NON-NLS-2$
				{ ServedData.filler(unit), "FILLER", "SELECT VERSION FROM VISIBLE.EVALUATION WHERE ID = ?", Long.valueOf(ownId) }, //$NON-NLS-1$ //$NON-NLS-2$
				{ ServedData.filler(unit), "FILLER", rows, Long.valueOf(ownId) } }; //$NON-NLS-1$
		for (Object[] query : queries) {
			try (Connection connection = ServedData.connect(url, (String) query[0]); Statement sql = connection.createStatement()) {
				connection.setAutoCommit(false);
				sql.execute("SET ROLE " + query[1]); //$NON-NLS-1$
				sql.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)"); //$NON-NLS-1$
				sql.execute("CALL SYSCS_UTIL.SYSCS_SET_STATISTICS_TIMING(1)"); //$NON-NLS-1$
				try (PreparedStatement statement = connection.prepareStatement((String) query[2])) {
					long executed = 0;
					long fetched = 0;
					int count = 0;
					for (int run = 0; run < 3; run++) {
						statement.setObject(1, query[3]);
						long start = System.nanoTime();
						try (ResultSet result = statement.executeQuery()) {
							executed = System.nanoTime() - start;
							count = 0;
							while (result.next()) {
								for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
									result.getObject(column);
								}
								count++;
							}
						}
						fetched = System.nanoTime() - start - executed;
						connection.commit();
					}
					String statistics;
					try (ResultSet result = sql.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) { //$NON-NLS-1$
						result.next();
						statistics = result.getString(1);
					}
					out.printf("---- as %s (%s), %d rows, execute %.1f ms, fetch %.1f ms: %s%n%s%n", query[0], query[1], Integer.valueOf(count), //$NON-NLS-1$
							Double.valueOf(executed / 1e6), Double.valueOf(fetched / 1e6), query[2], statistics);
				}
				connection.rollback();
			}
		}
	}

	/**
	 * The consolidation's figures per unit for one year, as the bureau, by plain JDBC: evaluations,
	 * budget (调整后预算), executed, 执行率, average 自评得分, grades 优/良, and the deviations (indicators
	 * with a deviation reason).
	 */
	private void consolidate(String url, int year, PrintWriter out, PrintWriter err) throws Exception {
		String perUnit = "SELECT E.UNIT, COUNT(*), SUM(CAST(B.ADJUSTED_BUDGET AS DECIMAL(31,2))), SUM(CAST(B.EXECUTED AS DECIMAL(31,2))), " //$NON-NLS-1$
				+ "AVG(E.TOTAL_SCORE), SUM(CASE WHEN E.GRADE IN ('优', '良') THEN 1 ELSE 0 END) " //$NON-NLS-1$
				+ "FROM JIXIAO.EVALUATION E LEFT JOIN JIXIAO.BUDGET B ON B.EVALUATION_ID = E.ID WHERE E.FISCAL_YEAR = ? GROUP BY E.UNIT"; //$NON-NLS-1$
		String deviations = "SELECT E.UNIT, COUNT(*) FROM JIXIAO.EVALUATION E JOIN JIXIAO.INDICATOR_ROW I ON I.EVALUATION_ID = E.ID " //$NON-NLS-1$
				+ "WHERE E.FISCAL_YEAR = ? AND LENGTH(I.DEVIATION_REASON) > 0 GROUP BY E.UNIT"; //$NON-NLS-1$
		err.println("measuring the consolidation of " + year + " as " + ServedData.BUREAU); //$NON-NLS-1$ //$NON-NLS-2$
		try (Connection connection = ServedData.connect(url, ServedData.BUREAU)) {
			try (Statement sql = connection.createStatement()) {
				sql.execute("SET ROLE BUREAU"); //$NON-NLS-1$
			}
			ServedData.Times times = new ServedData.Times();
			int units = 0;
			long deviationCount = 0;
			BigDecimal budget = BigDecimal.ZERO;
			try (PreparedStatement sums = connection.prepareStatement(perUnit); PreparedStatement rows = connection.prepareStatement(deviations)) {
				long began = System.nanoTime();
				for (int run = 0; more(run, began, times); run++) {
					long start = System.nanoTime();
					units = 0;
					budget = BigDecimal.ZERO;
					sums.setInt(1, year);
					try (ResultSet result = sums.executeQuery()) {
						while (result.next()) {
							units++;
							BigDecimal unitBudget = result.getBigDecimal(3);
							budget = unitBudget == null ? budget : budget.add(unitBudget);
						}
					}
					deviationCount = 0;
					rows.setInt(1, year);
					try (ResultSet result = rows.executeQuery()) {
						while (result.next()) {
							deviationCount += result.getLong(2);
						}
					}
					connection.commit();
					long elapsed = System.nanoTime() - start;
					if (run >= warmup || over(began)) {
						times.add(elapsed);
					}
				}
			}
			out.printf("consolidation of %d (SQL aggregate over EVALUATION + BUDGET + INDICATOR_ROW as the bureau, plain JDBC: %d units, " //$NON-NLS-1$
					+ "budget %s yuan, %d deviations): %s; goal <= 2 s; %s%n", Integer.valueOf(year), Integer.valueOf(units), budget.toPlainString(), //$NON-NLS-1$
					Long.valueOf(deviationCount), times.summary(), ServedData.loadAverage());
		}
	}

	/** @return whether to run an operation again: runs left, and within the budget once one run was measured */
	private boolean more(int run, long began, ServedData.Times times) {
		return run < warmup + runs && (times.count() == 0 || !over(began));
	}

	private boolean over(long began) {
		return System.nanoTime() - began > budget * 1_000_000_000L;
	}

	private static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
