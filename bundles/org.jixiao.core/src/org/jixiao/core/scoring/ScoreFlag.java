package org.jixiao.core.scoring;

/** Remarks on a row's score; several may apply. */
public enum ScoreFlag {
	/** The formula gave more than the cap (execution above 100 %, actual above target): the cap was scored. */
	CAPPED,
	/** 全年执行数 exceeds 全年预算数. */
	OVER_EXECUTED,
	/** The execution rate is below the explanation threshold (90 %). */
	LOW_EXECUTION,
	/** 年初预算数 differs from 全年预算数: a mid-year adjustment. */
	BUDGET_ADJUSTED,
	/** actual/target reaches the over-achievement threshold (130 %). */
	OVER_ACHIEVED,
	/** A time indicator was met late. */
	LATE,
	/** The actual was converted from another unit of the target's dimension. */
	UNIT_CONVERTED,
	/** A qualitative default score (the band's floor) awaits the officer's confirmation. */
	SCORE_TO_CONFIRM,
	/** The rules leave this row to the officer; it scores 0 until the officer scores it. */
	OFFICER_SCORE_REQUIRED,
	/** The score was set by the officer. */
	ADJUSTED,
	/**
	 * The score is the 得分 an imported table states, taken as the officer's score of a row the rules
	 * leave to the officer (RULES §7).
	 */
	STATED,
	/** The row needs a 偏差原因分析及改进措施 (RULES §8). */
	NEEDS_EXPLANATION,
	/** The indicator does not apply (不适用): it is left out of the total, which is rescaled to 100. */
	NOT_APPLICABLE
}
