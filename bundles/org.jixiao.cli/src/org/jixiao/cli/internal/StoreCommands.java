package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.store.AuditEntry;
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
 * The commands on the evaluation store: {@code list}, {@code delete}, {@code copy}, {@code audit},
 * {@code backup} and {@code restore}. Exit code 0 when done, 1 when the store refuses or fails (the
 * message says why), 2 for a usage error.
 */
final class StoreCommands {

	/** Exit code of a store failure. */
	static final int FAILED = 1;
	/** Exit code of bad input. */
	static final int BAD_INPUT = 2;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private StoreCommands() {
	}

	/** Work on the open store, giving a result. */
	@FunctionalInterface
	interface StoreWork<T> {
		/**
		 * @param opened the open store; it is closed after the work
		 * @return the result
		 * @throws StoreException when the store refuses or fails
		 * @throws EvaluationFileException when an evaluation file the work reads cannot be used
		 */
		T apply(EvaluationStore opened) throws StoreException, EvaluationFileException;
	}

	/**
	 * The frame of every command on the store: opens the store the options name, does the work and
	 * closes the store; a failure is reported on stderr as {@code jixiao NAME: cause}.
	 *
	 * @param spec the command, for its name and stderr
	 * @param store the store options
	 * @param work the work
	 * @return the work's result, or empty when it failed (reported; exit code {@link #FAILED})
	 */
	static <T> Optional<T> withStore(CommandSpec spec, StoreOptions store, StoreWork<T> work) {
		try (EvaluationStore opened = store.open()) {
			return Optional.of(work.apply(opened));
		} catch (StoreException | EvaluationFileException e) {
			failed(spec, e);
			return Optional.empty();
		}
	}

	/**
	 * Reports a failure of the store on stderr as {@code jixiao NAME: cause}.
	 *
	 * @return {@link #FAILED}
	 */
	static int failed(CommandSpec spec, Exception failure) {
		spec.commandLine().getErr().println(NLS.bind(Messages.StoreCommand_failed, spec.name(), failure.getMessage()));
		return FAILED;
	}

