package org.jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.internal.DesignPreparer;
import org.jixiao.report.internal.EvaluationReportData;
import org.jixiao.report.internal.OfficialTableWorkbook;
import org.jixiao.report.internal.ProjectReportData;

/**
 * Renders the formal documents of an evaluation, 自评报告 and 附件：部门整体支出绩效自评表 (of a project's
 * evaluation the 项目支出绩效自评表 and the project's 自评报告), through the application's
 * {@link ReportRenderer}. The evaluation need not be in a store: it is scored and
 * validated here and handed to the designs through the engine's application context. A document
 * carries the 草稿 mark while the evaluation is not final or has validation errors.
 */
public final class EvaluationReports {

	/** The most bytes a document's file name takes, well within the 255 of common file systems. */
	public static final int FILE_NAME_BYTES = 200;

	private final ReportRenderer renderer;

	/** @param renderer the application's report engine */
	public EvaluationReports(ReportRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * Writes every document of the evaluation in each of the formats it comes in
	 * ({@link ReportKind#formats()}): 自评报告 as PDF, DOCX, HTML; 自评表 as PDF, DOCX, XLSX, HTML. Each
	 * file is written through {@link SafeFiles}, so a failure (a full disk) or a cancellation never
	 * leaves a half-written document, and a name taken by a link, a device or a folder is refused. The
	 * monitor's cancellation is asked between files and, inside the engine, at each page and data row.
	 *
	 * @param evaluation the evaluation
	 * @param formats the formats wanted
	 * @param outDir the directory, created when missing
	 * @param options the fonts
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the files written, in order
	 * @throws ReportException when the directory cannot be written or a design fails to render
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public List<Path> render(Evaluation evaluation, Set<ReportFormat> formats, Path outDir, ReportOptions options,
			IProgressMonitor monitor) throws ReportException {
		return render(evaluation, formats, outDir, options, List.of(), monitor);
	}

	/**
	 * Writes every document of the evaluation as {@link #render(Evaluation, Set, Path, ReportOptions,
	 * IProgressMonitor)} does, the 自评报告 listing its evidence files under 四、附件 and, when the
	 * options say so, the 自评表 counting them per indicator.
	 *
	 * @param evaluation the evaluation
	 * @param formats the formats wanted
	 * @param outDir the directory, created when missing
	 * @param options the fonts and whether the 自评表 counts evidence files
	 * @param evidence the evaluation's evidence files (佐证材料)
	 * @param monitor progress and cancellation, or {@code null}
	 * @return the files written, in order
	 * @throws ReportException when the directory cannot be written or a design fails to render
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public List<Path> render(Evaluation evaluation, Set<ReportFormat> formats, Path outDir, ReportOptions options, List<EvidenceFile> evidence,
			IProgressMonitor monitor) throws ReportException {
		List<Job> jobs = new ArrayList<>();
		for (ReportKind kind : ReportKind.values()) {
			for (ReportFormat format : ReportFormat.values()) {
				if (formats.contains(format) && kind.formats().contains(format)) {
					jobs.add(new Job(kind, format));
				}
			}
		}
		SubMonitor progress = SubMonitor.convert(monitor, Messages.EvaluationReports_task, 1 + jobs.size());
		Path directory = writableDirectory(outDir);
		EvaluationReportData data = data(evaluation, options, evidence);
		progress.worked(1);
		Map<ReportKind, List<Job>> byKind = new LinkedHashMap<>();
		jobs.forEach(job -> byKind.computeIfAbsent(job.kind(), kind -> new ArrayList<>()).add(job));
		List<List<Job>> documents = List.copyOf(byKind.values());
		Progress shared = new Progress(progress);
		if (documents.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
			List<Path> written = new ArrayList<>();
			for (List<Job> document : documents) {
				written.addAll(write(evaluation, data, directory, document, shared));
			}
			return written;
		}
		// each document on a thread of its own: on two cores both are rendered at once
		List<FutureTask<List<Path>>> tasks = new ArrayList<>();
		for (List<Job> document : documents.subList(1, documents.size())) {
			FutureTask<List<Path>> task = new FutureTask<>(() -> write(evaluation, data, directory, document, shared));
			Thread thread = new Thread(task, "jixiao-report-" + document.get(0).kind().name()); //$NON-NLS-1$
			thread.setDaemon(true);
			thread.start();
			tasks.add(task);
		}
		List<Path> written = new ArrayList<>();
		Throwable failure = null;
		try {
			written.addAll(write(evaluation, data, directory, documents.get(0), shared));
		} catch (ReportException | RuntimeException e) {
			shared.fail();
			failure = e;
		}
		for (FutureTask<List<Path>> task : tasks) {
			try {
				written.addAll(waitFor(task));
			} catch (ExecutionException e) {
				shared.fail();
				if (failure == null || failure instanceof Stopped) {
					failure = e.getCause();
				}
			}
		}
		if (failure instanceof ReportException e) {
			throw e;
		}
		if (failure instanceof RuntimeException e) {
			throw e;
		}
		if (failure instanceof Error e) {
			throw e;
		}
		return written;
	}

	/** @return the task's result, waited for without giving up on an interrupt, which is passed on */
	private static List<Path> waitFor(FutureTask<List<Path>> task) throws ExecutionException {
		boolean interrupted = false;
		try {
			while (true) {
				try {
					return task.get();
				} catch (InterruptedException e) {
					interrupted = true;
				}
			}
		} finally {
			if (interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/**
	 * Writes the formats of one document: when BIRT renders more than one of them, the design runs once
	 * into a report document that is rendered to each.
	 */
	private List<Path> write(Evaluation evaluation, EvaluationReportData data, Path directory, List<Job> jobs, Progress progress)
			throws ReportException {
		List<Path> written = new ArrayList<>();
		ReportRenderer.Document current = null;
		try {
			for (Job job : jobs) {
				progress.check();
				Path file = directory.resolve(fileName(evaluation, job.kind(), job.format()));
				progress.subTask(NLS.bind(Messages.EvaluationReports_rendering, file.getFileName()));
				try {
					if (current == null && byBirt(job.kind(), job.format())
							&& jobs.stream().filter(other -> byBirt(other.kind(), other.format())).count() > 1) {
						// the design runs once; each format is rendered from its report document
						current = run(data, job.kind(), progress::stopping);
					}
					ReportRenderer.Document run = current;
					SafeFiles.write(file, out -> {
						try {
							if (run != null && byBirt(job.kind(), job.format())) {
								run.render(job.format(), out, progress::stopping);
							} else {
								render(data, job.kind(), job.format(), out, progress::stopping);
							}
						} catch (ReportException e) {
							throw new RenderFailure(e);
						}
					});
				} catch (OperationCanceledException e) {
					// stopped inside the engine: by the monitor, or because the other document failed
					progress.check();
					throw e;
				} catch (RenderFailure e) {
					throw e.failure;
				} catch (FileSystemException e) {
					throw new ReportException(NLS.bind(Messages.EvaluationReports_unwritable, file,
							e.getReason() != null ? e.getReason() : e instanceof AccessDeniedException ? Messages.EvaluationReports_accessDenied : e.toString()), e);
				} catch (IOException e) {
					throw new ReportException(NLS.bind(Messages.EvaluationReports_unwritable, file, e.getMessage()), e);
				}
				written.add(file);
				progress.worked();
			}
		} finally {
			if (current != null) {
				current.close();
			}
		}
		return written;
	}

	/**
	 * Renders one document of the evaluation to a stream, for a preview or a benchmark.
	 *
	 * @param evaluation the evaluation
	 * @param kind the document
	 * @param format the format, one of {@link ReportKind#formats()}
	 * @param options the fonts
	 * @param out where the document is written; not closed
	 * @throws ReportException when the design fails to render
	 */
	public void render(Evaluation evaluation, ReportKind kind, ReportFormat format, ReportOptions options, OutputStream out)
			throws ReportException {
		render(evaluation, kind, format, options, List.of(), out);
	}

	/**
	 * Renders one document of the evaluation with its evidence files to a stream.
	 *
	 * @param evaluation the evaluation
	 * @param kind the document
	 * @param format the format, one of {@link ReportKind#formats()}
	 * @param options the fonts and whether the 自评表 counts evidence files
	 * @param evidence the evaluation's evidence files (佐证材料)
	 * @param out where the document is written; not closed
	 * @throws ReportException when the design fails to render
	 */
	public void render(Evaluation evaluation, ReportKind kind, ReportFormat format, ReportOptions options, List<EvidenceFile> evidence,
			OutputStream out) throws ReportException {
		render(data(evaluation, options, evidence), kind, format, out, () -> false);
	}

	/**
	 * @param evaluation an evaluation
	 * @return whether its documents carry the 草稿 mark: it is not final, or it has validation errors
	 */
	public static boolean isDraft(Evaluation evaluation) {
		return isDraft(evaluation, rules(evaluation));
	}

	/**
	 * @param evaluation the evaluation
	 * @param kind the document
	 * @param format the format
	 * @return the file name, e.g. {@code 2023-党政办公室-自评报告.pdf}, of a project's evaluation
	 *         {@code 2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf}: the department's name (and the
	 *         project's) without control and formatting characters (bidirectional overrides among them),
	 *         with path separators and spaces as {@code _}, and cut so that the name takes at most
	 *         {@value #FILE_NAME_BYTES} bytes in UTF-8 (file systems allow 255)
	 */
	public static String fileName(Evaluation evaluation, ReportKind kind, ReportFormat format) {
		String name = evaluation.getDepartment() == null || evaluation.getDepartment().getName() == null ? "" //$NON-NLS-1$
				: evaluation.getDepartment().getName();
		if (ProjectReportData.isProject(evaluation)) {
			name = name + "-" + ProjectReportData.projectName(evaluation); //$NON-NLS-1$
		}
		StringBuilder department = new StringBuilder();
		name.codePoints().filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
				.map(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || "\\/:*?\"<>|".indexOf(c) >= 0 ? '_' : c) //$NON-NLS-1$
				.forEach(department::appendCodePoint);
		String rest = "-" + kind.fileSuffix(evaluation) + "." + format.emitterFormat(); //$NON-NLS-1$ //$NON-NLS-2$
		String year = evaluation.getFiscalYear() + "-"; //$NON-NLS-1$
		String kept = department.toString().replaceAll("_+", "_").replaceAll("^[_.]+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		while (utf8Length(year + kept + rest) > FILE_NAME_BYTES) {
			kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
		}
		return year + kept + rest;
	}

	private static int utf8Length(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	private void render(EvaluationReportData data, ReportKind kind, ReportFormat format, OutputStream out, BooleanSupplier stopping)
			throws ReportException {
		if (!kind.formats().contains(format)) {
			throw new ReportException(NLS.bind(Messages.EvaluationReports_formatNotOffered, kind.fileSuffix(data.evaluation()), format.emitterFormat()), null);
		}
		if (!byBirt(kind, format)) {
			try {
				OfficialTableWorkbook.write(data, out);
			} catch (IOException e) {
				throw new ReportException(NLS.bind(Messages.EvaluationReports_unwritable, kind.fileSuffix(data.evaluation()), e.getMessage()), e);
			}
			return;
		}
		Input input = input(data, kind);
		renderer.render(input.design(), input.parameters(), input.appContext(), format, out, stopping);
	}

	/**
	 * What a design of the evaluation runs with: a department's documents read {@link EvaluationReportData},
	 * a project's ({@link ProjectReportData#isProject}) their own designs and data.
	 */
	private static Input input(EvaluationReportData data, ReportKind kind) {
		if (ProjectReportData.isProject(data.evaluation())) {
			ProjectReportData project = new ProjectReportData(data);
			return new Input(kind.design(data.evaluation()), project.parameters(),
					Map.of(EvaluationReportData.KEY, project, DesignPreparer.KEY, project));
		}
		return new Input(kind.design(), data.parameters(), Map.of(EvaluationReportData.KEY, data, DesignPreparer.KEY, data));
	}

	/** A design with its report parameters and application context. */
	private record Input(String design, Map<String, ?> parameters, Map<String, ?> appContext) {
	}

	/** @return whether BIRT renders the document in the format; the 自评表's XLSX is POI's */
	private static boolean byBirt(ReportKind kind, ReportFormat format) {
		return !(kind == ReportKind.SELF_EVALUATION_TABLE && format == ReportFormat.XLSX);
	}

	private ReportRenderer.Document run(EvaluationReportData data, ReportKind kind, BooleanSupplier stopping) throws ReportException {
		Input input = input(data, kind);
		return renderer.run(input.design(), input.parameters(), input.appContext(), stopping);
	}

	private static EvaluationReportData data(Evaluation evaluation, ReportOptions options, List<EvidenceFile> evidence)
			throws ReportException {
		options.register();
		RuleSet rules = rules(evaluation);
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		return new EvaluationReportData(evaluation, sheet, isDraft(evaluation, rules), options, evidence);
	}

	private static boolean isDraft(Evaluation evaluation, RuleSet rules) {
		return evaluation.getStatus() != EvaluationStatus.FINAL
				|| EvaluationDiagnostician.validate(evaluation, rules).getSeverity() >= Diagnostic.ERROR;
	}

	private static RuleSet rules(Evaluation evaluation) {
		// an unknown rule set is itself a validation error, reported by the diagnostician
		return RuleSetService.getDefault().rulesOrDefault(evaluation);
	}

	private static Path writableDirectory(Path outDir) throws ReportException {
		try {
			Files.createDirectories(outDir);
		} catch (IOException e) {
			throw new ReportException(NLS.bind(Messages.EvaluationReports_unwritable, outDir,
					e instanceof AccessDeniedException ? Messages.EvaluationReports_accessDenied : e.toString()), e);
		}
		if (!Files.isDirectory(outDir) || !Files.isWritable(outDir)) {
			throw new ReportException(NLS.bind(Messages.EvaluationReports_unwritable, outDir, Messages.EvaluationReports_accessDenied), null);
		}
		return outDir;
	}

	private record Job(ReportKind kind, ReportFormat format) {
	}

	/**
	 * The progress of the documents rendered at once: one monitor, used by one thread at a time. A
	 * cancelled monitor, or a failure of one document, stops the others at the next page or data row
	 * the engine reaches.
	 */
	private static final class Progress {

		private final SubMonitor monitor;

		private volatile boolean failed;

		Progress(SubMonitor monitor) {
			this.monitor = monitor;
		}

		synchronized void check() {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			if (failed) {
				throw new Stopped();
			}
		}

		/** @return whether the documents' rendering is to stop: the monitor is cancelled, or a document failed */
		synchronized boolean stopping() {
			return failed || monitor.isCanceled();
		}

		synchronized void subTask(String name) {
			monitor.subTask(name);
		}

		synchronized void worked() {
			monitor.worked(1);
		}

		void fail() {
			failed = true;
		}
	}

	/** Stops a document's rendering because another document failed; never reaches the caller. */
	private static final class Stopped extends RuntimeException {

		private static final long serialVersionUID = 1L;

		Stopped() {
			super(null, null, false, false);
		}
	}

	/** Carries a rendering failure out of {@link SafeFiles#write}, which then removes its temporary file. */
	private static final class RenderFailure extends IOException {

		private static final long serialVersionUID = 1L;

		final transient ReportException failure;

		RenderFailure(ReportException failure) {
			super(failure);
			this.failure = failure;
		}
	}
}
