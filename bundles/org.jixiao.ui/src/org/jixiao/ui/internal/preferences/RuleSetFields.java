package org.jixiao.ui.internal.preferences;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.scoring.GradeBand;
import org.jixiao.core.scoring.QualitativeBand;
import org.jixiao.core.scoring.QualitativeGrade;
import org.jixiao.core.scoring.ReverseFormula;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.WeightTemplate;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.Fields;

/**
 * The numbers of a rule set as fields: default weights, the budget execution thresholds, the
 * over-achievement threshold, the reverse formula, the qualitative bands, the cap of late time
 * indicators, the grade minima and the decimals of a score. {@link #edited()} builds the rule set
 * they describe, or names the field that is wrong and why; the rule set's own checks give the reason
 * when the numbers do not fit together. Each field carries its key under {@link Fields#FEATURE}.
 */
final class RuleSetFields {

	/** Field keys, for tests. */
	static final String WEIGHT_BUDGET = "weights.budgetExecution"; //$NON-NLS-1$
	static final String WEIGHT_OUTPUT = "weights.output"; //$NON-NLS-1$
	static final String WEIGHT_BENEFIT = "weights.benefit"; //$NON-NLS-1$
	static final String WEIGHT_SATISFACTION = "weights.satisfaction"; //$NON-NLS-1$
	static final String EXECUTION_CAP = "budgetExecution.capPercent"; //$NON-NLS-1$
	static final String EXECUTION_EXPLANATION = "budgetExecution.explanationBelowPercent"; //$NON-NLS-1$
	static final String OVER_ACHIEVEMENT = "overAchievementPercent"; //$NON-NLS-1$
	static final String REVERSE_FORMULA = "reverseFormula"; //$NON-NLS-1$
	static final String PARTIAL_FROM = "qualitativeBands.partial"; //$NON-NLS-1$
	static final String ACHIEVED_FROM = "qualitativeBands.achieved"; //$NON-NLS-1$
	static final String LATE_CAP = "lateScoreCapPercent"; //$NON-NLS-1$
	static final String GRADE_PREFIX = "grades."; //$NON-NLS-1$
	static final String SCALE = "rounding.scale"; //$NON-NLS-1$

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Composite area;
	private final Runnable changed;
	private final Map<String, Text> numbers = new LinkedHashMap<>();
	private final Map<String, String> labels = new LinkedHashMap<>();
	private Combo reverse;
	private RuleSet shown;

