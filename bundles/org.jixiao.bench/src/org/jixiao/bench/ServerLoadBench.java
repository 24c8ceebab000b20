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
 * product (TLS unless {@code --ssl off}), each a unit's officer with its own connection, loading,
 * changing and saving its unit's evaluations with the version it loaded; two clients per unit by
 * default, so that their saves conflict. Prints the throughput, the save times, the conflicts,
 * deadlocks and lock timeouts reported to the clients, and checks at the end that every evaluation
 * holds exactly the increments acknowledged to its clients (no lost update) and loads whole.
 */
@Command(name = "server-load", description = "Concurrent saves by units' officers on a served database: throughput, conflicts, no lost update.")
final class ServerLoadBench implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--clients", defaultValue = "20", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
	private int clients;

	@Option(names = "--minutes", defaultValue = "5", description = "How long they save (default: ${DEFAULT-VALUE}).")
	private double minutes;

	@Option(names = "--sharing", defaultValue = "2", description = "Clients per unit, 1 or 2 (default: ${DEFAULT-VALUE}).")
	private int sharing;

	@Option(names = "--evaluations-per-unit", defaultValue = "2", description = "Evaluations of each unit (default: ${DEFAULT-VALUE}).")
	private int perUnit;

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
			ClientFleet fleet = new ClientFleet(clients, sharing, perUnit, indicators);
			out.println("jixiao-bench server-load: " + clients + " clients, " + sharing + " per unit, " + fleet.units + " units x " + perUnit //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " evaluations of " + indicators + " indicators, " + minutes + " min, TLS " + (data.tls() ? "basic" : "off") + ", " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					+ Runtime.version() + ", " + Runtime.getRuntime().availableProcessors() + " cores"); //$NON-NLS-1$ //$NON-NLS-2$
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
				CounterClient.Totals totals = fleet.totals;
				int saves = totals.saves.count();
				out.printf("saves: %d in %.0f s = %.1f saves/s; save time %s%n", Integer.valueOf(saves), Double.valueOf(seconds), //$NON-NLS-1$
						Double.valueOf(saves / seconds), totals.saves.summary());
				out.printf("reported to the clients: %d conflicts (ConflictException, reloaded and retried), %d deadlocks (40001), " //$NON-NLS-1$
						+ "%d lock timeouts (40XL1), %d lost connections, %d other failures%n", Long.valueOf(totals.conflicts.get()), //$NON-NLS-1$
						Long.valueOf(totals.deadlocks.get()), Long.valueOf(totals.lockTimeouts.get()), Long.valueOf(totals.disconnects.get()),
						Long.valueOf(totals.otherFailures.get()));
				int checked = fleet.verify(url);
				out.printf("verified: %d evaluations hold exactly the %d acknowledged increments, load whole and score as stored: %s%n", //$NON-NLS-1$
						Integer.valueOf(checked), Long.valueOf(fleet.increments()), totals.violations.get() == 0 ? "yes" : "NO, " //$NON-NLS-1$ //$NON-NLS-2$
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
