package org.jixiao.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.model.evaluation.Evaluation;

/**
 * What an import produced: a new evaluation, the warnings found on the way (an import with errors
 * throws {@link ImportException} instead), and the totals the table states, which are not part of
 * the model since the engine computes them.
 *
 * @param evaluation the new evaluation, in no resource
 * @param problems the warnings, in the order of the table
 * @param statedTotal the table's 总分, or {@code null} when it has no 总分 row
 * @param statedGrade the table's 自评等级 as written (优, 良, 中, 差), or {@code null} when it has none
 */
public record ImportResult(Evaluation evaluation, List<ImportProblem> problems, BigDecimal statedTotal, String statedGrade) {

	/** Checks the evaluation and copies the problems. */
	public ImportResult {
		Objects.requireNonNull(evaluation);
		problems = List.copyOf(problems);
	}
}
