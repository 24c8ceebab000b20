package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.core.modules.EvaluationTemplates;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.modules.Placement;
import org.jixiao.core.modules.TemplateLibrary;
import org.jixiao.core.modules.TemplateLibraryException;
import org.jixiao.core.value.ParsedValue;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.TargetBasis;
import org.junit.jupiter.api.Test;

/** The built-in template libraries are valid, and the reader rejects broken ones naming the template. */
class TemplateLibraryTest {

	private static List<IndicatorModule> builtIn() {
		return ModuleRegistry.getDefault().modules().stream().filter(m -> ModuleRegistryTest.BUILT_IN.contains(m.id())).toList();
	}

	@Test
	void standardWeightsAddUpToTheDeclaredTotalsAndTheFiveTo90() {
		BigDecimal all = BigDecimal.ZERO;
		for (IndicatorModule module : builtIn()) {
			BigDecimal sum = module.templates().stream().filter(IndicatorTemplate::standard).map(IndicatorTemplate::weight)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
			assertEquals(0, sum.compareTo(module.declaredWeightTotal().orElseThrow()), module.id());
			all = all.add(sum);
		}
		assertEquals(0, all.compareTo(BigDecimal.valueOf(90)), "with budget execution's 10 the five make 100: " + all);
	}

	@Test
	void everyTargetParsesWithTheCoreParserAndEveryPlacementIsOneOfTheTable() {
		ValueParser parser = new ValueParser(Year.of(2023));
		Set<String> names = new HashSet<>();
		int count = 0;
		for (IndicatorModule module : builtIn()) {
			for (IndicatorTemplate template : module.templates()) {
				count++;
				assertInstanceOf(ParsedValue.class, parser.parse(template.target()), module.id() + ": " + template.name());
				assertTrue(Placement.isValid(template.category(), template.subcategory()), template.name());
				assertFalse(template.guidance().isBlank() || template.section().isBlank(), template.name());
				assertTrue(template.weight().signum() > 0, template.name());
				assertTrue(names.add(template.name()), "indicator names are unique across the modules: " + template.name());
			}
		}
		assertEquals(66, count);
	}

	@Test
	void aLibraryWhoseWeightsDoNotAddUpIsRejected() {
		TemplateLibraryException e = assertThrows(TemplateLibraryException.class, () -> read("""
				{ "weightTotal": 3, "templates": [ %s, %s ] }""".formatted(template("a", "甲", "≥", "次", "1", "≥3次"),
				template("b", "乙", "≥", "次", "1.5", "≥3次"))));
		assertTrue(e.getMessage().contains("test.json") && e.getMessage().contains("2.5") && e.getMessage().contains("3"), e.getMessage());
	}

	@Test
	void aTargetThatDoesNotParseOrDoesNotFitTheComparatorIsRejectedNamingTheTemplate() {
		String notParsing = assertThrows(TemplateLibraryException.class,
				() -> read("{ \"templates\": [ " + template("bad-target", "甲", "≥", "名", "1", "≥三三名") + " ] }")).getMessage();
		assertTrue(notParsing.contains("bad-target") && notParsing.contains("≥三三名"), notParsing);
		String wrongKind = assertThrows(TemplateLibraryException.class,
				() -> read("{ \"templates\": [ " + template("wrong-kind", "甲", "≤", "名", "1", "≥30名") + " ] }")).getMessage();
		assertTrue(wrongKind.contains("wrong-kind") && wrongKind.contains("≥30名"), wrongKind);
		String comparator = assertThrows(TemplateLibraryException.class,
				() -> read("{ \"templates\": [ " + template("odd", "甲", "about", "名", "1", "≥30名") + " ] }")).getMessage();
		assertTrue(comparator.contains("about"), comparator);
		String unit = assertThrows(TemplateLibraryException.class,
				() -> read("{ \"templates\": [ " + template("money", "甲", "≤", "万元", "1", "≤30名") + " ] }")).getMessage();
		assertTrue(unit.contains("money") && unit.contains("万元"), unit);
	}

