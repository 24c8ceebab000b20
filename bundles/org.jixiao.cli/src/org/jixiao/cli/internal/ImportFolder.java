package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.osgi.util.NLS;
import org.jixiao.interchange.FolderImport;
import org.jixiao.interchange.FolderImport.Kind;
import org.jixiao.interchange.FolderImport.Outcome;
import org.jixiao.interchange.FolderImport.Stored;
import org.jixiao.interchange.FolderImport.Summary;
import org.jixiao.interchange.FolderImport.TargetException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;

/**
 * {@code jixiao import DIR}: every table of a folder tree into the store through {@link FolderImport},
 * with {@code n/N file} on stderr for each file and the summary on stdout (imported with their ids,
 * imported with problems by cell, refused with the cause, skipped). Ctrl-C stops the run after the file
 * at hand: what was decided is stored, and the summary says how far it got.
 */
final class ImportFolder {

	private ImportFolder() {
	}

	/** The store as the target of a folder import. */
	static FolderImport.Target target(EvaluationStore store, String user) {
		return new FolderImport.Target() {
			@Override
			public List<Stored> stored(String department, int fiscalYear) throws TargetException {
				try {
					List<Stored> stored = new ArrayList<>();
					for (EvaluationSummary summary : store.list(new EvaluationQuery(department, Integer.valueOf(fiscalYear), null))) {
						stored.add(new Stored(Long.toString(summary.id()), InterchangeCommands.subject(summary)));
					}
					return stored;
				} catch (StoreException e) {
					throw new TargetException(e);
				}
			}

			@Override
			public List<String> store(List<Evaluation> evaluations) throws TargetException {
				try {
					return store.insertAll(evaluations, user).stream().map(String::valueOf).toList();
				} catch (StoreException e) {
					throw new TargetException(e);
				}
			}
		};
	}

	/** Prints {@code n/N file} on stderr as each file is handled; cancelled by Ctrl-C. */
	static final class StderrMonitor extends NullProgressMonitor {

		private final PrintWriter err;
		private int total;
		private int done;

		StderrMonitor(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = totalWork;
			err.println(name);
		}

		@Override
		public void subTask(String name) {
			err.println(NLS.bind(Messages.ImportFolder_progress, new Object[] { done + 1, total, name }));
		}

		@Override
		public void worked(int work) {
			done += work;
		}
	}

	/**
	 * Cancels a monitor on Ctrl-C (the JVM's shutdown) and holds the shutdown until it is closed, that is
	 * until the run has stored what it decided and the store is closed.
	 */
	static final class CancelOnInterrupt implements AutoCloseable {

		private final CountDownLatch finished = new CountDownLatch(1);
		private final Thread hook;

		CancelOnInterrupt(NullProgressMonitor monitor) {
			hook = new Thread(() -> {
				monitor.setCanceled(true);
				try {
					finished.await(60, TimeUnit.SECONDS);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "jixiao-import-cancel"); //$NON-NLS-1$
			Runtime.getRuntime().addShutdownHook(hook);
		}

		@Override
		public void close() {
			finished.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (IllegalStateException e) {
				// the JVM is shutting down on Ctrl-C: the hook is running and has just been released
			}
		}
	}

	/**
	 * Runs the import.
	 *
	 * @return the exit code: 0 when every table was imported without problems, 1 when some had problems,
	 *         were refused or the run was cancelled, 2 when the folder cannot be read
	 */
	static int run(Path folder, EvaluationStore store, String user, boolean asNewVersion, StderrMonitor monitor, PrintWriter out,
			PrintWriter err) {
		try {
			Summary summary = new FolderImport(asNewVersion, FolderImport.defaultThreads()).run(folder, target(store, user), monitor);
			print(summary, out);
			if (summary.cancelled()) {
				err.println(NLS.bind(Messages.ImportFolder_cancelled, new Object[] { summary.outcomes().size(), summary.files(),
						stored(summary) }));
			}
			if (summary.of(Kind.REFUSED).stream().anyMatch(outcome -> !outcome.existing().isEmpty())) {
				err.println(Messages.ImportFolder_asNewVersion);
			}
			return summary.complete() ? 0 : StoreCommands.FAILED;
		} catch (IOException e) {
			err.println(NLS.bind(Messages.ImportFolder_notAFolder, folder));
			return StoreCommands.BAD_INPUT;
		}
	}

	private static int stored(Summary summary) {
		return summary.of(Kind.IMPORTED).size() + summary.of(Kind.IMPORTED_WITH_PROBLEMS).size();
	}

	/** Prints the summary: the counts, then each group with its files. */
	static void print(Summary summary, PrintWriter out) {
		List<Outcome> imported = summary.of(Kind.IMPORTED);
		List<Outcome> problems = summary.of(Kind.IMPORTED_WITH_PROBLEMS);
		List<Outcome> refused = summary.of(Kind.REFUSED);
		List<Outcome> skipped = summary.of(Kind.SKIPPED);
		out.println(NLS.bind(Messages.ImportFolder_summary, new Object[] { summary.folder(), summary.files(), imported.size(),
				problems.size(), refused.size(), skipped.size() }));
		if (!imported.isEmpty()) {
			out.println(NLS.bind(Messages.ImportFolder_imported, imported.size()));
			imported.forEach(outcome -> out.println("  " + outcome.file() + " → " + outcome.id() + notes(outcome))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!problems.isEmpty()) {
			out.println(NLS.bind(Messages.ImportFolder_withProblems, problems.size()));
			for (Outcome outcome : problems) {
				out.println("  " + outcome.file() + " → " + outcome.id() + notes(outcome)); //$NON-NLS-1$ //$NON-NLS-2$
				for (ImportProblem problem : outcome.problems()) {
					out.println("    " + problem); //$NON-NLS-1$
				}
			}
		}
		if (!refused.isEmpty()) {
			out.println(NLS.bind(Messages.ImportFolder_refused, refused.size()));
			for (Outcome outcome : refused) {
				out.println("  " + outcome.file() + ": " + outcome.cause()); //$NON-NLS-1$ //$NON-NLS-2$
				outcome.problems().forEach(problem -> out.println("    " + problem)); //$NON-NLS-1$
			}
		}
		if (!skipped.isEmpty()) {
			out.println(NLS.bind(Messages.ImportFolder_skipped, skipped.size()));
			skipped.forEach(outcome -> out.println("  " + outcome.file() + ": " + outcome.cause())); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the table's format and whether it is a new version: {@code  (central-project) (new version beside 12)} */
	private static String notes(Outcome outcome) {
		String format = outcome.format() == null ? "" : " (" + outcome.format() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return format + (outcome.existing().isEmpty() ? "" //$NON-NLS-1$
				: " " + NLS.bind(Messages.ImportFolder_newVersionOf, String.join(", ", outcome.existing()))); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
