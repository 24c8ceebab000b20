package org.jixiao.ui.internal.navigator;

import java.math.BigDecimal;
import java.time.Year;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.ui.internal.Messages;

/**
 * Asks for the department, the year and the rule set of a new evaluation, and builds it with the
 * rule set's weight template: the budget row and the three 一级 groups, each with one 二级 group and
 * one empty indicator to start from.
 */
public final class NewEvaluationDialog extends Dialog {

	private final String defaultRuleSet;
	private final String preparer;
	private Text department;
	private Spinner year;
	private Combo ruleSet;
	private Label error;
	private Evaluation evaluation;

	/**
	 * @param shell the parent shell
	 * @param defaultRuleSet the rule set proposed
	 * @param preparer the preparer of the new evaluation
	 */
	public NewEvaluationDialog(Shell shell, String defaultRuleSet, String preparer) {
		super(shell);
		this.defaultRuleSet = defaultRuleSet;
		this.preparer = preparer;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.NewEvaluation_title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		new Label(area, SWT.NONE).setText(Messages.OverviewPage_department);
		department = new Text(area, SWT.BORDER);
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 320;
		department.setLayoutData(wide);
		new Label(area, SWT.NONE).setText(Messages.OverviewPage_year);
		year = new Spinner(area, SWT.BORDER);
		year.setValues(Year.now().getValue() - 1, 2000, 2100, 0, 1, 10);
		new Label(area, SWT.NONE).setText(Messages.OverviewPage_ruleSet);
		ruleSet = new Combo(area, SWT.READ_ONLY);
		ruleSet.setItems(RuleSets.builtInIds().toArray(String[]::new));
		ruleSet.setText(RuleSets.builtInIds().contains(defaultRuleSet) ? defaultRuleSet : RuleSets.MOF_2020);
		error = new Label(area, SWT.WRAP);
		error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void okPressed() {
		if (department.getText().isBlank()) {
			error.setText(Messages.NewEvaluation_departmentMissing);
			return;
		}
		try {
			evaluation = create(department.getText().strip(), year.getSelection(), RuleSets.builtIn(ruleSet.getText()), preparer);
		} catch (RuleSetException e) {
			error.setText(e.getMessage());
			return;
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.NewEvaluation_create, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	/** @return the evaluation built when the dialog was confirmed */
	public Evaluation evaluation() {
		return evaluation;
	}

	/**
	 * @param departmentName the department
	 * @param fiscalYear the year
	 * @param rules the rule set, whose weight template gives the weights
	 * @param preparedBy the preparer
	 * @return a new draft evaluation
	 */
	static Evaluation create(String departmentName, int fiscalYear, RuleSet rules, String preparedBy) {
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		Department department = factory.createDepartment();
		department.setName(departmentName);
		evaluation.setDepartment(department);
		evaluation.setFiscalYear(fiscalYear);
		evaluation.setRuleSetId(rules.id());
		evaluation.setPreparer(preparedBy);
		Budget budget = factory.createBudget();
		budget.setWeight(rules.weights().budgetExecution());
		evaluation.setBudget(budget);
		category(evaluation, Messages.NewEvaluation_output, Messages.NewEvaluation_quantity, rules.weights().output());
		category(evaluation, Messages.NewEvaluation_benefit, Messages.NewEvaluation_social, rules.weights().benefit());
		category(evaluation, Messages.NewEvaluation_satisfaction, Messages.NewEvaluation_serviceSatisfaction,
				rules.weights().satisfaction());
		return evaluation;
	}

	private static void category(Evaluation evaluation, String name, String subName, BigDecimal weight) {
		if (weight.signum() == 0) {
			return;
		}
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		IndicatorCategory category = factory.createIndicatorCategory();
		category.setName(name);
		category.setWeight(weight);
		IndicatorSubcategory subcategory = factory.createIndicatorSubcategory();
		subcategory.setName(subName);
		subcategory.setWeight(weight);
		Indicator indicator = factory.createIndicator();
		indicator.setName(Messages.ModulePage_newIndicator);
		indicator.setWeight(weight);
		subcategory.getIndicators().add(indicator);
		category.getSubcategories().add(subcategory);
		evaluation.getCategories().add(category);
	}
}
