package org.jixiao.bench;

import java.io.IOException;
import java.io.PrintWriter;
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
 * times of the last round and the median load. Not a test: figures vary with the machine and its disk
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

	@Option(names = "--rounds", defaultValue = "3", description = "Rounds; the last one is reported (default: ${DEFAULT-VALUE}).")
	private int rounds;

	@Option(names = "--loads", defaultValue = "2000", description = "Loads of one evaluation; the median of the second half is reported (default: ${DEFAULT-VALUE}).")
	private int loads;

	@Option(names = "--dir", paramLabel = "DIR", description = "Directory for the scratch database (default: a temporary one, deleted afterwards).")
	private Path directory;

	@Override
	public Integer call() throws IOException {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path scratch = directory == null ? Files.createTempDirectory("jixiao-bench-store") : null; //$NON-NLS-1$
		Path database = (directory == null ? scratch : directory).resolve("bench-db"); //$NON-NLS-1$
		List<Evaluation> set = new ArrayList<>(evaluations);
		for (int i = 0; i < evaluations; i++) {
			set.add(SyntheticEvaluations.create(i, indicators));
		}
		long rows = (long) evaluations * indicators;
		out.println("jixiao-bench store: " + evaluations + " evaluations x " + indicators + " indicators = " + rows //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " indicator rows per round, " + rounds + " rounds (the last one is reported), " + Runtime.version()); //$NON-NLS-1$ //$NON-NLS-2$
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			double perSave = 0;
			double bulk = 0;
			long last = -1;
			for (int round = 1; round <= rounds; round++) {
				err.println("round " + round + "/" + rounds + ": one transaction per evaluation"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				long start = System.nanoTime();
				for (Evaluation evaluation : set) {
					last = store.insert(evaluation, "bench"); //$NON-NLS-1$
				}
				perSave = (System.nanoTime() - start) / 1e6;
				err.println("round " + round + "/" + rounds + ": one transaction for all"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				start = System.nanoTime();
				store.insertAll(set, "bench"); //$NON-NLS-1$
				bulk = (System.nanoTime() - start) / 1e6;
			}
			out.printf("save, one transaction per evaluation: %.0f ms (%.2f ms per evaluation, %.0f indicator rows/s)%n", perSave, //$NON-NLS-1$
					perSave / evaluations, rows / (perSave / 1000));
			out.printf("save, all in one transaction (insertAll): %.0f ms (%.0f indicator rows/s)%n", bulk, rows / (bulk / 1000)); //$NON-NLS-1$
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
