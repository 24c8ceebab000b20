package org.jixiao.testing;

import java.math.BigDecimal;
import java.util.Date;
import java.util.Random;

import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.ExpenditureType;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.SectionKind;

/**
 * Synthetic evaluations for the benchmark and the crash test: the same seed always gives an equal
 * evaluation, so a process that did not save it can check what was saved.
 */
public final class SyntheticEvaluations {

	private static final String[][] ROWS = { { "≥30名", "33名" }, { "≥650万元", "850万元" }, { "≤2天", "3天" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			{ "=100%", "98%" }, { "9月前", "8月" }, { "有效改善", "达成年度指标" }, { "≥1.5万件", "1.6万余件" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "不低于95%", "96%" }, { "≤125万元", "118.6万元" }, { "≥300篇", "300余篇" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	private SyntheticEvaluations() {
	}

	/**
	 * @param seed chooses the department, year and values
	 * @param indicators how many 三级 indicators (in groups of at most 10 per 二级)
	 * @return a new evaluation with every kind of row: budget lines and projects, goals, indicators
	 *         with details and an officer's score, narrative sections with sub-sections, and the data
	 *         of a module ({@link TestLedgers}) with up to five ledger entries
	 */
	public static Evaluation create(long seed, int indicators) {
		Random random = new Random(seed);
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setFiscalYear(2015 + (int) Math.floorMod(seed, 10));
		evaluation.setStatus(seed % 3 == 0 ? EvaluationStatus.FINAL : EvaluationStatus.DRAFT);
		evaluation.setPreparer("填报人" + seed); //$NON-NLS-1$
		evaluation.setPreparedOn(new Date(1_700_000_000_000L + seed * 1000));
		Department department = factory.createDepartment();
		department.setName("部门" + Math.floorMod(seed, 7)); //$NON-NLS-1$
		department.setCode(Long.toString(100 + seed));
		evaluation.setDepartment(department);
		Budget budget = factory.createBudget();
		BigDecimal total = BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000), 2);
		budget.setWeight(BigDecimal.TEN);
		budget.setInitialBudget(total);
		budget.setAdjustedBudget(total);
		budget.setExecuted(total.subtract(BigDecimal.valueOf(random.nextInt(10_000), 2)));
		for (int i = 0; i < 3; i++) {
			BudgetLine line = factory.createBudgetLine();
			line.setLabel("资金" + i); //$NON-NLS-1$
			line.setCategory(i == 0 ? BudgetCategory.INCOME : BudgetCategory.EXPENDITURE);
			line.setInitialBudget(BigDecimal.valueOf(random.nextInt(100_000), 2));
			budget.getBreakdowns().add(line);
			BudgetProject project = factory.createBudgetProject();
			project.setName("项目" + i); //$NON-NLS-1$
			project.setExpenditureType(i == 0 ? ExpenditureType.BASIC : ExpenditureType.PROJECT);
			project.setAdjustedBudget(BigDecimal.valueOf(random.nextInt(100_000), 2));
			budget.getProjects().add(project);
		}
		evaluation.setBudget(budget);
		Goal goal = factory.createGoal();
		goal.setNumber(1);
		goal.setExpected("目标" + seed); //$NON-NLS-1$
		goal.setAchieved("完成" + random.nextInt(100));
		evaluation.getGoals().add(goal);
		IndicatorCategory category = factory.createIndicatorCategory();
		category.setName("产出指标"); //$NON-NLS-1$
		category.setWeight(new BigDecimal(90));
		evaluation.getCategories().add(category);
		BigDecimal weight = new BigDecimal(90).divide(BigDecimal.valueOf(Math.max(1, indicators)), 2, java.math.RoundingMode.DOWN);
		IndicatorSubcategory subcategory = null;
		for (int i = 0; i < indicators; i++) {
			if (i % 10 == 0) {
				subcategory = factory.createIndicatorSubcategory();
				subcategory.setName("二级指标" + i / 10); //$NON-NLS-1$
				category.getSubcategories().add(subcategory);
			}
			String[] row = ROWS[random.nextInt(ROWS.length)];
			Indicator indicator = factory.createIndicator();
			indicator.setName("指标" + i); //$NON-NLS-1$
			indicator.setUid("s" + seed + "-" + i); //$NON-NLS-1$ //$NON-NLS-2$
			indicator.setTargetText(row[0]);
			indicator.setActualText(row[1]);
			indicator.setWeight(weight);
			indicator.setDeviationReason("说明" + random.nextInt(1000)); //$NON-NLS-1$
			indicator.setCore(i % 5 == 0);
			if (i % 20 == 7) {
				IndicatorDetail detail = factory.createIndicatorDetail();
				detail.setName("其中" + i); //$NON-NLS-1$
				detail.setActualText(Integer.toString(random.nextInt(50)));
				indicator.getDetails().add(detail);
			}
			if (i % 25 == 3) {
				ScoreAdjustment adjustment = factory.createScoreAdjustment();
				adjustment.setScore(weight);
				adjustment.setReason("复核"); //$NON-NLS-1$
				adjustment.setAdjustedBy("officer"); //$NON-NLS-1$
				adjustment.setAdjustedOn(new Date(1_700_000_000_000L + i));
				indicator.setAdjustment(adjustment);
			}
			subcategory.getIndicators().add(indicator);
		}
		NarrativeSection section = factory.createNarrativeSection();
		section.setKind(SectionKind.WORK);
		section.setNumber("一、"); //$NON-NLS-1$
		section.setTitle("部门基本情况"); //$NON-NLS-1$
		section.getParagraphs().add("段落" + random.nextInt(1000)); //$NON-NLS-1$
		NarrativeSection sub = factory.createNarrativeSection();
		sub.setKind(SectionKind.WORK);
		sub.setNumber("（一）"); //$NON-NLS-1$
		sub.setTitle("主要职能"); //$NON-NLS-1$
		sub.getParagraphs().add("职能" + seed); //$NON-NLS-1$
		section.getSubsections().add(sub);
		evaluation.getNarrative().add(section);
		ModuleData ledgers = TestLedgers.data("test"); //$NON-NLS-1$
		for (int e = 0, n = random.nextInt(6); e < n; e++) {
			TestLedgers.add(ledgers, "s" + seed + "-e" + e, "台账" + e, random.nextBoolean(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					BigDecimal.valueOf(random.nextInt(100_000), 2), new Date(1_700_000_000_000L + e * 86_400_000L));
		}
		evaluation.getModuleData().add(ledgers);
		return evaluation;
	}
}
