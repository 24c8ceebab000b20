package org.jixiao.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.interchange.FolderImport;
import org.jixiao.interchange.FolderImport.Kind;
import org.jixiao.interchange.FolderImport.Stored;
import org.jixiao.interchange.FolderImport.Summary;
import org.jixiao.interchange.FolderImport.TargetException;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench import-dir [N]}: writes N synthetic tables ({@link SyntheticTables}) with the
 * product's exporter into a folder tree, then imports and scores them into a fresh embedded store with
 * {@link FolderImport}, as {@code jixiao import DIR} does; prints the wall time of the import, tables per
 * second, the peak heap and resident memory, what became of the files, and a checksum of the stored
 * totals (equal before and after a change that must not change results). Not a test: figures vary with
 * the machine and its load, which is printed.
 */
@Command(name = "import-dir", description = "Imports N synthetic tables of a folder tree into a fresh embedded store.")
final class ImportDirBench implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", defaultValue = "1600", paramLabel = "N", description = "Files written and imported (default: ${DEFAULT-VALUE}).")
	private int files;

	@Option(names = "--threads", description = "Parsing threads (default: the processors, at most 4).")
	private Integer threads;

	@Option(names = "--dir", paramLabel = "DIR", description = "Folder for the tables and the store (default: a temporary one, deleted afterwards).")
	private Path directory;

	@Override
	public Integer call() throws Exception {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		Path work = directory != null ? Files.createDirectories(directory) : Files.createTempDirectory("jixiao-bench-import"); //$NON-NLS-1$
		Path tables = work.resolve("tables"); //$NON-NLS-1$
		Path database = work.resolve("bench-db"); //$NON-NLS-1$
		int parsing = threads != null ? threads : FolderImport.defaultThreads();
		try {
			long start = System.nanoTime();
			write(tables, err);
			double writing = (System.nanoTime() - start) / 1e9;
			out.printf("jixiao-bench import-dir: %d files written in %.1f s (%s)%n", files, writing, Runtime.version()); //$NON-NLS-1$
			System.gc();
			resetPeaks();
			String loadBefore = load();
			Summary summary;
			long cpuBefore = processCpu();
			start = System.nanoTime();
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
				summary = new FolderImport(false, parsing).run(tables, target(store), new Progress(err));
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			double cpu = (processCpu() - cpuBefore) / 1e9;
			String loadAfter = load();
			int stored = summary.of(Kind.IMPORTED).size() + summary.of(Kind.IMPORTED_WITH_PROBLEMS).size();
			out.printf("import: %.1f s wall, %.1f tables/s (%d stored), %d parsing threads, %d processors%n", seconds, stored / seconds, //$NON-NLS-1$
					stored, parsing, Runtime.getRuntime().availableProcessors());
			out.printf("cpu: %.1f s of the process (all threads), %.1f tables per cpu second%n", cpu, stored / cpu); //$NON-NLS-1$
			out.printf("files: %d imported, %d with problems, %d refused, %d skipped%n", summary.of(Kind.IMPORTED).size(), //$NON-NLS-1$
					summary.of(Kind.IMPORTED_WITH_PROBLEMS).size(), summary.of(Kind.REFUSED).size(), summary.of(Kind.SKIPPED).size());
			out.printf("peak heap %d MB (-Xmx %d MB), peak resident %s%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20, //$NON-NLS-1$
					peakResident());
			out.printf("load average before %s, after %s%n", loadBefore, loadAfter); //$NON-NLS-1$
			out.println("checksum of stored totals: " + checksum(database)); //$NON-NLS-1$
			return 0;
		} finally {
			if (directory == null) {
				delete(work);
			}
		}
	}

	private void write(Path tables, PrintWriter err) throws Exception {
		SyntheticTables generator = new SyntheticTables(tables);
		ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
		try {
			List<Future<Path>> written = IntStream.range(0, files).mapToObj(i -> pool.submit(() -> generator.write(i))).toList();
			for (int i = 0; i < written.size(); i++) {
				written.get(i).get();
				if ((i + 1) % 200 == 0) {
					err.println("written " + (i + 1) + "/" + files); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		} finally {
			pool.shutdownNow();
		}
	}

	/** Prints every 100th file. */
	private static final class Progress extends NullProgressMonitor {
		private final PrintWriter err;
		private int total;
		private int done;

		Progress(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
		}

		@Override
		public void subTask(String name) {
			if (done % 100 == 0) {
				err.println((done + 1) + "/" + total + " " + name); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		@Override
		public void worked(int work) {
			done += work;
		}
	}

	private static FolderImport.Target target(EvaluationStore store) {
		return new FolderImport.Target() {
			@Override
			public List<Stored> stored(String department, int fiscalYear) throws TargetException {
				try {
					List<EvaluationSummary> summaries = store.list(new EvaluationQuery(department, Integer.valueOf(fiscalYear), null));
					List<Stored> stored = new java.util.ArrayList<>();
					for (EvaluationSummary summary : summaries) {
						stored.add(new Stored(Long.toString(summary.id()),
								ProjectEvaluations.subject(summary.kind(), summary.projectName(), summary.projectCode())));
					}
					return stored;
				} catch (StoreException e) {
					throw new TargetException(e);
				}
			}

			@Override
			public List<String> store(List<Evaluation> evaluations) throws TargetException {
				try {
					return store.insertAll(evaluations, "bench").stream().map(String::valueOf).toList(); //$NON-NLS-1$
				} catch (StoreException e) {
					throw new TargetException(e);
				}
			}
		};
	}

	private static String checksum(Path database) throws StoreException {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			List<EvaluationSummary> all = store.list(EvaluationQuery.all());
			BigDecimal sum = all.stream().map(EvaluationSummary::totalScore).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO,
					BigDecimal::add);
			long errors = all.stream().filter(EvaluationSummary::hasErrors).count();
			return all.size() + " evaluations, total " + sum.toPlainString() + ", " + errors + " with errors"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** @return the CPU time of the whole process (user and system, /proc/self/stat), in nanoseconds */
	private static long processCpu() {
		try {
			String stat = Files.readString(Path.of("/proc/self/stat")); //$NON-NLS-1$
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" "); //$NON-NLS-1$
			// utime and stime are fields 14 and 15 of the line, 12 and 13 after the command's name; in ticks of 10 ms
			return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
		} catch (IOException | RuntimeException e) {
			return 0;
		}
	}

	private static void resetPeaks() {
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
				.mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
	}

	/** VmHWM of /proc/self/status: the most resident memory the process has had. */
	private static String peakResident() {
		try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) { //$NON-NLS-1$
			return lines.filter(line -> line.startsWith("VmHWM:")).map(line -> line.substring(6).strip()).findFirst().orElse("?"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	private static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip(); //$NON-NLS-1$
		} catch (IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}

	private static void delete(Path dir) throws IOException {
		try (Stream<Path> paths = Files.walk(dir)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
