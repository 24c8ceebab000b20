package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.core.validation.ProjectReconciliation.Finding;
import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EditorProjects.Linked;

/**
 * 项目总览, the department overview of a department's evaluation (部门整体): each budget project with its
 * project evaluation's 全年预算数, 全年执行数, 执行率, score, grade and state (or the budget's amounts and 未自评
 * where it has none), the project evaluations of the year that are not in the budget, the
 * reconciliation's warnings, and a chart of execution rate and score per project. A double-click (or
 * 打开/新建项目自评) opens a project's evaluation, creating it when there is none.
 */
final class ProjectsPage implements EditorPage {

	/**
	 * A line of the overview.
	 *
	 * @param project the budget project, or {@code null} for a project evaluation not in the budget
	 * @param linked its project evaluation, or {@code null} when it has none yet
	 */
	record Row(BudgetProject project, Linked linked) {

		String name() {
			return project != null ? project.getName() : linked.evaluation().getProjectName();
		}

		String code() {
			return project != null ? project.getCode() : linked.evaluation().getProjectCode();
		}

		/** The amounts of the project evaluation's budget block, else the budget project's. */
		Amounts amounts() {
			return linked != null && linked.evaluation().getBudget() != null ? linked.evaluation().getBudget() : project;
		}

		BigDecimal rate() {
			Amounts amounts = amounts();
			return amounts == null ? null : Fields.percent(amounts.getExecuted(), amounts.getAdjustedBudget());
		}

		BigDecimal score() {
			return linked == null ? null : linked.sheet().total();
		}
	}

	private final PageContext context;
	private TableViewer viewer;
	private Label summary;
	private Label warnings;
	private ProjectChart chart;
	private boolean refreshPending;

	ProjectsPage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.ProjectsPage_title;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		summary = new Label(page, SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new RowLayout());
		Tables.button(buttons, Messages.Projects_open, () -> openOrCreate(EvaluationKind.PROJECT));
		Tables.button(buttons, Messages.Projects_openCarriedOver, () -> openOrCreate(EvaluationKind.CARRIED_OVER));
		Tables.button(buttons, Messages.ProjectsPage_refresh, () -> context.projects().refresh());
		warnings = new Label(page, SWT.WRAP);
		warnings.setData(Fields.FEATURE, "reconciliation"); //$NON-NLS-1$
		warnings.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		warnings.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		SashForm sash = new SashForm(page, SWT.VERTICAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer = Tables.viewer(sash);
		viewer.getTable().setData(Fields.FEATURE, "projects"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		Tables.column(viewer, Messages.Column_project, 180, e -> ((Row) e).name());
		Tables.column(viewer, Messages.ProjectsPage_code, 110, e -> ((Row) e).code());
		Tables.column(viewer, Messages.Column_adjustedBudget, 120, e -> yuan(((Row) e).amounts(), ProjectReconciliation.Amount.ADJUSTED));
		Tables.column(viewer, Messages.Column_executed, 120, e -> yuan(((Row) e).amounts(), ProjectReconciliation.Amount.EXECUTED));
		Tables.column(viewer, Messages.BudgetPage_rate, 70, e -> percent(((Row) e).rate()));
		Tables.column(viewer, Messages.Column_score, 60, e -> ((Row) e).score());
		Tables.column(viewer, Messages.ProjectsPage_grade, 50, e -> ((Row) e).linked() == null ? null : ((Row) e).linked().sheet().grade().label());
		Tables.column(viewer, Messages.ProjectsPage_state, 150, e -> state((Row) e));
		viewer.addDoubleClickListener(event -> openOrCreate(EvaluationKind.PROJECT));
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof Row row && row.project() != null) {
				context.selection().accept(row.project());
			}
		});
		chart = new ProjectChart(sash);
		sash.setWeights(3, 2);
		show();
		return page;
	}

	private void openOrCreate(EvaluationKind kind) {
		if (viewer.getStructuredSelection().getFirstElement() instanceof Row row) {
			if (row.project() != null) {
				context.projects().openOrCreate(row.project(), kind);
			} else {
				context.projects().open(row.linked());
			}
		}
	}

	private static String yuan(Amounts amounts, ProjectReconciliation.Amount amount) {
		return amounts == null ? "—" : ProjectReconciliation.yuan(amount.of(amounts)); //$NON-NLS-1$
	}

	private static String percent(BigDecimal rate) {
		return rate == null ? "—" : rate.toPlainString() + "%"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String state(Row row) {
		if (row.linked() == null) {
			return Messages.ProjectsPage_notEvaluated;
		}
		String status = row.linked().evaluation().getStatus() == EvaluationStatus.FINAL ? Messages.Status_final : Messages.Status_draft;
		return NLS.bind(Messages.ProjectsPage_stateText, new Object[] { status, row.linked().entry().reviewState().displayName(),
				row.linked().entry().id() });
	}

	/** @return the lines: the budget projects in their order, then the project evaluations not in the budget */
	List<Row> rows() {
		EditorProjects projects = context.projects();
		List<Row> rows = new ArrayList<>();
		List<Linked> unmatched = new ArrayList<>(projects.linked());
		if (context.evaluation().getBudget() != null) {
			for (BudgetProject project : context.evaluation().getBudget().getProjects()) {
				Optional<Linked> linked = projects.of(project);
				linked.ifPresent(unmatched::remove);
				rows.add(new Row(project, linked.orElse(null)));
			}
		}
		unmatched.forEach(linked -> rows.add(new Row(null, linked)));
		return rows;
	}

	private void show() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Row> rows = rows();
		Object selected = viewer.getStructuredSelection().getFirstElement();
		viewer.setInput(rows);
		if (selected instanceof Row before) {
			rows.stream().filter(r -> r.project() == before.project() && Objects.equals(r.code(), before.code())).findFirst()
					.ifPresent(r -> viewer.setSelection(new StructuredSelection(r)));
		}
		long evaluated = rows.stream().filter(r -> r.linked() != null).count();
		summary.setText(context.projects().isRead() ? NLS.bind(Messages.ProjectsPage_summary, rows.size(), evaluated) : Messages.Projects_reading);
		List<Finding> findings = context.projects().findings().stream().filter(Finding::isWarning).toList();
		warnings.setText(findings.isEmpty() ? "" //$NON-NLS-1$
				: NLS.bind(Messages.ProjectsPage_warnings, findings.stream().map(Finding::message).collect(Collectors.joining("\n")))); //$NON-NLS-1$
		chart.setProjects(rows.stream().map(r -> new ProjectChart.Project(r.name(), r.rate(), r.score())).toList());
		summary.getParent().layout(true, true);
	}

	@Override
	public void scored(ScoreSheet sheet) {
		if (refreshPending || viewer == null) {
			return;
		}
		refreshPending = true;
		viewer.getControl().getDisplay().asyncExec(() -> {
			refreshPending = false;
			show();
		});
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		return false;
	}

	@Override
	public void dispose() {
		// the viewer goes with the page's control
	}
}