	/** A command that works on the open store: {@link #run} inside {@link StoreCommands#withStore}. */
	abstract static class StoreCommand implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Override
		public final Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			return withStore(spec, store, opened -> run(opened, out, err)).orElse(FAILED);
		}

		abstract int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException;
	}

	/** {@code jixiao list}: a table of the stored evaluations. */
	@Command(name = "list")
	static final class ListCommand extends StoreCommand {

		@Option(names = "--department", paramLabel = "NAME", descriptionKey = "list.department")
		String department;

		@Option(names = "--year", paramLabel = "YEAR", descriptionKey = "list.year")
		Integer year;

		@Option(names = "--status", paramLabel = "STATUS", descriptionKey = "list.status")
		String status;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			EvaluationStatus wanted = null;
			if (status != null) {
				wanted = EvaluationStatus.get(status.toLowerCase(java.util.Locale.ROOT));
				if (wanted == null) {
					err.println(NLS.bind(Messages.ListCommand_badStatus, status));
					return BAD_INPUT;
				}
			}
			List<EvaluationSummary> summaries = opened.list(new EvaluationQuery(department, year, wanted));
			out.println(String.format("%6s  %-20s  %4s  %-6s  %8s  %-2s  %4s  %-8s  %8s  %-19s  %s", Messages.ListCommand_id, //$NON-NLS-1$
					Messages.ListCommand_department, Messages.ListCommand_year, Messages.ListCommand_status, Messages.ListCommand_score,
					Messages.ListCommand_grade, Messages.ListCommand_problems, Messages.ListCommand_review, Messages.ListCommand_reviewScore,
					Messages.ListCommand_modified, Messages.ListCommand_by));
			for (EvaluationSummary summary : summaries) {
				out.println(String.format("%6d  %-20s  %4d  %-6s  %8s  %-2s  %4s  %-8s  %8s  %-19s  %s", summary.id(), summary.department(), //$NON-NLS-1$
						summary.fiscalYear(), summary.status().getLiteral(), score(summary),
						summary.grade() == null || summary.hasErrors() ? "-" : summary.grade().getLiteral(), //$NON-NLS-1$
						summary.errors() == null ? "-" : summary.errors(), summary.reviewState().displayName(), //$NON-NLS-1$
						summary.reviewScore() == null ? "-" : summary.reviewScore().toPlainString(), TIME.format(summary.modifiedAt()), //$NON-NLS-1$
						summary.modifiedBy()));
			}
			err.println(NLS.bind(Messages.ListCommand_count, summaries.size(), opened.location()));
			return 0;
		}
	}

	/**
	 * The stored total as a score: marked {@value ScoreTable#FLAG} while the evaluation has errors,
	 * since a total of rows that score 0 until fixed is no valid score ({@code 147.80✗}).
	 */
	static String score(EvaluationSummary summary) {
		BigDecimal score = summary.totalScore();
		if (score == null) {
			return "-"; //$NON-NLS-1$
		}
		return summary.hasErrors() ? score.toPlainString() + ScoreTable.FLAG.strip() : score.toPlainString();
	}

	/** {@code jixiao delete ID}: deletes an evaluation; its audit trail stays. */
	@Command(name = "delete")
	static final class DeleteCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			opened.delete(id, store.auditUser());
			err.println(NLS.bind(Messages.DeleteCommand_done, id));
			return 0;
		}
	}

	/** {@code jixiao copy ID --year Y}: starts a new year's draft; prints its id. */
	@Command(name = "copy")
	static final class CopyCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Option(names = "--year", required = true, paramLabel = "YEAR", descriptionKey = "copy.year")
		int year;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			long copy = opened.copyToNewYear(id, year, store.auditUser());
			err.println(NLS.bind(Messages.CopyCommand_done, new Object[] { id, year, copy }));
			out.println(copy);
			return 0;
		}
	}

	/** {@code jixiao audit ID}: the audit trail, oldest first. */
	@Command(name = "audit")
	static final class AuditCommand extends StoreCommand {

		@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
		long id;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			List<AuditEntry> entries = opened.audit(id);
			for (AuditEntry entry : entries) {
				StringBuilder line = new StringBuilder().append(TIME.format(entry.at())).append("  ").append(entry.user()).append("  ") //$NON-NLS-1$ //$NON-NLS-2$
						.append(entry.action());
				if (entry.entityPath() != null && !entry.entityPath().isEmpty()) {
					line.append("  ").append(entry.entityPath()); //$NON-NLS-1$
				}
				if (entry.field() != null) {
					line.append("  ").append(entry.field()); //$NON-NLS-1$
				}
				if (entry.oldValue() != null || entry.newValue() != null) {
					line.append(": ").append(entry.oldValue() == null ? "∅" : entry.oldValue()).append(" → ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							.append(entry.newValue() == null ? "∅" : entry.newValue()); //$NON-NLS-1$
				}
				out.println(line);
			}
			if (entries.isEmpty()) {
				err.println(NLS.bind(Messages.AuditCommand_none, id));
				return FAILED;
			}
			return 0;
		}
	}

	/** {@code jixiao backup --to DIR}: an online backup (Derby's own). */
	@Command(name = "backup")
	static final class BackupCommand extends StoreCommand {

		@Option(names = "--to", required = true, paramLabel = "DIR", descriptionKey = "backup.to")
		Path directory;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			err.println(NLS.bind(Messages.BackupCommand_running, opened.location(), directory));
			Path backup = opened.backup(directory);
			out.println(backup);
			return 0;
		}
	}

	/** {@code jixiao restore DIR}: replaces the embedded database by a backup. */
	@Command(name = "restore")
	static final class RestoreCommand implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@Parameters(index = "0", paramLabel = "DIR", descriptionKey = "restore.dir")
		Path backup;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			if (!store.location().isEmbedded()) {
				err.println(NLS.bind(Messages.RestoreCommand_embeddedOnly, store.location()));
				return BAD_INPUT;
			}
			try {
				err.println(NLS.bind(Messages.RestoreCommand_running, store.location(), backup));
				EvaluationStore.restore(backup, store.location().directory());
				err.println(NLS.bind(Messages.RestoreCommand_done, store.location()));
				return 0;
			} catch (StoreException e) {
				return failed(spec, e);
			}
		}
	}
}
