package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.core.scoring.BudgetRow;
import org.jixiao.core.scoring.IndicatorRow;
import org.jixiao.core.scoring.OfficerScore;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.Scorer;
import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.ParsedValue;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ScoreAdjustment;

/**
 * Scores an evaluation by a rule set: a pure function of the model, which it does not change. Bad
 * values never throw; they show as problems of the rows they belong to. Which rule set applies is
 * {@link RuleSetService#rulesFor(Evaluation)}.
 */
public final class EvaluationScorer {

	private final Scorer scorer;

	/** @param rules the rule set to apply */
	public EvaluationScorer(RuleSet rules) {
		this.scorer = new Scorer(rules);
	}

	/**
	 * @param evaluation the evaluation
	 * @return the scores of its budget row and of every 三级 indicator, the total and the grade; an
	 *         indicator marked not applicable (不适用) scores nothing and is left out of the total, which
	 *         is rescaled to 100 over the applicable weights ({@link Scorer#total(java.util.Collection, List)})
	 */
	public ScoreSheet score(Evaluation evaluation) {
		ValueParser parser = new ValueParser(Year.of(evaluation.getFiscalYear()));
		RowScore budget = scoreBudget(evaluation.getBudget());
		List<RowScore> rows = new ArrayList<>();
		rows.add(budget);
		List<IndicatorScore> indicators = new ArrayList<>();
		List<Scorer.Excluded> excluded = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					IndicatorScore score = score(indicator, parser);
					indicators.add(score);
					if (indicator.isNotApplicable()) {
						excluded.add(new Scorer.Excluded(nullToEmpty(indicator.getName()), score.score().weight()));
					} else {
						rows.add(score.score());
					}
				}
			}
		}
		Scorer.Total total = scorer.total(rows, excluded);
		return new ScoreSheet(scorer.rules(), budget, indicators, total.score(), total.explanation(), scorer.grade(total.score()));
	}

	private RowScore scoreBudget(Budget budget) {
		if (budget == null) {
			return scorer.score(new BudgetRow(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
		}
		return scorer.score(new BudgetRow(orZero(budget.getInitialBudget()), orZero(budget.getAdjustedBudget()),
				orZero(budget.getExecuted()), orZero(budget.getWeight())));
	}

	/**
	 * An officer's adjustment decides where there is one; else an imported 得分 is the officer's score
	 * where the rules leave the row to the officer ({@link Scorer#scoreImported(IndicatorRow, BigDecimal)}).
	 */
	private IndicatorScore score(Indicator indicator, ValueParser parser) {
		ParseResult target = parser.parse(nullToEmpty(indicator.getTargetText()));
		ParseResult actual = parser.parse(nullToEmpty(indicator.getActualText()));
		if (indicator.isNotApplicable()) {
			return new IndicatorScore(indicator, RowPaths.of(indicator), target, actual,
					scorer.notApplicable(orZero(indicator.getWeight())));
		}
		IndicatorRow row = new IndicatorRow(comparator(indicator, target), target, actual, orZero(indicator.getWeight()),
				parser.year());
		ScoreAdjustment adjustment = indicator.getAdjustment();
		BigDecimal stated = indicator.getStatedScore();
		RowScore score;
		if (adjustment != null) {
			score = scorer.score(row, new OfficerScore(adjustment.getScore(), nullToEmpty(adjustment.getReason())));
			if (stated != null) {
				score = scorer.compareStated(score, stated).map(score::withProblem).orElse(score);
			}
		} else {
			score = stated == null ? scorer.score(row) : scorer.scoreImported(row, stated);
		}
		return new IndicatorScore(indicator, RowPaths.of(indicator), target, actual, score);
	}

	/**
	 * The comparator the target states; a table's 指标性质 column, where it was filled in, decides
	 * for a bare number.
	 */
	private static Comparator comparator(Indicator indicator, ParseResult target) {
		if (target instanceof Quantity quantity) {
			if (indicator.eIsSet(EvaluationPackage.Literals.INDICATOR__COMPARATOR)) {
				Comparator declared = Comparator.fromSymbol(indicator.getComparator().getLiteral()).orElse(quantity.comparator());
				return declared.isQuantitative() ? declared : quantity.comparator();
			}
			return quantity.comparator();
		}
		return target instanceof ParsedValue value ? value.comparator() : Comparator.QUALITATIVE;
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
