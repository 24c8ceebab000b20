package org.jixiao.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.jixiao.store.DerbyServer;
import org.jixiao.testing.TestLedgers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench server-load}: concurrent clients of a Derby Network Server started by the
 * product (TLS unless {@code --ssl off}), each with its own connection, working the review chain
 * through the product's store API ({@link WorkflowClient}): units' officers edit (saving with the
 * version they loaded), submit and withdraw, two per unit by default so that their saves conflict;
 * 主管部门 reviewers accept, forward and return; bureau reviewers take submissions up, confirm with an
 * adjustment and return. Prints the throughput and times of each operation, the conflicts, refused
 * steps, deadlocks and lock timeouts reported to the clients, and checks at the end every evaluation
 * ({@link ClientFleet#verify}): no lost update, every step acknowledged recorded in a consistent
 * history, every submission whole.
 */
@Command(name = "server-load", description = "Concurrent saves and review steps on a served database: throughput, conflicts, no lost update.")
final class ServerLoadBench implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
	private int clients;

	@Option(names = "--minutes", defaultValue = "5", description = "How long they save (default: ${DEFAULT-VALUE}).")
	private double minutes;

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

	@Option(names = "--port", defaultValue = "15271", description = "Port of the server (default: ${DEFAULT-VALUE}).")
	private int port;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		TestLedgers.register();
		Path scratch = Files.createTempDirectory("jixiao-bench-load"); //$NON-NLS-1$
		try {
			ServedData data = new ServedData(scratch, !"off".equals(ssl)); //$NON-NLS-1$
			ClientFleet fleet = new ClientFleet(clients, reviewers, sharing, perUnit, indicators);
			out.println("jixiao-bench server-load: " + clients + " clients: " + fleet.describe() + "; " + minutes + " min, TLS " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ (data.tls() ? "basic" : "off") + ", " + Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			data.trustServer();
			try (DerbyServer server = data.start(port)) {
				String url = server.url();
				fleet.populate(url, err);
				err.println("clients saving for " + minutes + " min"); //$NON-NLS-1$ //$NON-NLS-2$
				String before = ServedData.loadAverage();
				long start = System.nanoTime();
				List<Thread> threads = fleet.startClients(() -> url, 0);
				Thread.sleep((long) (minutes * 60_000));
				fleet.stopClients(threads);
				double seconds = (System.nanoTime() - start) / 1e9;
				String after = ServedData.loadAverage();
				WorkflowClient.Totals totals = fleet.totals;
				fleet.report(out, seconds);
				int checked = fleet.verify(url);
				out.printf("verified: %d evaluations hold exactly the %d acknowledged increments, load whole and score as stored; %d review steps " //$NON-NLS-1$
						+ "in one chain each, as acknowledged, along REVIEW_TRANSITION; %d submissions matching their SHA-256 and the evaluation as saved: %s%n", //$NON-NLS-1$
						Integer.valueOf(checked), Long.valueOf(fleet.increments()), Long.valueOf(fleet.eventsChecked()),
						Long.valueOf(fleet.submissionsChecked()), totals.violations.get() == 0 ? "yes" : "NO, " //$NON-NLS-1$ //$NON-NLS-2$
								+ totals.violations.get() + " violations"); //$NON-NLS-1$
				for (String message : totals.messages) {
					out.println("  " + message); //$NON-NLS-1$
				}
				out.println("before: " + before + "; after: " + after); //$NON-NLS-1$ //$NON-NLS-2$
				return totals.violations.get() == 0 ? 0 : 1;
			}
		} finally {
			ServerCrashBench.delete(scratch);
		}
	}
}
