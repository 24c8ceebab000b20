package org.jixiao.core.validation;

/**
 * The kinds of problem validation reports, one per constraint of the metamodel; {@link #code()} is
 * the diagnostic's code and {@link #key()} names the constraint as {@code Class.constraint}.
 */
public enum EvaluationProblem {
	/** Budget weight + Σ 一级 weights ≠ 100. */
	WEIGHTS_SUM_TO_HUNDRED("Evaluation.weightsSumToHundred"), //$NON-NLS-1$
	/** The evaluation names a rule set that does not exist. */
	UNKNOWN_RULE_SET("Evaluation.ruleSetKnown"), //$NON-NLS-1$
	/** 年度资金总额 ≠ the sum of a breakdown; or 全年预算数 is 0. */
	BREAKDOWNS_ADD_UP("Budget.breakdownsAddUp"), //$NON-NLS-1$
	/** Low execution or a mid-year adjustment without an explanation. */
	ADJUSTMENT_EXPLAINED("Budget.adjustmentExplained"), //$NON-NLS-1$
	/** Σ 二级 weights ≠ the 一级 weight. */
	SUBCATEGORY_WEIGHTS_SUM("IndicatorCategory.subcategoryWeightsSum"), //$NON-NLS-1$
	/** Σ 三级 weights ≠ the 二级 weight. */
	INDICATOR_WEIGHTS_SUM("IndicatorSubcategory.indicatorWeightsSum"), //$NON-NLS-1$
	/** A weight missing, zero or negative. */
	WEIGHT_POSITIVE("Indicator.weightPositive"), //$NON-NLS-1$
	/** A missing or unparseable 年度指标值. */
	TARGET_PARSES("Indicator.targetParses"), //$NON-NLS-1$
	/** A missing or unparseable 实际完成值. */
	ACTUAL_PARSES("Indicator.actualParses"), //$NON-NLS-1$
	/** An actual in a unit of another dimension than the target's. */
	UNITS_COMPATIBLE("Indicator.unitsCompatible"), //$NON-NLS-1$
	/** The rules leave the score to the officer, who has not set it. */
	SCORE_DETERMINED("Indicator.scoreDetermined"), //$NON-NLS-1$
	/** An officer's score outside the qualitative grade's band. */
	QUALITATIVE_SCORE_IN_BAND("Indicator.qualitativeScoreInBand"), //$NON-NLS-1$
	/** A deviation, over-achievement or adjustment without 偏差原因分析. */
	DEVIATION_EXPLAINED("Indicator.deviationExplained"), //$NON-NLS-1$
	/** An officer's score without a reason, outside [0, w] or above the late cap. */
	ADJUSTMENT_VALID("Indicator.adjustmentValid"), //$NON-NLS-1$
	/** An imported 得分 that differs from the computed score. */
	STATED_SCORE_MATCHES("Indicator.statedScoreMatches"), //$NON-NLS-1$
	/** A number of the narrative that differs from the table's ({@link NarrativeCrossCheck}). */
	NARRATIVE_AGREES("Evaluation.narrativeAgrees"), //$NON-NLS-1$
	/** An actual value entered by hand that differs from what the module's ledger computes. */
	LEDGER_AGREES("Indicator.ledgerAgrees"); //$NON-NLS-1$

	private final String key;

	EvaluationProblem(String key) {
		this.key = key;
	}

	/** @return the diagnostic code: 1 + the ordinal */
	public int code() {
		return ordinal() + 1;
	}

	/** @return the constraint, as {@code Class.constraint} */
	public String key() {
		return key;
	}

	/**
	 * @param code a diagnostic code of {@link EvaluationRulesValidator#DIAGNOSTIC_SOURCE}
	 * @return the problem with that code
	 * @throws IllegalArgumentException for an unknown code
	 */
	public static EvaluationProblem ofCode(int code) {
		EvaluationProblem[] all = values();
		if (code < 1 || code > all.length) {
			throw new IllegalArgumentException("unknown problem code " + code); //$NON-NLS-1$
		}
		return all[code - 1];
	}
}
