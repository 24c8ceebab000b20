package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportResult;
import org.jixiao.testing.TableContent;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.MoneyUnit;
import org.junit.jupiter.api.Test;

/**
 * The committed tables under {@code data/}, each a layout departments publish, read to the same
 * content as the evaluation they were made from.
 */
class XlsxVariantsTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	private static ImportResult read(String name) throws Exception {
		try (InputStream in = Fixtures.open(name)) {
			return new XlsxImporter(MOF).read(in, name);
		}
	}

	/** The sample as these tables hold it: they have no 主管部门 and no 填报人. */
	private static Evaluation expectedSample(MoneyUnit unit) throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setMoneyUnit(unit);
		Evaluation expected = TableContent.of(sample, MOF);
		expected.getDepartment().setCompetentDepartment(null);
		expected.setPreparer(null);
		return expected;
	}

	@Test
	void wanYuanFromTheColumnHeadersIsReadToTheFen() throws Exception {
		ImportResult result = read(Fixtures.WAN_YUAN);
		Evaluation evaluation = result.evaluation();
		assertEquals(MoneyUnit.WAN_YUAN, evaluation.getMoneyUnit());
		assertEquals(new BigDecimal("25567092.46"), evaluation.getBudget().getAdjustedBudget());
		assertEquals(new BigDecimal("11727765.93"), evaluation.getBudget().getBreakdowns().get(4).getExecuted());
		assertEquals(List.of(), TableContent.differences(expectedSample(MoneyUnit.WAN_YUAN), evaluation));
		assertEquals(List.of(), result.problems());
	}

	@Test
	void natureAndUnitColumnsCompleteBareNumbers() throws Exception {
		ImportResult result = read(Fixtures.NATURE_AND_UNIT);
		Evaluation evaluation = result.evaluation();
		Indicator members = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		assertEquals("发展党员", members.getName());
		assertEquals("≥30名", members.getTargetText(), "指标性质 ≥, 年度指标值 30 and 度量单位 名");
		assertEquals("30名", members.getActualText());
		Indicator cost = evaluation.getCategories().get(0).getSubcategories().get(3).getIndicators().get(0);
		assertEquals("≤125万元", cost.getTargetText());
		assertEquals(Comparator.AT_MOST, cost.getComparator());
		assertEquals(List.of(), TableContent.differences(expectedSample(MoneyUnit.YUAN), evaluation));
		assertEquals(0, new BigDecimal("99.30").compareTo(new EvaluationScorer(MOF).score(evaluation).total()));
	}

	@Test
	void scoreBeforeWeightAndAHeaderRepeatedOnTheSecondPage() throws Exception {
		ImportResult result = read(Fixtures.SCORE_FIRST_REPEATED_HEADER);
		Evaluation evaluation = result.evaluation();
		assertEquals(List.of(), TableContent.differences(expectedSample(MoneyUnit.YUAN), evaluation));
		assertEquals(3, evaluation.getCategories().size(), "the repeated header starts no new group");
		assertEquals(new BigDecimal("3"), evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(2).getWeight());
		assertEquals(0, new BigDecimal("2.3").compareTo(
				evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(2).getStatedScore()));
		assertEquals(List.of(), result.problems());
	}

	@Test
	void fullWidthLabelsAndDigitsSubRowsAndNoTotalRow() throws Exception {
		ImportResult result = read(Fixtures.FULL_WIDTH_NO_TOTAL);
		Evaluation source = Evaluations.synthetic(Fixtures.SYNTHETIC_SEED);
		Evaluation expected = TableContent.of(source, MOF);
		expected.getDepartment().setCompetentDepartment(null);
		expected.setPreparer(null);
		expected.setPreparedOn(null);
		assertEquals(List.of(), TableContent.differences(expected, result.evaluation()));
		assertNull(result.statedTotal());
		assertNull(result.statedGrade());
		long details = countDetails(result.evaluation());
		assertTrue(details > 0, "the 其中 sub-rows are details");
	}

	@Test
	void breakdownHeadingRowsDecideTheCategoryOfTheirLines() throws Exception {
		Evaluation evaluation = Evaluations.synthetic(2);
		evaluation.getBudget().getBreakdowns().get(3).setLabel("人员经费");
		evaluation.getBudget().getBreakdowns().get(4).setLabel("公用经费");
		TableBuilder builder = new TableBuilder();
		builder.breakdownHeadings = true;
		builder.wanYuan = evaluation.getMoneyUnit() == MoneyUnit.WAN_YUAN;
		ImportResult result = new XlsxImporter(MOF).read(new java.io.ByteArrayInputStream(builder.bytes(evaluation)), "t.xlsx");
		var lines = result.evaluation().getBudget().getBreakdowns();
		assertEquals(5, lines.size(), "the heading rows are no breakdowns");
		assertEquals("人员经费", lines.get(3).getLabel());
		assertEquals(org.jixiao.model.evaluation.BudgetCategory.EXPENDITURE, lines.get(3).getCategory());
		assertEquals(org.jixiao.model.evaluation.BudgetCategory.EXPENDITURE, lines.get(4).getCategory());
		assertEquals(org.jixiao.model.evaluation.BudgetCategory.INCOME, lines.get(2).getCategory());
		assertEquals(0, evaluation.getBudget().getBreakdowns().get(3).getInitialBudget().compareTo(lines.get(3).getInitialBudget()));
	}

	@Test
	void anOlderXlsWorkbookIsReadToo() throws Exception {
		TableBuilder builder = new TableBuilder();
		builder.xls = true;
		byte[] bytes = builder.bytes(EvaluationResources.referenceSample());
		ImportResult result = new XlsxImporter(MOF).read(new java.io.ByteArrayInputStream(bytes), "table.xls");
		assertEquals(List.of(), TableContent.differences(expectedSample(MoneyUnit.WAN_YUAN), result.evaluation()));
	}

	private static long countDetails(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.flatMap(s -> s.getIndicators().stream()).mapToLong(i -> i.getDetails().size()).sum();
	}
}
