package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.jixiao.core.ledger.FeedChange;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.modules.IndicatorModule;
import org.jixiao.core.modules.IndicatorTemplate;
import org.jixiao.core.modules.ModuleConstraint;
import org.jixiao.core.modules.TemplateLibrary;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.testing.TestLedgers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ledger feeds by their declaration: a count of matched entries in the fiscal year with its note and
 * the deviation drafted from the others, a ratio, a sum; an empty ledger feeds nothing; a value entered
 * by hand is kept and reported when it disagrees.
 */
class LedgerFeedsTest {

	private static final String TEMPLATES = """
			{ "templates": [
			  { "id": "done", "category": "产出指标", "subcategory": "数量指标", "name": "已办结事项", "comparator": "≥", "unit": "件",
			    "weight": 2, "target": "≥2件", "guidance": "以台账为准。", "section": "测试",
			    "feed": { "ledger": "entries", "measure": "count", "where": { "done": true }, "inYear": "on",
			              "note": "{total}件中{matched}件已办结", "reasons": "name" } },
			  { "id": "rate", "category": "产出指标", "subcategory": "质量指标", "name": "办结率", "comparator": "=", "unit": "%",
			    "weight": 2, "target": "=100%", "guidance": "以台账为准。", "section": "测试",
			    "feed": { "ledger": "entries", "measure": "ratio", "where": { "done": "true" }, "reasons": "name" } },
			  { "id": "sum", "category": "产出指标", "subcategory": "成本指标", "name": "已办结金额", "comparator": "≤", "unit": "元",
			    "weight": 1, "target": "≤5000元", "guidance": "以台账为准。", "section": "测试",
			    "feed": { "ledger": "entries", "measure": "sum", "field": "amount", "where": { "done": true } } }
			] }
			""";

	private LedgerFeeds feeds;
	private Evaluation evaluation;
	private Map<String, Indicator> indicators;

	@BeforeEach
	void setUp() throws Exception {
		TestLedgers.register();
		TemplateLibrary library = TemplateLibrary.read(new ByteArrayInputStream(TEMPLATES.getBytes(StandardCharsets.UTF_8)), "test.json");
		IndicatorModule module = new TestModule(library);
		feeds = new LedgerFeeds(id -> "test".equals(id) ? Optional.of(module) : Optional.empty());
		evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setFiscalYear(2023);
		IndicatorCategory category = EvaluationFactory.eINSTANCE.createIndicatorCategory();
		IndicatorSubcategory subcategory = EvaluationFactory.eINSTANCE.createIndicatorSubcategory();
		category.getSubcategories().add(subcategory);
		evaluation.getCategories().add(category);
		indicators = new java.util.LinkedHashMap<>();
		for (IndicatorTemplate template : library.templates()) {
			Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
			indicator.setName(template.name());
			indicator.setModuleId("test");
			indicator.setActualText("0" + template.unit());
			subcategory.getIndicators().add(indicator);
			indicators.put(template.id(), indicator);
		}
	}

	private ModuleData ledger() {
		ModuleData data = TestLedgers.data("test");
		TestLedgers.add(data, null, "张某某", true, new BigDecimal("1200.5"), LedgerValues.date(LocalDate.of(2023, 3, 1)));
		TestLedgers.add(data, null, "李某某", false, new BigDecimal("99"), LedgerValues.date(LocalDate.of(2023, 6, 1)));
		TestLedgers.add(data, null, "王某某", true, new BigDecimal("300"), LedgerValues.date(LocalDate.of(2023, 12, 31)));
		TestLedgers.add(data, null, "赵某某", true, new BigDecimal("1"), LedgerValues.date(LocalDate.of(2022, 12, 31)));
		evaluation.getModuleData().add(data);
		return data;
	}

	@Test
	void withoutLedgerEntriesNothingIsFed() {
		assertTrue(feeds.compute(evaluation).isEmpty());
		evaluation.getModuleData().add(TestLedgers.data("test"));
		assertTrue(feeds.compute(evaluation).isEmpty(), "an empty ledger never overwrites what the officer entered");
		assertEquals(0, feeds.apply(evaluation));
		assertEquals("0件", indicators.get("done").getActualText());
	}

	@Test
	void aCountARatioAndASumAreComputedWithTheirExplanation() {
		ledger();
		List<FeedResult> results = feeds.compute(evaluation);
		assertEquals(3, results.size());
		FeedResult count = results.get(0);
		assertEquals("2件", count.actualText(), "the 2022 entry is not in the fiscal year");
		assertEquals(2, count.matched());
		assertEquals(3, count.total());
		assertTrue(count.explanation().contains("2件") && count.explanation().contains("3件中2件已办结"), count.explanation());
		assertTrue(count.draftReason().orElseThrow().contains("李某某"), count.draftReason().toString());
		assertEquals("75%", results.get(1).actualText());
		String ratioDraft = results.get(1).draftReason().orElseThrow();
		assertTrue(ratioDraft.contains("李某某") && !ratioDraft.contains("1%"), "a ratio's draft counts entries, not percent: " + ratioDraft);
		assertEquals("1501.5元", results.get(2).actualText());
	}

	@Test
	void applySetsTheValuesAndDraftsTheDeviationOnlyWhereThereIsNone() {
		ledger();
		indicators.get("rate").setDeviationReason("已说明");
		List<FeedChange> changes = feeds.changes(evaluation);
		assertTrue(changes.stream().anyMatch(c -> c.attribute() == EvaluationPackage.Literals.INDICATOR__DEVIATION_REASON
				&& c.indicator() == indicators.get("done")));
		assertEquals(4, feeds.apply(evaluation), "three values and one drafted deviation");
		assertEquals("2件", indicators.get("done").getActualText());
		assertEquals("75%", indicators.get("rate").getActualText());
		assertEquals("已说明", indicators.get("rate").getDeviationReason());
		assertTrue(feeds.changes(evaluation).isEmpty(), "applied, the ledgers and the table agree");
	}

	@Test
	void aValueEnteredByHandIsKeptAndReportedWhenItDisagrees() {
		ledger();
		Indicator done = indicators.get("done");
		done.setActualByHand(true);
		done.setActualText("5件");
		feeds.apply(evaluation);
		assertEquals("5件", done.getActualText());
		List<FeedResult> disagreements = feeds.disagreements(evaluation);
		assertEquals(1, disagreements.size());
		assertEquals(done, disagreements.get(0).indicator());
		done.setActualText("2件");
		assertFalse(feeds.disagreements(evaluation).stream().anyMatch(r -> r.indicator() == done));
	}

	/** A module of the test: the library above over the run-time ledger package. */
	private record TestModule(TemplateLibrary library) implements IndicatorModule {
		@Override
		public String id() {
			return "test";
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
		public List<IndicatorTemplate> templates() {
			return library.templates();
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
			return "org.jixiao.modules.tests";
		}

		@Override
		public Optional<EClass> dataClass() {
			return Optional.of(TestLedgers.dataClass());
		}
	}
}