	/**
	 * @param parent where the fields go
	 * @param changed told after every change of a field
	 */
	RuleSetFields(Composite parent, Runnable changed) {
		this.changed = changed;
		area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, true));
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
	}

	/** @return the composite of the fields */
	Control control() {
		return area;
	}

	/** @param rules the rule set whose numbers to show; the fields are built anew */
	void show(RuleSet rules) {
		shown = rules;
		for (Control child : area.getChildren()) {
			child.dispose();
		}
		numbers.clear();
		labels.clear();
		Group weights = group(Messages.Preferences_ruleWeights);
		number(weights, WEIGHT_BUDGET, Messages.Preferences_ruleWeightBudget, rules.weights().budgetExecution());
		number(weights, WEIGHT_OUTPUT, Messages.Preferences_ruleWeightOutput, rules.weights().output());
		number(weights, WEIGHT_BENEFIT, Messages.Preferences_ruleWeightBenefit, rules.weights().benefit());
		number(weights, WEIGHT_SATISFACTION, Messages.Preferences_ruleWeightSatisfaction, rules.weights().satisfaction());

		Group grades = group(Messages.Preferences_ruleGrades);
		for (GradeBand band : rules.gradeBands()) {
			if (band.minScore().signum() > 0) {
				number(grades, GRADE_PREFIX + band.grade().id(), NLS.bind(Messages.Preferences_ruleGradeMin, band.grade().label()),
						band.minScore());
			}
		}
		number(grades, SCALE, Messages.Preferences_ruleScale, BigDecimal.valueOf(rules.scale()));

		Group execution = group(Messages.Preferences_ruleExecution);
		number(execution, EXECUTION_CAP, Messages.Preferences_ruleExecutionCap, rules.executionCapPercent());
		number(execution, EXECUTION_EXPLANATION, Messages.Preferences_ruleExecutionExplanation, rules.executionExplanationPercent());
		number(execution, OVER_ACHIEVEMENT, Messages.Preferences_ruleOverAchievement, rules.overAchievementPercent());
		number(execution, LATE_CAP, Messages.Preferences_ruleLateCap, rules.lateScoreCapPercent());

		Group qualitative = group(Messages.Preferences_ruleQualitative);
		number(qualitative, ACHIEVED_FROM, NLS.bind(Messages.Preferences_ruleBandFrom, QualitativeGrade.ACHIEVED.label()),
				rules.band(QualitativeGrade.ACHIEVED).fromPercent());
		number(qualitative, PARTIAL_FROM, NLS.bind(Messages.Preferences_ruleBandFrom, QualitativeGrade.PARTIAL.label()),
				rules.band(QualitativeGrade.PARTIAL).fromPercent());
		new Label(qualitative, SWT.NONE).setText(Messages.Preferences_ruleReverse);
		reverse = new Combo(qualitative, SWT.READ_ONLY);
		reverse.setData(Fields.FEATURE, REVERSE_FORMULA);
		for (ReverseFormula formula : ReverseFormula.values()) {
			reverse.add(formula == ReverseFormula.LINEAR ? Messages.Preferences_ruleReverseLinear : Messages.Preferences_ruleReverseRatio);
		}
		reverse.select(rules.reverseFormula().ordinal());
		reverse.addListener(SWT.Selection, event -> changed.run());
		area.layout(true, true);
	}

	/**
	 * @return the rule set the fields describe, with the id, name and rounding mode of the one shown
	 * @throws IllegalArgumentException with a message naming the wrong field, or the rule set's own
	 *             reason when the numbers do not fit together
	 */
	RuleSet edited() {
		List<GradeBand> grades = new ArrayList<>();
		for (GradeBand band : shown.gradeBands()) {
			grades.add(band.minScore().signum() > 0 ? new GradeBand(band.grade(), value(GRADE_PREFIX + band.grade().id())) : band);
		}
		BigDecimal partial = value(PARTIAL_FROM);
		BigDecimal achieved = value(ACHIEVED_FROM);
		List<QualitativeBand> bands = List.of(new QualitativeBand(QualitativeGrade.NOT_ACHIEVED, BigDecimal.ZERO, partial),
				new QualitativeBand(QualitativeGrade.PARTIAL, partial, achieved),
				new QualitativeBand(QualitativeGrade.ACHIEVED, achieved, HUNDRED));
		int scale;
		try {
			scale = value(SCALE).intValueExact();
		} catch (ArithmeticException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Preferences_ruleNotWhole, labels.get(SCALE)), e);
		}
		WeightTemplate weights = new WeightTemplate(value(WEIGHT_BUDGET), value(WEIGHT_OUTPUT), value(WEIGHT_BENEFIT),
				value(WEIGHT_SATISFACTION));
		BigDecimal cap = value(EXECUTION_CAP);
		BigDecimal explanation = value(EXECUTION_EXPLANATION);
		BigDecimal over = value(OVER_ACHIEVEMENT);
		BigDecimal late = value(LATE_CAP);
		try {
			return new RuleSet(shown.id(), shown.name(), weights, cap, explanation, over,
					ReverseFormula.values()[reverse.getSelectionIndex()], bands, late, grades, scale, shown.roundingMode(),
					shown.projectWeights());
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(withLabels(e.getMessage()), e);
		}
	}

	/** The rule set names a percentage by its JSON key; the officer knows it by its label. */
	private String withLabels(String message) {
		return message.replace("executionCapPercent", labels.get(EXECUTION_CAP)) //$NON-NLS-1$
				.replace("executionExplanationPercent", labels.get(EXECUTION_EXPLANATION)) //$NON-NLS-1$
				.replace("overAchievementPercent", labels.get(OVER_ACHIEVEMENT)) //$NON-NLS-1$
				.replace("lateScoreCapPercent", labels.get(LATE_CAP)); //$NON-NLS-1$
	}

	private Group group(String title) {
		Group group = new Group(area, SWT.NONE);
		group.setText(title);
		group.setLayout(new GridLayout(2, false));
		group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		return group;
	}

	private void number(Composite parent, String key, String label, BigDecimal value) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.RIGHT);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = 60;
		text.setLayoutData(data);
		text.setText(value.toPlainString());
		text.setData(Fields.FEATURE, key);
		text.addListener(SWT.Modify, event -> changed.run());
		numbers.put(key, text);
		labels.put(key, label);
	}

	private BigDecimal value(String key) {
		String text = numbers.get(key).getText().strip();
		try {
			return new BigDecimal(text);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Preferences_ruleNotNumber, labels.get(key), text), e);
		}
	}
}
