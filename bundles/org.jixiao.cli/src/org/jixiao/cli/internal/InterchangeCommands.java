package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.FieldLimits;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.modules.ProjectEvaluations;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.interchange.EvaluationFiles;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormatException;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The commands between files and the store: {@code import FILE} (an official table .xlsx/.xls/.ods or an
 * .xmi, told apart by content; every table of a folder tree for {@code import DIR}) and {@code export ID --format xlsx|xmi --out FILE}. A file is read completely before the store is
 * opened, so a file that cannot be read leaves the store as it was. Exit code 0 when done, 1 when the
 * store refuses or fails, 2 when the input cannot be read or the output cannot be written.
 */
final class InterchangeCommands {

	private InterchangeCommands() {
	}

	/**
	 * Reads an evaluation file, told apart by its content ({@link EvaluationFiles#read(Path)}): an
	 * official table (.xlsx, .xls, .ods), whose every problem is printed with its cell, or an
	 * evaluation (.xmi).
	 */
	static Evaluation read(Path file, PrintWriter err) throws ImportException, EvaluationFileException {
		ImportResult read = EvaluationFiles.read(file);
		printProblems(err, read.problems());
		return read.evaluation();
	}

	/** Prints import problems, each with its severity and cell: {@code 错误 Sheet1!E15: …}. */
	static void printProblems(PrintWriter err, List<ImportProblem> problems) {
		for (ImportProblem problem : problems) {
			err.println(NLS.bind(problem.isError() ? Messages.ImportCommand_error : Messages.ImportCommand_warning, problem));
		}
	}

	/** Whether a file to be written is named as a spreadsheet table (.xlsx, .xls, .ods) rather than XMI. */
	private static boolean isTable(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT); //$NON-NLS-1$
		return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".ods"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * Reports a file that could not be written: exit code 2 when the target cannot be used (no regular
	 * file, no such folder, no permission), 1 when writing failed (a full disk); no file was left behind.
	 */
	static int writeFailed(PrintWriter err, Path out, IOException e) {
		String reason;
		if (e instanceof AccessDeniedException) {
			reason = Messages.ExportCommand_accessDenied;
		} else if (e instanceof NoSuchFileException) {
			reason = Messages.ExportCommand_noSuchFolder;
		} else if (e instanceof FileSystemException failure && failure.getReason() != null) {
			reason = failure.getReason();
		} else {
			reason = e.getMessage();
		}
		err.println(NLS.bind(Messages.ExportCommand_failed, out, reason));
		boolean badTarget = e instanceof SafeFiles.NotARegularFileException || e instanceof AccessDeniedException
				|| e instanceof NoSuchFileException;
		return badTarget ? StoreCommands.BAD_INPUT : StoreCommands.FAILED;
	}

	/**
	 * {@code jixiao import FILE}: stores the evaluation a file holds, a table with errors as a draft to be
	 * fixed; prints its new id and every problem. Exit code 1 when the table has errors.
	 */
	@Command(name = "import")
	static final class ImportCommand implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Parameters(index = "0", paramLabel = "FILE|DIR", descriptionKey = "import.file")
		Path file;

		@Option(names = "--as-new-version", descriptionKey = "import.asNewVersion")
		boolean asNewVersion;

