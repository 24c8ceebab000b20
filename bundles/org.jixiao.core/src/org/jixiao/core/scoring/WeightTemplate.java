package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The default weights of a new evaluation; the engine itself scores with the weights of the table.
 *
 * @param budgetExecution 预算执行率
 * @param output 产出指标
 * @param benefit 效益指标
 * @param satisfaction 满意度指标
 */
public record WeightTemplate(BigDecimal budgetExecution, BigDecimal output, BigDecimal benefit, BigDecimal satisfaction) {

	/** Checks that every weight is present. */
	public WeightTemplate {
		Objects.requireNonNull(budgetExecution);
		Objects.requireNonNull(output);
		Objects.requireNonNull(benefit);
		Objects.requireNonNull(satisfaction);
	}

	/** @return the sum of the four weights */
	public BigDecimal total() {
		return budgetExecution.add(output).add(benefit).add(satisfaction);
	}
}
