package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.jixiao.core.scoring.Grade;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.scoring.ScoreFlag;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An indicator marked 不适用 is left out and the total rescaled to 100 over the applicable weights (the
 * central table's scoring notes: 不适用的指标不予考核，以适用指标得分汇总后按百分制折算).
 */
class NotApplicableTest {

	/*
	 * The hand-worked example:
	 *   预算执行率   分值 10, 全年预算 1,000,000, 执行 950,000   → 10 × 950000/1000000 = 9.50
	 *   受益人数     分值 30, ≥100人, 实际 120人                  → 30.00
	 *   培训场次     分值 20, 不适用                              → left out
	 *   验收合格率   分值 20, ≥100%, 实际 80%                     → 20 × 80/100 = 16.00
	 *   满意度       分值 20, ≥90%, 实际 95%                      → 20.00
	 *   得分 a = 9.50 + 30.00 + 16.00 + 20.00 = 75.50
	 *   适用分值 b = 10 + 30 + 20 + 20 = 80
	 *   总分 = 75.50 / 80 × 100 = 94.375 → 94.38 (half up), 优
	 *   Without the rescaling the total would be 75.50 (中): the 20 points of the row that does not
	 *   apply would count as lost.
	 */
	static Evaluation example() {
		EvaluationFactory f = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = f.createEvaluation();
		evaluation.setFiscalYear(2023);
		Department department = f.createDepartment();
		department.setName("示例单位");
		evaluation.setDepartment(department);
		Budget budget = f.createBudget();
		budget.setWeight(new BigDecimal("10"));
		budget.setInitialBudget(new BigDecimal("1000000"));
		budget.setAdjustedBudget(new BigDecimal("1000000"));
		budget.setExecuted(new BigDecimal("950000"));
		evaluation.setBudget(budget);
		IndicatorSubcategory output = group(evaluation, "产出指标", "70", "数量指标", "70");
		output.getIndicators().add(indicator("受益人数", "≥100人", "120人", "30"));
		Indicator notApplicable = indicator("培训场次", "≥4场", "", "20");
		notApplicable.setNotApplicable(true);
		output.getIndicators().add(notApplicable);
		output.getIndicators().add(indicator("验收合格率", "≥100%", "80%", "20"));
		group(evaluation, "满意度指标", "20", "服务对象满意度指标", "20").getIndicators()
				.add(indicator("满意度", "≥90%", "95%", "20"));
		return evaluation;
	}

	@Test
	void leavesTheRowOutAndRescalesTheTotalToHundred() {
		ScoreSheet sheet = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(example());
		assertEquals(new BigDecimal("9.50"), sheet.budget().score());
		assertEquals(new BigDecimal("94.38"), sheet.total());
		assertEquals(Grade.EXCELLENT, sheet.grade());
		IndicatorScore left = sheet.indicators().get(1);
		assertEquals("培训场次", left.indicator().getName());
		assertEquals(new BigDecimal("0.00"), left.score().score());
		assertTrue(left.score().flags().contains(ScoreFlag.NOT_APPLICABLE));
		assertFalse(left.score().flags().contains(ScoreFlag.NEEDS_EXPLANATION), "a row that does not apply needs no deviation analysis");
		assertTrue(left.score().problems().isEmpty(), "an empty actual of a row that does not apply is no problem");
		assertTrue(sheet.totalExplanation().contains("75.50") && sheet.totalExplanation().contains("80")
				&& sheet.totalExplanation().contains("94.38"), sheet.totalExplanation());
	}

	@Test
	void theValidatorLeavesTheRowOutToo() {
		Evaluation evaluation = example();
		Indicator left = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		left.setActualText("很多");
		assertTrue(org.jixiao.core.validation.EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.noneMatch(d -> d.getData().contains(left)), "a row that does not apply has no missing actual nor deviation to explain");
		left.setNotApplicable(false);
		assertTrue(org.jixiao.core.validation.EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.anyMatch(d -> d.getData().contains(left)), "the same row when it applies");
	}

	@Test
	void withoutRowsLeftOutTheTotalIsThePlainSum() {
		Evaluation evaluation = example();
		evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setNotApplicable(false);
		evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("4场");
		ScoreSheet sheet = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(evaluation);
		assertEquals(new BigDecimal("95.50"), sheet.total());
		assertEquals("", sheet.totalExplanation());
	}

	@Test
	void whenNothingAppliesTheTotalIsZero() {
		Evaluation evaluation = example();
		evaluation.getBudget().setWeight(BigDecimal.ZERO);
		evaluation.eAllContents().forEachRemaining(o -> {
			if (o instanceof Indicator indicator) {
				indicator.setNotApplicable(true);
			}
		});
		ScoreSheet sheet = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(evaluation);
		assertEquals(new BigDecimal("0.00"), sheet.total());
		assertFalse(sheet.totalExplanation().isEmpty());
	}

	@Test
	@Tag("zh")
	void explainsTheRescalingInChinese() {
		ScoreSheet sheet = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(example());
		assertEquals("不适用指标 培训场次 分值 20 不计；得分 75.50 / 适用分值 80 × 100 = 94.38", sheet.totalExplanation());
		assertEquals("不适用：分值20不计入总分，总分按适用分值折算为百分制", sheet.indicators().get(1).score().explanation());
	}

	static IndicatorSubcategory group(Evaluation evaluation, String category, String categoryWeight, String subcategory,
			String subcategoryWeight) {
		IndicatorCategory first = EvaluationFactory.eINSTANCE.createIndicatorCategory();
		first.setName(category);
		first.setWeight(new BigDecimal(categoryWeight));
		IndicatorSubcategory second = EvaluationFactory.eINSTANCE.createIndicatorSubcategory();
		second.setName(subcategory);
		second.setWeight(new BigDecimal(subcategoryWeight));
		first.getSubcategories().add(second);
		evaluation.getCategories().add(first);
		return second;
	}

	static Indicator indicator(String name, String target, String actual, String weight) {
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName(name);
		indicator.setTargetText(target);
		indicator.setActualText(actual);
		indicator.setWeight(new BigDecimal(weight));
		return indicator;
	}
}
