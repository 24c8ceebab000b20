package org.jixiao.interchange;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.FieldLimits;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;

/**
 * Imports every table of a folder tree, for the command line ({@code jixiao import DIR}) and the
 * workbench's import wizard alike. Each file is read as {@link EvaluationFiles#read(Path)} reads one
 * (.xlsx, .xls, .ods or .xmi, 部门整体 and project tables told apart by content); files of other names,
 * office lock files and spreadsheets without a 绩效指标 block are skipped as no tables. One bad file
 * never stops the others: it is refused with its cause, and a table with errors is stored as a draft to
 * be fixed, its problems named by cell, as {@code import FILE} does.
 * <p>
 * Files are parsed on {@code threads} threads, in a window that keeps a few of them ahead of the one
 * being stored, and decided and stored in the order of their paths on the calling thread, in batches of
 * {@value #BATCH} evaluations per {@link Target#store(List)} (one transaction in the store). An
 * evaluation of a department, year and subject (the 部门整体 or the same project) that the store or an
 * earlier file of the run holds already is refused naming it, unless {@code asNewVersion} keeps both.
 * <p>
 * The monitor gets one unit of work per file and the file's path relative to the folder as its sub-task.
 * When it is cancelled, the evaluations decided so far are stored, nothing more is read, and the
 * {@link Summary} says how far the run got.
 */
public final class FolderImport {

	/** Evaluations stored per call of {@link Target#store(List)}. */
	public static final int BATCH = 50;

