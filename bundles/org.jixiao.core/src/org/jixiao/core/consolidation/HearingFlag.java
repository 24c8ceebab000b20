package org.jixiao.core.consolidation;

/** Why an evaluation is put before the budget hearing (预算听证). */
public enum HearingFlag {
	/** 执行率 below the threshold (90 % by default). */
	LOW_EXECUTION,
	/** Graded 中 or 差. */
	LOW_GRADE;

	/** @return the flag as people read it: 执行率低, 等级中/差 (or English) */
	public String label() {
		return this == LOW_EXECUTION ? Messages.HearingFlag_lowExecution : Messages.HearingFlag_lowGrade;
	}
}
