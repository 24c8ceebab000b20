package org.jixiao.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.eclipse.emf.common.util.Diagnostic;
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
import org.osgi.framework.FrameworkUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

/**
 * The submission package (报送包), written by {@code jixiao package} and the workbench alike: a zip of
 * the 自评报告 (PDF, DOCX), the 自评表 (PDF, XLSX), the evaluation as XMI and {@value #MANIFEST} (the
 * SHA-256 of every other member, the rule set's id and SHA-256, total, grade, product version, time and
 * user), and {@value #MANIFEST_HASH}, the SHA-256 of the manifest itself, so that a change to any
 * member, the manifest included, is found and named.
 */
public final class SubmissionPackage {

	/** The manifest's member name. */
	public static final String MANIFEST = "manifest.json"; //$NON-NLS-1$
	/** The member holding the manifest's SHA-256. */
	public static final String MANIFEST_HASH = "manifest.json.sha256"; //$NON-NLS-1$

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
		Files.createDirectories(directory);
		Path work = Files.createTempDirectory(directory, ".package-"); //$NON-NLS-1$
		try {
			List<Path> rendered = reports.render(evaluation, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX), work,
					options, monitor);
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
			byte[] manifest = manifest(evaluation, rules, members, draft, user).getBytes(StandardCharsets.UTF_8);
			members.put(MANIFEST, manifest);
			members.put(MANIFEST_HASH, (sha256(manifest) + "\n").getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
			Path zip = directory.resolve(baseName(evaluation) + (draft ? "-报送包-草稿.zip" : "-报送包.zip")); //$NON-NLS-1$ //$NON-NLS-2$
			SafeFiles.write(zip, stream -> write(members, stream));
			return zip;
		} finally {
			delete(work);
		}
	}

	private static String manifest(Evaluation evaluation, RuleSet rules, Map<String, byte[]> members, boolean draft, String user)
			throws IOException {
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		JsonObject manifest = new JsonObject();
		JsonObject files = new JsonObject();
		members.forEach((name, bytes) -> files.addProperty(name, sha256(bytes)));
		manifest.add("files", files); //$NON-NLS-1$
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

	/** @return {@code 2023-党政办公室}, the start of every file name of the evaluation's documents */
	private static String baseName(Evaluation evaluation) {
		String report = EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.PDF);
		return report.substring(0, report.length() - ("-" + ReportKind.SELF_EVALUATION_REPORT.fileSuffix() + ".pdf").length()); //$NON-NLS-1$ //$NON-NLS-2$
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
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
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

	/** Writes the members, in order, as a zip. */
	static void write(Map<String, byte[]> members, OutputStream out) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> member : members.entrySet()) {
				zip.putNextEntry(new ZipEntry(member.getKey()));
				zip.write(member.getValue());
				zip.closeEntry();
			}
		}
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
}
