package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The 年度资金总额 row of the 预算资金 block; amounts in one unit (元 or 万元), as in the table.
 *
 * @param initialBudget 年初预算数
 * @param budget 全年预算数, the adjusted budget, carry-over included
 * @param executed 全年执行数
 * @param weight 分值
 */
public record BudgetRow(BigDecimal initialBudget, BigDecimal budget, BigDecimal executed, BigDecimal weight) {

	/** Checks that every amount is present. */
	public BudgetRow {
		Objects.requireNonNull(initialBudget);
		Objects.requireNonNull(budget);
		Objects.requireNonNull(executed);
		Objects.requireNonNull(weight);
	}

	/**
	 * A row without a mid-year adjustment (年初预算数 = 全年预算数).
	 *
	 * @param budget 全年预算数
	 * @param executed 全年执行数
	 * @param weight 分值
	 */
	public BudgetRow(BigDecimal budget, BigDecimal executed, BigDecimal weight) {
		this(budget, budget, executed, weight);
	}
}
