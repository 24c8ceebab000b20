package org.jixiao.ui.internal.editor;

import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.emf.databinding.FeaturePath;
import org.eclipse.emf.databinding.edit.EMFEditProperties;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.databinding.viewers.typed.ViewerProperties;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.ui.internal.Messages;

/**
 * 概况: department, year, rule set, preparer and status; a project evaluation's header first: its kind,
 * 项目名称, 项目编码, 主管部门 and 实施单位, each with its code as published.
 */
final class OverviewPage implements EditorPage {

	private final PageContext context;
	private Text department;
	private Text projectName;
	private Text projectCode;
	private Text competent;
	private Text competentCode;
	private Text unitCode;
	private Text year;
	private Combo ruleSet;
	private Text preparer;
	private Label score;

	OverviewPage(PageContext context) {
		this.context = context;
	}

	@Override
	public String title() {
		return Messages.OverviewPage_title;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Control createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Evaluation evaluation = context.evaluation();
		var bindings = context.session().bindings();
		boolean project = evaluation.getKind() != EvaluationKind.DEPARTMENT;
		if (project) {
			new Label(page, SWT.NONE).setText(Messages.OverviewPage_kind);
			new Label(page, SWT.NONE).setText(evaluation.getKind() == EvaluationKind.CARRIED_OVER ? Messages.OverviewPage_carriedOver
					: Messages.OverviewPage_project);
			projectName = Fields.text(page, Messages.OverviewPage_projectName, SWT.SINGLE);
			Fields.bind(bindings, projectName, value(Literals.EVALUATION__PROJECT_NAME), Literals.EVALUATION__PROJECT_NAME);
			projectCode = Fields.text(page, Messages.OverviewPage_projectCode, SWT.SINGLE);
			Fields.bind(bindings, projectCode, value(Literals.EVALUATION__PROJECT_CODE), Literals.EVALUATION__PROJECT_CODE);
			competent = departmentField(page, Messages.OverviewPage_competent, Literals.DEPARTMENT__COMPETENT_DEPARTMENT);
			competentCode = departmentField(page, Messages.OverviewPage_competentCode, Literals.DEPARTMENT__COMPETENT_DEPARTMENT_CODE);
		}
		department = departmentField(page, project ? Messages.OverviewPage_unit : Messages.OverviewPage_department, Literals.DEPARTMENT__NAME);
		if (project) {
			unitCode = departmentField(page, Messages.OverviewPage_unitCode, Literals.DEPARTMENT__CODE);
		}
		year = Fields.text(page, Messages.OverviewPage_year, SWT.SINGLE);
		Fields.bind(bindings, year, value(Literals.EVALUATION__FISCAL_YEAR), Literals.EVALUATION__FISCAL_YEAR);

		new Label(page, SWT.NONE).setText(Messages.OverviewPage_ruleSet);
		ruleSet = new Combo(page, SWT.DROP_DOWN | SWT.BORDER);
		ruleSet.setItems(RuleSetService.getDefault().availableIds().toArray(String[]::new));
		ruleSet.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ruleSet.setData(Fields.FEATURE, Literals.EVALUATION__RULE_SET_ID.getName());
		bindings.bindValue((IObservableValue) WidgetProperties.text().observe(ruleSet), value(Literals.EVALUATION__RULE_SET_ID));

		preparer = Fields.text(page, Messages.OverviewPage_preparer, SWT.SINGLE);
		Fields.bind(bindings, preparer, value(Literals.EVALUATION__PREPARER), Literals.EVALUATION__PREPARER);

		new Label(page, SWT.NONE).setText(Messages.OverviewPage_status);
		ComboViewer status = new ComboViewer(page, SWT.READ_ONLY);
		status.setContentProvider(ArrayContentProvider.getInstance());
		status.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element == EvaluationStatus.FINAL ? Messages.Status_final : Messages.Status_draft;
			}
		});
		status.setInput(EvaluationStatus.VALUES);
		status.getControl().setData(Fields.FEATURE, Literals.EVALUATION__STATUS.getName());
		bindings.bindValue((IObservableValue) ViewerProperties.singleSelection().observe(status), value(Literals.EVALUATION__STATUS));

		new Label(page, SWT.NONE).setText(Messages.OverviewPage_score);
		score = new Label(page, SWT.NONE);
		score.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return page;
	}

	/** A field of the evaluation's department (实施单位 of a project evaluation), which the evaluation's header holds. */
	private Text departmentField(Composite page, String label, EAttribute attribute) {
		Text text = Fields.text(page, label, SWT.SINGLE);
		Fields.bind(context.session().bindings(), text, EMFEditProperties.value(context.domain(),
				FeaturePath.fromList(Literals.EVALUATION__DEPARTMENT, attribute)).observe(context.evaluation()), attribute);
		return text;
	}

	private IObservableValue<?> value(EAttribute attribute) {
		return EMFEditProperties.value(context.domain(), attribute).observe(context.evaluation());
	}

	@Override
	public void scored(ScoreSheet sheet) {
		score.setText(ScorePage.totalText(sheet));
	}

	@Override
	public boolean reveal(EObject object, EStructuralFeature feature) {
		if (!(object instanceof Evaluation) && !(object instanceof org.jixiao.model.evaluation.Department)) {
			return false;
		}
		Control field = feature == Literals.EVALUATION__FISCAL_YEAR ? year
				: feature == Literals.EVALUATION__RULE_SET_ID ? ruleSet
						: feature == Literals.EVALUATION__PREPARER ? preparer
								: feature == Literals.EVALUATION__PROJECT_NAME ? projectName
										: feature == Literals.EVALUATION__PROJECT_CODE ? projectCode
												: feature == Literals.DEPARTMENT__COMPETENT_DEPARTMENT ? competent
														: feature == Literals.DEPARTMENT__COMPETENT_DEPARTMENT_CODE ? competentCode
																: feature == Literals.DEPARTMENT__CODE ? unitCode : department;
		(field == null ? department : field).setFocus();
		return true;
	}

	@Override
	public void dispose() {
		// the session's binding context holds this page's bindings and is disposed with it
	}
}
