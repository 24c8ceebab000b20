package org.jixiao.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EClass;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.validation.ProjectReconciliation;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.junit.jupiter.api.Test;

/** Project evaluations made from a department's budget project and a module's templates. */
class ProjectEvaluationsTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	private static IndicatorTemplate template(String id, String category, String subcategory, String name, String target,
			String weight) {
		return new IndicatorTemplate(id, category, subcategory, name, target.startsWith("≤") ? Comparator.AT_MOST : Comparator.AT_LEAST,
				"", new BigDecimal(weight), target, "", "", true, IndicatorTemplate.Rules.NONE, Optional.empty());
	}

	/** Templates without a 满意度 indicator, weighing 3 + 1 (产出) and 2 (效益) as a department's would. */
	private static final List<IndicatorTemplate> NO_SATISFACTION = List.of(template("a", "产出指标", "数量指标", "发放人数", "≥50人", "3"),
			template("b", "产出指标", "成本指标", "经费支出", "≤100万元", "1"), template("c", "效益指标", "社会效益指标", "覆盖率", "≥90%", "2"));

	@Test
	void withoutASatisfactionIndicatorItsWeightGoesToOutputSixtyThirty() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		BudgetProject project = ProjectEvaluations.project(department, "人员支出").orElseThrow();
		Evaluation evaluation = ProjectEvaluations.newProjectEvaluation(department, project, EvaluationKind.PROJECT,
				List.of(new TestModule(NO_SATISFACTION)), MOF);
		assertEquals(EvaluationKind.PROJECT, evaluation.getKind());
		assertEquals("人员支出", evaluation.getProjectName());
		assertEquals("219001-23-0001", evaluation.getProjectCode());
		assertEquals(List.of("产出指标", "效益指标"), evaluation.getCategories().stream().map(IndicatorCategory::getName).toList());
		assertEquals(List.of("60", "30"), evaluation.getCategories().stream().map(c -> c.getWeight().toPlainString()).toList());
		// 产出 60 over 3 : 1 → 45 and 15; 效益 30 → 30.
		assertEquals(List.of("45", "15", "30"), indicators(evaluation).stream().map(i -> i.getWeight().toPlainString()).toList());
		assertEquals(new BigDecimal("10"), evaluation.getBudget().getWeight());
		assertEquals(project.getAdjustedBudget(), evaluation.getBudget().getAdjustedBudget());
		assertEquals(project.getAdjustedBudget(), evaluation.getBudget().getBreakdowns().get(0).getAdjustedBudget(), "本年财政拨款");
		assertEquals(List.of(), ProjectReconciliation.check(department, List.of(evaluation)).stream()
				.filter(ProjectReconciliation.Finding::isWarning).toList());

		// Filled in: 48 of ≥50人 → 45 × 48/50 = 43.20; 100万元 of ≤100万元 → 15; 95% of ≥90% → 30; budget 10.
		indicators(evaluation).get(0).setActualText("48人");
		indicators(evaluation).get(0).setDeviationReason("两人年中调离");
		indicators(evaluation).get(1).setActualText("100万元");
		indicators(evaluation).get(2).setActualText("95%");
		ScoreSheet sheet = new EvaluationScorer(MOF).score(evaluation);
		assertEquals(new BigDecimal("98.20"), sheet.total(), "10 + 43.20 + 15 + 30");
		Diagnostic diagnostic = EvaluationDiagnostician.validate(evaluation, MOF);
		assertTrue(diagnostic.getSeverity() < Diagnostic.ERROR,
				"the weights add up to 100: " + diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList());
	}

	@Test
	void withASatisfactionIndicatorTheWeightsAreFiftyThirtyTen() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		BudgetProject project = ProjectEvaluations.project(department, "政府采购").orElseThrow();
		List<IndicatorTemplate> templates = new java.util.ArrayList<>(NO_SATISFACTION);
		templates.add(template("d", "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "1"));
		Evaluation evaluation = ProjectEvaluations.newProjectEvaluation(department, project, EvaluationKind.CARRIED_OVER,
				List.of(new TestModule(templates)), MOF);
		assertEquals(List.of("50", "30", "10"), evaluation.getCategories().stream().map(c -> c.getWeight().toPlainString()).toList());
		assertEquals(EvaluationKind.CARRIED_OVER, evaluation.getKind());
		assertEquals(BigDecimal.ZERO, evaluation.getBudget().getBreakdowns().get(0).getAdjustedBudget());
		assertEquals(project.getAdjustedBudget(), evaluation.getBudget().getBreakdowns().get(1).getAdjustedBudget(), "上年结转资金");
	}

	@Test
	void aGroupWithoutStandardTemplatesTakesTheOthersAndWithoutAnyGivesItsWeightToTheOther() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		BudgetProject project = ProjectEvaluations.project(department, "村干部报酬").orElseThrow();
		IndicatorTemplate optional = new IndicatorTemplate("c", "效益指标", "社会效益指标", "覆盖率", Comparator.AT_LEAST, "", new BigDecimal("2"), "≥90%", "", "",
				false, IndicatorTemplate.Rules.NONE, Optional.empty());
		Evaluation evaluation = ProjectEvaluations.newProjectEvaluation(department, project, EvaluationKind.PROJECT,
				List.of(new TestModule(List.of(NO_SATISFACTION.get(0), optional))), MOF);
		assertEquals(List.of("产出指标:60", "效益指标:30"), evaluation.getCategories().stream()
				.map(c -> c.getName() + ":" + c.getWeight().toPlainString()).toList());
		assertEquals(List.of("60", "30"), indicators(evaluation).stream().map(i -> i.getWeight().toPlainString()).toList());

		evaluation = ProjectEvaluations.newProjectEvaluation(department, project, EvaluationKind.PROJECT,
				List.of(new TestModule(List.of(NO_SATISFACTION.get(0)))), MOF);
		assertEquals(List.of("产出指标:90"), evaluation.getCategories().stream().map(c -> c.getName() + ":" + c.getWeight().toPlainString())
				.toList(), "without any 效益 template its 30 go to 产出");
		assertEquals(List.of("90"), indicators(evaluation).stream().map(i -> i.getWeight().toPlainString()).toList());
	}

	@Test
	void aProjectWithoutACodeGetsOneAndNoDepartmentKind() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		BudgetProject project = ProjectEvaluations.project(department, "公用支出").orElseThrow();
		assertFalse(ProjectEvaluations.ensureCode(department, project), "it has one");
		project.setCode(null);
		assertThrows(IllegalArgumentException.class, () -> ProjectEvaluations.newProjectEvaluation(department, project,
				EvaluationKind.PROJECT, List.of(new TestModule(NO_SATISFACTION)), MOF));
		assertTrue(ProjectEvaluations.ensureCode(department, project));
		assertEquals("P02", project.getCode());
		assertThrows(IllegalArgumentException.class, () -> ProjectEvaluations.newProjectEvaluation(department, project,
				EvaluationKind.DEPARTMENT, List.of(new TestModule(NO_SATISFACTION)), MOF));
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.toList();
	}

	private record TestModule(List<IndicatorTemplate> templates) implements IndicatorModule {
		@Override
		public String id() {
			return "general";
		}

		@Override
		public String name() {
			return "测试";
		}

		@Override
		public Optional<URL> icon() {
			return Optional.empty();
		}

		@Override
		public int order() {
			return 0;
		}

		@Override
		public List<String> businessLines() {
			return List.of();
		}

		@Override
		public Optional<BigDecimal> declaredWeightTotal() {
			return Optional.empty();
		}

		@Override
		public List<ModuleConstraint> constraints() {
			return List.of();
		}

		@Override
		public String contributor() {
			return "org.jixiao.core.tests";
		}

		@Override
		public Optional<EClass> dataClass() {
			return Optional.empty();
		}
	}
}
