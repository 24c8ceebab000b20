package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.core.scoring.Grade;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Indicator;

/**
 * The scores of one evaluation under one rule set: the budget row, every 三级 indicator in the order
 * of the table, the total (the sum of the rounded rows) and the grade.
 *
 * @param rules the rule set applied
 * @param budget the budget execution row
 * @param indicators the indicator rows, in table order
 * @param total the total score
 * @param grade the grade of the total
 */
public record ScoreSheet(RuleSet rules, RowScore budget, List<IndicatorScore> indicators, BigDecimal total, Grade grade) {

	/** Copies the list. */
	public ScoreSheet {
		indicators = List.copyOf(indicators);
	}

	/** @return the indicator rows by indicator */
	public Map<Indicator, IndicatorScore> byIndicator() {
		return indicators.stream().collect(Collectors.toMap(IndicatorScore::indicator, Function.identity()));
	}
}