		@Option(names = "--format-id", paramLabel = "ID", descriptionKey = "import.formatId")
		String formatId;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			if (Files.isDirectory(file)) {
				return importFolder(err);
			}
			Evaluation evaluation;
			List<ImportProblem> problems = List.of();
			TableFormat asked = null;
			if (formatId != null) {
				asked = format(formatId, null, err);
				if (asked == null) {
					return StoreCommands.BAD_INPUT;
				}
			}
			try {
				err.println(NLS.bind(Messages.ImportCommand_reading, file));
				ImportResult read = EvaluationFiles.read(file, RuleSetService.getDefault().rulesForId(null), asked);
				evaluation = read.evaluation();
				problems = read.problems();
				if (read.formatReason() != null) {
					err.println(NLS.bind(Messages.ImportCommand_format, read.formatReason()));
				}
			} catch (ImportException e) {
				err.println(NLS.bind(Messages.ImportCommand_failed, file, e.getMessage()));
				for (ImportProblem problem : e.problems().subList(1, e.problems().size())) {
					err.println("  " + problem); //$NON-NLS-1$
				}
				return StoreCommands.BAD_INPUT;
			} catch (EvaluationFileException e) {
				err.println(NLS.bind(Messages.ImportCommand_failed, file, e.getMessage()));
				return StoreCommands.BAD_INPUT;
			}
			List<String> unstorable = FieldLimits.unstorable(evaluation);
			if (!unstorable.isEmpty()) {
				err.println(NLS.bind(Messages.ImportCommand_failed, file, unstorable.get(0)));
				unstorable.subList(1, unstorable.size()).forEach(problem -> err.println("  " + problem)); //$NON-NLS-1$
				return StoreCommands.BAD_INPUT;
			}
			long importErrors = problems.stream().filter(ImportProblem::isError).count();
			// A file read without errors (an .xmi, a clean table) may still break the official rules: its
			// errors are printed as the validator names them, and the draft is stored as with a table's.
			List<String> ruleErrors = importErrors > 0 ? List.of() : ruleErrors(evaluation);
			long errors = importErrors + ruleErrors.size();
			List<ImportProblem> found = problems;
			return StoreCommands.withStore(spec, store, opened -> {
				List<Long> existing = sameDepartmentAndYear(opened, evaluation);
				if (!existing.isEmpty() && !asNewVersion) {
					err.println(NLS.bind(Messages.ImportCommand_duplicate, new Object[] { file, department(evaluation),
							evaluation.getFiscalYear(), ids(existing) }));
					return StoreCommands.BAD_INPUT;
				}
				long id = opened.insert(evaluation, store.auditUser());
				if (!existing.isEmpty()) {
					err.println(NLS.bind(Messages.ImportCommand_newVersion, new Object[] { department(evaluation), evaluation.getFiscalYear(),
							ids(existing), id }));
				}
				printProblems(err, found);
				ruleErrors.forEach(error -> err.println(NLS.bind(Messages.ImportCommand_error, error)));
				err.println(errors == 0 ? NLS.bind(Messages.ImportCommand_done, new Object[] { file, id, opened.location() })
						: NLS.bind(Messages.ImportCommand_doneWithErrors, new Object[] { file, id, opened.location(), errors }));
				spec.commandLine().getOut().println(id);
				return errors == 0 ? 0 : StoreCommands.FAILED;
			}).orElse(StoreCommands.FAILED);
		}

		/** Imports every table of the folder {@link #file} ({@link ImportFolder}). */
		private int importFolder(PrintWriter err) {
			if (!Files.isReadable(file) || !Files.isExecutable(file)) {
				err.println(NLS.bind(Messages.ImportFolder_notAFolder, file));
				return StoreCommands.BAD_INPUT;
			}
			ImportFolder.StderrMonitor monitor = new ImportFolder.StderrMonitor(err);
			try (ImportFolder.CancelOnInterrupt cancel = new ImportFolder.CancelOnInterrupt(monitor)) {
				return StoreCommands.withStore(spec, store,
						opened -> ImportFolder.run(file, opened, store.auditUser(), asNewVersion, monitor, spec.commandLine().getOut(), err))
						.orElse(StoreCommands.FAILED);
			}
		}
	}

	/**
	 * The table format {@code --format-id} names, checked.
	 *
	 * @param id the id
	 * @param kind the kind of evaluation it is to serve, or {@code null} for any
	 * @return the format, or {@code null} when there is none of the id or it does not serve the kind (reported)
	 */
	static TableFormat format(String id, EvaluationKind kind, PrintWriter err) {
		TableFormat format;
		try {
			format = TableFormats.getDefault().require(id);
		} catch (TableFormatException e) {
			err.println(NLS.bind(Messages.FormatOption_unknown, id, e.getMessage()));
			return null;
		}
		if (kind != null && !format.serves(kind)) {
			err.println(NLS.bind(Messages.FormatOption_wrongKind, new Object[] { id,
					format.kinds().stream().sorted().map(EvaluationKind::getLiteral).collect(java.util.stream.Collectors.joining(",")), kind.getLiteral() })); //$NON-NLS-1$
			return null;
		}
		return format;
	}

	/**
	 * @param evaluation an evaluation read from a file
	 * @return its errors by the official rules and the modules' constraints, each message naming its row
	 *         path ({@code 效益指标 / 社会效益指标: …})
	 */
	static List<String> ruleErrors(Evaluation evaluation) {
		return EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.filter(child -> child.getSeverity() >= Diagnostic.ERROR)
				.map(Diagnostic::getMessage)
				.toList();
	}

	/**
	 * @return the ids of the stored evaluations of the same department, year and subject (the 部门整体, or
	 *         the same project: {@link ProjectEvaluations#sameSubject}), oldest first; none when the
	 *         evaluation names no department. The stored ones are told apart by their summaries: loading
	 *         each made an import slower with every version the store kept.
	 */
	static List<Long> sameDepartmentAndYear(EvaluationStore opened, Evaluation evaluation) throws StoreException {
		String department = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName();
		if (department == null) {
			return List.of();
		}
		List<Long> same = new ArrayList<>();
		for (EvaluationSummary summary : opened.list(new EvaluationQuery(department, evaluation.getFiscalYear(), null))) {
			if (ProjectEvaluations.sameSubject(evaluation, subject(summary))) {
				same.add(summary.id());
			}
		}
		return same.stream().sorted().toList();
	}

	/** @return what tells a stored evaluation's subject apart ({@link ProjectEvaluations#subject}) */
	static Evaluation subject(EvaluationSummary summary) {
		return ProjectEvaluations.subject(summary.kind(), summary.projectName(), summary.projectCode());
	}

	private static String department(Evaluation evaluation) {
		return evaluation.getDepartment().getName();
	}

	private static String ids(List<Long> ids) {
		return String.join(", ", ids.stream().map(String::valueOf).toList()); //$NON-NLS-1$
	}

	/** {@code jixiao export ID --format xlsx|xmi --out FILE}: writes a stored evaluation to a file. */
	@Command(name = "export")
	static final class ExportCommand implements Callable<Integer> {

		/** The export formats. */
		enum Format {
			xlsx, xmi
		}

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--format", paramLabel = "FORMAT", descriptionKey = "export.format")
		Format format;

		@Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "export.out")
		Path out;

		@Option(names = "--format-id", paramLabel = "ID", descriptionKey = "export.formatId")
		String formatId;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			Format chosen = format != null ? format : isTable(out) ? Format.xlsx : Format.xmi;
			Path parent = out.toAbsolutePath().getParent();
			if (parent != null && !Files.isDirectory(parent)) {
				err.println(NLS.bind(Messages.ExportCommand_noFolder, parent));
				return StoreCommands.BAD_INPUT;
			}
			try {
				SafeFiles.refuseIfNotRegular(out.toAbsolutePath());
			} catch (SafeFiles.NotARegularFileException e) {
				return writeFailed(err, out, e);
			}
			Optional<Evaluation> stored = StoreCommands.withStore(spec, store, opened -> opened.load(id));
			if (stored.isEmpty()) {
				return StoreCommands.FAILED;
			}
			Evaluation evaluation = stored.get();
			TableFormat layout = null;
			if (formatId != null) {
				layout = format(formatId, evaluation.getKind(), err);
				if (layout == null) {
					return StoreCommands.BAD_INPUT;
				}
			}
			try {
				if (chosen == Format.xlsx) {
					new XlsxExporter(null, layout).write(evaluation, out);
				} else {
					XmiInterchange.write(evaluation, out);
				}
			} catch (IOException e) {
				return writeFailed(err, out, e);
			} catch (EvaluationFileException e) {
				return writeFailed(err, out, e.getCause() instanceof IOException cause ? cause : new IOException(e.getMessage(), e));
			}
			spec.commandLine().getOut().println(out.toAbsolutePath());
			return 0;
		}
	}
}
