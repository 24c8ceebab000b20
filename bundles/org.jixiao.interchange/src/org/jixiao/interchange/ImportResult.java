package org.jixiao.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.jixiao.model.evaluation.Evaluation;

/**
 * What an import of a readable table produced: a new evaluation with every row the table has, every
 * problem found on the way with its sheet and cell, and the totals the table states, which are not part
 * of the model since the engine computes them. An evaluation with {@linkplain #hasErrors() errors} is a
 * draft to be fixed: its rows with errors score 0, and the stated total is no valid score.
 *
 * @param evaluation the new evaluation, in no resource
 * @param problems the errors and warnings, in the order of the table
 * @param statedTotal the table's 总分, or {@code null} when it has no 总分 row
 * @param statedGrade the table's 自评等级 as written (优, 良, 中, 差), or {@code null} when it has none
 * @param format the table format the table was read in, or {@code null} for an .xmi
 * @param formatReason why that format was chosen (detected from the headings, or asked for), or {@code null}
 */
public record ImportResult(Evaluation evaluation, List<ImportProblem> problems, BigDecimal statedTotal, String statedGrade, TableFormat format,
		String formatReason) {

	/** Checks the evaluation and copies the problems. */
	public ImportResult {
		Objects.requireNonNull(evaluation);
		problems = List.copyOf(problems);
	}

	/**
	 * A result without a table format (an .xmi).
	 *
	 * @param evaluation the new evaluation
	 * @param problems the errors and warnings
	 * @param statedTotal the stated 总分, or {@code null}
	 * @param statedGrade the stated 自评等级, or {@code null}
	 */
	public ImportResult(Evaluation evaluation, List<ImportProblem> problems, BigDecimal statedTotal, String statedGrade) {
		this(evaluation, problems, statedTotal, statedGrade, null, null);
	}

	/** @return whether any problem is an error: some cell was not understood and its row scores 0 */
	public boolean hasErrors() {
		return problems.stream().anyMatch(ImportProblem::isError);
	}

	/** @return the errors, in the order of the table */
	public List<ImportProblem> errors() {
		return problems.stream().filter(ImportProblem::isError).toList();
	}

	/** @return the warnings, in the order of the table */
	public List<ImportProblem> warnings() {
		return problems.stream().filter(problem -> !problem.isError()).toList();
	}
}
