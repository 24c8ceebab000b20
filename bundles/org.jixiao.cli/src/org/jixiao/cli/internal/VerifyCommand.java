package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.report.SubmissionPackage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao verify PACKAGE.zip}: checks a submission package ({@link SubmissionPackage}): the
 * manifest against its hash, every member against the manifest (the evidence files in
 * {@value SubmissionPackage#EVIDENCE_FOLDER} among them, hashed while streamed), and the evaluation re-scored by the
 * rule set the manifest names against its total and grade. Names every member that differs. Exit
 * code 0 when everything agrees, 1 when something differs, 2 when the file is no package.
 */
@Command(name = "verify")
final class VerifyCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "PACKAGE.zip", descriptionKey = "verify.package")
	private Path file;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Map<String, SubmissionPackage.Member> members;
		try {
			members = SubmissionPackage.scan(file);
		} catch (IOException e) {
			err.println(NLS.bind(PackageMessages.VerifyCommand_notAPackage, file, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		}
		byte[] manifestBytes = members.containsKey(SubmissionPackage.MANIFEST) ? members.get(SubmissionPackage.MANIFEST).bytes() : null;
		if (manifestBytes == null) {
			err.println(NLS.bind(PackageMessages.VerifyCommand_notAPackage, file, SubmissionPackage.MANIFEST));
			return StoreCommands.BAD_INPUT;
		}
		List<String> differences = new ArrayList<>();
		byte[] manifestHash = members.containsKey(SubmissionPackage.MANIFEST_HASH) ? members.get(SubmissionPackage.MANIFEST_HASH).bytes() : null;
		if (manifestHash == null || !new String(manifestHash, StandardCharsets.US_ASCII).strip().equals(SubmissionPackage.sha256(manifestBytes))) {
			differences.add(NLS.bind(PackageMessages.VerifyCommand_changed, SubmissionPackage.MANIFEST));
		}
		JsonObject manifest = null;
		try {
			manifest = JsonParser.parseString(new String(manifestBytes, StandardCharsets.UTF_8)).getAsJsonObject();
			JsonObject files = object(manifest, "files"); //$NON-NLS-1$
			for (Map.Entry<String, SubmissionPackage.Member> member : members.entrySet()) {
				String name = member.getKey();
				if (name.equals(SubmissionPackage.MANIFEST) || name.equals(SubmissionPackage.MANIFEST_HASH)) {
					continue;
				}
				if (!files.has(name)) {
					differences.add(NLS.bind(PackageMessages.VerifyCommand_unlisted, name));
				} else if (!string(files, name).equals(member.getValue().sha256())) {
					differences.add(NLS.bind(PackageMessages.VerifyCommand_changed, name));
				}
			}
			for (String name : files.keySet()) {
				if (!members.containsKey(name)) {
					differences.add(NLS.bind(PackageMessages.VerifyCommand_missing, name));
				}
			}
			rescore(members, files.keySet(), manifest, differences);
		} catch (JsonParseException | IllegalStateException e) {
			differences.add(NLS.bind(PackageMessages.VerifyCommand_unreadable, SubmissionPackage.MANIFEST, e.getMessage()));
		}
		if (differences.isEmpty()) {
			spec.commandLine().getOut().println(NLS.bind(PackageMessages.VerifyCommand_agrees, new Object[] { file, members.size(),
					string(manifest, "total"), string(manifest, "grade") })); //$NON-NLS-1$ //$NON-NLS-2$
			return 0;
		}
		differences.forEach(err::println);
		return StoreCommands.FAILED;
	}

	/** @return the member {@code name} of a manifest object, which must be an object */
	private static JsonObject object(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		if (element == null || !element.isJsonObject()) {
			throw new JsonParseException(NLS.bind(PackageMessages.VerifyCommand_noField, name));
		}
		return element.getAsJsonObject();
	}

	/** @return the member {@code name} of a manifest object, which must be a string */
	private static String string(JsonObject parent, String name) {
		JsonElement element = parent.get(name);
		if (element == null || !element.isJsonPrimitive()) {
			throw new JsonParseException(NLS.bind(PackageMessages.VerifyCommand_noField, name));
		}
		return element.getAsString();
	}

	/** Scores the package's XMI by the rule set the manifest names and compares the total and grade. */
	private void rescore(Map<String, SubmissionPackage.Member> members, java.util.Set<String> listed, JsonObject manifest, List<String> differences) {
		String xmi = listed.stream().filter(name -> name.endsWith(".xmi") && !name.startsWith(SubmissionPackage.EVIDENCE_FOLDER)).findFirst().orElse(null); //$NON-NLS-1$
		if (xmi == null || !members.containsKey(xmi)) {
			return;
		}
		JsonObject ruleSet = object(manifest, "ruleSet"); //$NON-NLS-1$
		String ruleSetId = string(ruleSet, "id"); //$NON-NLS-1$
		Path temp = null;
		try {
			RuleSet rules = RuleSetService.getDefault().rulesForId(ruleSetId);
			if (!SubmissionPackage.sha256(SubmissionPackage.json(rules)).equals(string(ruleSet, "sha256"))) { //$NON-NLS-1$
				differences.add(NLS.bind(PackageMessages.VerifyCommand_ruleSetDiffers, ruleSetId));
			}
			temp = Files.createTempFile("jixiao-verify-", ".xmi"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.write(temp, members.get(xmi).bytes());
			ScoreSheet sheet = new EvaluationScorer(rules).score(EvaluationResources.load(temp));
			String total = string(manifest, "total"); //$NON-NLS-1$
			String grade = string(manifest, "grade"); //$NON-NLS-1$
			if (!sheet.total().toPlainString().equals(total) || !sheet.grade().officialTerm().equals(grade)) {
				differences.add(NLS.bind(PackageMessages.VerifyCommand_scoreDiffers, new Object[] { xmi, sheet.total().toPlainString(),
						sheet.grade().officialTerm(), total, grade }));
			}
		} catch (RuleSetException | IOException | EvaluationFileException e) {
			differences.add(NLS.bind(PackageMessages.VerifyCommand_unreadable, xmi, e.getMessage()));
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException e) {
					// a temporary file left behind does not change the verdict
				}
			}
		}
	}
}
