package org.jixiao.report;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.internal.EvidenceRows;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The submission package (报送包), written by {@code jixiao package} and the workbench alike: a zip of
 * the 自评报告 (PDF, DOCX), the 自评表 (PDF, XLSX), the evaluation as XMI, its evidence files (佐证材料) in
 * {@value #EVIDENCE_FOLDER}, and {@value #MANIFEST} (the
 * SHA-256 of every other member, the rule set's id and SHA-256, total, grade, product version, time and
 * user), and {@value #MANIFEST_HASH}, the SHA-256 of the manifest itself, so that a change to any
 * member, the manifest included, is found and named.
 */
public final class SubmissionPackage {

	/** The manifest's member name. */
	public static final String MANIFEST = "manifest.json"; //$NON-NLS-1$
	/** The member holding the manifest's SHA-256. */
	public static final String MANIFEST_HASH = "manifest.json.sha256"; //$NON-NLS-1$
	/** The folder of the evidence files (佐证材料) in the zip. */
	public static final String EVIDENCE_FOLDER = "佐证材料/"; //$NON-NLS-1$

	private SubmissionPackage() {
	}

	/** Why an evaluation is not packaged as final. */
	public enum Refusal {
		/** The evaluation is not final. */
		NOT_FINAL,
		/** The validation finds errors. */
		HAS_ERRORS
	}

	/**
	 * @param evaluation the evaluation
	 * @param rules its rule set
	 * @return why it may only be packaged as a draft, or {@code null} when it may be packaged as final
	 */
	public static Refusal refusal(Evaluation evaluation, RuleSet rules) {
		if (EvaluationDiagnostician.validate(evaluation, rules).getSeverity() >= Diagnostic.ERROR) {
			return Refusal.HAS_ERRORS;
		}
		return evaluation.getStatus() == EvaluationStatus.FINAL ? null : Refusal.NOT_FINAL;
	}

	/**
	 * Renders the documents and writes the package into the folder, as
	 * {@code <year>-<department>-报送包.zip} ({@code -报送包-草稿.zip} for a draft). The caller has
	 * checked {@link #refusal} unless it packages a draft.
	 *
	 * @param reports the report service
	 * @param evaluation the evaluation, not changed while this runs
	 * @param rules its rule set
	 * @param draft whether it is packaged as a draft
	 * @param user the user the manifest names
	 * @param directory the output folder, created when missing
	 * @param options the fonts
	 * @param monitor the progress, cancelled between two documents
	 * @return the zip written
	 * @throws ReportException when a document cannot be rendered
	 * @throws IOException when the folder or the zip cannot be written
	 * @throws EvaluationFileException when the XMI cannot be written
	 */
	public static Path write(EvaluationReports reports, Evaluation evaluation, RuleSet rules, boolean draft, String user, Path directory,
			ReportOptions options, IProgressMonitor monitor) throws ReportException, IOException, EvaluationFileException {
		return write(reports, evaluation, rules, draft, user, directory, options, List.of(), null, monitor);
	}

	/**
	 * Renders the documents, the 自评报告 listing the evidence files under 四、附件, and writes the
	 * package into the folder, as {@code <year>-<department>-报送包.zip} ({@code -报送包-草稿.zip} for a
	 * draft), the evidence files in the folder {@value #EVIDENCE_FOLDER} of the zip, each streamed
	 * from {@code content} and checked against its SHA-256, and listed in the manifest with it (and
	 * under {@code evidence} with the row it belongs to). The caller has checked {@link #refusal}
	 * unless it packages a draft.
	 *
	 * @param reports the report service
	 * @param evaluation the evaluation, not changed while this runs
	 * @param rules its rule set
	 * @param draft whether it is packaged as a draft
	 * @param user the user the manifest names
	 * @param directory the output folder, created when missing
	 * @param options the fonts and whether the 自评表 counts evidence files
	 * @param evidence the evaluation's evidence files
	 * @param content where their content is read; may be {@code null} when there are none
	 * @param monitor the progress, cancelled between two documents or files
	 * @return the zip written
	 * @throws ReportException when a document cannot be rendered
	 * @throws IOException when the folder or the zip cannot be written, or an evidence file cannot be
	 *             read or is not the one listed (the message names it); no zip is left then
	 * @throws EvaluationFileException when the XMI cannot be written
	 */
	public static Path write(EvaluationReports reports, Evaluation evaluation, RuleSet rules, boolean draft, String user, Path directory,
			ReportOptions options, List<EvidenceFile> evidence, EvidenceFile.Content content, IProgressMonitor monitor)
			throws ReportException, IOException, EvaluationFileException {
		SubMonitor progress = SubMonitor.convert(monitor, 2 + evidence.size());
		Files.createDirectories(directory);
		Path work = Files.createTempDirectory(directory, ".package-"); //$NON-NLS-1$
		try {
			List<Path> rendered = reports.render(evaluation, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX), work,
					options, evidence, progress.split(1));
			Map<String, byte[]> members = new LinkedHashMap<>();
			String tableDocx = EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.DOCX);
			for (Path file : rendered) {
				String name = file.getFileName().toString();
				if (!name.equals(tableDocx)) {
					members.put(name, Files.readAllBytes(file));
				}
			}
			Path xmi = work.resolve(baseName(evaluation) + ".xmi"); //$NON-NLS-1$
			EvaluationResources.save(evaluation, xmi);
			members.put(xmi.getFileName().toString(), Files.readAllBytes(xmi));
			List<String> names = EvidenceNames.unique(evidence.stream().map(EvidenceFile::fileName).toList());
			Map<String, EvidenceFile> packed = new LinkedHashMap<>();
			for (int i = 0; i < evidence.size(); i++) {
				packed.put(EVIDENCE_FOLDER + names.get(i), evidence.get(i));
			}
			byte[] manifest = manifest(evaluation, rules, members, packed, draft, user).getBytes(StandardCharsets.UTF_8);
			Path zip = directory.resolve(baseName(evaluation) + (draft ? "-报送包-草稿.zip" : "-报送包.zip")); //$NON-NLS-1$ //$NON-NLS-2$
			progress.worked(1);
			SafeFiles.write(zip, stream -> {
				try (ZipOutputStream out = new ZipOutputStream(stream, StandardCharsets.UTF_8)) {
					for (Map.Entry<String, byte[]> member : members.entrySet()) {
						put(out, member.getKey(), member.getValue());
					}
					for (Map.Entry<String, EvidenceFile> file : packed.entrySet()) {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						progress.subTask(file.getValue().fileName());
						out.putNextEntry(new ZipEntry(file.getKey()));
						copy(file.getValue(), content, out);
						out.closeEntry();
						progress.worked(1);
					}
					put(out, MANIFEST, manifest);
					put(out, MANIFEST_HASH, (sha256(manifest) + "\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
				}
			});
			return zip;
		} finally {
			delete(work);
		}
	}

	private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}

	/** Streams an evidence file into the zip, refusing it when its SHA-256 is not the one listed. */
	private static void copy(EvidenceFile file, EvidenceFile.Content content, ZipOutputStream zip) throws IOException {
		MessageDigest digest = digest();
		OutputStream entry = new FilterOutputStream(zip) {
			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				out.write(bytes, offset, length);
			}

			@Override
			public void close() {
				// the zip stays open for the next member
			}
		};
		content.writeTo(file, new DigestOutputStream(entry, digest));
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equals(file.sha256())) {
			throw new IOException(NLS.bind(Messages.SubmissionPackage_evidenceDiffers, new Object[] { file.fileName(), file.sha256(), actual }));
		}
	}

	private static String manifest(Evaluation evaluation, RuleSet rules, Map<String, byte[]> members, Map<String, EvidenceFile> evidence,
			boolean draft, String user) throws IOException {
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		JsonObject manifest = new JsonObject();
		JsonObject files = new JsonObject();
		members.forEach((name, bytes) -> files.addProperty(name, sha256(bytes)));
		evidence.forEach((name, file) -> files.addProperty(name, file.sha256()));
		manifest.add("files", files); //$NON-NLS-1$
		JsonArray listed = new JsonArray();
		evidence.forEach((name, file) -> {
			JsonObject entry = new JsonObject();
			entry.addProperty("file", name); //$NON-NLS-1$
			entry.addProperty("name", file.fileName()); //$NON-NLS-1$
			entry.addProperty("row", EvidenceRows.path(evaluation, file)); //$NON-NLS-1$
			entry.addProperty("uid", file.ownerUid()); //$NON-NLS-1$
			entry.addProperty("size", file.size()); //$NON-NLS-1$
			entry.addProperty("sha256", file.sha256()); //$NON-NLS-1$
			listed.add(entry);
		});
		manifest.add("evidence", listed); //$NON-NLS-1$
		JsonObject ruleSet = new JsonObject();
		ruleSet.addProperty("id", rules.id()); //$NON-NLS-1$
		ruleSet.addProperty("sha256", sha256(json(rules))); //$NON-NLS-1$
		manifest.add("ruleSet", ruleSet); //$NON-NLS-1$
		manifest.addProperty("total", sheet.total().toPlainString()); //$NON-NLS-1$
		manifest.addProperty("grade", sheet.grade().officialTerm()); //$NON-NLS-1$
		manifest.addProperty("draft", draft); //$NON-NLS-1$
		manifest.addProperty("productVersion", FrameworkUtil.getBundle(SubmissionPackage.class).getVersion().toString()); //$NON-NLS-1$
		manifest.addProperty("time", Instant.now().toString()); //$NON-NLS-1$
		manifest.addProperty("user", user); //$NON-NLS-1$
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest) + "\n"; //$NON-NLS-1$
	}

	/**
	 * @return {@code 2023-党政办公室} (of a project's evaluation {@code 2023-党政办公室-党建专项资金}), the start
	 *         of every file name of the evaluation's documents
	 */
	private static String baseName(Evaluation evaluation) {
		String report = EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.PDF);
		return report.substring(0, report.length() - ("-" + ReportKind.SELF_EVALUATION_REPORT.fileSuffix(evaluation) + ".pdf").length()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// the zip is written or the failure reported; a temporary folder left behind is harmless
		}
	}

	/** @return the lower-case hexadecimal SHA-256 of the bytes */
	public static String sha256(byte[] bytes) {
		return HexFormat.of().formatHex(digest().digest(bytes));
	}

	private static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** @return the rule set as the JSON {@code jixiao rules export} writes, whose SHA-256 the manifest names */
	public static byte[] json(RuleSet rules) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			RuleSets.write(rules, writer);
		}
		return bytes.toByteArray();
	}

	/**
	 * @param file a zip file
	 * @return its members, in order
	 * @throws IOException when it is no zip or cannot be read
	 */
	public static Map<String, byte[]> read(Path file) throws IOException {
		Map<String, byte[]> members = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				members.put(entry.getName(), zip.readAllBytes());
			}
		}
		if (members.isEmpty()) {
			throw new IOException("no zip members"); //$NON-NLS-1$
		}
		return members;
	}

	/**
	 * One member of a package as {@link #scan(Path)} reads it.
	 *
	 * @param sha256 the lower-case hexadecimal SHA-256 of its content
	 * @param bytes its content; {@code null} for an evidence file, which is only hashed
	 */
	public record Member(String sha256, byte[] bytes) {
	}

	/**
	 * Reads a package for checking: the SHA-256 of every member, the content of all but the evidence
	 * files (which may be large and are hashed while streamed).
	 *
	 * @param file a zip file
	 * @return its members, in order
	 * @throws IOException when it is no zip or cannot be read
	 */
	public static Map<String, Member> scan(Path file) throws IOException {
		Map<String, Member> members = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().startsWith(EVIDENCE_FOLDER)) {
					MessageDigest digest = digest();
					try (DigestInputStream hashed = new DigestInputStream(new FilterInputStream(zip) {
						@Override
						public void close() {
							// the zip stays open for the next member
						}
					}, digest)) {
						hashed.transferTo(OutputStream.nullOutputStream());
					}
					members.put(entry.getName(), new Member(HexFormat.of().formatHex(digest.digest()), null));
				} else {
					byte[] bytes = zip.readAllBytes();
					members.put(entry.getName(), new Member(sha256(bytes), bytes));
				}
			}
		}
		if (members.isEmpty()) {
			throw new IOException("no zip members"); //$NON-NLS-1$
		}
		return members;
	}
}
