package org.jixiao.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jixiao.store.DerbyServer;
import org.jixiao.testing.TestLedgers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench server-crash}: the Derby Network Server in a child process (this benchmark
 * application's {@code server-child}, which serves through the product's {@code DerbyServer}), the
 * clients of {@code server-load} saving and reviewing in this process, and the child killed with SIGKILL at a random moment (0 to 3 s after the round's first
 * acknowledged saves, one per four clients), then
 * started again, {@code --kills} times. After each restart every evaluation is checked as the owner:
 * every save acknowledged to a client is there (and a save cut without an answer is there whole or
 * not at all), the evaluation loads whole and its stored total is what it scores, its review history
 * holds the steps acknowledged in one chain, and every submission matches its SHA-256
 * ({@link ClientFleet#verify}).
 */
@Command(name = "server-crash", description = "SIGKILL the server under load, restart it, check every acknowledged save.")
final class ServerCrashBench implements Callable<Integer> {

	/** The environment of {@code releng/scripts/bench.sh} that says how to start this application again. */
	private static final String[] ENVIRONMENT = { "JIXIAO_BENCH_JAVA", "JIXIAO_BENCH_LAUNCHER", "JIXIAO_BENCH_CONFIGURATION" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String READY = "READY "; //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	@Option(names = "--kills", defaultValue = "10", description = "Times the server is killed (default: ${DEFAULT-VALUE}).")
	private int kills;

	@Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
	private int clients;

	@Option(names = "--sharing", defaultValue = "2", description = "Clients per unit, 1 or 2 (default: ${DEFAULT-VALUE}).")
	private int sharing;

	@Option(names = "--evaluations-per-unit", defaultValue = "8", description = "Evaluations of each unit (default: ${DEFAULT-VALUE}).")
	private int perUnit;

	@Option(names = "--reviewers", defaultValue = "8", description = "Clients that review, half of them 主管部门 reviewers and half the bureau's; "
			+ "the others are units' officers (default: ${DEFAULT-VALUE}).")
	private int reviewers;

	@Option(names = "--indicators", defaultValue = "60", description = "Indicators per evaluation (default: ${DEFAULT-VALUE}).")
	private int indicators;

	@Option(names = "--ssl", defaultValue = "basic", description = "basic (TLS) or off (default: ${DEFAULT-VALUE}).")
	private String ssl;

	@Option(names = "--port", defaultValue = "15272", description = "Port of the server (default: ${DEFAULT-VALUE}).")
	private int port;

	@Option(names = "--seed", defaultValue = "20261207", description = "Seed of the moments of the kills (default: ${DEFAULT-VALUE}).")
	private long seed;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		for (String name : ENVIRONMENT) {
			if (System.getenv(name) == null) {
				err.println("jixiao-bench server-crash: " + name + " is not set; run it through releng/scripts/bench.sh"); //$NON-NLS-1$ //$NON-NLS-2$
				return 2;
			}
		}
		TestLedgers.register();
		Path scratch = Files.createTempDirectory("jixiao-bench-crash"); //$NON-NLS-1$
		Process child = null;
		try {
			ServedData data = new ServedData(scratch, !"off".equals(ssl)); //$NON-NLS-1$
			ClientFleet fleet = new ClientFleet(clients, reviewers, sharing, perUnit, indicators);
			out.println("jixiao-bench server-crash: " + kills + " kills, " + clients + " clients: " + fleet.describe() + ", TLS " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (data.tls() ? "basic" : "off") + ", " + Runtime.version()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			data.trustServer();
			String url = data.url(port);
			child = startChild(scratch, err);
			fleet.populate(url, err);
			Random random = new Random(seed);
			long loadStart = System.nanoTime();
			int checked = 0;
			for (int round = 1; round <= kills; round++) {
				int savesBefore = fleet.totals.changes();
				List<Thread> threads = fleet.startClients(() -> url, round);
				// a random moment once the clients are saving: after the round's first acknowledged saves
				long began = System.nanoTime();
				while (fleet.totals.changes() < savesBefore + Math.max(1, clients / 4) && System.nanoTime() - began < 300_000_000_000L) {
					Thread.sleep(50);
				}
				Thread.sleep(random.nextInt(3000));
				long after = (System.nanoTime() - began) / 1_000_000;
				child.destroyForcibly(); // SIGKILL
				if (!child.waitFor(60, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the killed server process did not end"); //$NON-NLS-1$
				}
				fleet.stopClients(threads);
				long restart = System.nanoTime();
				child = startChild(scratch, err);
				double restartSeconds = (System.nanoTime() - restart) / 1e9;
				int verified = fleet.verify(url);
				checked += verified;
				out.printf("kill %d after %.1f s (%d saves and steps acknowledged in the round): restarted in %.1f s (a new JVM, Derby's recovery), " //$NON-NLS-1$
						+ "%d evaluations checked, %d violations so far; %s%n", Integer.valueOf(round), Double.valueOf(after / 1000.0), //$NON-NLS-1$
						Integer.valueOf(fleet.totals.changes() - savesBefore), Double.valueOf(restartSeconds), Integer.valueOf(verified),
						Long.valueOf(fleet.totals.violations.get()), ServedData.loadAverage());
				out.flush();
			}
			WorkflowClient.Totals totals = fleet.totals;
			fleet.report(out, (System.nanoTime() - loadStart) / 1e9);
			out.printf("verified after every restart: %d evaluation checks, %d acknowledged increments all present, whole and scoring as stored; " //$NON-NLS-1$
					+ "%d review steps checked in one chain each, as acknowledged, along REVIEW_TRANSITION; %d submissions matching their SHA-256 " //$NON-NLS-1$
					+ "and the evaluation as saved: %s%n", Integer.valueOf(checked), Long.valueOf(fleet.increments()), //$NON-NLS-1$
					Long.valueOf(fleet.eventsChecked()), Long.valueOf(fleet.submissionsChecked()), totals.violations.get() == 0 ? "yes" : "NO, " //$NON-NLS-1$ //$NON-NLS-2$
							+ totals.violations.get() + " violations"); //$NON-NLS-1$
			for (String message : totals.messages) {
				out.println("  " + message); //$NON-NLS-1$
			}
			return totals.violations.get() == 0 ? 0 : 1;
		} finally {
			if (child != null) {
				child.destroy();
				child.waitFor(60, TimeUnit.SECONDS);
			}
			delete(scratch);
		}
	}

	/** Starts the server child and waits until it serves. */
	private Process startChild(Path scratch, PrintWriter err) throws IOException {
		List<String> command = new ArrayList<>(List.of(System.getenv(ENVIRONMENT[0]), "-XX:+UseSerialGC", "-Xmx512m", //$NON-NLS-1$ //$NON-NLS-2$
				"-Djava.awt.headless=true", "-jar", System.getenv(ENVIRONMENT[1]), "-application", "org.jixiao.bench.app", "-nosplash", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"-nl", "en", "-configuration", System.getenv(ENVIRONMENT[2]), "-data", scratch.resolve("child-workspace").toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"server-child", "--dir", scratch.toString(), "--port", Integer.toString(port), "--ssl", ssl)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(scratch.resolve("child.log").toFile())) //$NON-NLS-1$
				.start();
		BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		for (String line = lines.readLine(); line != null; line = lines.readLine()) {
			if (line.startsWith(READY)) {
				return process;
			}
		}
		process.destroyForcibly();
		err.println(Files.readString(scratch.resolve("child.log"))); //$NON-NLS-1$
		throw new IllegalStateException("the server process ended before serving (its log is above)"); //$NON-NLS-1$
	}

	static void delete(Path directory) throws IOException {
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	/** {@code jixiao-bench server-child}: serves the benchmark's database until killed (the crash benchmark's child). */
	@Command(name = "server-child", hidden = true)
	static final class Child implements Callable<Integer> {

		@Spec
		private CommandSpec spec;

		@Option(names = "--dir", required = true)
		private Path directory;

		@Option(names = "--port", required = true)
		private int port;

		@Option(names = "--ssl", defaultValue = "basic")
		private String ssl;

		@Override
		public Integer call() throws Exception {
			ServedData data = new ServedData(directory, !"off".equals(ssl)); //$NON-NLS-1$
			data.trustServer();
			try (DerbyServer server = data.start(port)) {
				spec.commandLine().getOut().println(READY + server.url());
				spec.commandLine().getOut().flush();
				while (server.isRunning()) {
					Thread.sleep(1000);
				}
			}
			return 0;
		}
	}
}
