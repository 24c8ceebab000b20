package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao demo}: the whole job on the 2023 党政办公室 reference sample. Opens the store (the
 * embedded one in {@code ~/.jixiao/db} unless {@code --db} says otherwise), loads the sample into it
 * when it is not there yet, scores the stored evaluation, renders the 自评报告 and the 自评表 as PDF,
 * DOCX and XLSX into {@code ./out/}, and prints the paths, the total and the grade. Progress goes to
 * stderr. With {@code --projects} it also stores the reference department's nine (illustrative) project
 * evaluations that are not stored yet, for {@code jixiao projects ID}. Exit code 0 when done, 1 when the store or the rendering fails.
 */
@Command(name = "demo")
final class DemoCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Mixin
	private StoreOptions store;

	@Option(names = "--out", paramLabel = "DIR", defaultValue = "out", descriptionKey = "demo.out")
	private Path out;

	@Option(names = "--projects", descriptionKey = "demo.projects")
	private boolean projects;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		PrintWriter stdout = spec.commandLine().getOut();
		Optional<Evaluation> loaded = StoreCommands.withStore(spec, store, opened -> {
			err.println(NLS.bind(Messages.DemoCommand_store, opened.location()));
			Evaluation sample = EvaluationResources.referenceSample();
			String department = sample.getDepartment().getName();
			Optional<Long> stored = Optional.empty();
			for (EvaluationSummary summary : opened.list(EvaluationQuery.all().department(department).year(sample.getFiscalYear()))) {
				if (summary.kind() == EvaluationKind.DEPARTMENT) {
					stored = Optional.of(summary.id());
					break;
				}
			}
			long id;
			if (stored.isPresent()) {
				id = stored.get();
				err.println(NLS.bind(Messages.DemoCommand_found, id));
			} else {
				id = opened.insert(sample, store.auditUser());
				err.println(NLS.bind(Messages.DemoCommand_loaded, id));
			}
			Evaluation evaluation = opened.load(id);
			if (projects) {
				List<String> storedCodes = StoredProjects.of(opened, evaluation).stream().map(e -> e.evaluation().getProjectCode()).toList();
				int added = 0;
				for (Evaluation project : EvaluationResources.referenceProjects()) {
					if (!storedCodes.contains(project.getProjectCode())) {
						opened.insert(project, store.auditUser());
						added++;
					}
				}
				err.println(NLS.bind(Messages.DemoCommand_projects, new Object[] { added, EvaluationResources.REFERENCE_PROJECTS.size(), id }));
			}
			return evaluation;
		});
		if (loaded.isEmpty()) {
			return StoreCommands.FAILED;
		}
		Evaluation evaluation = loaded.get();
		err.println(Messages.DemoCommand_scoring);
		ScoreSheet sheet = new EvaluationScorer(RuleSetService.getDefault().rulesOrDefault(evaluation)).score(evaluation);
		Path directory = out.toAbsolutePath();
		err.println(NLS.bind(Messages.DemoCommand_rendering, directory));
		List<Path> written;
		try {
			written = ReportCommand.render(evaluation, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX),
					directory, err);
		} catch (ReportException e) {
			err.println(NLS.bind(Messages.DemoCommand_failed, e.getMessage()));
			return StoreCommands.FAILED;
		} catch (OperationCanceledException e) {
			return StoreCommands.FAILED;
		}
		written.forEach(stdout::println);
		stdout.println(NLS.bind(Messages.DemoCommand_result, new Object[] { evaluation.getDepartment().getName(),
				evaluation.getFiscalYear(), sheet.total().toPlainString(), sheet.grade().officialTerm() }));
		return 0;
	}
}
