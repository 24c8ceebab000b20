package org.jixiao.ui;

import java.math.BigDecimal;

import org.jixiao.model.evaluation.EvaluationStatus;
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
 */
public record EvaluationEntry(String id, String department, int fiscalYear, EvaluationStatus status, BigDecimal total, ReviewState reviewState,
		BigDecimal selfScore, BigDecimal reviewScore) {

	/**
	 * An entry of a repository without a review chain: a {@link ReviewState#DRAFT}.
	 *
	 * @param id the repository's key of the evaluation
	 * @param department the department's name
	 * @param fiscalYear the fiscal year
	 * @param status draft or final
	 * @param total the total score when it was last saved, or {@code null}
	 */
	public EvaluationEntry(String id, String department, int fiscalYear, EvaluationStatus status, BigDecimal total) {
		this(id, department, fiscalYear, status, total, ReviewState.DRAFT, null, null);
	}
}
