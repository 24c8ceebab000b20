package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.core.validation.ProjectReconciliation.Finding;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code jixiao projects ID}: the budget projects of the stored department evaluation ID with their
 * project evaluations (项目支出绩效自评): 全年预算数, 全年执行数, 执行率, score, grade and the evaluation's id,
 * then the reconciliation of the department's budget with the projects' budget blocks (a warning names
 * each project whose amounts differ, with both values). Exit code 0 when listed (warnings or not), 1
 * when the store fails, 2 when ID is a project evaluation.
 */
@Command(name = "projects")
final class ProjectsCommand extends StoreCommands.StoreCommand {

	private static final String DASH = "—"; //$NON-NLS-1$

	@Parameters(index = "0", paramLabel = "ID", descriptionKey = "projects.id")
	long id;

	@Override
	int run(EvaluationStore opened, PrintWriter out, PrintWriter err) throws StoreException {
		Evaluation department = opened.load(id);
		if (department.getKind() != EvaluationKind.DEPARTMENT) {
			err.println(NLS.bind(Messages.ProjectsCommand_notDepartment, id, department.getProjectName()));
			return StoreCommands.BAD_INPUT;
		}
		List<StoredProjects.Entry> entries = StoredProjects.of(opened, department);
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { Messages.ProjectsCommand_project, Messages.ProjectsCommand_code, Messages.ProjectsCommand_budget,
				Messages.ProjectsCommand_executed, Messages.ProjectsCommand_rate, Messages.ProjectsCommand_score,
				Messages.ProjectsCommand_grade, Messages.ProjectsCommand_id });
		List<BudgetProject> projects = department.getBudget() == null ? List.of() : department.getBudget().getProjects();
		int evaluated = 0;
		for (BudgetProject project : projects) {
			Optional<StoredProjects.Entry> entry = entries.stream()
					.filter(e -> project.getCode() != null && project.getCode().equals(e.evaluation().getProjectCode())).findFirst();
			if (entry.isEmpty()) {
				rows.add(new String[] { project.getName(), dash(project.getCode()), ProjectReconciliation.yuan(orZero(project.getAdjustedBudget())),
						ProjectReconciliation.yuan(orZero(project.getExecuted())), DASH, DASH, DASH, DASH });
				continue;
			}
			evaluated++;
			Evaluation evaluation = entry.get().evaluation();
			ScoreSheet sheet = new EvaluationScorer(RuleSetService.getDefault().rulesOrDefault(evaluation)).score(evaluation);
			BigDecimal rate = ScoreTable.rate(evaluation);
			rows.add(new String[] { project.getName(), project.getCode(),
					ProjectReconciliation.yuan(orZero(evaluation.getBudget() == null ? null : evaluation.getBudget().getAdjustedBudget())),
					ProjectReconciliation.yuan(orZero(evaluation.getBudget() == null ? null : evaluation.getBudget().getExecuted())),
					rate == null ? DASH : rate.toPlainString() + "%", sheet.total().toPlainString(), sheet.grade().label(), //$NON-NLS-1$
					String.valueOf(entry.get().id()) });
		}
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], ScoreTable.width(row[i]));
			}
		}
		for (String[] row : rows) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < row.length; i++) {
				line.append(ScoreTable.pad(row[i], widths[i], i >= 2)).append("  "); //$NON-NLS-1$
			}
			out.println(line.toString().stripTrailing());
		}
		List<Finding> findings = ProjectReconciliation.check(department, entries.stream().map(StoredProjects.Entry::evaluation).toList());
		long warnings = findings.stream().filter(Finding::isWarning).count();
		if (!findings.isEmpty()) {
			out.println();
			for (Finding finding : findings) {
				out.println(NLS.bind(finding.isWarning() ? Messages.ProjectsCommand_warning : Messages.ProjectsCommand_note, finding.message()));
			}
		}
		err.println(NLS.bind(Messages.ProjectsCommand_summary, new Object[] { projects.size(), evaluated, warnings }));
		return 0;
	}

	private static String dash(String text) {
		return text == null || text.isBlank() ? DASH : text;
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