	@Test
	void placementWeightDuplicatesAndMissingFieldsAreRejected() {
		assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [ "
				+ template("a", "甲", "≥", "次", "1", "≥3次").replace("数量指标", "满意度") + " ] }"));
		assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [ " + template("a", "甲", "≥", "次", "0", "≥3次") + " ] }"));
		assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [ " + template("a", "甲", "≥", "次", "1", "≥3次") + ", "
				+ template("b", "甲", "≥", "次", "1", "≥3次") + " ] }"));
		assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [ "
				+ template("a", "甲", "≥", "次", "1", "≥3次").replace("\"guidance\": \"说明。\", ", "") + " ] }"));
		assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [] }"));
		assertThrows(TemplateLibraryException.class, () -> read("not json {"));
	}

	@Test
	void aValidLibraryKeepsOrderAndStandardFlag() throws TemplateLibraryException {
		TemplateLibrary library = read("{ \"templates\": [ " + template("a", "甲", "≥", "次", "1", "≥3次") + ", "
				+ template("b", "乙", "time", "", "2", "12月底前").replace("\"standard\": true", "\"standard\": false") + " ] }");
		assertEquals(List.of("甲", "乙"), library.templates().stream().map(IndicatorTemplate::name).toList());
		assertTrue(library.templates().get(0).standard());
		assertFalse(library.templates().get(1).standard());
		assertTrue(library.weightTotal().isEmpty());
	}

	@Test
	void theBasisOfTheTargetTheCriterionAndTheCoreFlagReachTheIndicatorAndABadBasisIsRejectedNamingTheTemplate() throws Exception {
		TemplateLibrary library = read("{ \"templates\": [ " + template("a", "甲", "≥", "次", "1", "≥3次").replace("\"standard\": true",
				"\"standard\": true, \"basis\": \"行业标准\", \"criterion\": \"每少1次扣0.2分\", \"core\": true") + ", "
				+ template("b", "乙", "≥", "次", "1", "≥3次") + " ] }");
		IndicatorTemplate stated = library.templates().get(0);
		assertEquals(new IndicatorTemplate.Rules(TargetBasis.INDUSTRY, "每少1次扣0.2分", true), stated.rules());
		assertEquals(IndicatorTemplate.Rules.NONE, library.templates().get(1).rules());
		Indicator indicator = EvaluationTemplates.newIndicator(builtIn().get(0), stated);
		assertEquals(List.of(TargetBasis.INDUSTRY, "每少1次扣0.2分", true), List.of(indicator.getTargetBasis(), indicator.getScoringCriterion(), indicator.isCore()));
		Indicator plain = EvaluationTemplates.newIndicator(builtIn().get(0), library.templates().get(1));
		assertFalse(plain.isSetTargetBasis() || plain.getScoringCriterion() != null || plain.isCore(), "a template that states none sets none");
		String message = assertThrows(TemplateLibraryException.class, () -> read("{ \"templates\": [ "
				+ template("odd-basis", "丙", "≥", "次", "1", "≥3次").replace("\"standard\": true", "\"basis\": \"上级要求\"") + " ] }")).getMessage();
		assertTrue(message.contains("odd-basis") && message.contains("上级要求"), message);
		assertTrue(builtIn().stream().flatMap(m -> m.templates().stream()).anyMatch(t -> t.rules().basis() == TargetBasis.PLAN
				&& !t.rules().criterion().isEmpty()), "the shipped libraries state them");
	}

	private static TemplateLibrary read(String json) throws TemplateLibraryException {
		return TemplateLibrary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
	}

	private static String template(String id, String name, String comparator, String unit, String weight, String target) {
		return """
				{ "id": "%s", "category": "产出指标", "subcategory": "数量指标", "name": "%s", "comparator": "%s", "unit": "%s",
				  "weight": %s, "target": "%s", "guidance": "说明。", "section": "工作", "standard": true }""".formatted(id, name,
				comparator, unit, weight, target);
	}
}
