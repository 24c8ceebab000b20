package org.jixiao.core.scoring;

import java.util.Objects;

/**
 * An error or warning found while scoring.
 *
 * @param severity how serious
 * @param code what kind
 * @param message a translated message naming the values concerned
 */
public record ScoreProblem(Severity severity, Code code, String message) {

	/** How serious a problem is: an error keeps the evaluation from being final. */
	public enum Severity {
		/** Must be fixed. */
		ERROR,
		/** Should be looked at. */
		WARNING
	}

	/** The kinds of problems. */
	public enum Code {
		/** A weight that is zero or negative. */
		WEIGHT_NOT_POSITIVE,
		/** A negative budget amount. */
		NEGATIVE_AMOUNT,
		/** 全年预算数 = 0: the execution rate is undefined. */
		ZERO_BUDGET,
		/** The target cannot be scored with the row's comparator. */
		TARGET_NOT_SCORABLE,
		/** The rules leave the row to the officer (late, non-numeric actual, unknown qualitative wording …). */
		OFFICER_SCORE_REQUIRED,
		/** An officer's score without a reason. */
		OFFICER_REASON_MISSING,
		/** An officer's score outside [0, weight]. */
		OFFICER_SCORE_OUT_OF_RANGE,
		/** An officer's score outside the qualitative grade's band. */
		OFFICER_SCORE_OUT_OF_BAND,
		/** An officer's score of a late time indicator above the late cap. */
		OFFICER_SCORE_ABOVE_LATE_CAP,
		/** An imported 得分 that differs from the computed score by more than 0.01. */
		STATED_SCORE_DIFFERS,
		/** 年度资金总额 differs from the sum of a breakdown. */
		BREAKDOWN_MISMATCH,
		/** Target and actual count in different measure words, at least one not a known unit (只 and 头). */
		UNITS_DIFFER
	}

	/** Checks that every component is present. */
	public ScoreProblem {
		Objects.requireNonNull(severity);
		Objects.requireNonNull(code);
		Objects.requireNonNull(message);
	}
}
