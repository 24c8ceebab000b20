package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RowScore;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.scoring.ScoreFlag;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.validation.EvaluationProblem;
import org.jixiao.core.validation.EvaluationRulesValidator;
import org.jixiao.interchange.EvaluationFiles;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao score FILE}: scores an evaluation file (.xmi) or an official table (.xlsx, .xls, .ods,
 * read without storing it; its import problems are printed as diagnostics naming their cells) by the
 * official rules and prints the table with every row's reasoning, rows with errors flagged, the total of
 * whatever scores, the grade and every diagnostic. Exit code 0 without errors, 1 with error diagnostics
 * or import errors, 2 when the file or the rule set cannot be read.
 */
@Command(name = "score")
final class ScoreCommand implements Callable<Integer> {

	/** Exit code when the input cannot be read. */
	static final int UNREADABLE = 2;

	/** The output formats. */
	enum Format {
		text, json
	}

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", descriptionKey = "score.file")
	private Path file;

	@Option(names = "--rule-set", paramLabel = "ID|FILE", descriptionKey = "score.ruleSet")
	private String ruleSet;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", descriptionKey = "score.format")
	private Format format;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		Evaluation evaluation;
		RuleSet rules;
		List<ImportProblem> importProblems = List.of();
		try {
			ImportResult read = EvaluationFiles.read(file, ruleSet != null ? givenRules() : RuleSetService.getDefault().rulesForId(null));
			evaluation = read.evaluation();
			importProblems = read.problems();
			rules = rules(evaluation);
		} catch (ImportException e) {
			err.println(NLS.bind(Messages.ScoreCommand_failed, e.getMessage()));
			if (e.problems().size() > 1) {
				printImportProblems(err, e.problems());
			}
			return UNREADABLE;
		} catch (EvaluationFileException | RuleSetException e) {
			err.println(NLS.bind(Messages.ScoreCommand_failed, e.getMessage()));
			return UNREADABLE;
		}
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		BasicDiagnostic diagnostic = new BasicDiagnostic();
		diagnostic.addAll(EvaluationDiagnostician.validate(evaluation, rules));
		TableFormats.getDefault().forEvaluation(evaluation).textsTooLong(evaluation).forEach(diagnostic::add);
		PrintWriter out = spec.commandLine().getOut();
		if (format == Format.json) {
			JsonObject json = json(evaluation, sheet, diagnostic);
			json.addProperty("hasErrors", diagnostic.getSeverity() >= Diagnostic.ERROR //$NON-NLS-1$
					|| importProblems.stream().anyMatch(ImportProblem::isError));
			JsonArray problems = new JsonArray();
			for (ImportProblem problem : importProblems) {
				JsonObject o = new JsonObject();
				o.addProperty("severity", problem.isError() ? "error" : "warning"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				o.addProperty("cell", problem.reference()); //$NON-NLS-1$
				o.addProperty("message", problem.message()); //$NON-NLS-1$
				problems.add(o);
			}
			json.add("importProblems", problems); //$NON-NLS-1$
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
		} else {
			new ScoreTable(out).print(evaluation, sheet, diagnostic);
			if (!importProblems.isEmpty()) {
				out.println();
				printImportProblems(out, importProblems);
				out.flush();
			}
		}
		boolean importErrors = importProblems.stream().anyMatch(ImportProblem::isError);
		return diagnostic.getSeverity() >= Diagnostic.ERROR || importErrors ? 1 : 0;
	}

