package org.jixiao.store;

import java.math.BigDecimal;
import java.time.Instant;

import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Grade;

/**
 * One line of {@link EvaluationStore#list(EvaluationQuery)}: the score and grade are those computed
 * by the scoring engine when the evaluation was last saved.
 *
 * @param id the evaluation's id in the store
 * @param department the department's name
 * @param fiscalYear the fiscal year
 * @param status draft or final
 * @param totalScore the total score, or {@code null} when the rule set was unknown
 * @param grade the grade, or {@code null} when the rule set was unknown
 * @param modifiedAt when it was last saved
 * @param modifiedBy who saved it last
 * @param errors the number of errors the validator found when it was last saved (cells an import
 *            could not understand, weights that do not add up), while which the total is no valid
 *            score; {@code null} when it was last saved before the store counted them
 * @param reviewState where it stands in the review chain
 * @param selfScore the total of its last submission (自评得分), or {@code null} before the first
 * @param reviewScore the bureau's total at confirmation (复核得分), or {@code null} before it
 * @param kind what it evaluates: the department as a whole (部门整体), a project (项目支出) or a project
 *            carried over (结转项目)
 * @param projectName the project's name (项目名称) of a project evaluation, else {@code null}
 * @param projectCode the project's code (项目编码) of a project evaluation, its link to the budget project
 *            of the same code in the department's evaluation of the year, else {@code null}
 */
public record EvaluationSummary(long id, String department, int fiscalYear, EvaluationStatus status, BigDecimal totalScore,
		Grade grade, Instant modifiedAt, String modifiedBy, Integer errors, ReviewState reviewState, BigDecimal selfScore,
		BigDecimal reviewScore, EvaluationKind kind, String projectName, String projectCode) {

	/**
	 * A summary of a department's evaluation (部门整体) that was never submitted: a {@link ReviewState#DRAFT}.
	 *
	 * @param id the evaluation's id in the store
	 * @param department the department's name
	 * @param fiscalYear the fiscal year
	 * @param status draft or final
	 * @param totalScore the total score, or {@code null}
	 * @param grade the grade, or {@code null}
	 * @param modifiedAt when it was last saved
	 * @param modifiedBy who saved it last
	 * @param errors the number of errors when it was last saved, or {@code null}
	 */
	public EvaluationSummary(long id, String department, int fiscalYear, EvaluationStatus status, BigDecimal totalScore, Grade grade,
			Instant modifiedAt, String modifiedBy, Integer errors) {
		this(id, department, fiscalYear, status, totalScore, grade, modifiedAt, modifiedBy, errors, ReviewState.DRAFT, null, null,
				EvaluationKind.DEPARTMENT, null, null);
	}

	/** @return whether the evaluation had errors when it was last saved: its total is no valid score */
	public boolean hasErrors() {
		return errors != null && errors > 0;
	}
}
