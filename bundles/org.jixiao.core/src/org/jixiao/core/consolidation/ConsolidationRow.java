package org.jixiao.core.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Grade;

/**
 * One evaluation of a fiscal year as the bureau consolidates it. Money is in yuan, rates in percent.
 *
 * @param evaluationId the evaluation's id in the store
 * @param department the department's (unit's) name
 * @param kind what is evaluated: the department as a whole (部门整体), a project, or funds carried over
 * @param project the project's name for a project's evaluation, else {@code null}
 * @param supervisor its 主管部门, or {@code null}
 * @param fiscalYear the fiscal year
 * @param adjustedBudget 全年预算数 in yuan, or {@code null}
 * @param executed 全年执行数 in yuan, or {@code null}
 * @param selfScore 自评得分: the total of the last submission once submitted, else the stored total;
 *            {@code null} when there is none or the evaluation has errors (its total is no valid score)
 * @param reviewScore 复核得分: the bureau's total at confirmation, or {@code null}
 * @param grade the 复核 grade of a confirmed evaluation, else the self-evaluated grade, or {@code null}
 * @param deviations the number of indicator rows that apply and have a deviation: an explanation
 *            given, or an actual that misses a numeric target in the target's unit
 * @param reviewState where it stands in the review chain ({@link ReviewStates})
 * @param errors the number of errors found when it was last saved
 * @param previousScore the score of the same unit's evaluation of the year before (复核得分, else
 *            自评得分), or {@code null}
 * @param previousExecutionRate that evaluation's execution rate, or {@code null}
 */
public record ConsolidationRow(long evaluationId, String department, EvaluationKind kind, String project, String supervisor, int fiscalYear, BigDecimal adjustedBudget,
		BigDecimal executed, BigDecimal selfScore, BigDecimal reviewScore, Grade grade, int deviations, String reviewState, int errors,
		BigDecimal previousScore, BigDecimal previousExecutionRate) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Checks the state and the kind, and keeps a missing name as "". */
	public ConsolidationRow {
		Objects.requireNonNull(reviewState, "reviewState"); //$NON-NLS-1$
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		department = department == null ? "" : department; //$NON-NLS-1$
	}

	/** @return the name people read: the department's, with the project's after it for a project's evaluation */
	public String name() {
		return project == null || project.isBlank() ? department : department + "／" + project; //$NON-NLS-1$
	}

	/**
	 * @param executed 全年执行数
	 * @param planned 全年预算数
	 * @return executed / planned in percent with 2 decimals (half up, as the reports write it), or
	 *         {@code null} when planned is 0 or either is missing
	 */
	public static BigDecimal rate(BigDecimal executed, BigDecimal planned) {
		if (executed == null || planned == null || planned.signum() == 0) {
			return null;
		}
		return executed.multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_UP);
	}

	/** @return 执行率: 全年执行数 / 全年预算数 in percent, or {@code null} */
	public BigDecimal executionRate() {
		return rate(executed, adjustedBudget);
	}

	/** @return the score that counts: 复核得分 when confirmed, else 自评得分; {@code null} for none */
	public BigDecimal score() {
		return reviewScore != null ? reviewScore : selfScore;
	}

	/** @return whether the grade is the bureau's (复核) */
	public boolean reviewed() {
		return reviewScore != null;
	}

	/** @return this year's score less last year's, or {@code null} when either is missing */
	public BigDecimal scoreChange() {
		return score() == null || previousScore == null ? null : score().subtract(previousScore);
	}

	/** @return this year's execution rate less last year's, in percentage points, or {@code null} */
	public BigDecimal executionRateChange() {
		BigDecimal rate = executionRate();
		return rate == null || previousExecutionRate == null ? null : rate.subtract(previousExecutionRate);
	}
}
