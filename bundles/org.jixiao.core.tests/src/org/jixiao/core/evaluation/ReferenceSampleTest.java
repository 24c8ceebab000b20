package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.scoring.Grade;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** The 2023 党政办公室 sample reproduces the published report. */
class ReferenceSampleTest {

	private static final Set<String> MODULES = Set.of("partybuilding", "general", "hr", "socialinsurance", "businessenv");

	@Test
	void theSampleHasTheReportsBudgetAndProjects() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		assertEquals(2023, sample.getFiscalYear());
		assertEquals("党政办公室", sample.getDepartment().getName());
		assertEquals(new BigDecimal("25567092.46"), sample.getBudget().getAdjustedBudget());
		assertEquals(9, sample.getBudget().getProjects().size());
		assertEquals(new BigDecimal("25567092.46"), sample.getBudget().getProjects().stream()
				.map(p -> p.getAdjustedBudget()).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertEquals(List.of("人员支出", "公用支出", "村干部报酬", "党建专项资金", "党政业务专项", "运转保障专项", "人社业务专项", "人才扶持专项", "政府采购"),
				sample.getBudget().getProjects().stream().map(p -> p.getName()).toList());
	}

	@Test
	void theSampleScoresExactly99Point3Excellent() throws Exception {
		ScoreSheet sheet = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(EvaluationResources.referenceSample());
		assertEquals(new BigDecimal("99.30"), sheet.total());
		assertEquals(Grade.EXCELLENT, sheet.grade());
		assertEquals(new BigDecimal("10.00"), sheet.budget().score());
		assertTrue(sheet.indicators().size() >= 40, "at least 40 三级 indicators: " + sheet.indicators().size());
		List<IndicatorScore> deviations = sheet.indicators().stream()
				.filter(row -> row.score().score().compareTo(row.score().weight()) < 0).toList();
		assertEquals(1, deviations.size(), "one deviation");
		IndicatorScore deviation = deviations.get(0);
		assertEquals("产出指标 / 数量指标 / 非公党建工作指导员补助发放", deviation.path());
		assertEquals(new BigDecimal("2.30"), deviation.score().score());
		assertTrue(deviation.indicator().getDeviationReason().contains("考核未及时开展"), deviation.indicator().getDeviationReason());
	}

	@Test
	void theSampleValidatesWithoutErrors() throws Exception {
		Diagnostic diagnostic = EvaluationDiagnostician.validate(EvaluationResources.referenceSample(), null);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR, () -> diagnostic.getChildren().stream()
				.map(Diagnostic::getMessage).reduce("", (a, b) -> a + "\n" + b));
	}

	@Test
	void everyIndicatorOfTheSampleBelongsToAModule() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		List<Indicator> indicators = sample.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).toList();
		for (Indicator indicator : indicators) {
			assertTrue(MODULES.contains(indicator.getModuleId()), indicator.getName() + " → " + indicator.getModuleId());
		}
		assertEquals(MODULES, Set.copyOf(indicators.stream().map(Indicator::getModuleId).toList()), "every module has indicators");
	}
}
