package org.jixiao.ui;

import java.math.BigDecimal;

import org.jixiao.model.evaluation.EvaluationStatus;

/**
 * What the navigator shows of a stored evaluation without loading it.
 *
 * @param id the repository's key of the evaluation
 * @param department the department's name
 * @param fiscalYear the fiscal year
 * @param status draft or final
 * @param total the total score when it was last saved, or {@code null} when unknown
 */
public record EvaluationEntry(String id, String department, int fiscalYear, EvaluationStatus status, BigDecimal total) {
}
