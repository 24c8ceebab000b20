package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.scoring.Grade;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Indicator;

/**
 * The scores of one evaluation under one rule set: the budget row, every 三级 indicator in the order
 * of the table, the total (the sum of the rounded rows) and the grade.
 */
public final class ScoreSheet {

	private final RuleSet rules;
	private final RowScore budget;
	private final List<IndicatorScore> indicators;
	private final Map<Indicator, IndicatorScore> byIndicator = new IdentityHashMap<>();
	private final BigDecimal total;
	private final String totalExplanation;
	private final Grade grade;

	/**
	 * @param rules the rule set applied
	 * @param budget the budget execution row
	 * @param indicators the indicator rows, in table order
	 * @param total the total score
	 * @param totalExplanation how the total was rescaled where indicators do not apply; empty for the
	 *            plain sum of the rows
	 * @param grade the grade of the total
	 */
	public ScoreSheet(RuleSet rules, RowScore budget, List<IndicatorScore> indicators, BigDecimal total, String totalExplanation,
			Grade grade) {
		this.rules = rules;
		this.budget = budget;
		this.indicators = List.copyOf(indicators);
		this.total = total;
		this.totalExplanation = totalExplanation;
		this.grade = grade;
		for (IndicatorScore row : this.indicators) {
			byIndicator.put(row.indicator(), row);
		}
	}

	/** @return the rule set applied */
	public RuleSet rules() {
		return rules;
	}

	/** @return the budget execution row */
	public RowScore budget() {
		return budget;
	}

	/** @return the indicator rows, in table order */
	public List<IndicatorScore> indicators() {
		return indicators;
	}

	/**
	 * @param indicator an indicator of the evaluation scored
	 * @return its row, or {@code null} for an indicator of another evaluation
	 */
	public IndicatorScore row(Indicator indicator) {
		return byIndicator.get(indicator);
	}

	/** @return the total score */
	public BigDecimal total() {
		return total;
	}

	/**
	 * @return how the total was rescaled to 100 where indicators do not apply (不适用指标 … 不计；得分 a /
	 *         适用分值 b × 100 = c), or an empty string when the total is the plain sum of the rows
	 */
	public String totalExplanation() {
		return totalExplanation;
	}

	/** @return the grade of the total */
	public Grade grade() {
		return grade;
	}
}
