package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao package ID --out DIR [--draft]}: the submission package of a stored evaluation, one
 * zip with the 自评报告 (PDF, DOCX), the 自评表 (PDF, XLSX), the evaluation as XMI and the manifest
 * ({@link SubmissionPackage}). Only a final evaluation without errors is packaged, unless
 * {@code --draft} is given; the documents of a draft carry the 草稿 mark. Prints the zip's path. Exit
 * code 0 when written, 1 when the store or the rendering fails, 2 on bad input (not final, errors, an
 * unknown rule set, a folder that cannot be written).
 */
@Command(name = "package")
final class PackageCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private StoreOptions store;

	@Parameters(index = "0", paramLabel = "ID", descriptionKey = "package.id")
	private long id;

	@Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "package.out")
	private Path out;

	@Option(names = "--draft", descriptionKey = "package.draft")
	private boolean draft;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Optional<Evaluation> loaded = StoreCommands.withStore(spec, store, opened -> opened.load(id));
		if (loaded.isEmpty()) {
			return StoreCommands.FAILED;
		}
		Evaluation evaluation = loaded.get();
		RuleSet rules;
		try {
			rules = RuleSetService.getDefault().rulesFor(evaluation);
		} catch (RuleSetException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_refused, id, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		}
		boolean errors = EvaluationDiagnostician.validate(evaluation, rules).getSeverity() >= Diagnostic.ERROR;
		if (!draft && (evaluation.getStatus() != EvaluationStatus.FINAL || errors)) {
			err.println(NLS.bind(PackageMessages.PackageCommand_refused, id,
					errors ? PackageMessages.PackageCommand_hasErrors : PackageMessages.PackageCommand_notFinal));
			return StoreCommands.BAD_INPUT;
		}
		Path directory = out.toAbsolutePath();
		Path work = null;
		try {
			Files.createDirectories(directory);
			work = Files.createTempDirectory(directory, ".package-"); //$NON-NLS-1$
			List<Path> rendered = ReportCommand.render(evaluation, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX),
					work, err);
			Map<String, byte[]> members = new LinkedHashMap<>();
			for (Path file : rendered) {
				String name = file.getFileName().toString();
				if (!name.equals(EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.DOCX))) {
					members.put(name, Files.readAllBytes(file));
				}
			}
			Path xmi = work.resolve(baseName(evaluation) + ".xmi"); //$NON-NLS-1$
			EvaluationResources.save(evaluation, xmi);
			members.put(xmi.getFileName().toString(), Files.readAllBytes(xmi));
			byte[] manifest = manifest(evaluation, rules, members).getBytes(java.nio.charset.StandardCharsets.UTF_8);
			members.put(SubmissionPackage.MANIFEST, manifest);
			members.put(SubmissionPackage.MANIFEST_HASH,
					(SubmissionPackage.sha256(manifest) + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII)); //$NON-NLS-1$
			Path zip = directory.resolve(baseName(evaluation) + (draft ? "-报送包-草稿.zip" : "-报送包.zip")); //$NON-NLS-1$ //$NON-NLS-2$
			SafeFiles.write(zip, stream -> SubmissionPackage.write(members, stream));
			spec.commandLine().getOut().println(zip);
			return 0;
		} catch (ReportException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_failed, e.getMessage()));
			return StoreCommands.FAILED;
		} catch (IOException | EvaluationFileException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_unwritable, directory, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		} finally {
			delete(work);
		}
	}

	private String manifest(Evaluation evaluation, RuleSet rules, Map<String, byte[]> members) throws IOException {
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		JsonObject manifest = new JsonObject();
		JsonObject files = new JsonObject();
		members.forEach((name, bytes) -> files.addProperty(name, SubmissionPackage.sha256(bytes)));
		manifest.add("files", files); //$NON-NLS-1$
		JsonObject ruleSet = new JsonObject();
		ruleSet.addProperty("id", rules.id()); //$NON-NLS-1$
		ruleSet.addProperty("sha256", SubmissionPackage.sha256(SubmissionPackage.json(rules))); //$NON-NLS-1$
		manifest.add("ruleSet", ruleSet); //$NON-NLS-1$
		manifest.addProperty("total", sheet.total().toPlainString()); //$NON-NLS-1$
		manifest.addProperty("grade", sheet.grade().officialTerm()); //$NON-NLS-1$
		manifest.addProperty("draft", draft); //$NON-NLS-1$
		manifest.addProperty("productVersion", FrameworkUtil.getBundle(PackageCommand.class).getVersion().toString()); //$NON-NLS-1$
		manifest.addProperty("time", Instant.now().toString()); //$NON-NLS-1$
		manifest.addProperty("user", store.auditUser()); //$NON-NLS-1$
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(manifest) + "\n"; //$NON-NLS-1$
	}

	/** @return {@code 2023-党政办公室}, the start of every file name of the evaluation's documents */
	private static String baseName(Evaluation evaluation) {
		String report = EvaluationReports.fileName(evaluation, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.PDF);
		return report.substring(0, report.length() - ("-" + ReportKind.SELF_EVALUATION_REPORT.fileSuffix() + ".pdf").length()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			// the zip is written or the failure reported; a temporary folder left behind is harmless
		}
	}
}
