package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * RULES §10: the 2023 党政办公室 report. Its table is not published: the project amounts, the targets
 * and the weights below are ILLUSTRATIVE, chosen so that the whole reproduces the report's 9 projects,
 * 25,567,092.46 yuan and self-score 99.3 with its one deviation (党建专项资金: the instructors' subsidies
 * were not paid). The actual values are the report's own figures where it gives them.
 */
class ReferenceCaseTest {

	/** Illustrative amounts of the 9 budget projects, in yuan. */
	private static final Map<String, BigDecimal> PROJECTS = new LinkedHashMap<>();

	static {
		PROJECTS.put("人员支出", d("12356418.20"));
		PROJECTS.put("公用支出", d("1862305.74"));
		PROJECTS.put("村干部报酬", d("3215600.00"));
		PROJECTS.put("党建专项资金", d("1180000.00"));
		PROJECTS.put("党政业务专项", d("2046780.52"));
		PROJECTS.put("运转保障专项", d("2398612.00"));
		PROJECTS.put("人社业务专项", d("1357926.00"));
		PROJECTS.put("人才扶持专项", d("800000.00"));
		PROJECTS.put("政府采购", d("349450.00"));
	}

	private static final BigDecimal TOTAL_BUDGET = d("25567092.46");

	@Test
	void reproducesTheReportsBudgetAndScore() {
		assertEquals(9, PROJECTS.size());
		assertEquals(Optional.empty(), MOF.checkBreakdown(TOTAL_BUDGET, PROJECTS.values()));

		List<RowScore> rows = new ArrayList<>();
		RowScore budget = MOF.score(new BudgetRow(TOTAL_BUDGET, TOTAL_BUDGET, d("10")));
		rows.add(budget);
		// 产出指标 (50)
		rows.add(MOF.score(row("≥300篇", "300余篇", "8")));          // 综合文字材料
		rows.add(MOF.score(row("≥3000件", "3331件", "6")));          // 收文处理
		RowScore adopted = MOF.score(row("≥60篇", "81篇", "6"));     // 政务信息采纳
		rows.add(adopted);
		rows.add(MOF.score(row("≥30名", "30名", "5")));              // 发展党员
		RowScore instructors = MOF.score(row("≥20万元", "13万元", "2")); // 非公党建指导员补助 (the deviation)
		rows.add(instructors);
		rows.add(MOF.score(row("前三名", "位列园区首位", "5")));     // 信息采纳排名
		rows.add(MOF.score(row("≥1.5万件", "1.6万余件", "4")));      // 档案收纳
		rows.add(MOF.score(row("12月底前", "2023年11月", "4")));     // 社保体系建设目标，提前完成
		RowScore loans = MOF.score(row("≥650万元", "850万元", "6")); // 小额担保贷款
		rows.add(loans);
		rows.add(MOF.score(row("≤190万元", "186.23万元", "4")));     // 公用支出控制
		// 效益指标 (30)
		rows.add(MOF.score(row("≥8000人", "8782人", "10")));         // 城乡居保个人缴费
		RowScore communities = MOF.score(row("≥4个", "9个", "10"));   // 充分就业社区
		rows.add(communities);
		rows.add(MOF.score(row("有效改善", "达成年度指标", "10")));   // 营商环境
		// 满意度指标 (10)
		rows.add(MOF.score(row("≥90%", "95%", "10")));               // 服务对象满意度

		assertEquals(d("100"), rows.stream().map(RowScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add));
		assertEquals(d("10.00"), budget.score());
		assertEquals(d("1.30"), instructors.score());
		assertEquals("2 × 13/20 = 1.30", instructors.explanation());
		assertTrue(instructors.has(ScoreFlag.NEEDS_EXPLANATION));
		assertTrue(adopted.has(ScoreFlag.OVER_ACHIEVED), "81/60 = 135%");
		assertTrue(loans.has(ScoreFlag.OVER_ACHIEVED), "850/650 = 130.77%");
		assertTrue(communities.has(ScoreFlag.OVER_ACHIEVED), "9/4 = 225%");
		assertFalse(rows.stream().anyMatch(RowScore::hasErrors));
		assertEquals(1, rows.stream().filter(r -> r.score().compareTo(r.weight()) < 0).count(), "one deviation");

		BigDecimal total = MOF.total(rows);
		assertEquals(d("99.30"), total);
		assertEquals(Grade.EXCELLENT, MOF.grade(total));
	}
}
