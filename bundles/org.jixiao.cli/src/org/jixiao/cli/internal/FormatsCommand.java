package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Line;
import org.jixiao.interchange.TableFormatException;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.EvaluationKind;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao formats [list|show ID|export ID FILE|import FILE|remove ID]}: the table formats (the
 * provinces' layouts of the self-evaluation tables) and the department's own in
 * {@link TableFormats#directory()}, which import, export and the reports use. Exit code 0 when done, 1
 * when the department folder cannot be written, 2 for an unknown id or a file that is no valid format
 * (the message names the key and the cause) or cannot be written.
 */
@Command(name = "formats", subcommands = { FormatsCommand.ListFormats.class, FormatsCommand.Show.class, FormatsCommand.Export.class,
		FormatsCommand.Import.class, FormatsCommand.Remove.class })
final class FormatsCommand implements Callable<Integer> {

	private static final String SUFFIX = ".json"; //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	/** Without a subcommand: {@code list}. */
	@Override
	public Integer call() {
		return list(spec.commandLine().getOut(), spec.commandLine().getErr());
	}

	static int list(PrintWriter out, PrintWriter err) {
		TableFormats formats = TableFormats.getDefault();
		for (TableFormat format : formats.all()) {
			out.println(NLS.bind(Messages.FormatsCommand_row, new Object[] { format.id(),
					format.isBuiltIn() ? Messages.FormatsCommand_builtIn : Messages.FormatsCommand_own, kinds(format), format.name() }));
		}
		int exit = 0;
		for (String problem : formats.problems()) {
			err.println(NLS.bind(Messages.FormatsCommand_failed, "list", problem)); //$NON-NLS-1$
			exit = StoreCommands.FAILED;
		}
		out.println(NLS.bind(Messages.FormatsCommand_folder, formats.directory()));
		return exit;
	}

	private static String kinds(TableFormat format) {
		return format.kinds().stream().sorted().map(EvaluationKind::getLiteral).collect(Collectors.joining(",")); //$NON-NLS-1$
	}

	private static int failed(CommandSpec spec, String message, int exit) {
		spec.commandLine().getErr().println(NLS.bind(Messages.FormatsCommand_failed, spec.name(), message));
		return exit;
	}

	/** {@code jixiao formats list}. */
	@Command(name = "list")
	static final class ListFormats implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Override
		public Integer call() {
			return list(spec.commandLine().getOut(), spec.commandLine().getErr());
		}
	}

	/** {@code jixiao formats show ID}: the blocks and columns of a format as the tables print them. */
	@Command(name = "show")
	static final class Show implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "formats.id")
		String id;

		@Override
		public Integer call() {
			TableFormat format;
			try {
				format = TableFormats.getDefault().require(id);
			} catch (TableFormatException e) {
				return failed(spec, e.getMessage(), StoreCommands.BAD_INPUT);
			}
			PrintWriter out = spec.commandLine().getOut();
			out.println(NLS.bind(Messages.FormatsCommand_title, new Object[] { format.id(), format.name(), format.jurisdiction() }));
			out.println(NLS.bind(Messages.FormatsCommand_details, new Object[] { kinds(format), format.ruleSetId(), format.title(),
					String.join("、", format.markers()) })); //$NON-NLS-1$
			for (Block block : format.blocks()) {
				String label = block.label() == null ? "" : " " + block.label(); //$NON-NLS-1$ //$NON-NLS-2$
				out.println(block.kind().id() + label + (block.maxLength() > 0 ? " " + NLS.bind(Messages.FormatsCommand_maxLength, block.maxLength()) : "")); //$NON-NLS-1$ //$NON-NLS-2$
				for (Column column : block.columns()) {
					out.println("  " + NLS.bind(Messages.FormatsCommand_column, //$NON-NLS-1$
							 new Object[] { column.printed() ? column.heading() : Messages.FormatsCommand_notPrinted,
							column.field().id(), column.spellings().stream().sorted().collect(Collectors.joining("、")), //$NON-NLS-1$
							column.sheetSpan(), column.reportSpan() }));
				}
				for (Line line : block.lines()) {
					out.println("  " + NLS.bind(Messages.FormatsCommand_line, //$NON-NLS-1$
							 new Object[] { line.label() == null ? Messages.FormatsCommand_notPrinted : line.label(),
							line.field().id(), line.spellings().stream().sorted().collect(Collectors.joining("、")) })); //$NON-NLS-1$
				}
			}
			return 0;
		}
	}

	/** {@code jixiao formats export ID FILE}: the format's JSON, to edit and import as the department's own. */
	@Command(name = "export")
	static final class Export implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "formats.id")
		String id;

		@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "formats.exportFile")
		Path file;

		@Option(names = "--force", descriptionKey = "formats.force")
		boolean force;

		@Override
		public Integer call() {
			TableFormats formats = TableFormats.getDefault();
			if (formats.byId(id).isEmpty()) {
				return failed(spec, NLS.bind(Messages.FormatsCommand_unknown, id,
						formats.all().stream().map(TableFormat::id).collect(Collectors.joining(", "))), StoreCommands.BAD_INPUT); //$NON-NLS-1$
			}
			Path target = Files.isDirectory(file) ? file.resolve(id + SUFFIX) : file;
			if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
				spec.commandLine().getErr().println(NLS.bind(Messages.FormatsCommand_exists, target));
				return StoreCommands.BAD_INPUT;
			}
			try {
				formats.export(id, target);
			} catch (IOException e) {
				return InterchangeCommands.writeFailed(spec.commandLine().getErr(), target, e);
			}
			spec.commandLine().getOut().println(target.toAbsolutePath());
			return 0;
		}
	}

	/** {@code jixiao formats import FILE}: checks a format file and keeps it as the department's own. */
	@Command(name = "import")
	static final class Import implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "formats.importFile")
		Path file;

		@Override
		public Integer call() {
			TableFormats formats = TableFormats.getDefault();
			TableFormat format;
			try {
				format = formats.importFile(file);
			} catch (TableFormatException e) {
				return failed(spec, e.getMessage(), StoreCommands.BAD_INPUT);
			} catch (IOException e) {
				return failed(spec, NLS.bind(Messages.FormatsCommand_folderFailed, formats.directory(), e.getMessage()), StoreCommands.FAILED);
			}
			spec.commandLine().getErr().println(NLS.bind(Messages.FormatsCommand_imported, format.id(), format.name(Locale.getDefault())));
			spec.commandLine().getOut().println(formats.fileOf(format.id()));
			return 0;
		}
	}

	/** {@code jixiao formats remove ID}: removes the department's own format; a built-in one of the id applies again. */
	@Command(name = "remove")
	static final class Remove implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "formats.id")
		String id;

		@Override
		public Integer call() {
			TableFormats formats = TableFormats.getDefault();
			// only an id the folder lists, so that no file outside the folder is named
			boolean own = formats.all().stream().anyMatch(f -> f.id().equals(id)) && Files.isRegularFile(formats.fileOf(id));
			if (!own) {
				spec.commandLine().getErr().println(NLS.bind(Messages.FormatsCommand_notOwn, id, formats.directory()));
				return StoreCommands.BAD_INPUT;
			}
			try {
				formats.remove(id);
			} catch (IOException e) {
				return failed(spec, NLS.bind(Messages.FormatsCommand_folderFailed, formats.directory(), e.getMessage()), StoreCommands.FAILED);
			}
			spec.commandLine().getErr().println(NLS.bind(Messages.FormatsCommand_removed, formats.fileOf(id)));
			return 0;
		}
	}
}
