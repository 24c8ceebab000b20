package org.jixiao.interchange.tests;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Random;

import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;

/** Synthetic evaluations for the interchange tests: seeded, so every run sees the same ones. */
final class Evaluations {

	private static final EvaluationFactory F = EvaluationFactory.eINSTANCE;

	private Evaluations() {
	}

	/** A small evaluation: 2 goals, budget 10 with two breakdowns, 产出 60 (数量 2 rows), 效益 30, 满意度 0. */
	static Evaluation small() {
		Evaluation e = F.createEvaluation();
		e.setFiscalYear(2024);
		Department d = F.createDepartment();
		d.setName("示例局");
		e.setDepartment(d);
		Budget b = F.createBudget();
		b.setWeight(BigDecimal.TEN);
		b.setInitialBudget(new BigDecimal("1000000.00"));
		b.setAdjustedBudget(new BigDecimal("1000000.00"));
		b.setExecuted(new BigDecimal("950000.00"));
		b.setExplanation("部分采购项目结余");
		e.setBudget(b);
		for (int i = 1; i <= 2; i++) {
			Goal g = F.createGoal();
			g.setNumber(i);
			g.setExpected("目标" + i);
			g.setAchieved("完成情况" + i);
			e.getGoals().add(g);
		}
		IndicatorCategory output = category(e, "产出指标", "60");
		IndicatorSubcategory quantity = subcategory(output, "数量指标", "60");
		indicator(quantity, "培训人数", "≥30名", "32名", "30");
		indicator(quantity, "发展党员", "≥30名", "30名", "30");
		IndicatorCategory effect = category(e, "效益指标", "30");
		indicator(subcategory(effect, "社会效益指标", "30"), "群众知晓率", "≥90%", "95%", "30");
		return e;
	}

