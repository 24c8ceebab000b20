package org.jixiao.store;

import org.jixiao.model.evaluation.EvaluationStatus;

/**
 * Which evaluations {@link EvaluationStore#list(EvaluationQuery)} returns; {@code null} filters match
 * everything.
 *
 * @param department the department's name, exactly, or {@code null}
 * @param fiscalYear the fiscal year, or {@code null}
 * @param status the status, or {@code null}
 */
public record EvaluationQuery(String department, Integer fiscalYear, EvaluationStatus status) {

	/** @return a query for every evaluation */
	public static EvaluationQuery all() {
		return new EvaluationQuery(null, null, null);
	}

	/** @param name the department's name @return this query for that department only */
	public EvaluationQuery department(String name) {
		return new EvaluationQuery(name, fiscalYear, status);
	}

	/** @param year the fiscal year @return this query for that year only */
	public EvaluationQuery year(Integer year) {
		return new EvaluationQuery(department, year, status);
	}

	/** @param value the status @return this query for that status only */
	public EvaluationQuery status(EvaluationStatus value) {
		return new EvaluationQuery(department, fiscalYear, value);
	}
}
