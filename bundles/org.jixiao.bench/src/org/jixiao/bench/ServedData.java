package org.jixiao.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.Role;
import org.jixiao.store.ServerKeys;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * What the server benchmarks share: the served database's directory layout (its TLS keys and its
 * database), the accounts (an owner, one 填报 account per unit, a 主管部门 reviewer per ten units and a
 * bureau reviewer, all with one password), the synthetic evaluations of each unit with a counter
 * paragraph per client, and the statistics printed.
 */
final class ServedData {

	/** The owner and administrator of the served database. */
	static final String OWNER = "BOSS"; //$NON-NLS-1$
	/** The bureau's (财政) reviewer. */
	static final String BUREAU = "BUREAU1"; //$NON-NLS-1$
	/** Every account's password: a benchmark's scratch database only. */
	static final char[] PASSWORD = "bench-pw-1".toCharArray(); //$NON-NLS-1$
	/** How many clients may keep a counter in one evaluation: one paragraph each. */
	static final int COUNTER_SLOTS = 2;
	private static final char[] KEYS_PASSWORD = "bench-keys-1".toCharArray(); //$NON-NLS-1$
	private static final String COUNTER = "counter-"; //$NON-NLS-1$
	private static final int FIRST_YEAR = 2021;

	private final Path directory;
	private final boolean tls;

	/**
	 * @param directory holds {@code keys} (the TLS key and trust stores) and {@code served} (the database)
	 * @param tls whether the server speaks TLS (Derby's {@code basic} mode: encrypted, the client
	 *            checks the server's certificate)
	 */
	ServedData(Path directory, boolean tls) {
		this.directory = directory.toAbsolutePath().normalize();
		this.tls = tls;
	}

	Path database() {
		return directory.resolve("served"); //$NON-NLS-1$
	}

	boolean tls() {
		return tls;
	}

	/**
	 * Makes the TLS keys when missing and has this process trust the server's certificate (the default
	 * SSL context, which Derby's client uses).
	 */
	void trustServer() throws StoreException, IOException, GeneralSecurityException {
		if (!tls) {
			return;
		}
		Path keys = directory.resolve("keys"); //$NON-NLS-1$
		if (!Files.isRegularFile(keys.resolve(ServerKeys.KEY_STORE))) {
			ServerKeys.create(keys, List.of("localhost", "127.0.0.1"), List.of(), KEYS_PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$
		}
		KeyStore trust = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(keys.resolve(ServerKeys.TRUST_STORE))) {
			trust.load(in, null);
		}
		TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		managers.init(trust);
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(null, managers.getTrustManagers(), null);
		SSLContext.setDefault(context);
	}

	ServerTls serverTls() {
		return tls ? new ServerTls(ServerTls.Mode.BASIC, directory.resolve("keys").resolve(ServerKeys.KEY_STORE), KEYS_PASSWORD, null, null) //$NON-NLS-1$
				: ServerTls.off();
	}

	/** Starts the server in this process (creating the database and making {@link #OWNER} its owner on first use). */
	DerbyServer start(int port) throws StoreException {
		return DerbyServer.start(database(), DerbyServer.DEFAULT_HOST, port, OWNER, PASSWORD, serverTls());
	}

