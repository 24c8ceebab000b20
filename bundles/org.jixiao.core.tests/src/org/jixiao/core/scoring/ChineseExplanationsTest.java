package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;

import org.jixiao.core.value.ParseProblem;
import org.jixiao.core.value.ValueParser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The zh_CN texts, run in a JVM whose default locale is zh_CN (run-tests.sh). */
@Tag("zh")
class ChineseExplanationsTest {

	@Test
	void explainsInChinese() {
		assertEquals("5 × 850/650 = 6.54 → 封顶为5.00；完成值/指标值 = 130.77% ≥ 130%，完成值高于指标值较多，需分析原因",
				MOF.score(row("≥650万元", "850万元", "5")).explanation());
		assertEquals("10 × min(25,567,092.46/25,567,092.46, 100%) = 10.00",
				MOF.score(new BudgetRow(d("25567092.46"), d("25567092.46"), d("10"))).explanation());
		assertEquals("“部分达成”：部分达成年度指标并具有一定效果，分档分值5的[60%, 80%)，即[3.00, 4.00) → 3.00，待评价人员确认",
				MOF.score(row("有效改善", "部分达成", "5")).explanation());
		assertEquals("“10月15日”晚于“9月底前”，由评价人员评分，最高2.40（分值的80%） → 0.00",
				MOF.score(row("9月底前", "10月15日", "3")).explanation());
		assertEquals("全年预算数为0，无法计算执行率 → 0.00", MOF.score(new BudgetRow(d("0"), d("0"), d("10"))).explanation());
	}

	@Test
	void labelsInChinese() {
		assertEquals("优", Grade.EXCELLENT.label());
		assertEquals("差", Grade.POOR.label());
		assertEquals("达成年度指标", QualitativeGrade.ACHIEVED.label());
	}

	@Test
	void reportsParseProblemsInChinese() {
		ValueParser parser = new ValueParser(Year.of(2023));
		assertEquals("“≥三三名”：三三不是数字", ((ParseProblem) parser.parse("≥三三名")).message());
		assertEquals("“30-40人”：区间或时段不是单一数值", ((ParseProblem) parser.parse("30-40人")).message());
		assertEquals("“30斤”：斤（重量）不能换算为名（数量）", MOF.score(row("≥30名", "30斤", "5")).problems().getFirst().message());
		assertEquals("“30名”：名（数量）不能换算为万元（金额）",
				MOF.score(row("≤650万元", "30名", "5")).problems().getFirst().message());
	}

	@Test
	void explainsTheTablesScoreAndAnotherMeasureWordInChinese() {
		assertEquals("采用表中得分90.00（评分规则规定此项由评价人员评分）",
				MOF.scoreImported(row(org.jixiao.core.value.Comparator.AT_MOST, "≤30万元", "完成", "90"), new java.math.BigDecimal("90"))
						.explanation().replaceFirst("^.*；", ""));
		assertEquals("实际完成值“6扇”与年度指标值“≥12樘”的计量单位不同，按樘一比一比较",
				MOF.score(row("≥12樘", "6扇", "5")).problems().getFirst().message());
	}

	@Test
	void reportsRuleSetProblemsInChinese() {
		assertEquals("未知的规则集“x”，可用的规则集：mof-2020, transfer-2020",
				org.junit.jupiter.api.Assertions.assertThrows(RuleSetException.class, () -> RuleSets.builtIn("x")).getMessage());
	}
}
