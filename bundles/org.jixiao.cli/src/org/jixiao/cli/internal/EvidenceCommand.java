package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.evaluation.Uids;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.report.EvidenceFile;
import org.jixiao.report.EvidenceNames;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoredEvaluation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao evidence ID add ROW FILE...|list|export DIR|remove EVIDENCE_ID}: the evidence files
 * (佐证材料) of a stored evaluation, kept in the store ({@link EvidenceStore}). {@code ROW} is an
 * indicator row or ledger entry, by its path as the audit trail and {@code jixiao score} print it
 * ({@code 产出指标/数量指标/发展党员}, spaces around the slashes optional) or by its uid. Exit code 0 when
 * done, 1 when the store fails, 2 on bad input (an unknown row, a file that is missing, a folder,
 * unreadable or larger than the limit: then nothing is stored).
 */
@Command(name = "evidence", subcommands = { EvidenceCommand.Add.class, EvidenceCommand.ListFiles.class, EvidenceCommand.Export.class,
		EvidenceCommand.Remove.class })
final class EvidenceCommand implements Callable<Integer> {

	/** Progress is printed for files of at least this many bytes. */
	private static final long BIG_FILE = 8L << 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "ID", descriptionKey = "store.id")
	long id;

	/** Without a subcommand: the usage, exit code 2. */
	@Override
	public Integer call() {
		spec.commandLine().getErr().println(NLS.bind(Messages.EvidenceCommand_subcommand, id));
		spec.commandLine().usage(spec.commandLine().getErr());
		return StoreCommands.BAD_INPUT;
	}

	/**
	 * @param stored evidence files as the store lists them
	 * @return them as the reports and the submission package take them
	 */
	static List<EvidenceFile> files(List<Evidence> stored) {
		return stored.stream().map(e -> new EvidenceFile(e.id(), e.ownerUid(), e.ownerPath(), e.fileName(), e.size(), e.sha256())).toList();
	}

	/**
	 * @return the content of the store's evidence files, for the submission package
	 */
	static EvidenceFile.Content content(EvaluationStore store) {
		return (file, out) -> {
			try {
				store.evidence().read(file.id(), out);
			} catch (StoreException e) {
				throw new IOException(e.getMessage(), e);
			}
		};
	}

	/** A subcommand: the store options and the parent's evaluation id. */
	abstract static class Sub implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Mixin
		StoreOptions store;

		@ParentCommand
		EvidenceCommand parent;

		@Override
		public final Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			return StoreCommands.withStore(spec, store, opened -> run(opened, out, err)).orElse(StoreCommands.FAILED);
		}

		abstract int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException, EvaluationFileException;

		/** Prints {@code jixiao evidence: message} on stderr. @return {@link StoreCommands#BAD_INPUT} */
		int refuse(PrintWriter err, String message) {
			err.println(NLS.bind(Messages.EvidenceCommand_refused, message));
			return StoreCommands.BAD_INPUT;
		}

		/** Prints one file as {@code list} does. */
		static void print(PrintWriter out, Evidence evidence, String row) {
			out.println(NLS.bind(Messages.EvidenceCommand_row, new Object[] { evidence.id(), evidence.fileName(), size(evidence.size()), row,
					evidence.addedBy(), TIME.format(evidence.addedAt()), evidence.sha256() }));
		}
	}

	/** {@code add ROW FILE...}: attaches files to a row, each streamed into the store. */
	@Command(name = "add")
	static final class Add extends Sub {

		@Parameters(index = "0", paramLabel = "ROW", descriptionKey = "evidence.row")
		String row;

		@Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "evidence.files")
		List<Path> files;

		@Option(names = "--limit-mb", paramLabel = "MB", defaultValue = "50", descriptionKey = "evidence.limit")
		long limitMb;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			long limit = limitMb << 20;
			if (limitMb <= 0 || limit > EvidenceStore.MAX_LIMIT) {
				return refuse(err, NLS.bind(Messages.EvidenceCommand_badLimit, limitMb, EvidenceStore.MAX_LIMIT >> 20));
			}
			StoredEvaluation stored = opened.loadStored(parent.id);
			Evaluation evaluation = stored.evaluation();
			List<EObject> rows = rows(evaluation, row);
			if (rows.isEmpty()) {
				return refuse(err, NLS.bind(Messages.EvidenceCommand_unknownRow, row, parent.id));
			}
			if (rows.size() > 1) {
				return refuse(err, NLS.bind(Messages.EvidenceCommand_ambiguousRow, row, String.join(", ", rows.stream().map(EvidenceCommand::uid).toList()))); //$NON-NLS-1$
			}
			EObject owner = rows.get(0);
			if (!checked(files, limit, err)) {
				return StoreCommands.BAD_INPUT;
			}
			String uid = owner(opened, stored, owner);
			String path = RowPaths.of(owner);
			for (Path file : files) {
				Evidence added = opened.evidence().add(parent.id, uid, path, file, limit, store.auditUser(), progress(file, err));
				print(out, added, path);
			}
			return 0;
		}

		/**
		 * @return the row's uid; a row that had none gets one, and the evaluation is saved with it
		 *         first, so that the file stays attached (refused when someone saved it since it was
		 *         loaded)
		 */
		private String owner(EvaluationStore opened, StoredEvaluation stored, EObject owner) throws StoreException {
			boolean had = uid(owner) != null;
			String uid = Uids.of(owner);
			if (!had) {
				opened.update(parent.id, stored.evaluation(), store.auditUser(), stored.version());
			}
			return uid;
		}

		private static LongConsumer progress(Path file, PrintWriter err) {
			long size;
			try {
				size = Files.size(file);
			} catch (IOException e) {
				return null;
			}
			if (size < BIG_FILE) {
				return null;
			}
			long[] next = { size / 10 };
			return read -> {
				if (read >= next[0]) {
					err.println(NLS.bind(Messages.EvidenceCommand_progress, new Object[] { file.getFileName(), size(read), size(size) }));
					err.flush();
					next[0] = read + size / 10;
				}
			};
		}
	}

	/**
	 * Checks every file before any is stored, naming each that is refused on {@code err}.
	 *
	 * @param files the files to attach
	 * @param limit the largest size accepted, in bytes
	 * @param err where refusals are told
	 * @return whether every file may be attached
	 */
	static boolean checked(List<Path> files, long limit, PrintWriter err) {
		boolean good = true;
		for (Path file : files) {
			try {
				EvidenceStore.check(file, limit);
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.EvidenceCommand_refused, e.getMessage()));
				good = false;
			}
		}
		return good;
	}

	/** {@code list}: the evaluation's files with their rows. */
	@Command(name = "list")
	static final class ListFiles extends Sub {

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			Evaluation evaluation = opened.load(parent.id);
			List<Evidence> all = opened.evidence().list(parent.id);
			for (Evidence evidence : all) {
				print(out, evidence, rowOf(evaluation, evidence));
			}
			err.println(NLS.bind(Messages.EvidenceCommand_count, parent.id, all.size()));
			return 0;
		}
	}

	/** {@code export DIR}: writes every file into a folder, names made safe and unique, and checks each against its SHA-256. */
	@Command(name = "export")
	static final class Export extends Sub {

		@Parameters(index = "0", paramLabel = "DIR", descriptionKey = "evidence.dir")
		Path directory;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			List<Evidence> all = opened.evidence().list(parent.id);
			if (all.isEmpty()) {
				opened.load(parent.id);
			}
			Path folder = directory.toAbsolutePath();
			List<String> existing = new ArrayList<>();
			try {
				Files.createDirectories(folder);
				try (Stream<Path> present = Files.list(folder)) {
					present.forEach(path -> existing.add(path.getFileName().toString()));
				}
			} catch (IOException e) {
				return refuse(err, NLS.bind(Messages.EvidenceCommand_unwritable, folder, e.getMessage()));
			}
			List<String> wanted = new ArrayList<>(existing);
			all.forEach(evidence -> wanted.add(evidence.fileName()));
			List<String> names = EvidenceNames.unique(wanted).subList(existing.size(), wanted.size());
			for (int i = 0; i < all.size(); i++) {
				Evidence evidence = all.get(i);
				Path target = folder.resolve(names.get(i));
				String written;
				try {
					written = write(opened, evidence, target);
				} catch (StoreFailure e) {
					throw e.failure;
				} catch (IOException e) {
					return refuse(err, NLS.bind(Messages.EvidenceCommand_unwritable, target, e.getMessage()));
				}
				if (!written.equals(evidence.sha256())) {
					err.println(NLS.bind(Messages.EvidenceCommand_differs, new Object[] { target, evidence.sha256(), written }));
					return StoreCommands.FAILED;
				}
				out.println(target);
			}
			err.println(NLS.bind(Messages.EvidenceCommand_count, parent.id, all.size()));
			return 0;
		}

		/** @return the SHA-256 of what was written */
		private static String write(EvaluationStore opened, Evidence evidence, Path target) throws IOException {
			MessageDigest digest;
			try {
				digest = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
			}
			SafeFiles.write(target, stream -> {
				try {
					opened.evidence().read(evidence.id(), new DigestOutputStream(stream, digest));
				} catch (StoreException e) {
					throw new StoreFailure(e);
				}
			});
			return HexFormat.of().formatHex(digest.digest());
		}
	}

	/** Carries a store failure out of {@link SafeFiles#write}, which then removes its temporary file. */
	private static final class StoreFailure extends IOException {

		private static final long serialVersionUID = 1L;

		final transient StoreException failure;

		StoreFailure(StoreException failure) {
			super(failure);
			this.failure = failure;
		}
	}

	/** {@code remove EVIDENCE_ID}: removes one file of the evaluation. */
	@Command(name = "remove")
	static final class Remove extends Sub {

		@Parameters(index = "0", paramLabel = "EVIDENCE_ID", descriptionKey = "evidence.id")
		long evidenceId;

		@Override
		int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
			Evidence evidence = opened.evidence().get(evidenceId);
			if (evidence.evaluationId() != parent.id) {
				return refuse(err, NLS.bind(Messages.EvidenceCommand_otherEvaluation, new Object[] { evidenceId, evidence.evaluationId(), parent.id }));
			}
			opened.evidence().remove(evidenceId, store.auditUser());
			out.println(NLS.bind(Messages.EvidenceCommand_removed, evidence.fileName(), evidenceId));
			return 0;
		}
	}

	/**
	 * @param evaluation the evaluation
	 * @param row a row path ({@code 产出指标/数量指标/发展党员}, spaces around the slashes optional) or a uid
	 * @return the indicators and ledger entries it names
	 */
	static List<EObject> rows(Evaluation evaluation, String row) {
		EObject byUid = Uids.find(evaluation, row.strip());
		if (byUid != null) {
			return List.of(byUid);
		}
		String wanted = normalized(row);
		List<EObject> found = new ArrayList<>();
		EcoreUtil.<EObject>getAllContents(evaluation, false).forEachRemaining(object -> {
			if ((object instanceof Indicator || object instanceof LedgerEntry) && normalized(RowPaths.of(object)).equals(wanted)) {
				found.add(object);
			}
		});
		return found;
	}

	private static String normalized(String path) {
		return String.join("/", Stream.of(path.split("/")).map(String::strip).toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the row a file belongs to, by its uid; the path recorded when the row is gone */
	private static String rowOf(Evaluation evaluation, Evidence evidence) {
		EObject row = Uids.find(evaluation, evidence.ownerUid());
		if (row != null) {
			return RowPaths.of(row);
		}
		return NLS.bind(Messages.EvidenceCommand_gone, evidence.ownerPath() != null ? evidence.ownerPath() : evidence.ownerUid());
	}

	/** @return the row's uid, or {@code null} while it has none (nothing here assigns one) */
	private static String uid(EObject row) {
		String uid = row instanceof Indicator indicator ? indicator.getUid() : ((LedgerEntry) row).getUid();
		return uid == null || uid.isBlank() ? null : uid;
	}

	/** @return a size for people: {@code 512 B}, {@code 12.3 KB}, {@code 1.2 MB} */
	static String size(long bytes) {
		return bytes < 1024 ? bytes + " B" : bytes < 1L << 20 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0) //$NON-NLS-1$ //$NON-NLS-2$
				: String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20)); //$NON-NLS-1$
	}
}
