package org.jixiao.core.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.scoring.ScoreFlag;
import org.jixiao.core.scoring.ScoreProblem;
import org.jixiao.core.scoring.Scorer;
import org.jixiao.core.value.ParseProblem;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.ValueFlag;
import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.WeightedGroup;
import org.jixiao.model.evaluation.util.EvaluationValidator;

/**
 * The rules of RULES.md §2–§8 behind the constraints named in the metamodel. It extends the
 * generated validator, whose constraint methods are empty, because the rules need the value parser
 * and the scoring engine of this bundle, which the model bundle cannot depend on. Each diagnostic
 * carries an {@link EvaluationProblem} code, the offending object and feature, and a message that
 * names the row path.
 * <p>
 * The rule set comes from the validation context under {@code RuleSet.class} when the caller sets
 * one, else from the evaluation's rule set id.
 */
public class EvaluationRulesValidator extends EvaluationValidator {

	/** The source of every diagnostic of this validator. */
	public static final String DIAGNOSTIC_SOURCE = "org.jixiao.core"; //$NON-NLS-1$

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal TOLERANCE = new BigDecimal("0.001"); //$NON-NLS-1$

	@Override
	public boolean validateEvaluation_weightsSumToHundred(Evaluation evaluation, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = ruleSet(evaluation, diagnostics, context).isPresent();
		BigDecimal sum = weight(evaluation.getBudget() == null ? null : evaluation.getBudget().getWeight());
		for (IndicatorCategory category : evaluation.getCategories()) {
			sum = sum.add(weight(category.getWeight()));
		}
		if (sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
			report(diagnostics, Diagnostic.ERROR, EvaluationProblem.WEIGHTS_SUM_TO_HUNDRED, evaluation, null,
					NLS.bind(Messages.Validator_weightsSumToHundred, plain(sum)));
			valid = false;
		}
		return valid;
	}

	@Override
	public boolean validateBudget_breakdownsAddUp(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Optional<ScoreSheet> sheet = sheet(budget, context);
		boolean valid = true;
		if (sheet.isPresent()) {
			for (ScoreProblem problem : sheet.get().budget().problems()) {
				if (problem.code() == ScoreProblem.Code.ZERO_BUDGET || problem.code() == ScoreProblem.Code.NEGATIVE_AMOUNT) {
					report(diagnostics, Diagnostic.ERROR, EvaluationProblem.BREAKDOWNS_ADD_UP, budget,
							Literals.AMOUNTS__ADJUSTED_BUDGET, problem.message());
					valid = false;
				}
			}
		}
		for (BudgetLine line : budget.getBreakdowns()) {
			valid &= notNegative(line, diagnostics);
		}
		for (BudgetProject project : budget.getProjects()) {
			valid &= notNegative(project, diagnostics);
		}
		BigDecimal total = weight(budget.getAdjustedBudget());
		Scorer scorer = new Scorer(sheet.map(ScoreSheet::rules).orElseGet(() -> RuleSetService.getDefault().builtIn(RuleSets.MOF_2020)));
		List<List<BigDecimal>> breakdowns = List.of(
				budget.getBreakdowns().stream().filter(l -> l.getCategory() == BudgetCategory.INCOME).map(BudgetLine::getAdjustedBudget).toList(),
				budget.getBreakdowns().stream().filter(l -> l.getCategory() == BudgetCategory.EXPENDITURE).map(BudgetLine::getAdjustedBudget).toList(),
				budget.getProjects().stream().map(BudgetProject::getAdjustedBudget).toList());
		List<String> names = List.of(Messages.Validator_incomeNature, Messages.Validator_expenditureNature, Messages.Validator_projects);
		for (int i = 0; i < breakdowns.size(); i++) {
			List<BigDecimal> parts = breakdowns.get(i).stream().map(EvaluationRulesValidator::weight).toList();
			if (parts.isEmpty()) {
				continue;
			}
			Optional<ScoreProblem> mismatch = scorer.checkBreakdown(total, parts);
			if (mismatch.isPresent()) {
				report(diagnostics, Diagnostic.WARNING, EvaluationProblem.BREAKDOWNS_ADD_UP, budget,
						Literals.BUDGET__BREAKDOWNS, names.get(i) + ": " + mismatch.get().message()); //$NON-NLS-1$
				valid = false;
			}
		}
		return valid;
	}

