package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.modules.ModuleConstraintValidator;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** The modules' constraints run in validation on their own indicators, reported with the row path. */
class ModuleConstraintsTest {

	private static List<Diagnostic> moduleDiagnostics(Evaluation evaluation) {
		return EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.filter(d -> ModuleConstraintValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())).toList();
	}

	private static Indicator indicator(Evaluation evaluation, String name) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(i -> i.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void theReferenceSampleSatisfiesEveryModuleConstraint() throws EvaluationFileException {
		assertEquals(List.of(), moduleDiagnostics(EvaluationResources.referenceSample()));
	}

	@Test
	void aClosureRateAbove100PercentIsAnErrorWithTheRowPath() throws EvaluationFileException {
		Evaluation evaluation = EvaluationResources.referenceSample();
		Indicator rate = indicator(evaluation, "为企服务平台收办问题办结率");
		rate.setActualText("105%");
		List<Diagnostic> found = moduleDiagnostics(evaluation);
		assertEquals(1, found.size(), found.toString());
		Diagnostic diagnostic = found.get(0);
		assertEquals(Diagnostic.ERROR, diagnostic.getSeverity());
		assertEquals(ModuleConstraintValidator.CONSTRAINT_VIOLATED, diagnostic.getCode());
		assertSame(rate, diagnostic.getData().get(0));
		assertTrue(diagnostic.getMessage().startsWith("产出指标 / 质量指标 / 为企服务平台收办问题办结率: "), diagnostic.getMessage());
		assertTrue(diagnostic.getMessage().contains("105%"), diagnostic.getMessage());
	}

	@Test
	void aNegativeCountIsAnErrorInEveryModule() throws EvaluationFileException {
		Evaluation evaluation = EvaluationResources.referenceSample();
		for (String name : List.of("发展党员", "新雇员招聘", "开发公益性岗位", "举办各类企业座谈会", "妥善处置市下发舆情")) {
			indicator(evaluation, name).setActualText("-3名");
		}
		indicator(evaluation, "因欠薪导致的群体性事件和极端事件").setTargetText("=-1起");
		List<Diagnostic> found = moduleDiagnostics(evaluation);
		assertEquals(6, found.size(), found.toString());
		assertTrue(found.stream().allMatch(d -> d.getSeverity() == Diagnostic.ERROR));
		assertTrue(found.stream().anyMatch(d -> d.getMessage().startsWith("效益指标 / 社会效益指标 / 因欠薪导致的群体性事件和极端事件: ")
				&& d.getMessage().contains("=-1起")), found.toString());
	}

	@Test
	void constraintsRunOnlyForIndicatorsOfAnInstalledModule() throws EvaluationFileException {
		Evaluation evaluation = EvaluationResources.referenceSample();
		Indicator rate = indicator(evaluation, "为企服务平台收办问题办结率");
		rate.setActualText("105%");
		rate.setModuleId("not-installed");
		assertEquals(List.of(), moduleDiagnostics(evaluation));
		rate.setModuleId(null);
		assertEquals(List.of(), moduleDiagnostics(evaluation));
	}

	@Test
	void aGrowthRateMayExceed100Percent() throws EvaluationFileException {
		Evaluation evaluation = EvaluationResources.referenceSample();
		Indicator rate = indicator(evaluation, "为企服务平台收办问题办结率");
		rate.setName("为企服务平台收办问题增长率");
		rate.setActualText("120%");
		assertEquals(List.of(), moduleDiagnostics(evaluation));
	}
}
