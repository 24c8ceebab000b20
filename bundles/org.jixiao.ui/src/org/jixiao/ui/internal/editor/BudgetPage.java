package org.jixiao.ui.internal.editor;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.databinding.viewers.ObservableListContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.validation.ProjectReconciliation.Finding;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.ui.internal.Messages;

/**
 * 预算执行: the 年度资金总额 row with its live rate and score, the breakdowns (a project evaluation's
 * 本年财政拨款 / 上年结转资金 / 其他资金) and, for a department's evaluation, its budget projects, each
 * with its project evaluation's score (opened or created from here) and the reconciliation's
 * warnings above them.
 */
final class BudgetPage implements EditorPage {

	private final PageContext context;
	private Text initial;
	private Text adjusted;
	private Text executed;
	private Text weight;
	private Text explanation;
	private Label rate;
	private Label score;
	private Label status;
	private TableViewer breakdowns;
	private TableViewer projects;
	/** The reconciliation's warnings: the budget projects whose amounts differ from their evaluations'. */
	private Label reconciliation;
	private boolean refreshPending;

	BudgetPage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.BudgetPage_title;
	}

	@Override
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout());
		Budget budget = context.evaluation().getBudget();
		if (budget == null) {
			new Label(page, SWT.NONE).setText(Messages.BudgetPage_none);
			return page;
		}
		Group total = new Group(page, SWT.NONE);
		total.setText(Messages.BudgetPage_total);
		total.setLayout(new GridLayout(4, false));
		total.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		initial = field(total, budget, Literals.AMOUNTS__INITIAL_BUDGET, Messages.Column_initialBudget, SWT.SINGLE);
		adjusted = field(total, budget, Literals.AMOUNTS__ADJUSTED_BUDGET, Messages.Column_adjustedBudget, SWT.SINGLE);
		executed = field(total, budget, Literals.AMOUNTS__EXECUTED, Messages.Column_executed, SWT.SINGLE);
		weight = field(total, budget, Literals.BUDGET__WEIGHT, Messages.Column_weight, SWT.SINGLE);
		new Label(total, SWT.NONE).setText(Messages.BudgetPage_rate);
		rate = new Label(total, SWT.NONE);
		rate.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(total, SWT.NONE).setText(Messages.Column_score);
		score = new Label(total, SWT.WRAP);
		score.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		explanation = field(total, budget, Literals.BUDGET__EXPLANATION, Messages.BudgetPage_explanation,
				SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		((GridData) explanation.getLayoutData()).horizontalSpan = 3;

		status = new Label(page, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(page, SWT.NONE).setText(Messages.BudgetPage_breakdowns);
		breakdowns = table(page, budget, Literals.BUDGET__BREAKDOWNS);
		column(breakdowns, Messages.Column_label, 200, Literals.BUDGET_LINE__LABEL);
		column(breakdowns, Messages.Column_initialBudget, 140, Literals.AMOUNTS__INITIAL_BUDGET);
		column(breakdowns, Messages.Column_adjustedBudget, 140, Literals.AMOUNTS__ADJUSTED_BUDGET);
		column(breakdowns, Messages.Column_executed, 140, Literals.AMOUNTS__EXECUTED);
		Tables.column(breakdowns, Messages.BudgetPage_rate, 80, e -> percent((BudgetLine) e));

		if (!context.projects().applies()) {
			// a project evaluation's budget block has no projects of its own, but its amounts must agree with its budget project's
			reconciliation = reconciliationLabel(page);
			return page;
		}
		Composite buttons = new Composite(page, SWT.NONE);
		buttons.setLayout(new RowLayout());
		new Label(buttons, SWT.NONE).setText(Messages.BudgetPage_projects);
		Tables.button(buttons, Messages.BudgetPage_addProject, this::addProject);
		Tables.button(buttons, Messages.BudgetPage_removeProject, this::removeProject);
		Tables.button(buttons, Messages.Projects_open, () -> openOrCreate(EvaluationKind.PROJECT));
		Tables.button(buttons, Messages.Projects_openCarriedOver, () -> openOrCreate(EvaluationKind.CARRIED_OVER));
		reconciliation = reconciliationLabel(page);
		projects = table(page, budget, Literals.BUDGET__PROJECTS);
		column(projects, Messages.Column_project, 220, Literals.BUDGET_PROJECT__NAME);
		column(projects, Messages.ProjectsPage_code, 110, Literals.BUDGET_PROJECT__CODE);
		Tables.column(projects, Messages.Column_expenditureType, 80, e -> ((BudgetProject) e).getExpenditureType().getLiteral());
		column(projects, Messages.Column_initialBudget, 130, Literals.AMOUNTS__INITIAL_BUDGET);
		column(projects, Messages.Column_adjustedBudget, 130, Literals.AMOUNTS__ADJUSTED_BUDGET);
		column(projects, Messages.Column_executed, 130, Literals.AMOUNTS__EXECUTED);
		column(projects, Messages.Column_module, 110, Literals.BUDGET_PROJECT__MODULE_ID);
		Tables.column(projects, Messages.BudgetPage_projectEvaluation, 160, e -> context.projects().of((BudgetProject) e)
				.map(l -> NLS.bind(Messages.BudgetPage_projectScore, Fields.format(l.sheet().total()), l.sheet().grade().label()))
				.orElse(Messages.ProjectsPage_notEvaluated));
		projects.addDoubleClickListener(event -> {
			if (projects.getTable().getSelectionIndex() >= 0 && context.projects().of(selectedProject()).isPresent()) {
				openOrCreate(EvaluationKind.PROJECT);
			}
		});
		return page;
	}

	private static Label reconciliationLabel(Composite page) {
		Label label = new Label(page, SWT.WRAP);
		label.setData(Fields.FEATURE, "reconciliation"); //$NON-NLS-1$
		label.setForeground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return label;
	}

	private Text field(Composite parent, Budget budget, EAttribute attribute, String label, int style) {
		Text text = Fields.text(parent, label, style);
		Fields.bind(context.session().bindings(), text, EMFEditProperties.value(context.domain(), attribute).observe(budget), attribute);
		return text;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private TableViewer table(Composite parent, Budget budget, EReference reference) {
		TableViewer viewer = Tables.viewer(parent);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setData(Fields.FEATURE, reference.getName());
		viewer.setContentProvider(new ObservableListContentProvider<>());
		viewer.setInput(EMFEditProperties.list(context.domain(), reference).observe(budget));
		viewer.addSelectionChangedListener(event -> {
			if (event.getStructuredSelection().getFirstElement() instanceof EObject object) {
				context.selection().accept(object);
			}
		});
		return viewer;
	}

	private void column(TableViewer viewer, String title, int width, EAttribute attribute) {
		Function<Object, EObject> owner = EObject.class::cast;
		Tables.column(viewer, title, width, e -> ((EObject) e).eGet(attribute))
				.setEditingSupport(new FeatureEditingSupport(viewer, context.domain(), owner, attribute, title, this::status));
	}

	private void status(IStatus validation) {
		status.setText(validation.isOK() ? "" : validation.getMessage()); //$NON-NLS-1$
		status.getParent().layout();
	}

	private static String percent(BudgetLine line) {
		BigDecimal value = Fields.percent(line.getExecuted(), line.getAdjustedBudget());
		return value == null ? "—" : value.toPlainString() + "%"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void addProject() {
		BudgetProject project = EvaluationFactory.eINSTANCE.createBudgetProject();
		project.setName(Messages.BudgetPage_newProject);
		EditingDomain domain = context.domain();
		domain.getCommandStack().execute(AddCommand.create(domain, context.evaluation().getBudget(), Literals.BUDGET__PROJECTS, project));
		projects.setSelection(new StructuredSelection(project), true);
	}

	private BudgetProject selectedProject() {
		return projects.getStructuredSelection().getFirstElement() instanceof BudgetProject project ? project : null;
	}

	/** Opens the selected project's evaluation, creating it when there is none. */
	private void openOrCreate(EvaluationKind kind) {
		BudgetProject project = selectedProject();
		if (project == null) {
			status.setText(Messages.BudgetPage_chooseProject);
			status.getParent().layout();
			return;
		}
		context.projects().openOrCreate(project, kind);
	}

	private void removeProject() {
		if (projects.getStructuredSelection().getFirstElement() instanceof BudgetProject project) {
			EditingDomain domain = context.domain();
			domain.getCommandStack().execute(RemoveCommand.create(domain, project));
		}
	}

	@Override
	public void scored(ScoreSheet sheet) {
		Budget budget = context.evaluation().getBudget();
		if (budget == null || rate == null) {
			return;
		}
		BigDecimal percent = Fields.percent(budget.getExecuted(), budget.getAdjustedBudget());
		rate.setText(percent == null ? "—" : percent.toPlainString() + "%"); //$NON-NLS-1$ //$NON-NLS-2$
		score.setText(NLS.bind(Messages.BudgetPage_score, Fields.format(sheet.budget().score()), sheet.budget().explanation()));
		score.getParent().layout();
		if (!refreshPending) {
			refreshPending = true;
			score.getDisplay().asyncExec(() -> {
				refreshPending = false;
				if (!breakdowns.getControl().isDisposed()) {
					breakdowns.refresh();
				}
				if (projects != null && !projects.getControl().isDisposed()) {
					projects.refresh();
				}
				if (reconciliation != null && !reconciliation.isDisposed()) {
					List<Finding> findings = context.projects().findings().stream().filter(Finding::isWarning).toList();
					reconciliation.setText(findings.stream().map(Finding::message).collect(Collectors.joining("\n"))); //$NON-NLS-1$
					reconciliation.getParent().layout();
				}
			});
		}
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (object instanceof Budget) {
			Text field = feature == Literals.AMOUNTS__INITIAL_BUDGET ? initial
					: feature == Literals.AMOUNTS__ADJUSTED_BUDGET ? adjusted
							: feature == Literals.AMOUNTS__EXECUTED ? executed
									: feature == Literals.BUDGET__WEIGHT ? weight : explanation;
			field.setFocus();
			return true;
		}
		TableViewer viewer = object instanceof BudgetLine ? breakdowns : object instanceof BudgetProject && projects != null ? projects : null;
		if (viewer == null) {
			return false;
		}
		viewer.setSelection(new StructuredSelection(object), true);
		viewer.getControl().setFocus();
		return true;
	}

	@Override
	public void dispose() {
		// bindings belong to the session's context
	}
}