	/** A varied evaluation of about 3 × 3 × 4 indicators drawn from the seed. */
	static Evaluation synthetic(long seed) {
		Random random = new Random(seed);
		Evaluation e = F.createEvaluation();
		e.setFiscalYear(2020 + random.nextInt(6));
		e.setMoneyUnit(random.nextBoolean() ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN);
		e.setPreparer("填报人" + random.nextInt(100));
		e.setPreparedOn(Date.from(LocalDate.of(e.getFiscalYear() + 1, 1 + random.nextInt(3), 1 + random.nextInt(28))
				.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		Department d = F.createDepartment();
		d.setName("第" + seed + "号部门");
		d.setCompetentDepartment("主管局");
		e.setDepartment(d);
		Budget b = F.createBudget();
		b.setWeight(BigDecimal.TEN);
		BigDecimal total = BigDecimal.ZERO;
		String[] labels = { "当年财政拨款", "上年结转资金", "其他资金" };
		for (String label : labels) {
			BigDecimal amount = BigDecimal.valueOf(random.nextInt(5_000_000), 2).add(BigDecimal.valueOf(random.nextInt(900_000)));
			total = total.add(amount);
			b.getBreakdowns().add(line(label, BudgetCategory.INCOME, amount));
		}
		BigDecimal basic = total.multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP);
		b.getBreakdowns().add(line("基本支出", BudgetCategory.EXPENDITURE, basic));
		b.getBreakdowns().add(line("项目支出", BudgetCategory.EXPENDITURE, total.subtract(basic)));
		b.setInitialBudget(total);
		b.setAdjustedBudget(total);
		b.setExecuted(total.multiply(new BigDecimal("0.97")).setScale(2, java.math.RoundingMode.HALF_UP));
		e.setBudget(b);
		for (int i = 1; i <= 1 + random.nextInt(4); i++) {
			Goal g = F.createGoal();
			g.setNumber(i);
			g.setExpected("年度目标第" + i + "项：完成" + (random.nextInt(90) + 10) + "项工作");
			g.setAchieved("已完成" + (random.nextInt(90) + 10) + "项");
			e.getGoals().add(g);
		}
		String[][] groups = { { "产出指标", "数量指标", "质量指标", "时效指标" }, { "效益指标", "社会效益指标", "可持续影响指标" },
				{ "满意度指标", "服务对象满意度指标" } };
		int[] weights = { 50, 30, 10 };
		for (int g = 0; g < groups.length; g++) {
			IndicatorCategory c = category(e, groups[g][0], String.valueOf(weights[g]));
			int subs = groups[g].length - 1;
			int left = weights[g];
			for (int s = 1; s <= subs; s++) {
				int subWeight = s == subs ? left : weights[g] / subs;
				left -= subWeight;
				IndicatorSubcategory sc = subcategory(c, groups[g][s], random.nextInt(4) == 0 ? null : String.valueOf(subWeight));
				int rows = 1 + random.nextInt(4);
				BigDecimal each = BigDecimal.valueOf(subWeight).divide(BigDecimal.valueOf(rows), 2, java.math.RoundingMode.DOWN);
				for (int i = 0; i < rows; i++) {
					BigDecimal w = i == rows - 1 ? BigDecimal.valueOf(subWeight).subtract(each.multiply(BigDecimal.valueOf(rows - 1))) : each;
					Indicator in = indicator(sc, groups[g][s].substring(0, 2) + "指标" + i, null, null, w.toPlainString());
					values(in, random);
					in.setCore(random.nextInt(5) == 0);
					if (random.nextInt(4) == 0) {
						for (int k = 0; k < 1 + random.nextInt(3); k++) {
							IndicatorDetail detail = F.createIndicatorDetail();
							detail.setName("细项" + k);
							detail.setTargetText(random.nextInt(100) + "篇");
							detail.setActualText(random.nextInt(100) + "篇");
							in.getDetails().add(detail);
						}
					}
				}
			}
		}
		return e;
	}

	private static void values(Indicator in, Random random) {
		int n = 10 + random.nextInt(200);
		switch (random.nextInt(7)) {
		case 0 -> {
			in.setTargetText("≥" + n + "人");
			in.setActualText((n + random.nextInt(20) - 5) + "人");
		}
		case 1 -> {
			in.setTargetText("≤" + n + "万元");
			in.setActualText(n + "万元");
		}
		case 2 -> {
			in.setTargetText("=100%");
			in.setActualText("100%");
		}
		case 3 -> {
			in.setTargetText("12月底前");
			in.setActualText("11月");
		}
		case 4 -> {
			in.setTargetText("有效提升");
			in.setActualText("达成年度指标");
		}
		case 5 -> {
			in.setTargetText(n + "篇以上");
			in.setActualText((n - 3) + "篇");
			in.setDeviationReason("部分稿件未采用");
			in.setImprovementMeasures("加强选题策划");
		}
		default -> {
			in.setTargetText("≥90%");
			in.setActualText((90 + random.nextInt(10)) + "%");
		}
		}
	}

	private static BudgetLine line(String label, BudgetCategory category, BigDecimal amount) {
		BudgetLine line = F.createBudgetLine();
		line.setLabel(label);
		line.setCategory(category);
		line.setInitialBudget(amount);
		line.setAdjustedBudget(amount);
		line.setExecuted(amount);
		return line;
	}

	static IndicatorCategory category(Evaluation e, String name, String weight) {
		IndicatorCategory c = F.createIndicatorCategory();
		c.setName(name);
		c.setWeight(weight == null ? null : new BigDecimal(weight));
		e.getCategories().add(c);
		return c;
	}

	static IndicatorSubcategory subcategory(IndicatorCategory c, String name, String weight) {
		IndicatorSubcategory s = F.createIndicatorSubcategory();
		s.setName(name);
		s.setWeight(weight == null ? null : new BigDecimal(weight));
		c.getSubcategories().add(s);
		return s;
	}

	static Indicator indicator(IndicatorSubcategory s, String name, String target, String actual, String weight) {
		Indicator in = F.createIndicator();
		in.setName(name);
		in.setTargetText(target);
		in.setActualText(actual);
		in.setWeight(new BigDecimal(weight));
		s.getIndicators().add(in);
		return in;
	}
}
