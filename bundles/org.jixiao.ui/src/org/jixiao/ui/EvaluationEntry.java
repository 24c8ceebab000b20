package org.jixiao.ui;

import java.math.BigDecimal;

import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.store.ReviewState;

/**
 * What the navigator shows of a stored evaluation without loading it.
 *
 * @param id the repository's key of the evaluation
 * @param department the department's name
 * @param fiscalYear the fiscal year
 * @param status draft or final
 * @param total the total score when it was last saved, or {@code null} when unknown
 * @param reviewState where it stands in the review chain; {@link ReviewState#DRAFT} where the
 *            repository keeps none
 * @param selfScore the 自评得分 of its last submission, or {@code null}
 * @param reviewScore the bureau's 复核得分, or {@code null}
 * @param grade the grade of the total when it was last saved, or {@code null} when unknown
 * @param kind what it evaluates: the department as a whole (部门整体), a project (项目支出) or a
 *            project carried over (结转项目)
 * @param projectName the project's name (项目名称) of a project evaluation, else {@code null}
 * @param projectCode the project's code (项目编码) of a project evaluation, its link to the budget
 *            project of the same code in the department's evaluation, else {@code null}
 */
public record EvaluationEntry(String id, String department, int fiscalYear, EvaluationStatus status, BigDecimal total, ReviewState reviewState,
		BigDecimal selfScore, BigDecimal reviewScore, Grade grade, EvaluationKind kind, String projectName, String projectCode) {

	/**
	 * An entry of a department's evaluation (部门整体) in a repository without a review chain: a
	 * {@link ReviewState#DRAFT}.
	 *
	 * @param id the repository's key of the evaluation
	 * @param department the department's name
	 * @param fiscalYear the fiscal year
	 * @param status draft or final
	 * @param total the total score when it was last saved, or {@code null}
	 */
	public EvaluationEntry(String id, String department, int fiscalYear, EvaluationStatus status, BigDecimal total) {
		this(id, department, fiscalYear, status, total, ReviewState.DRAFT, null, null, null, EvaluationKind.DEPARTMENT, null, null);
	}

	/** @return whether it evaluates a project (项目支出 or 结转项目) rather than the department as a whole */
	public boolean isProject() {
		return kind != null && kind != EvaluationKind.DEPARTMENT;
	}
}
