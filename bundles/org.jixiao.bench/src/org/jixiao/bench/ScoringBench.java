package org.jixiao.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.IndicatorRow;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.scoring.Scorer;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench scoring}: measures the scoring engine and validation on a synthetic evaluation in
 * the product's runtime, after a warm-up, and prints the medians. Not a test: figures vary with the machine.
 */
@Command(name = "scoring", description = "Scoring and validation of a synthetic evaluation, medians after warm-up.")
final class ScoringBench implements Callable<Integer> {

	private static final String[][] ROWS = { { "≥30名", "33名" }, { "≥650万元", "850万元" }, { "≤2天", "3天" },
			{ "=100%", "98%" }, { "9月前", "8月" }, { "有效改善", "达成年度指标" }, { "≥1.5万件", "1.6万余件" },
			{ "不低于95%", "96%" }, { "≤125万元", "118.6万元" }, { "≥300篇", "300余篇" } };

	@Spec
	private CommandSpec spec;

	@Option(names = "--indicators", defaultValue = "10000", description = "Indicators in the synthetic evaluation (default: ${DEFAULT-VALUE}).")
	private int indicators;

	@Option(names = "--runs", defaultValue = "21", description = "Measured runs (default: ${DEFAULT-VALUE}).")
	private int runs;

	@Option(names = "--warmup", defaultValue = "400", description = "Warm-up runs before measuring (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		RuleSet rules = RuleSets.builtIn(RuleSets.MOF_2020);
		Evaluation evaluation = synthetic(indicators);
		out.println("jixiao-bench scoring: " + indicators + " indicators, median of " + runs + " runs after " + warmup + " warm-up runs, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ Runtime.version());

		ValueParser parser = new ValueParser(Year.of(2023));
		List<IndicatorRow> rows = new ArrayList<>();
		for (int i = 0; i < indicators; i++) {
			String[] row = ROWS[i % ROWS.length];
			rows.add(new IndicatorRow(parser.parse(row[0]), parser.parse(row[1]), new BigDecimal("1.5"))); //$NON-NLS-1$
		}
		Scorer scorer = new Scorer(rules);
		double scoring = median(() -> rows.forEach(scorer::score));
		out.printf("scoring parsed rows:        %,12.0f rows/s (%.3f ms for %d rows)%n", indicators / scoring, scoring * 1e3, indicators); //$NON-NLS-1$

		double parsing = median(() -> {
			for (int i = 0; i < indicators; i++) {
				String[] row = ROWS[i % ROWS.length];
				parser.parse(row[0]);
				parser.parse(row[1]);
			}
		});
		out.printf("parsing target and actual:  %,12.0f rows/s%n", indicators / parsing); //$NON-NLS-1$

		EvaluationScorer evaluationScorer = new EvaluationScorer(rules);
		double whole = median(() -> evaluationScorer.score(evaluation));
		out.printf("scoring a whole evaluation: %,12.0f rows/s (%.1f ms for %d rows, parsing included)%n", indicators / whole, //$NON-NLS-1$
				whole * 1e3, indicators);

		double validation = median(() -> EvaluationDiagnostician.validate(evaluation, rules));
		Diagnostic diagnostic = EvaluationDiagnostician.validate(evaluation, rules);
		out.printf("validating the evaluation:  %12.1f ms (%d diagnostics)%n", validation * 1e3, diagnostic.getChildren().size()); //$NON-NLS-1$
		return 0;
	}

	/** The median wall time of {@link #runs} runs, in seconds, after {@link #warmup} warm-up runs. */
	private double median(Runnable work) {
		for (int i = 0; i < warmup; i++) {
			work.run();
		}
		double[] seconds = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			work.run();
			seconds[i] = (System.nanoTime() - start) / 1e9;
		}
		Arrays.sort(seconds);
		return seconds[runs / 2];
	}

	private static Evaluation synthetic(int count) {
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setFiscalYear(2023);
		Department department = factory.createDepartment();
		department.setName("基准测试部门"); //$NON-NLS-1$
		evaluation.setDepartment(department);
		Budget budget = factory.createBudget();
		budget.setWeight(BigDecimal.TEN);
		budget.setInitialBudget(new BigDecimal("1000000.00")); //$NON-NLS-1$
		budget.setAdjustedBudget(new BigDecimal("1000000.00")); //$NON-NLS-1$
		budget.setExecuted(new BigDecimal("990000.00")); //$NON-NLS-1$
		evaluation.setBudget(budget);
		IndicatorCategory category = factory.createIndicatorCategory();
		category.setName("产出指标"); //$NON-NLS-1$
		category.setWeight(new BigDecimal(90));
		evaluation.getCategories().add(category);
		BigDecimal weight = new BigDecimal(90).divide(BigDecimal.valueOf(count), 6, RoundingMode.HALF_UP);
		IndicatorSubcategory subcategory = null;
		for (int i = 0; i < count; i++) {
			if (i % 100 == 0) {
				subcategory = factory.createIndicatorSubcategory();
				subcategory.setName("二级指标" + i / 100); //$NON-NLS-1$
				category.getSubcategories().add(subcategory);
			}
			Indicator indicator = factory.createIndicator();
			indicator.setName("指标" + i); //$NON-NLS-1$
			indicator.setTargetText(ROWS[i % ROWS.length][0]);
			indicator.setActualText(ROWS[i % ROWS.length][1]);
			indicator.setWeight(weight);
			indicator.setDeviationReason("说明"); //$NON-NLS-1$
			subcategory.getIndicators().add(indicator);
		}
		return evaluation;
	}
}
