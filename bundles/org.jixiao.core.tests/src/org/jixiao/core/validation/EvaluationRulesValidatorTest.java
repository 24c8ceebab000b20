package org.jixiao.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each rule: a faulty evaluation gives a diagnostic with the rule's code and the row's path. */
class EvaluationRulesValidatorTest {

	private Evaluation evaluation;

	@BeforeEach
	void loadSample() throws Exception {
		evaluation = EvaluationResources.referenceSample();
	}

	private Indicator indicator(String name) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
	}

	/** The errors and warnings of one rule. */
	private List<Diagnostic> problems(EvaluationProblem problem) {
		return diagnostics(problem).stream().filter(d -> d.getSeverity() > Diagnostic.INFO).toList();
	}

	private List<Diagnostic> diagnostics(EvaluationProblem problem) {
		return EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.filter(d -> EvaluationRulesValidator.DIAGNOSTIC_SOURCE.equals(d.getSource()) && d.getCode() == problem.code()).toList();
	}

	private Diagnostic only(EvaluationProblem problem) {
		List<Diagnostic> found = problems(problem);
		assertEquals(1, found.size(), () -> problem + ": " + found);
		return found.get(0);
	}

	@Test
	void weightsThatDoNotAddUpTo100AreAnError() {
		evaluation.getCategories().get(0).setWeight(new BigDecimal("49"));
		Diagnostic d = only(EvaluationProblem.WEIGHTS_SUM_TO_HUNDRED);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertEquals(evaluation, d.getData().get(0));
		assertTrue(d.getMessage().contains("99"), d.getMessage());
	}

	@Test
	void subcategoryWeightsThatDoNotAddUpNameTheCategory() {
		evaluation.getCategories().get(0).getSubcategories().get(1).setWeight(new BigDecimal("7"));
		assertTrue(only(EvaluationProblem.SUBCATEGORY_WEIGHTS_SUM).getMessage().startsWith("产出指标: "));
		assertTrue(only(EvaluationProblem.INDICATOR_WEIGHTS_SUM).getMessage().startsWith("产出指标 / 质量指标: "));
	}

	@Test
	void aZeroWeightIsAnErrorOnItsRow() {
		indicator("发展党员").setWeight(BigDecimal.ZERO);
		assertTrue(only(EvaluationProblem.WEIGHT_POSITIVE).getMessage().startsWith("产出指标 / 数量指标 / 发展党员: "));
	}

	@Test
	void aMissingOrUnparseableTargetIsAnErrorNamingTheText() {
		indicator("发展党员").setTargetText("≥三三名");
		Diagnostic d = only(EvaluationProblem.TARGET_PARSES);
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 发展党员: "), d.getMessage());
		assertTrue(d.getMessage().contains("三三"), d.getMessage());
		assertEquals(indicator("发展党员"), d.getData().get(0));

		indicator("发展党员").setTargetText(" ");
		assertEquals(1, problems(EvaluationProblem.TARGET_PARSES).size());
	}

	@Test
	void anUnreadableActualIsAnError() {
		indicator("新雇员招聘").setActualText("21-25名");
		Diagnostic d = only(EvaluationProblem.ACTUAL_PARSES);
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 新雇员招聘: "), d.getMessage());
		assertTrue(d.getMessage().contains("21-25名"), d.getMessage());
	}

	@Test
	void anActualInAUnitOfWeightForACountIsAnError() {
		indicator("新雇员招聘").setActualText("21斤");
		Diagnostic d = only(EvaluationProblem.UNITS_COMPATIBLE);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertTrue(d.getMessage().contains("斤"), d.getMessage());
	}

	@Test
	void aChineseNumeralOrAnApproximateActualIsAnInfoAndScores() {
		indicator("新雇员招聘").setActualText("二十余名");
		List<Diagnostic> infos = diagnostics(EvaluationProblem.ACTUAL_PARSES).stream()
				.filter(d -> d.getData().get(0) == indicator("新雇员招聘")).toList();
		assertEquals(2, infos.size(), infos.toString());
		assertTrue(infos.stream().allMatch(d -> d.getSeverity() == Diagnostic.INFO), infos.toString());
		assertTrue(infos.get(0).getMessage().contains("二十余名") && infos.get(0).getMessage().contains("20名"), infos.toString());
	}

	@Test
	void aNegativeBreakdownAmountIsAnErrorOnItsLine() {
		evaluation.getBudget().getBreakdowns().get(0).setExecuted(new BigDecimal("-5"));
		List<Diagnostic> found = problems(EvaluationProblem.BREAKDOWNS_ADD_UP).stream()
				.filter(d -> d.getSeverity() == Diagnostic.ERROR).toList();
		assertEquals(1, found.size(), found.toString());
		assertEquals(evaluation.getBudget().getBreakdowns().get(0), found.get(0).getData().get(0));
		assertTrue(found.get(0).getMessage().contains("-5"), found.get(0).getMessage());
	}

	@Test
	void anActualOfAnotherDimensionIsAnError() {
		indicator("新雇员招聘").setActualText("21万元");
		Diagnostic d = only(EvaluationProblem.UNITS_COMPATIBLE);
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 新雇员招聘: "), d.getMessage());
		assertTrue(d.getMessage().contains("万元"), d.getMessage());
	}

	@Test
	void aNonNumericActualOnAQuantitativeRowNeedsTheOfficersScore() {
		indicator("新雇员招聘").setActualText("完成");
		Diagnostic d = only(EvaluationProblem.SCORE_DETERMINED);
		assertEquals(Diagnostic.ERROR, d.getSeverity());
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 新雇员招聘: "), d.getMessage());
	}

	@Test
	void aShortfallWithoutExplanationIsAnError() {
		indicator("非公党建工作指导员补助发放").setDeviationReason(null);
		Diagnostic d = only(EvaluationProblem.DEVIATION_EXPLAINED);
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 非公党建工作指导员补助发放: "), d.getMessage());
	}

	@Test
	void anOverAchievementWithoutExplanationIsAnError() {
		indicator("小额担保贷款银行实际发放金额").setDeviationReason("");
		assertTrue(only(EvaluationProblem.DEVIATION_EXPLAINED).getMessage().startsWith("产出指标 / 数量指标 / 小额担保贷款银行实际发放金额: "));
	}

	@Test
	void aQualitativeScoreOutsideItsBandIsAnError() {
		Indicator indicator = indicator("领导班子年度综合考核等次");
		indicator.setActualText("部分达成年度指标并具有一定效果");
		ScoreAdjustment adjustment = EvaluationFactory.eINSTANCE.createScoreAdjustment();
		adjustment.setScore(new BigDecimal("1.9"));
		adjustment.setReason("部分达成");
		indicator.setAdjustment(adjustment);
		indicator.setDeviationReason("考核等次为良好");
		Diagnostic d = only(EvaluationProblem.QUALITATIVE_SCORE_IN_BAND);
		assertTrue(d.getMessage().startsWith("产出指标 / 质量指标 / 领导班子年度综合考核等次: "), d.getMessage());
	}

	@Test
	void anAdjustmentWithoutReasonIsAnError() {
		Indicator indicator = indicator("发展党员");
		ScoreAdjustment adjustment = EvaluationFactory.eINSTANCE.createScoreAdjustment();
		adjustment.setScore(new BigDecimal("1"));
		indicator.setAdjustment(adjustment);
		List<Diagnostic> found = problems(EvaluationProblem.ADJUSTMENT_VALID);
		assertFalse(found.isEmpty());
		assertTrue(found.get(0).getMessage().startsWith("产出指标 / 数量指标 / 发展党员: "), found.get(0).getMessage());
	}

	@Test
	void breakdownsThatDoNotAddUpAreAWarningNamingTheDifference() {
		BudgetProject project = evaluation.getBudget().getProjects().get(8);
		project.setAdjustedBudget(project.getAdjustedBudget().add(new BigDecimal("100.00")));
		Diagnostic d = only(EvaluationProblem.BREAKDOWNS_ADD_UP);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertTrue(d.getMessage().startsWith("预算资金"), d.getMessage());
		assertTrue(d.getMessage().contains("100"), d.getMessage());
	}

	@Test
	void aZeroBudgetIsAnErrorNotADivisionFault() {
		evaluation.getBudget().setAdjustedBudget(BigDecimal.ZERO);
		assertTrue(problems(EvaluationProblem.BREAKDOWNS_ADD_UP).stream()
				.anyMatch(d -> d.getSeverity() == Diagnostic.ERROR && d.getMessage().startsWith("预算资金")));
	}

	@Test
	void aMidYearAdjustmentWithoutExplanationIsAnError() {
		evaluation.getBudget().setInitialBudget(new BigDecimal("25000000.00"));
		assertTrue(only(EvaluationProblem.ADJUSTMENT_EXPLAINED).getMessage().startsWith("预算资金"));
		evaluation.getBudget().setExplanation("年中追加人才扶持专项资金。");
		assertTrue(problems(EvaluationProblem.ADJUSTMENT_EXPLAINED).isEmpty());
	}

	@Test
	void anUnknownRuleSetIsAnErrorNamingTheId() {
		evaluation.setRuleSetId("dept-9999");
		assertTrue(only(EvaluationProblem.UNKNOWN_RULE_SET).getMessage().contains("dept-9999"));
	}

	@Test
	void aStatedScoreThatDiffersIsAWarning() {
		indicator("发展党员").setStatedScore(new BigDecimal("1.2"));
		Diagnostic d = only(EvaluationProblem.STATED_SCORE_MATCHES);
		assertEquals(Diagnostic.WARNING, d.getSeverity());
		assertTrue(d.getMessage().startsWith("产出指标 / 数量指标 / 发展党员: "), d.getMessage());
	}

	@Test
	void anotherRuleSetCanBeGivenByTheCaller() {
		evaluation.setRuleSetId("dept-9999");
		assertTrue(EvaluationDiagnostician.validate(evaluation, RuleSets.builtIn(RuleSets.TRANSFER_2020)).getChildren().stream()
				.noneMatch(d -> d.getCode() == EvaluationProblem.UNKNOWN_RULE_SET.code()));
	}
}
