package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.modules.EvaluationTemplates;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.core.validation.EvaluationProblem;
import org.jixiao.core.validation.EvaluationRulesValidator;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;
import org.junit.jupiter.api.Test;

/** The 2023 reference sample is built from the modules' templates, and new evaluations validate structurally. */
class ReferenceSampleModulesTest {

	private static final Set<EvaluationProblem> STRUCTURAL = Set.of(EvaluationProblem.WEIGHTS_SUM_TO_HUNDRED,
			EvaluationProblem.SUBCATEGORY_WEIGHTS_SUM, EvaluationProblem.INDICATOR_WEIGHTS_SUM, EvaluationProblem.WEIGHT_POSITIVE,
			EvaluationProblem.TARGET_PARSES, EvaluationProblem.UNKNOWN_RULE_SET);

	private final ModuleRegistry registry = ModuleRegistry.getDefault();

	@Test
	void everySampleIndicatorIsATemplateOfItsModuleWithTheSamePlacementComparatorTargetAndWeight() throws EvaluationFileException {
		Evaluation sample = EvaluationResources.referenceSample();
		int count = 0;
		for (IndicatorCategory category : sample.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					count++;
					IndicatorModule module = registry.module(indicator.getModuleId())
							.orElseThrow(() -> new AssertionError(indicator.getName() + ": no module " + indicator.getModuleId()));
					IndicatorTemplate template = module.template(indicator.getName())
							.orElseThrow(() -> new AssertionError(indicator.getName() + " is no template of " + module.id()));
					assertEquals(category.getName(), template.category(), template.name());
					assertEquals(subcategory.getName(), template.subcategory(), template.name());
					assertEquals(indicator.getComparator(), template.comparator(), template.name());
					assertEquals(indicator.getTargetText(), template.target(), template.name());
					assertEquals(0, indicator.getWeight().compareTo(template.weight()), template.name());
					assertTrue(template.standard(), template.name());
				}
			}
		}
		assertEquals(44, count);
		for (BudgetProject project : sample.getBudget().getProjects()) {
			assertTrue(registry.module(project.getModuleId()).isPresent(), project.getName() + " " + project.getModuleId());
		}
	}

	@Test
	void aNewEvaluationFromTheFiveModulesHasTheSampleTree() throws EvaluationFileException {
		Evaluation sample = EvaluationResources.referenceSample();
		List<IndicatorModule> five = ModuleRegistryTest.BUILT_IN.stream().map(id -> registry.module(id).orElseThrow()).toList();
		Evaluation created = EvaluationTemplates.newEvaluation("党政办公室", 2023, five);
		assertEquals(rows(sample), rows(created));
		assertEquals(groups(sample), groups(created));
		assertEquals(0, created.getBudget().getWeight().compareTo(sample.getBudget().getWeight()));
		assertEquals("党政办公室", created.getDepartment().getName());
		assertEquals(2023, created.getFiscalYear());
		assertEquals(List.of(), structural(created));

		List<NarrativeSection> narrative = created.getNarrative();
		assertEquals(List.of(SectionKind.WORK, SectionKind.RESULTS, SectionKind.NEXT_STEPS, SectionKind.ATTACHMENTS),
				narrative.stream().map(NarrativeSection::getKind).toList());
		assertEquals("自评工作开展情况", narrative.get(0).getTitle());
		assertEquals(ModuleRegistryTest.BUILT_IN, narrative.get(0).getSubsections().stream().map(NarrativeSection::getModuleId).toList());
		Set<String> headings = new HashSet<>();
		narrative.get(0).getSubsections().forEach(s -> s.getSubsections().forEach(h -> headings.add(h.getTitle())));
		assertTrue(headings.containsAll(Set.of("聚力打造非公党建品牌", "切实履行办文办会职责", "深入推进“双招双引”", "积极开展暖民心行动")), headings.toString());
	}

	@Test
	void aNewEvaluationFromTwoModulesIsScaledToAHundred() {
		Evaluation created = EvaluationTemplates.newEvaluation("人社局", 2024,
				List.of(registry.module("socialinsurance").orElseThrow(), registry.module("hr").orElseThrow()));
		BigDecimal total = created.getBudget().getWeight();
		for (IndicatorCategory category : created.getCategories()) {
			total = total.add(category.getWeight());
		}
		assertEquals(0, total.compareTo(BigDecimal.valueOf(100)), total.toPlainString());
		assertEquals(List.of("产出指标", "效益指标"), created.getCategories().stream().map(IndicatorCategory::getName).toList());
		assertEquals(List.of("数量指标", "质量指标", "时效指标", "成本指标"),
				created.getCategories().get(0).getSubcategories().stream().map(IndicatorSubcategory::getName).toList());
		assertEquals(19, created.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToInt(s -> s.getIndicators().size()).sum());
		assertEquals(List.of(), structural(created));
		assertFalse(created.getCategories().get(0).getSubcategories().get(0).getIndicators().isEmpty());
	}

	private static List<String> structural(Evaluation evaluation) {
		return EvaluationDiagnostician.validate(evaluation, null).getChildren().stream()
				.filter(d -> EvaluationRulesValidator.DIAGNOSTIC_SOURCE.equals(d.getSource())
						&& STRUCTURAL.contains(EvaluationProblem.ofCode(d.getCode())))
				.map(Diagnostic::getMessage).toList();
	}

	private static Set<String> rows(Evaluation evaluation) {
		Set<String> rows = new TreeSet<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator i : subcategory.getIndicators()) {
					rows.add(String.join("|", category.getName(), subcategory.getName(), i.getName(), i.getModuleId(),
							i.getComparator().getLiteral(), i.getTargetText(), i.getWeight().stripTrailingZeros().toPlainString()));
				}
			}
		}
		return rows;
	}

	private static List<String> groups(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> java.util.stream.Stream.concat(
				java.util.stream.Stream.of(c.getName() + "=" + c.getWeight().stripTrailingZeros().toPlainString()),
				c.getSubcategories().stream().map(s -> s.getName() + "=" + s.getWeight().stripTrailingZeros().toPlainString())))
				.toList();
	}
}