	/** @return the URL of the served database at {@code port} */
	String url(int port) {
		return "jdbc:derby://" + DerbyServer.DEFAULT_HOST + ":" + port + "/" + database() + (tls ? ";ssl=peerAuthentication" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	static StoreLocation location(String url, String user) {
		return StoreLocation.of(url, user, PASSWORD);
	}

	static String unit(int index) {
		return String.format(Locale.ROOT, "单位%03d", Integer.valueOf(index)); //$NON-NLS-1$
	}

	static String filler(int unit) {
		return String.format(Locale.ROOT, "F%03d", Integer.valueOf(unit)); //$NON-NLS-1$
	}

	/** @return the number of 主管部门 for {@code units} units: one per ten */
	static int supervisors(int units) {
		return Math.max(1, (units + 9) / 10);
	}

	static int supervisorOf(int unit, int units) {
		return unit % supervisors(units);
	}

	static String supervisorDepartment(int supervisor) {
		return String.format(Locale.ROOT, "主管部门%02d", Integer.valueOf(supervisor)); //$NON-NLS-1$
	}

	static String supervisorAccount(int supervisor) {
		return String.format(Locale.ROOT, "S%02d", Integer.valueOf(supervisor)); //$NON-NLS-1$
	}

	static int year(int index) {
		return FIRST_YEAR + index;
	}

	/** Adds the accounts of {@code units} units, their 主管部门 and the bureau; progress on stderr. */
	static void addAccounts(String url, int units, java.io.PrintWriter err) throws StoreException {
		try (Accounts accounts = Accounts.open(location(url, OWNER))) {
			for (int unit = 0; unit < units; unit++) {
				accounts.add(filler(unit), Role.FILLER, unit(unit), null, PASSWORD);
				if ((unit + 1) % 50 == 0) {
					err.println("accounts: " + (unit + 1) + "/" + units + " units"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			for (int supervisor = 0; supervisor < supervisors(units); supervisor++) {
				accounts.add(supervisorAccount(supervisor), Role.SUPERVISOR, null, supervisorDepartment(supervisor), PASSWORD);
			}
			accounts.add(BUREAU, Role.BUREAU, null, null, PASSWORD);
		}
	}

	/**
	 * @param seed the synthetic evaluation's seed
	 * @param unit the unit
	 * @param units how many units there are
	 * @param year the fiscal year
	 * @param indicators indicators per evaluation
	 * @param counters each client slot's counter value
	 * @return the evaluation as the benchmarks store it: of {@code unit} under its 主管部门, with one
	 *         counter paragraph per client slot in its first narrative section
	 */
	static Evaluation evaluation(long seed, int unit, int units, int year, int indicators, int... counters) {
		Evaluation evaluation = SyntheticEvaluations.create(seed, indicators);
		evaluation.setFiscalYear(year);
		evaluation.getDepartment().setName(unit(unit));
		evaluation.getDepartment().setCompetentDepartment(supervisorDepartment(supervisorOf(unit, units)));
		List<String> paragraphs = evaluation.getNarrative().get(0).getParagraphs();
		for (int slot = 0; slot < COUNTER_SLOTS; slot++) {
			paragraphs.add(COUNTER + slot + "=" + (slot < counters.length ? counters[slot] : 0)); //$NON-NLS-1$
		}
		return evaluation;
	}

	/** @return the counter of a client slot in a loaded evaluation */
	static int counter(Evaluation evaluation, int slot) {
		List<String> paragraphs = evaluation.getNarrative().get(0).getParagraphs();
		String paragraph = paragraphs.get(paragraphs.size() - COUNTER_SLOTS + slot);
		if (!paragraph.startsWith(COUNTER + slot + "=")) { //$NON-NLS-1$
			throw new IllegalStateException("no counter " + slot + " in paragraph '" + paragraph + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return Integer.parseInt(paragraph.substring(paragraph.indexOf('=') + 1));
	}

	/** Sets the counter of a client slot in an evaluation. */
	static void setCounter(Evaluation evaluation, int slot, int value) {
		NarrativeSection section = evaluation.getNarrative().get(0);
		List<String> paragraphs = section.getParagraphs();
		paragraphs.set(paragraphs.size() - COUNTER_SLOTS + slot, COUNTER + slot + "=" + value); //$NON-NLS-1$
	}

	/**
	 * @return whether the two are equal on every stored feature; a row without a uid in
	 *         {@code expected} equals one with any uid (the store gives each row one)
	 */
	static boolean equal(Evaluation expected, Evaluation actual) {
		return new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
				return feature.isTransient() || isUid(feature) && a.eGet(feature) == null || super.haveEqualFeature(a, b, feature);
			}
		}.equals(expected, actual);
	}

	private static boolean isUid(EStructuralFeature feature) {
		return "uid".equals(feature.getName()); //$NON-NLS-1$
	}

	/** @return the evaluation's total scored again by its rule set, as the store scores it on save */
	static BigDecimal rescore(Evaluation evaluation) throws Exception {
		return new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluation)).score(evaluation).total();
	}

	/** @return a plain JDBC connection by Derby's network client (not the product's store) */
	static Connection connect(String url, String user) throws SQLException, ReflectiveOperationException {
		String name = "org.apache.derby.client.ClientAutoloadedDriver"; //$NON-NLS-1$
		Driver driver = null;
		Bundle self = FrameworkUtil.getBundle(ServedData.class);
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if ("derbyclient".equals(bundle.getSymbolicName())) { //$NON-NLS-1$
				driver = (Driver) bundle.loadClass(name).getConstructor().newInstance();
			}
		}
		if (driver == null) {
			throw new ClassNotFoundException(name);
		}
		Properties properties = new Properties();
		properties.setProperty("user", user); //$NON-NLS-1$
		properties.setProperty("password", new String(PASSWORD)); //$NON-NLS-1$
		return driver.connect(url, properties);
	}

	/**
	 * @return the SQL state of a deadlock (40001) or lock timeout (40XL1) anywhere among the causes
	 *         (a procedure's failure, 38000, wraps it), else of the first {@link SQLException}, or
	 *         {@code null}
	 */
	static String sqlState(Throwable failure) {
		String first = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql) {
				for (SQLException next = sql; next != null; next = next.getNextException()) {
					String state = next.getSQLState();
					if ("40001".equals(state) || "40XL1".equals(state)) { //$NON-NLS-1$ //$NON-NLS-2$
						return state;
					}
					first = first == null ? state : first;
				}
			}
		}
		return first;
	}

	/** @return the machine's load averages (1, 5, 15 minutes) as {@code /proc/loadavg} gives them */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" "); //$NON-NLS-1$ //$NON-NLS-2$
			return "load average " + fields[0] + " " + fields[1] + " " + fields[2]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		} catch (IOException e) {
			return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(); //$NON-NLS-1$
		}
	}

	/** Timings in nanoseconds, summarized in milliseconds. */
	static final class Times {
		private final List<Long> values = new ArrayList<>();

		synchronized void add(long nanos) {
			values.add(Long.valueOf(nanos));
		}

		synchronized int count() {
			return values.size();
		}

		/** @return {@code median … ms, p95 … ms, max … ms (n runs)} */
		synchronized String summary() {
			if (values.isEmpty()) {
				return "no runs"; //$NON-NLS-1$
			}
			long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
			Arrays.sort(sorted);
			return String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs)", sorted[sorted.length / 2] / 1e6, //$NON-NLS-1$
					sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.95) - 1)] / 1e6, sorted[sorted.length - 1] / 1e6,
					Integer.valueOf(sorted.length));
		}
	}
}
