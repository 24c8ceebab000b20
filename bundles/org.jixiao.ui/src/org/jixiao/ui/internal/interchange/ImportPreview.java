package org.jixiao.ui.internal.interchange;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.interchange.EvaluationFiles;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.model.evaluation.Evaluation;

/**
 * What an import would bring in: the evaluation (or none, when the file cannot be read as a table),
 * its figures for the preview and every problem found with its cell.
 *
 * @param file the file read
 * @param evaluation the evaluation, possibly with errors, or {@code null} when the file cannot be imported
 * @param problems the errors and warnings, in the order of the file
 * @param indicators the number of indicators
 * @param total the total score by the rule set that applies to the evaluation ({@link RuleSetService#rulesFor(Evaluation)}),
 *            the one the store scores it by, or {@code null}
 */
public record ImportPreview(Path file, Evaluation evaluation, List<ImportProblem> problems, int indicators, BigDecimal total) {

	/**
	 * Reads a file as the command line does, told apart by its content ({@link EvaluationFiles#read(Path)}):
	 * an official table or an evaluation (.xmi), whatever its name.
	 *
	 * @param file the file
	 * @return the preview; never throws for bad input, which becomes problems
	 */
	public static ImportPreview read(Path file) {
		try {
			ImportResult result = EvaluationFiles.read(file);
			return of(file, result.evaluation(), result.problems());
		} catch (ImportException e) {
			return new ImportPreview(file, null, e.problems(), 0, null);
		} catch (EvaluationFileException | RuleSetException e) {
			return new ImportPreview(file, null, List.of(new ImportProblem(file.toString(), null,
					ImportProblem.Severity.ERROR, e.getMessage())), 0, null);
		}
	}

	private static ImportPreview of(Path file, Evaluation evaluation, List<ImportProblem> problems) {
		int count = (int) evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToLong(s -> s.getIndicators().size()).sum();
		BigDecimal total;
		try {
			total = new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluation)).score(evaluation).total();
		} catch (RuleSetException e) {
			total = null;
		}
		return new ImportPreview(file, evaluation, problems, count, total);
	}
}
