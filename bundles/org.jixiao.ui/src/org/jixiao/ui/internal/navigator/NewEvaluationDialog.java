package org.jixiao.ui.internal.navigator;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.modules.EvaluationTemplates;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * Asks for the department, the year, the rule set and the modules of a new evaluation, and builds it
 * from the chosen modules' standard templates ({@link EvaluationTemplates#newEvaluation}).
 */
public final class NewEvaluationDialog extends Dialog {

	/** The data key naming the dialog's fields, for tests: department, year, ruleSet, module:ID. */
	public static final String FIELD = "org.jixiao.ui.newEvaluation.field"; //$NON-NLS-1$

	private final String defaultRuleSet;
	private final String preparer;
	private final List<IndicatorModule> modules;
	private final List<Button> moduleChecks = new ArrayList<>();
	private Text department;
	private Spinner year;
	private Combo ruleSet;
	private Label error;
	private Evaluation evaluation;

	/**
	 * @param shell the parent shell
	 * @param defaultRuleSet the rule set proposed
	 * @param preparer the preparer of the new evaluation
	 * @param modules the installed modules, offered checked
	 */
	public NewEvaluationDialog(Shell shell, String defaultRuleSet, String preparer, List<IndicatorModule> modules) {
		super(shell);
		this.defaultRuleSet = defaultRuleSet;
		this.preparer = preparer;
		this.modules = modules;
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
		department.setData(FIELD, "department"); //$NON-NLS-1$
		GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
		wide.widthHint = 360;
		department.setLayoutData(wide);
		new Label(area, SWT.NONE).setText(Messages.OverviewPage_year);
		year = new Spinner(area, SWT.BORDER);
		year.setData(FIELD, "year"); //$NON-NLS-1$
		year.setValues(Year.now().getValue() - 1, 2000, 2100, 0, 1, 10);
		new Label(area, SWT.NONE).setText(Messages.OverviewPage_ruleSet);
		ruleSet = new Combo(area, SWT.READ_ONLY);
		ruleSet.setData(FIELD, "ruleSet"); //$NON-NLS-1$
		ruleSet.setItems(RuleSetService.getDefault().availableIds().toArray(String[]::new));
		ruleSet.setText(RuleSetService.getDefault().availableIds().contains(defaultRuleSet) ? defaultRuleSet : RuleSets.MOF_2020);
		Group group = new Group(area, SWT.NONE);
		group.setText(Messages.NewEvaluation_modules);
		group.setLayout(new GridLayout(1, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		for (IndicatorModule module : modules) {
			Button check = new Button(group, SWT.CHECK);
			check.setText(NLS.bind(Messages.NewEvaluation_module, module.name(), String.join("、", module.businessLines()))); //$NON-NLS-1$
			check.setData(FIELD, "module:" + module.id()); //$NON-NLS-1$
			check.setSelection(true);
			moduleChecks.add(check);
		}
		if (modules.isEmpty()) {
			new Label(group, SWT.WRAP).setText(Messages.NewEvaluation_noModules);
		}
		error = new Label(area, SWT.WRAP);
		error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return area;
	}

	@Override
	protected void okPressed() {
		List<IndicatorModule> chosen = new ArrayList<>();
		for (int i = 0; i < modules.size(); i++) {
			if (moduleChecks.get(i).getSelection()) {
				chosen.add(modules.get(i));
			}
		}
		try {
			evaluation = create(department.getText(), year.getSelection(), ruleSet.getText(), chosen, preparer);
		} catch (IllegalArgumentException e) {
			error.setText(e.getMessage());
			error.getParent().layout();
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
	 * Builds a new draft the way the dialog does.
	 *
	 * @param departmentName the department
	 * @param fiscalYear the year
	 * @param ruleSetId the rule set
	 * @param chosen the modules whose standard templates make the indicator table
	 * @param preparedBy the preparer
	 * @return the new draft
	 * @throws IllegalArgumentException when the department is blank, no module is chosen or the
	 *             chosen modules have no standard template; the message says which, for the officer
	 */
	public static Evaluation create(String departmentName, int fiscalYear, String ruleSetId, List<IndicatorModule> chosen,
			String preparedBy) {
		if (departmentName.isBlank()) {
			throw new IllegalArgumentException(Messages.NewEvaluation_departmentMissing);
		}
		if (chosen.isEmpty()) {
			throw new IllegalArgumentException(Messages.NewEvaluation_modulesMissing);
		}
		Evaluation evaluation = EvaluationTemplates.newEvaluation(departmentName.strip(), fiscalYear, chosen);
		evaluation.setRuleSetId(ruleSetId);
		evaluation.setPreparer(preparedBy);
		evaluation.setFormatId(JixiaoPreferences.newEvaluationFormatId(InstanceScope.INSTANCE.getNode(JixiaoPreferences.NODE), EvaluationKind.DEPARTMENT));
		return evaluation;
	}
}
