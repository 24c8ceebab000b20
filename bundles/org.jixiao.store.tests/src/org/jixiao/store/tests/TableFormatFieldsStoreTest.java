package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.TargetBasis;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 9: an evaluation's table format and an indicator's 年初指标值, basis of the target and
 * 评（扣）分标准 survive saves, replacements and the copy to a new year.
 */
class TableFormatFieldsStoreTest {

	@TempDir
	Path dir;

	private EvaluationStore store;

	@BeforeEach
	void open() throws Exception {
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")));
	}

	@AfterEach
	void close() throws Exception {
		store.close();
	}

	private static Indicator first(Evaluation evaluation) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
	}

	private static Indicator second(Evaluation evaluation) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
	}

	@Test
	void theFormatAndTheNewIndicatorFieldsRoundTrip() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		evaluation.setFormatId("chongqing-department");
		Indicator row = first(evaluation);
		row.setInitialTargetText("≥25名");
		row.setTargetBasis(TargetBasis.PLAN);
		row.setScoringCriterion("完成目标得满分，每少1名扣0.2分");
		long id = store.insert(evaluation, "tester");
		Evaluation loaded = store.load(id);
		Evaluations.assertEqual(evaluation, loaded);
		assertEquals("chongqing-department", loaded.getFormatId());
		assertEquals("≥25名", first(loaded).getInitialTargetText());
		assertEquals(TargetBasis.PLAN, first(loaded).getTargetBasis());
		assertEquals("完成目标得满分，每少1名扣0.2分", first(loaded).getScoringCriterion());
		assertFalse(second(loaded).isSetTargetBasis(), "a row whose table does not say has no basis");
		assertNull(second(loaded).getInitialTargetText());

		loaded.setFormatId("central-department");
		first(loaded).unsetTargetBasis();
		second(loaded).setTargetBasis(TargetBasis.OTHER);
		store.update(id, loaded, "tester");
		Evaluation again = store.load(id);
		assertEquals("central-department", again.getFormatId());
		assertFalse(first(again).isSetTargetBasis());
		assertEquals(TargetBasis.OTHER, second(again).getTargetBasis());
	}

	@Test
	void theCopyToANewYearKeepsThem() throws Exception {
		Evaluation evaluation = EvaluationResources.referenceSample();
		evaluation.setFormatId("chongqing-department");
		first(evaluation).setInitialTargetText("≥25名");
		first(evaluation).setTargetBasis(TargetBasis.HISTORY);
		first(evaluation).setScoringCriterion("每少1名扣0.2分");
		long id = store.insert(evaluation, "tester");
		Evaluation copy = store.load(store.copyToNewYear(id, 2024, "tester"));
		assertEquals(2024, copy.getFiscalYear());
		assertEquals("chongqing-department", copy.getFormatId());
		assertEquals("≥25名", first(copy).getInitialTargetText());
		assertEquals(TargetBasis.HISTORY, first(copy).getTargetBasis());
		assertEquals("每少1名扣0.2分", first(copy).getScoringCriterion());
	}
}
