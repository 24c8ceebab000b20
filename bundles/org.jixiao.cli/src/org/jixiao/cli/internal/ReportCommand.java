package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.interchange.ImportException;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.EvidenceFile;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;
import org.jixiao.report.ReportRenderer;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao report ID|FILE --format pdf,docx,xlsx,html --out DIR}: renders the 自评报告 and the
 * 自评表 of a stored evaluation or of a file and prints the paths written, one a line; progress goes
 * to stderr. A stored evaluation's evidence files are listed in the 自评报告, and counted per indicator
 * in the 自评表 with {@code --evidence-counts}. Exit code 0 when written, 1 when the store or the rendering fails (an unknown id, a
 * locked database), 2 on bad input (a file that cannot be read, an unknown format, an output
 * directory that cannot be written).
 */
@Command(name = "report")
final class ReportCommand implements Callable<Integer> {

	/** Exit code when rendering fails. */
	static final int FAILED = 1;

	/** Exit code on bad input. */
	static final int BAD_INPUT = 2;

	@Spec
	private CommandSpec spec;

	@Mixin
	private StoreOptions store;

	@Parameters(index = "0", paramLabel = "ID|FILE", descriptionKey = "report.source")
	private String source;

	@Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "pdf,docx,xlsx", descriptionKey = "report.format")
	private List<String> formatNames;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out", descriptionKey = "report.out")
	private Path out;

	@Option(names = "--evidence-counts", descriptionKey = "report.evidenceCounts")
	private boolean evidenceCounts;

	/** The evidence files of a stored evaluation; none for a file. */
	private List<EvidenceFile> evidence = List.of();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
		for (String name : formatNames) {
			if (name.isBlank()) {
				continue;
			}
			try {
				formats.add(ReportFormat.parse(name));
			} catch (IllegalArgumentException e) {
				err.println(NLS.bind(ReportMessages.ReportCommand_unknownFormat, name, known()));
				return BAD_INPUT;
			}
		}
		if (formats.isEmpty()) {
			err.println(NLS.bind(ReportMessages.ReportCommand_noFormat, known()));
			return BAD_INPUT;
		}
		Evaluation evaluation;
		try {
			err.println(NLS.bind(ReportMessages.ReportCommand_loading, source));
			evaluation = resolve(source);
		} catch (StoreException e) {
			err.println(NLS.bind(ReportMessages.ReportCommand_failed, e.getMessage()));
			return FAILED;
		} catch (ImportException | EvaluationFileException e) {
			err.println(NLS.bind(ReportMessages.ReportCommand_failed, e.getMessage()));
			return BAD_INPUT;
		}
		Path directory = out.toAbsolutePath();
		String unwritable = checkWritable(directory);
		if (unwritable != null) {
			err.println(NLS.bind(ReportMessages.ReportCommand_unwritable, directory, unwritable));
			return BAD_INPUT;
		}
		try {
			List<Path> written = new EvaluationReports(renderer()).render(evaluation, formats, directory,
					ReportOptions.defaults().withEvidenceCounts(evidenceCounts), evidence, new StderrProgress(err));
			written.forEach(spec.commandLine().getOut()::println);
			return 0;
		} catch (ReportException e) {
			err.println(NLS.bind(ReportMessages.ReportCommand_failed, e.getMessage()));
			if (e.getCause() instanceof SafeFiles.NotARegularFileException) {
				return BAD_INPUT;
			}
		} catch (OperationCanceledException e) {
			err.println(ReportMessages.ReportCommand_cancelled);
		}
		return FAILED;
	}

	/**
	 * The evaluation a command-line argument names: a file (.xmi, or an official table .xlsx/.xls),
	 * else, when the argument is a number and no such file exists, the id of a stored evaluation.
	 */
	private Evaluation resolve(String argument) throws EvaluationFileException, ImportException, StoreException {
		Path file = Path.of(argument);
		if (!Files.exists(file) && argument.chars().allMatch(Character::isDigit)) {
			long id = Long.parseLong(argument);
			try (EvaluationStore opened = store.open()) {
				Evaluation evaluation = opened.load(id);
				evidence = EvidenceCommand.files(opened.evidence().list(id));
				return evaluation;
			}
		}
		return InterchangeCommands.read(file, spec.commandLine().getErr());
	}

	private static String checkWritable(Path directory) {
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			return e.getClass().getSimpleName() + ": " + e.getMessage(); //$NON-NLS-1$
		}
		return Files.isDirectory(directory) && Files.isWritable(directory) ? null : ReportMessages.ReportCommand_notADirectory;
	}

	/** Renders the documents of an evaluation with the application's report engine; progress on {@code err}. */
	static List<Path> render(Evaluation evaluation, Set<ReportFormat> formats, Path directory, PrintWriter err)
			throws ReportException {
		return new EvaluationReports(renderer()).render(evaluation, formats, directory, ReportOptions.defaults(), new StderrProgress(err));
	}

	/**
	 * @return the report renderer service, waited for up to 30 seconds
	 * @throws ReportException when no renderer is registered
	 */
	static ReportRenderer renderer() throws ReportException {
		BundleContext context = FrameworkUtil.getBundle(ReportCommand.class).getBundleContext();
		ServiceTracker<ReportRenderer, ReportRenderer> tracker = new ServiceTracker<>(context, ReportRenderer.class, null);
		tracker.open();
		try {
			ReportRenderer renderer = tracker.waitForService(30_000);
			if (renderer == null) {
				throw new ReportException(ReportMessages.ReportCommand_noRenderer, null);
			}
			return renderer;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ReportException(ReportMessages.ReportCommand_noRenderer, e);
		} finally {
			tracker.close();
		}
	}

	private static String known() {
		return String.join(", ", EnumSet.allOf(ReportFormat.class).stream().map(ReportFormat::emitterFormat).toList()); //$NON-NLS-1$
	}

	/** Prints each step of the rendering on stderr. */
	static final class StderrProgress extends NullProgressMonitor {
		private final PrintWriter err;

		StderrProgress(PrintWriter err) {
			this.err = err;
		}

		@Override
		public void subTask(String name) {
			err.println("  " + name); //$NON-NLS-1$
		}
	}
}
