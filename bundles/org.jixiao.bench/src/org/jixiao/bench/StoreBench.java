package org.jixiao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench store}: saves synthetic evaluations into a scratch embedded database, each in its
 * own transaction and all in one ({@code insertAll}), and loads one evaluation repeatedly; prints the
 * median of the rounds after the first two (which warm the JIT up), the fastest and the slowest of
 * them, and the median load. Not a test: figures vary with the machine and its disk
 * (every committed save waits for the log to reach the disk).
 */
@Command(name = "store", description = "Saves and loads of synthetic evaluations in a scratch embedded store.")
final class StoreBench implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--evaluations", defaultValue = "1000", description = "Synthetic evaluations saved per round (default: ${DEFAULT-VALUE}).")
	private int evaluations;

	@Option(names = "--indicators", defaultValue = "60", description = "Indicators per evaluation (default: ${DEFAULT-VALUE}).")
	private int indicators;

	@Option(names = "--rounds", defaultValue = "7", description = "Rounds; the first two warm up unless there are fewer than three (default: ${DEFAULT-VALUE}).")
	private int rounds;

	@Option(names = "--loads", defaultValue = "2000", description = "Loads of one evaluation; the median of the second half is reported (default: ${DEFAULT-VALUE}).")
	private int loads;

	@Option(names = "--dir", paramLabel = "DIR", description = "Directory for the scratch database (default: a temporary one, deleted afterwards).")
	private Path directory;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (rounds < 1 || evaluations < 1) {
			err.println("jixiao-bench store: --rounds and --evaluations must be at least 1"); //$NON-NLS-1$
			return 2;
		}
		Path scratch = directory == null ? Files.createTempDirectory("jixiao-bench-store") : null; //$NON-NLS-1$
		Path database = (directory == null ? scratch : directory).resolve("bench-db"); //$NON-NLS-1$
		List<Evaluation> set = new ArrayList<>(evaluations);
		for (int i = 0; i < evaluations; i++) {
			set.add(SyntheticEvaluations.create(i, indicators));
		}
		long rows = (long) evaluations * indicators;
		out.println("jixiao-bench store: " + evaluations + " evaluations x " + indicators + " indicators = " + rows //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " indicator rows per round, " + rounds + " rounds, " + Runtime.version()); //$NON-NLS-1$ //$NON-NLS-2$
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			int warmup = rounds > 2 ? 2 : 0;
			double[] perSave = new double[rounds - warmup];
			double[] bulk = new double[rounds - warmup];
			double[] bulkCpu = new double[rounds - warmup];
			ThreadMXBean threads = ManagementFactory.getThreadMXBean();
			long last = -1;
			for (int round = 1; round <= rounds; round++) {
				err.println("round " + round + "/" + rounds + ": one transaction per evaluation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				long start = System.nanoTime();
				for (Evaluation evaluation : set) {
					last = store.insert(evaluation, "bench"); //$NON-NLS-1$
				}
				double eachTime = (System.nanoTime() - start) / 1e6;
				err.println("round " + round + "/" + rounds + ": one transaction for all"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				start = System.nanoTime();
				long cpu = threads.getCurrentThreadCpuTime();
				store.insertAll(set, "bench"); //$NON-NLS-1$
				double allTime = (System.nanoTime() - start) / 1e6;
				double allCpu = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
				err.printf("round %d/%d: %.0f ms one by one, %.0f ms in one transaction (%.0f ms CPU of the saving thread)%n", round, rounds, //$NON-NLS-1$
						eachTime, allTime, allCpu);
				if (round > warmup) {
					perSave[round - warmup - 1] = eachTime;
					bulk[round - warmup - 1] = allTime;
					bulkCpu[round - warmup - 1] = allCpu;
				}
			}
			Arrays.sort(perSave);
			Arrays.sort(bulk);
			Arrays.sort(bulkCpu);
			double each = perSave[perSave.length / 2];
			double all = bulk[bulk.length / 2];
			String of = warmup == 0 ? " of " + rounds + " rounds" : " of rounds 3-" + rounds; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			out.printf("save, one transaction per evaluation: median %.0f ms%s (%.0f-%.0f ms; %.2f ms per evaluation, %.0f indicator rows/s)%n", //$NON-NLS-1$
					each, of, perSave[0], perSave[perSave.length - 1], each / evaluations, rows / (each / 1000));
			out.printf("save, all in one transaction (insertAll): median %.0f ms%s (%.0f-%.0f ms; %.0f indicator rows/s; " //$NON-NLS-1$
					+ "CPU of the saving thread: median %.0f ms)%n", all, of, bulk[0], bulk[bulk.length - 1], rows / (all / 1000), //$NON-NLS-1$
					bulkCpu[bulkCpu.length / 2]);
			err.println("loading evaluation " + last + " " + loads + " times"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			long[] times = new long[loads];
			for (int i = 0; i < loads; i++) {
				long start = System.nanoTime();
				store.load(last);
				times[i] = System.nanoTime() - start;
			}
			long[] measured = Arrays.copyOfRange(times, loads / 2, loads);
			Arrays.sort(measured);
			out.printf("load one evaluation (%d indicators): median %.3f ms of the last %d loads%n", indicators, //$NON-NLS-1$
					measured[measured.length / 2] / 1e6, measured.length);
			return 0;
		} catch (StoreException e) {
			err.println("jixiao-bench store: " + e.getMessage()); //$NON-NLS-1$
			return 1;
		} finally {
			if (scratch != null) {
				try (Stream<Path> paths = Files.walk(scratch)) {
					for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
						Files.deleteIfExists(path);
					}
				}
			}
		}
	}
}
