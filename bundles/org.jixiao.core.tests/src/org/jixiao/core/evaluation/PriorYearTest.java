package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.PriorYear.Match;
import org.jixiao.core.evaluation.PriorYear.Row;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.junit.jupiter.api.Test;

/**
 * This year's rows beside last year's: by the lineage a copy to the new year keeps, by path, by a
 * unique name, and a new row with none.
 */
class PriorYearTest {

	private static final EvaluationScorer SCORER = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020));

	/*
	 * Last year (NotApplicableTest's example, 2023): 受益人数 ≥100人 / 120人 → 30.00; 培训场次 不适用 → 0.00;
	 * 验收合格率 ≥100% / 80% → 16.00; 满意度 ≥90% / 95% → 20.00.
	 * This year, copied from it: 受益人数 renamed 受益群众人数 (same uid); 验收合格率 with a uid of its own
	 * (re-imported from a table); 满意度 with a uid of its own under a renamed 二级 group; 培训场次
	 * removed; 新增指标 added.
	 */
	@Test
	void matchesByLineageThenPathThenUniqueName() {
		Evaluation last = NotApplicableTest.example();
		Uids.assign(last);
		Evaluation now = EcoreUtil.copy(last);
		now.setFiscalYear(2024);
		IndicatorSubcategory output = now.getCategories().get(0).getSubcategories().get(0);
		List<Indicator> rows = output.getIndicators();
		rows.get(0).setName("受益群众人数");
		rows.remove(1);
		rows.get(1).setUid(UUID.randomUUID().toString());
		rows.get(1).setActualText("100%");
		rows.add(NotApplicableTest.indicator("新增指标", "≥5个", "6个", "10"));
		IndicatorSubcategory satisfaction = now.getCategories().get(1).getSubcategories().get(0);
		satisfaction.setName("满意度指标（群众）");
		satisfaction.getIndicators().get(0).setUid(UUID.randomUUID().toString());

		PriorYear compared = PriorYear.compare(SCORER.score(now), SCORER.score(last));

		List<Row> result = compared.rows();
		assertEquals(4, result.size());
		Row renamed = result.get(0);
		assertEquals("受益群众人数", renamed.current().indicator().getName());
		assertEquals(Match.LINEAGE, renamed.match());
		assertEquals(Optional.of("≥100人"), renamed.priorTarget());
		assertEquals(Optional.of("120人"), renamed.priorActual());
		assertEquals(Optional.of(new BigDecimal("30.00")), renamed.priorScore());

		Row samePath = result.get(1);
		assertEquals("验收合格率", samePath.prior().indicator().getName());
		assertEquals(Match.PATH, samePath.match());
		assertEquals(Optional.of("80%"), samePath.priorActual());
		assertEquals(Optional.of(new BigDecimal("16.00")), samePath.priorScore());
		assertEquals(Optional.of(new BigDecimal("4.00")), samePath.change(), "20.00 this year less 16.00");

		Row fresh = result.get(2);
		assertEquals("新增指标", fresh.current().indicator().getName());
		assertFalse(fresh.matched());
		assertNull(fresh.match());
		assertEquals(Optional.empty(), fresh.priorScore());
		assertEquals(Optional.empty(), fresh.change());

		Row sameName = result.get(3);
		assertEquals(Match.NAME, sameName.match());
		assertEquals(Optional.of(new BigDecimal("20.00")), sameName.priorScore());

		assertEquals(List.of("培训场次"), compared.dropped().stream().map(row -> row.indicator().getName()).toList());
		assertEquals(Map.of(Match.LINEAGE, 1, Match.PATH, 1, Match.NAME, 1), compared.counts());
		assertEquals(new BigDecimal("94.38"), compared.prior().total());
	}

	@Test
	void aNameTwiceInEitherYearMatchesNothing() {
		Evaluation last = NotApplicableTest.example();
		Evaluation now = EcoreUtil.copy(last);
		now.getCategories().get(0).getSubcategories().get(0).setName("数量");
		now.getCategories().get(1).getSubcategories().get(0).getIndicators().get(0).setName("受益人数");
		Uids.assign(last);
		Uids.assign(now);

		PriorYear compared = PriorYear.compare(SCORER.score(now), SCORER.score(last));

		assertFalse(compared.rows().get(0).matched(), "受益人数 twice this year: no row of last year chosen at random");
		assertFalse(compared.rows().get(3).matched());
		assertEquals(Match.NAME, compared.rows().get(1).match(), "培训场次 is unique in both years");
	}
}