	/** Prints import problems as diagnostics, each with its cell: {@code warning Sheet1!G12: …}. */
	private static void printImportProblems(PrintWriter out, List<ImportProblem> problems) {
		out.println(NLS.bind(Messages.ScoreCommand_importProblems, problems.size()));
		for (ImportProblem problem : problems) {
			out.println("  " + (problem.isError() ? "error " : "warning ") + problem); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** The rule set given on the command line: an id or a .json file. */
	private RuleSet givenRules() {
		Path path = Path.of(ruleSet);
		return ruleSet.endsWith(".json") && Files.exists(path) ? RuleSets.read(path) : RuleSetService.getDefault().rulesForId(ruleSet); //$NON-NLS-1$
	}

	/** The rule set given on the command line (an id or a .json file), else the evaluation's, else mof-2020. */
	private RuleSet rules(Evaluation evaluation) {
		if (ruleSet != null) {
			return givenRules();
		}
		return RuleSetService.getDefault().rulesFor(evaluation);
	}

	private static JsonObject json(Evaluation evaluation, ScoreSheet sheet, Diagnostic diagnostic) {
		JsonObject root = new JsonObject();
		root.addProperty("department", evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName()); //$NON-NLS-1$
		root.addProperty("year", evaluation.getFiscalYear()); //$NON-NLS-1$
		root.addProperty("ruleSet", sheet.rules().id()); //$NON-NLS-1$
		root.addProperty("total", sheet.total()); //$NON-NLS-1$
		if (!sheet.totalExplanation().isEmpty()) {
			root.addProperty("totalExplanation", sheet.totalExplanation()); //$NON-NLS-1$
		}
		root.addProperty("grade", sheet.grade().officialTerm()); //$NON-NLS-1$
		root.addProperty("gradeId", sheet.grade().id()); //$NON-NLS-1$
		JsonObject budget = new JsonObject();
		RowScore budgetScore = sheet.budget();
		BigDecimal planned = evaluation.getBudget() == null ? null : evaluation.getBudget().getAdjustedBudget();
		budget.addProperty("budget", planned); //$NON-NLS-1$
		budget.addProperty("executed", evaluation.getBudget() == null ? null : evaluation.getBudget().getExecuted()); //$NON-NLS-1$
		budget.addProperty("rate", ScoreTable.rate(evaluation)); //$NON-NLS-1$
		budget.addProperty("weight", budgetScore.weight()); //$NON-NLS-1$
		budget.addProperty("score", budgetScore.score()); //$NON-NLS-1$
		budget.addProperty("explanation", budgetScore.explanation()); //$NON-NLS-1$
		root.add("budget", budget); //$NON-NLS-1$
		JsonArray indicators = new JsonArray();
		for (IndicatorScore row : sheet.indicators()) {
			Indicator indicator = row.indicator();
			JsonObject o = new JsonObject();
			List<String> path = List.of(row.path().split(" / ")); //$NON-NLS-1$
			o.addProperty("level1", path.get(0)); //$NON-NLS-1$
			o.addProperty("level2", path.size() > 2 ? path.get(1) : null); //$NON-NLS-1$
			o.addProperty("name", indicator.getName()); //$NON-NLS-1$
			o.addProperty("module", indicator.getModuleId()); //$NON-NLS-1$
			o.addProperty("target", indicator.getTargetText()); //$NON-NLS-1$
			o.addProperty("actual", indicator.getActualText()); //$NON-NLS-1$
			o.addProperty("weight", row.score().weight()); //$NON-NLS-1$
			o.addProperty("score", row.score().score()); //$NON-NLS-1$
			o.addProperty("explanation", row.score().explanation()); //$NON-NLS-1$
			o.addProperty("adjusted", row.score().has(ScoreFlag.ADJUSTED)); //$NON-NLS-1$
			o.addProperty("deviation", indicator.getDeviationReason()); //$NON-NLS-1$
			indicators.add(o);
		}
		root.add("indicators", indicators); //$NON-NLS-1$
		JsonArray diagnostics = new JsonArray();
		for (Diagnostic child : diagnostic.getChildren()) {
			JsonObject o = new JsonObject();
			o.addProperty("severity", severity(child)); //$NON-NLS-1$
			o.addProperty("code", code(child)); //$NON-NLS-1$
			o.addProperty("path", path(child)); //$NON-NLS-1$
			o.addProperty("message", child.getMessage()); //$NON-NLS-1$
			diagnostics.add(o);
		}
		root.add("diagnostics", diagnostics); //$NON-NLS-1$
		return root;
	}

	/** @return error, warning or info */
	static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
		case Diagnostic.ERROR, Diagnostic.CANCEL -> "error"; //$NON-NLS-1$
		case Diagnostic.WARNING -> "warning"; //$NON-NLS-1$
		default -> "info"; //$NON-NLS-1$
		};
	}

	/** @return the constraint's key for Jixiao's rules, else the source and code */
	static String code(Diagnostic diagnostic) {
		if (EvaluationRulesValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return EvaluationProblem.ofCode(diagnostic.getCode()).key();
		}
		return diagnostic.getSource() + "#" + diagnostic.getCode(); //$NON-NLS-1$
	}

	/** @return the row path of the diagnostic's object */
	static String path(Diagnostic diagnostic) {
		return diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject object) ? "" //$NON-NLS-1$
				: RowPaths.of(object);
	}
}