	@Override
	public boolean validateBudget_adjustmentExplained(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Optional<ScoreSheet> sheet = sheet(budget, context);
		if (sheet.isEmpty() || !sheet.get().budget().has(ScoreFlag.NEEDS_EXPLANATION) || !isBlank(budget.getExplanation())) {
			return true;
		}
		report(diagnostics, Diagnostic.ERROR, EvaluationProblem.ADJUSTMENT_EXPLAINED, budget, Literals.BUDGET__EXPLANATION,
				NLS.bind(Messages.Validator_budgetExplanationMissing, sheet.get().budget().explanation()));
		return false;
	}

	@Override
	public boolean validateIndicatorCategory_subcategoryWeightsSum(IndicatorCategory category, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (category.getWeight() == null || category.getSubcategories().isEmpty()) {
			return true;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (IndicatorSubcategory subcategory : category.getSubcategories()) {
			sum = sum.add(subcategory.getWeight() != null ? subcategory.getWeight()
					: subcategory.getIndicators().stream().map(Indicator::getWeight).map(EvaluationRulesValidator::weight)
							.reduce(BigDecimal.ZERO, BigDecimal::add));
		}
		return checkSum(category, sum, EvaluationProblem.SUBCATEGORY_WEIGHTS_SUM, diagnostics);
	}

	@Override
	public boolean validateIndicatorSubcategory_indicatorWeightsSum(IndicatorSubcategory subcategory,
			DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (subcategory.getWeight() == null || subcategory.getIndicators().isEmpty()) {
			return true;
		}
		BigDecimal sum = subcategory.getIndicators().stream().map(Indicator::getWeight).map(EvaluationRulesValidator::weight)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
		return checkSum(subcategory, sum, EvaluationProblem.INDICATOR_WEIGHTS_SUM, diagnostics);
	}

	@Override
	public boolean validateIndicator_weightPositive(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (indicator.getWeight() != null && indicator.getWeight().signum() > 0) {
			return true;
		}
		report(diagnostics, Diagnostic.ERROR, EvaluationProblem.WEIGHT_POSITIVE, indicator, Literals.INDICATOR__WEIGHT,
				indicator.getWeight() == null ? Messages.Validator_weightMissing
						: NLS.bind(Messages.Validator_weightNotPositive, plain(indicator.getWeight())));
		return false;
	}

	@Override
	public boolean validateIndicator_targetParses(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return parses(indicator, row(indicator, context).map(IndicatorScore::target), Literals.INDICATOR__TARGET_TEXT,
				EvaluationProblem.TARGET_PARSES, Messages.Validator_targetMissing, diagnostics);
	}

	@Override
	public boolean validateIndicator_actualParses(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return parses(indicator, row(indicator, context).map(IndicatorScore::actual), Literals.INDICATOR__ACTUAL_TEXT,
				EvaluationProblem.ACTUAL_PARSES, Messages.Validator_actualMissing, diagnostics);
	}

	@Override
	public boolean validateIndicator_unitsCompatible(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Optional<IndicatorScore> row = row(indicator, context);
		if (row.isEmpty() || !(row.get().target() instanceof Quantity target) || !(row.get().actual() instanceof Quantity actual)) {
			return true;
		}
		if (actual.alignTo(target) instanceof ParseProblem problem) {
			report(diagnostics, Diagnostic.ERROR, EvaluationProblem.UNITS_COMPATIBLE, indicator, Literals.INDICATOR__ACTUAL_TEXT,
					problem.message());
			return false;
		}
		return scoreProblems(indicator, context, Set.of(ScoreProblem.Code.UNITS_DIFFER), EvaluationProblem.UNITS_COMPATIBLE,
				Literals.INDICATOR__ACTUAL_TEXT, diagnostics, false);
	}

	@Override
	public boolean validateIndicator_scoreDetermined(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return scoreProblems(indicator, context, Set.of(ScoreProblem.Code.OFFICER_SCORE_REQUIRED, ScoreProblem.Code.TARGET_NOT_SCORABLE),
				EvaluationProblem.SCORE_DETERMINED, Literals.INDICATOR__ACTUAL_TEXT, diagnostics, true);
	}

	@Override
	public boolean validateIndicator_qualitativeScoreInBand(Indicator indicator, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return scoreProblems(indicator, context, Set.of(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_BAND),
				EvaluationProblem.QUALITATIVE_SCORE_IN_BAND, Literals.INDICATOR__ADJUSTMENT, diagnostics, false);
	}

	@Override
	public boolean validateIndicator_deviationExplained(Indicator indicator, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		Optional<IndicatorScore> row = row(indicator, context);
		if (row.isEmpty() || !needsExplanation(row.get().score()) || !isBlank(indicator.getDeviationReason())) {
			return true;
		}
		report(diagnostics, Diagnostic.ERROR, EvaluationProblem.DEVIATION_EXPLAINED, indicator,
				Literals.INDICATOR__DEVIATION_REASON, NLS.bind(Messages.Validator_deviationMissing, row.get().score().explanation()));
		return false;
	}

	@Override
	public boolean validateIndicator_adjustmentValid(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return scoreProblems(indicator, context,
				Set.of(ScoreProblem.Code.OFFICER_REASON_MISSING, ScoreProblem.Code.OFFICER_SCORE_OUT_OF_RANGE,
						ScoreProblem.Code.OFFICER_SCORE_ABOVE_LATE_CAP, ScoreProblem.Code.WEIGHT_NOT_POSITIVE),
				EvaluationProblem.ADJUSTMENT_VALID, Literals.INDICATOR__ADJUSTMENT, diagnostics, false);
	}

	@Override
	public boolean validateIndicator_statedScoreMatches(Indicator indicator, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		return scoreProblems(indicator, context, Set.of(ScoreProblem.Code.STATED_SCORE_DIFFERS),
				EvaluationProblem.STATED_SCORE_MATCHES, Literals.INDICATOR__STATED_SCORE, diagnostics, false);
	}

	/**
	 * @param score a row's score
	 * @return whether the rules require 偏差原因分析 for it (RULES §8)
	 */
	public static boolean needsExplanation(RowScore score) {
		return score.has(ScoreFlag.NEEDS_EXPLANATION) || score.has(ScoreFlag.OVER_ACHIEVED) || score.has(ScoreFlag.ADJUSTED)
				|| score.score().compareTo(score.weight()) < 0;
	}

	private boolean parses(Indicator indicator, Optional<ParseResult> parsed, EStructuralFeature feature,
			EvaluationProblem problem, String missing, DiagnosticChain diagnostics) {
		if (parsed.isEmpty()) {
			return true;
		}
		if (parsed.get() instanceof ParseProblem parseProblem) {
			String message = parseProblem.cause() == ParseProblem.Cause.EMPTY ? missing : parseProblem.message();
			report(diagnostics, Diagnostic.ERROR, problem, indicator, feature, message);
			return false;
		}
		if (parsed.get() instanceof Quantity quantity && !quantity.has(ValueFlag.RANK)) {
			String read = quantity.number().toPlainString() + quantity.unit().symbol();
			if (quantity.has(ValueFlag.CHINESE_NUMERAL)) {
				report(diagnostics, Diagnostic.INFO, problem, indicator, feature,
						NLS.bind(Messages.Validator_chineseNumeral, quantity.text(), read));
			}
			if (quantity.has(ValueFlag.APPROXIMATE)) {
				report(diagnostics, Diagnostic.INFO, problem, indicator, feature,
						NLS.bind(Messages.Validator_approximate, quantity.text(), read));
			}
		}
		return true;
	}

	private boolean scoreProblems(Indicator indicator, Map<Object, Object> context, Set<ScoreProblem.Code> codes,
			EvaluationProblem problem, EStructuralFeature feature, DiagnosticChain diagnostics, boolean unlessParseProblem) {
		Optional<IndicatorScore> row = row(indicator, context);
		if (row.isEmpty() || unlessParseProblem
				&& (row.get().target() instanceof ParseProblem || row.get().actual() instanceof ParseProblem)) {
			return true;
		}
		boolean valid = true;
		for (ScoreProblem scoreProblem : row.get().score().problems()) {
			if (codes.contains(scoreProblem.code())) {
				report(diagnostics, scoreProblem.severity() == ScoreProblem.Severity.ERROR ? Diagnostic.ERROR : Diagnostic.WARNING,
						problem, indicator, feature, scoreProblem.message());
				valid = false;
			}
		}
		return valid;
	}

	private static boolean notNegative(Amounts amounts, DiagnosticChain diagnostics) {
		boolean valid = true;
		List<EStructuralFeature> features = List.of(Literals.AMOUNTS__INITIAL_BUDGET, Literals.AMOUNTS__ADJUSTED_BUDGET,
				Literals.AMOUNTS__EXECUTED);
		for (EStructuralFeature feature : features) {
			if (amounts.eGet(feature) instanceof BigDecimal amount && amount.signum() < 0) {
				report(diagnostics, Diagnostic.ERROR, EvaluationProblem.BREAKDOWNS_ADD_UP, amounts, feature,
						NLS.bind(Messages.Validator_negativeAmount, plain(amount)));
				valid = false;
			}
		}
		return valid;
	}

	private boolean checkSum(WeightedGroup group, BigDecimal sum, EvaluationProblem problem, DiagnosticChain diagnostics) {
		if (sum.subtract(group.getWeight()).abs().compareTo(TOLERANCE) <= 0) {
			return true;
		}
		report(diagnostics, Diagnostic.ERROR, problem, group, Literals.WEIGHTED_GROUP__WEIGHT,
				NLS.bind(Messages.Validator_weightsSum, plain(sum), plain(group.getWeight())));
		return false;
	}

	/** @return the indicator's score, none for an indicator that does not apply (不适用): it is left out, its values unchecked */
	private static Optional<IndicatorScore> row(Indicator indicator, Map<Object, Object> context) {
		if (indicator.isNotApplicable()) {
			return Optional.empty();
		}
		return sheet(indicator, context).map(sheet -> sheet.row(indicator));
	}

	private static Optional<ScoreSheet> sheet(EObject object, Map<Object, Object> context) {
		if (!(EcoreUtil.getRootContainer(object) instanceof Evaluation evaluation) || context == null) {
			return Optional.empty();
		}
		Object sheet = context.computeIfAbsent(new SheetKey(evaluation), key -> {
			RuleSet rules = context.get(RuleSet.class) instanceof RuleSet given ? given : resolve(evaluation).orElse(null);
			return rules == null ? Boolean.FALSE : new EvaluationScorer(rules).score(evaluation);
		});
		return sheet instanceof ScoreSheet scoreSheet ? Optional.of(scoreSheet) : Optional.empty();
	}

	private static Optional<RuleSet> ruleSet(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (context != null && context.get(RuleSet.class) instanceof RuleSet given) {
			return Optional.of(given);
		}
		try {
			return Optional.of(RuleSetService.getDefault().rulesFor(evaluation));
		} catch (RuleSetException e) {
			report(diagnostics, Diagnostic.ERROR, EvaluationProblem.UNKNOWN_RULE_SET, evaluation, Literals.EVALUATION__RULE_SET_ID,
					e.getMessage());
			return Optional.empty();
		}
	}

	private static Optional<RuleSet> resolve(Evaluation evaluation) {
		return ruleSet(evaluation, null, null);
	}

	private static void report(DiagnosticChain diagnostics, int severity, EvaluationProblem problem, EObject object,
			EStructuralFeature feature, String message) {
		if (diagnostics == null) {
			return;
		}
		List<Object> data = new ArrayList<>();
		data.add(object);
		if (feature != null) {
			data.add(feature);
		}
		diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, problem.code(),
				RowPaths.of(object) + ": " + message, data.toArray())); //$NON-NLS-1$
	}

	private static BigDecimal weight(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	/** Keys the score sheet of one evaluation in a validation context, by identity. */
	private record SheetKey(Evaluation evaluation) {
		@Override
		public boolean equals(Object other) {
			return other instanceof SheetKey key && key.evaluation == evaluation;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(evaluation);
		}
	}
}