	private static final Set<String> TABLE_EXTENSIONS = Set.of("xlsx", "xls", "ods", "xmi"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Where the evaluations go: a store, or the workbench's repository. */
	public interface Target {

		/**
		 * @param department a department's name
		 * @param fiscalYear a year
		 * @return the stored evaluations of that department and year, each with its id
		 * @throws TargetException when they cannot be listed
		 */
		List<Stored> stored(String department, int fiscalYear) throws TargetException;

		/**
		 * Stores evaluations, all or none.
		 *
		 * @param evaluations new evaluations
		 * @return their ids, in the same order
		 * @throws TargetException when they cannot be stored; none was
		 */
		List<String> store(List<Evaluation> evaluations) throws TargetException;
	}

	/**
	 * A stored evaluation of the target.
	 *
	 * @param id its id
	 * @param evaluation it, or at least its kind, project name and project code
	 */
	public record Stored(String id, Evaluation evaluation) {
	}

	/** The target cannot list or store evaluations; the message says why. */
	public static final class TargetException extends Exception {

		private static final long serialVersionUID = 1L;

		/**
		 * @param cause the target's failure, whose message is this one's
		 */
		public TargetException(Exception cause) {
			super(cause.getMessage(), cause);
		}
	}

	/** What became of a file. */
	public enum Kind {
		/** Stored without errors. */
		IMPORTED,
		/** Stored as a draft whose errors are to be fixed. */
		IMPORTED_WITH_PROBLEMS,
		/** Not stored: it cannot be read, cannot be stored, or is stored already. */
		REFUSED,
		/** No table: another kind of file, a lock file or a spreadsheet without a 绩效指标 block. */
		SKIPPED
	}

	/**
	 * What became of one file.
	 *
	 * @param file the file, relative to the folder
	 * @param kind what became of it
	 * @param id the stored evaluation's id, or {@code null} when it was not stored
	 * @param format the id of the table format a stored table was read in (detected from its headings),
	 *            or {@code null} for an .xmi and a file not stored
	 * @param problems the errors of a table stored with problems, each with its sheet and cell, or the
	 *            further problems of a refused file; never the warnings
	 * @param cause why a file was refused or skipped, with its place; {@code null} for a stored one
	 * @param existing the ids of the evaluations of the same department, year and subject stored before,
	 *            beside which this one was stored as a new version, or because of which it was refused
	 */
	public record Outcome(Path file, Kind kind, String id, String format, List<ImportProblem> problems, String cause,
			List<String> existing) {

		/** Copies the lists. */
		public Outcome {
			Objects.requireNonNull(file);
			Objects.requireNonNull(kind);
			problems = List.copyOf(problems);
			existing = List.copyOf(existing);
		}
	}

	/**
	 * What a run did.
	 *
	 * @param folder the folder
	 * @param files how many files it holds
	 * @param outcomes what became of each file handled, in the order of their paths
	 * @param cancelled whether the run was cancelled before every file was handled
	 */
	public record Summary(Path folder, int files, List<Outcome> outcomes, boolean cancelled) {

		/** Copies the outcomes. */
		public Summary {
			outcomes = List.copyOf(outcomes);
		}

		/**
		 * @param kind what became of files
		 * @return those files' outcomes
		 */
		public List<Outcome> of(Kind kind) {
			return outcomes.stream().filter(outcome -> outcome.kind() == kind).toList();
		}

		/** @return whether every file was handled and every table was imported without problems */
		public boolean complete() {
			return !cancelled && outcomes.size() == files
					&& outcomes.stream().allMatch(outcome -> outcome.kind() == Kind.IMPORTED || outcome.kind() == Kind.SKIPPED);
		}
	}

	/** A file as read on a worker: an evaluation with its errors, or the outcome of a file not to store. */
	private record Read(Path file, Evaluation evaluation, String format, List<ImportProblem> errors, Outcome outcome) {
	}

	/** A subject stored or about to be: its id is set once it is stored. */
	private static final class Subject {
		final Evaluation evaluation;
		String id;

		Subject(Evaluation evaluation, String id) {
			this.evaluation = evaluation;
			this.id = id;
		}
	}

	/** An evaluation decided to be stored, waiting for its batch. */
	private record Pending(int index, Read read, Subject subject, List<String> existing) {
	}

	private final boolean asNewVersion;
	private final int threads;

	/**
	 * An import that reads each file as {@link EvaluationFiles#read(Path)} does.
	 *
	 * @param asNewVersion whether an evaluation whose subject is stored already is stored beside it
	 *            rather than refused
	 * @param threads how many files are parsed at once, at least one
	 */
	public FolderImport(boolean asNewVersion, int threads) {
		this.asNewVersion = asNewVersion;
		this.threads = Math.max(1, threads);
	}

	/** @return the number of parsing threads for this machine: its processors, at most 4 */
	public static int defaultThreads() {
		return Math.min(4, Runtime.getRuntime().availableProcessors());
	}

	/**
	 * @param folder a readable folder
	 * @param target where the evaluations go
	 * @param monitor progress and cancellation; {@code beginTask} is called with the number of files
	 * @return what became of each file
	 * @throws IOException when the folder is none or cannot be read (an unreadable sub-folder is refused
	 *             as a file is)
	 */
	public Summary run(Path folder, Target target, IProgressMonitor monitor) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new NotDirectoryException(folder.toString());
		}
		if (!Files.isReadable(folder)) {
			throw new AccessDeniedException(folder.toString());
		}
		List<Path> files = new ArrayList<>();
		Map<Path, String> unreadable = new HashMap<>();
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				files.add(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException e) {
				files.add(file);
				unreadable.put(file, e instanceof AccessDeniedException ? Messages.XlsxImporter_denied : String.valueOf(e.getMessage()));
				return FileVisitResult.CONTINUE;
			}
		});
		Collections.sort(files);
		monitor.beginTask(NLS.bind(Messages.FolderImport_task, folder), files.size());
		Outcome[] outcomes = new Outcome[files.size()];
		Run run = new Run(folder, target, outcomes);
		ExecutorService pool = Executors.newFixedThreadPool(threads, daemons());
		Deque<Future<Read>> window = new ArrayDeque<>();
		int next = 0;
		int handled = 0;
		boolean cancelled = false;
		try {
			for (; handled < files.size(); handled++) {
				while (next < files.size() && window.size() < threads * 3) {
					Path file = files.get(next++);
					String failure = unreadable.get(file);
					window.add(pool.submit(() -> read(folder, file, failure)));
				}
				if (monitor.isCanceled()) {
					cancelled = true;
					break;
				}
				Path file = files.get(handled);
				monitor.subTask(folder.relativize(file).toString());
				run.decide(handled, take(window.poll(), folder, file));
				monitor.worked(1);
			}
			run.flush();
		} finally {
			window.forEach(future -> future.cancel(true));
			pool.shutdownNow();
			monitor.done();
		}
		List<Outcome> done = new ArrayList<>();
		for (int i = 0; i < handled; i++) {
			done.add(outcomes[i]);
		}
		return new Summary(folder, files.size(), done, cancelled || handled < files.size());
	}

	private static java.util.concurrent.ThreadFactory daemons() {
		AtomicInteger count = new AtomicInteger();
		return runnable -> {
			Thread thread = new Thread(runnable, "jixiao-import-" + count.incrementAndGet()); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		};
	}

	private static Read take(Future<Read> future, Path folder, Path file) {
		try {
			return future.get();
		} catch (ExecutionException e) {
			return refused(folder, file, String.valueOf(e.getCause()), List.of());
		} catch (CancellationException e) {
			return refused(folder, file, String.valueOf(e), List.of());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return refused(folder, file, String.valueOf(e), List.of());
		}
	}

	/**
	 * Reads one file on a worker: what to store with its errors, or why it is skipped or refused.
	 * Nothing a file holds escapes as an exception.
	 */
	private Read read(Path folder, Path file, String failure) {
		if (failure != null) {
			return refused(folder, file, failure, List.of());
		}
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT); //$NON-NLS-1$
		if (name.startsWith("~$") || name.startsWith(".~lock.")) { //$NON-NLS-1$ //$NON-NLS-2$
			return skipped(folder, file, Messages.FolderImport_lockFile);
		}
		if (!TABLE_EXTENSIONS.contains(extension)) {
			return skipped(folder, file, Messages.FolderImport_otherFile);
		}
		try {
			ImportResult result = EvaluationFiles.read(file);
			Evaluation evaluation = result.evaluation();
			List<String> unstorable = FieldLimits.unstorable(evaluation);
			if (!unstorable.isEmpty()) {
				return refused(folder, file, unstorable.get(0), List.of());
			}
			List<ImportProblem> errors = new ArrayList<>(result.errors());
			if (errors.isEmpty()) {
				// A file read without errors may still break the official rules, as import FILE reports.
				String place = folder.relativize(file).toString();
				EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
						.filter(child -> child.getSeverity() >= Diagnostic.ERROR)
						.forEach(child -> errors.add(new ImportProblem(place, null, ImportProblem.Severity.ERROR, child.getMessage())));
			}
			return new Read(file, evaluation, result.format() == null ? null : result.format().id(), errors, null);
		} catch (ImportException e) {
			List<ImportProblem> problems = e.problems();
			if (problems.size() == 1 && Messages.XlsxImporter_noIndicatorBlock.equals(problems.get(0).message())) {
				return skipped(folder, file, e.getMessage());
			}
			List<ImportProblem> errors = e.errors();
			List<ImportProblem> further = errors.stream().skip(1).toList();
			// a problem of the whole file names the file, which the outcome names already
			boolean wholeFile = !errors.isEmpty() && errors.get(0).cell() == null;
			return refused(folder, file, wholeFile ? errors.get(0).message() : e.getMessage(), further);
		} catch (EvaluationFileException e) {
			return refused(folder, file, e.getMessage(), List.of());
		} catch (RuntimeException e) {
			return refused(folder, file, String.valueOf(e), List.of());
		}
	}

	private static Read skipped(Path folder, Path file, String cause) {
		return new Read(file, null, null, List.of(), new Outcome(folder.relativize(file), Kind.SKIPPED, null, null, List.of(), cause, List.of()));
	}

	private static Read refused(Path folder, Path file, String cause, List<ImportProblem> problems) {
		return new Read(file, null, null, List.of(), new Outcome(folder.relativize(file), Kind.REFUSED, null, null, problems, cause, List.of()));
	}

	/** The decisions of one run, on the calling thread. */
	private final class Run {

		private final Path folder;
		private final Target target;
		private final Outcome[] outcomes;
		private final Map<String, List<Subject>> subjects = new HashMap<>();
		private final List<Pending> pending = new ArrayList<>();

		Run(Path folder, Target target, Outcome[] outcomes) {
			this.folder = folder;
			this.target = target;
			this.outcomes = outcomes;
		}

		void decide(int index, Read read) {
			if (read.outcome() != null) {
				outcomes[index] = read.outcome();
				return;
			}
			Evaluation evaluation = read.evaluation();
			Path relative = folder.relativize(read.file());
			String department = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName();
			List<String> existing = List.of();
			List<Subject> same = null;
			if (department != null) {
				try {
					same = subjects(department, evaluation.getFiscalYear());
				} catch (TargetException e) {
					outcomes[index] = new Outcome(relative, Kind.REFUSED, null, null, List.of(), e.getMessage(), List.of());
					return;
				}
				List<Subject> matching = same.stream().filter(s -> ProjectEvaluations.sameSubject(evaluation, s.evaluation)).toList();
				if (matching.stream().anyMatch(s -> s.id == null)) {
					flush();
				}
				existing = matching.stream().map(s -> s.id).filter(Objects::nonNull).toList();
				if (!existing.isEmpty() && !asNewVersion) {
					outcomes[index] = new Outcome(relative, Kind.REFUSED, null, null, List.of(), NLS.bind(Messages.FolderImport_duplicate,
							new Object[] { department, evaluation.getFiscalYear(), String.join(", ", existing) }), existing); //$NON-NLS-1$
					return;
				}
			}
			Subject subject = new Subject(stub(evaluation), null);
			if (same != null) {
				same.add(subject);
			}
			pending.add(new Pending(index, read, subject, existing));
			if (pending.size() >= BATCH) {
				flush();
			}
		}

		private List<Subject> subjects(String department, int year) throws TargetException {
			String key = year + "\u0000" + department; //$NON-NLS-1$
			List<Subject> known = subjects.get(key);
			if (known == null) {
				known = new ArrayList<>();
				for (Stored stored : target.stored(department, year)) {
					known.add(new Subject(stub(stored.evaluation()), stored.id()));
				}
				subjects.put(key, known);
			}
			return known;
		}

		/** Stores the pending evaluations in one batch; when the target refuses it, one by one. */
		void flush() {
			if (pending.isEmpty()) {
				return;
			}
			List<Pending> batch = List.copyOf(pending);
			pending.clear();
			try {
				List<String> ids = target.store(batch.stream().map(p -> p.read().evaluation()).toList());
				for (int i = 0; i < batch.size(); i++) {
					stored(batch.get(i), ids.get(i));
				}
			} catch (TargetException e) {
				for (Pending one : batch) {
					try {
						stored(one, target.store(List.of(one.read().evaluation())).get(0));
					} catch (TargetException f) {
						outcomes[one.index()] = new Outcome(folder.relativize(one.read().file()), Kind.REFUSED, null, null, List.of(),
								NLS.bind(Messages.FolderImport_storeFailed, f.getMessage()), one.existing());
						subjects.values().forEach(list -> list.remove(one.subject()));
					}
				}
			}
		}

		private void stored(Pending one, String id) {
			one.subject().id = id;
			List<ImportProblem> errors = one.read().errors();
			outcomes[one.index()] = new Outcome(folder.relativize(one.read().file()),
					errors.isEmpty() ? Kind.IMPORTED : Kind.IMPORTED_WITH_PROBLEMS, id, one.read().format(), errors, null, one.existing());
		}
	}

	/** @return an evaluation holding what tells its subject apart: kind, project name and code */
	private static Evaluation stub(Evaluation evaluation) {
		return ProjectEvaluations.subject(evaluation.getKind(), evaluation.getProjectName(), evaluation.getProjectCode());
	}
}
