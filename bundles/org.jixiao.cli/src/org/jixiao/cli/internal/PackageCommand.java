package org.jixiao.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.EvidenceFile;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportOptions;
import org.jixiao.report.SubmissionPackage;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao package ID --out DIR [--draft]}: the submission package of a stored evaluation, one
 * zip with the 自评报告 (PDF, DOCX), the 自评表 (PDF, XLSX), the evaluation as XMI, its evidence files
 * (佐证材料, streamed from the store) and the manifest
 * ({@link SubmissionPackage}, which also writes it). Only a final evaluation without errors is packaged, unless
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

	@Option(names = "--evidence-counts", descriptionKey = "report.evidenceCounts")
	private boolean evidenceCounts;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try (EvaluationStore opened = store.open()) {
			return write(opened, err);
		} catch (StoreException e) {
			return StoreCommands.failed(spec, e);
		}
	}

	private int write(EvaluationStore opened, PrintWriter err) throws StoreException {
		Evaluation evaluation = opened.load(id);
		List<EvidenceFile> evidence = EvidenceCommand.files(opened.evidence().list(id));
		RuleSet rules;
		try {
			rules = RuleSetService.getDefault().rulesFor(evaluation);
		} catch (RuleSetException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_refused, id, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		}
		SubmissionPackage.Refusal refusal = SubmissionPackage.refusal(evaluation, rules);
		if (!draft && refusal != null) {
			err.println(NLS.bind(PackageMessages.PackageCommand_refused, id, refusal == SubmissionPackage.Refusal.HAS_ERRORS
					? PackageMessages.PackageCommand_hasErrors : PackageMessages.PackageCommand_notFinal));
			return StoreCommands.BAD_INPUT;
		}
		Path directory = out.toAbsolutePath();
		try {
			Path zip = SubmissionPackage.write(new EvaluationReports(ReportCommand.renderer()), evaluation, rules, draft, store.auditUser(),
					directory, ReportOptions.defaults().withEvidenceCounts(evidenceCounts), evidence, EvidenceCommand.content(opened),
					new ReportCommand.StderrProgress(err));
			spec.commandLine().getOut().println(zip);
			return 0;
		} catch (ReportException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_failed, e.getMessage()));
			return StoreCommands.FAILED;
		} catch (IOException | EvaluationFileException e) {
			err.println(NLS.bind(PackageMessages.PackageCommand_unwritable, directory, e.getMessage()));
			return StoreCommands.BAD_INPUT;
		}
	}
}
