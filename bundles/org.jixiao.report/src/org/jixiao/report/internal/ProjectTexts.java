package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;

/**
 * The prose of a project evaluation (项目支出绩效自评) that both the project 自评报告 and the text blocks
 * of a province's 项目支出绩效自评表 print: 项目基本情况, 绩效目标及完成情况, 自评结论 (评价结论), 存在问题 and
 * 改进措施. Each is the officer's own section where the evaluation has one (a narrative section whose
 * title names it, or the section of the matching kind), else written from the evaluation's figures.
 * <p>
 * The texts are the content of a Chinese official document, not user-interface text, so they are not
 * translated.
 */
final class ProjectTexts {

	private final Evaluation evaluation;
	private final ScoreSheet sheet;
	private final MoneyUnit unit;

	ProjectTexts(Evaluation evaluation, ScoreSheet sheet) {
		this.evaluation = evaluation;
		this.sheet = sheet;
		this.unit = evaluation.getMoneyUnit() == null ? MoneyUnit.YUAN : evaluation.getMoneyUnit();
	}

	/** @return whether the evaluation is of one project (项目支出 or 结转项目), not of the department as a whole */
	static boolean isProject(Evaluation evaluation) {
		return evaluation.getKind() != null && evaluation.getKind() != EvaluationKind.DEPARTMENT;
	}

	/** @return the project's name, the department's when it has none */
	static String projectName(Evaluation evaluation) {
		String name = evaluation.getProjectName();
		if (name != null && !name.isBlank()) {
			return name.strip();
		}
		Department department = evaluation.getDepartment();
		return department == null || department.getName() == null ? "" : department.getName(); //$NON-NLS-1$
	}

	/** @return {@code code-name}, or the name alone where the code is not known */
	static String coded(String code, String name) {
		String shown = name == null ? "" : name.strip(); //$NON-NLS-1$
		return code == null || code.isBlank() ? shown : code.strip() + "-" + shown; //$NON-NLS-1$
	}

	/** @return 项目基本情况: the officer's paragraphs, else the project, its units and its funds */
	List<String> basicInformation() {
		List<String> own = own(SectionKind.WORK, "基本情况", "项目概况"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!own.isEmpty()) {
			return own;
		}
		List<String> paragraphs = new ArrayList<>();
		Department department = evaluation.getDepartment();
		StringBuilder text = new StringBuilder();
		text.append(projectName(evaluation)).append(evaluation.getKind() == EvaluationKind.CARRIED_OVER ? "为上年结转项目" : "为" //$NON-NLS-1$ //$NON-NLS-2$
				+ evaluation.getFiscalYear() + "年度项目"); //$NON-NLS-1$
		if (!isBlank(evaluation.getProjectCode())) {
			text.append("（项目编码").append(evaluation.getProjectCode().strip()).append("）"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (department != null) {
			if (!isBlank(department.getCompetentDepartment())) {
				text.append("，主管部门为").append(department.getCompetentDepartment().strip()); //$NON-NLS-1$
			}
			if (!isBlank(department.getName())) {
				text.append("，实施单位为").append(department.getName().strip()); //$NON-NLS-1$
			}
		}
		text.append("。"); //$NON-NLS-1$
		paragraphs.add(text.toString());
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			StringBuilder funds = new StringBuilder("项目年初预算数").append(amount(budget.getInitialBudget())).append("，全年预算数") //$NON-NLS-1$ //$NON-NLS-2$
					.append(amount(budget.getAdjustedBudget())).append("，全年执行数").append(amount(budget.getExecuted())) //$NON-NLS-1$
					.append("，预算执行率").append(Money.rate(budget.getExecuted(), budget.getAdjustedBudget())); //$NON-NLS-1$
			List<String> sources = new ArrayList<>();
			for (BudgetLine line : budget.getBreakdowns()) {
				if (line.getAdjustedBudget() != null && line.getAdjustedBudget().signum() != 0) {
					sources.add(line.getLabel() + amount(line.getAdjustedBudget()));
				}
			}
			if (!sources.isEmpty()) {
				funds.append("；全年预算数中").append(String.join("，", sources)); //$NON-NLS-1$ //$NON-NLS-2$
			}
			paragraphs.add(funds.append("。").toString()); //$NON-NLS-1$
		}
		return paragraphs;
	}

	/** @return 绩效目标及完成情况: each 年度总体目标 with what was achieved, then the indicators per 一级 group */
	List<String> goalsAndAchievement() {
		List<String> paragraphs = new ArrayList<>();
		for (Goal goal : evaluation.getGoals()) {
			String number = goal.getNumber() > 0 ? goal.getNumber() + "." : ""; //$NON-NLS-1$ //$NON-NLS-2$
			StringBuilder text = new StringBuilder(number).append("年度目标：").append(nullToEmpty(goal.getExpected())); //$NON-NLS-1$
			if (!isBlank(goal.getAchieved())) {
				text.append("完成情况：").append(goal.getAchieved().strip()); //$NON-NLS-1$
			}
			paragraphs.add(text.toString());
		}
		for (IndicatorCategory category : evaluation.getCategories()) {
			List<String> parts = new ArrayList<>();
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					parts.add(nullToEmpty(indicator.getName()) + (indicator.isNotApplicable() ? "不适用" //$NON-NLS-1$
							: "年度指标值" + nullToEmpty(indicator.getTargetText()) + "、实际完成值" + nullToEmpty(indicator.getActualText()))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			if (!parts.isEmpty()) {
				paragraphs.add(category.getName() + "：" + String.join("；", parts) + "。"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		paragraphs.addAll(own(SectionKind.RESULTS, "完成情况", "绩效目标")); //$NON-NLS-1$ //$NON-NLS-2$
		return paragraphs;
	}

	/** @return 自评结论 (评价结论): total, grade, the budget's and each 一级 group's score, and a rescaling where rows do not apply */
	List<String> conclusion() {
		List<String> own = own(null, "自评结论", "评价结论"); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> paragraphs = new ArrayList<>();
		StringBuilder text = new StringBuilder("经自评，").append(projectName(evaluation)).append(evaluation.getFiscalYear()) //$NON-NLS-1$
				.append("年度项目支出绩效自评得分").append(Money.plain(sheet.total())).append("分，自评等级为“") //$NON-NLS-1$ //$NON-NLS-2$
				.append(sheet.grade().officialTerm()).append("”。"); //$NON-NLS-1$
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			text.append("其中预算执行率").append(Money.rate(budget.getExecuted(), budget.getAdjustedBudget())).append("，得分") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Money.plain(sheet.budget().score())).append("分（分值").append(Money.plain(sheet.budget().weight())).append("分）"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (IndicatorCategory category : evaluation.getCategories()) {
			text.append("；").append(category.getName()); //$NON-NLS-1$
			if (applies(category)) {
				text.append("得分").append(Money.plain(score(category))).append("分"); //$NON-NLS-1$ //$NON-NLS-2$
			} else {
				text.append("不适用"); //$NON-NLS-1$
			}
		}
		paragraphs.add(text.append("。").toString()); //$NON-NLS-1$
		String rescaled = rescaling();
		if (!rescaled.isEmpty()) {
			paragraphs.add(rescaled);
		}
		paragraphs.addAll(own);
		return paragraphs;
	}

	/**
	 * @return how the total was rescaled to 100 over the applicable weights, as the central table's
	 *         notes prescribe ({@code 不适用指标党员群众满意度（分值10）不计；得分86.50 / 适用分值90 × 100 = 96.11。}),
	 *         empty when every row applies
	 */
	String rescaling() {
		List<String> names = new ArrayList<>();
		BigDecimal all = sheet.budget().weight() == null ? BigDecimal.ZERO : sheet.budget().weight();
		BigDecimal excluded = BigDecimal.ZERO;
		BigDecimal scored = sheet.budget().score() == null ? BigDecimal.ZERO : sheet.budget().score();
		for (IndicatorScore row : sheet.indicators()) {
			BigDecimal weight = row.score().weight() == null ? BigDecimal.ZERO : row.score().weight();
			all = all.add(weight);
			if (row.indicator().isNotApplicable()) {
				names.add(row.indicator().getName() + "（分值" + Money.plain(weight) + "）"); //$NON-NLS-1$ //$NON-NLS-2$
				excluded = excluded.add(weight);
			} else {
				scored = scored.add(row.score().score());
			}
		}
		if (names.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		return "不适用指标" + String.join("、", names) + "不计；得分" + Money.score(scored) + " / 适用分值" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ Money.plain(all.subtract(excluded)) + " × 100 = " + Money.score(sheet.total()) + "。"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean applies(IndicatorCategory category) {
		return category.getSubcategories().stream().flatMap(subcategory -> subcategory.getIndicators().stream())
				.anyMatch(indicator -> !indicator.isNotApplicable());
	}

	/** @return 存在问题: the officer's, else each deviation with its reason; empty when there is none */
	List<String> problems() {
		List<String> own = own(null, "存在问题", "存在的问题"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!own.isEmpty()) {
			return own;
		}
		List<String> paragraphs = new ArrayList<>();
		List<IndicatorScore> deviations = deviations();
		for (int i = 0; i < deviations.size(); i++) {
			IndicatorScore row = deviations.get(i);
			Indicator indicator = row.indicator();
			StringBuilder text = new StringBuilder().append(i + 1).append('.').append(indicator.getName()).append("：年度指标值") //$NON-NLS-1$
					.append(nullToEmpty(indicator.getTargetText())).append("，实际完成值").append(nullToEmpty(indicator.getActualText())) //$NON-NLS-1$
					.append("，得分").append(Money.plain(row.score().score())).append("分（分值").append(Money.plain(row.score().weight())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("分）。"); //$NON-NLS-1$
			if (!isBlank(indicator.getDeviationReason())) {
				text.append(indicator.getDeviationReason().strip());
			}
			paragraphs.add(text.toString());
		}
		return paragraphs;
	}

	/** @return 改进措施: the officer's next steps, else each deviation's measures; empty when there is none */
	List<String> measures() {
		List<String> own = own(SectionKind.NEXT_STEPS, "改进措施", "下一步"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!own.isEmpty()) {
			return own;
		}
		List<String> paragraphs = new ArrayList<>();
		for (IndicatorScore row : deviations()) {
			if (!isBlank(row.indicator().getImprovementMeasures())) {
				paragraphs.add(paragraphs.size() + 1 + "." + row.indicator().getName() + "：" + row.indicator().getImprovementMeasures().strip()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return paragraphs;
	}

	/**
	 * The text of a table format's text block: the officer's section titled with the block's label, else
	 * the text this class writes for it (项目基本情况, 评价结论, 存在问题, 改进措施 by the label or the
	 * section kind the format keeps the block as), else the officer's first section of that kind.
	 *
	 * @param label the block's label, e.g. 评价结论
	 * @param kind the narrative section kind the format keeps the block as, or {@code null}
	 * @return its paragraphs; {@code 无。} when there is nothing to say
	 */
	List<String> forBlock(String label, SectionKind kind) {
		String name = nullToEmpty(label);
		List<String> own = name.isBlank() ? List.of() : own(null, name);
		List<String> text;
		if (!own.isEmpty()) {
			text = own;
		} else if (name.contains("基本情况") || name.contains("概况")) { //$NON-NLS-1$ //$NON-NLS-2$
			text = basicInformation();
		} else if (name.contains("结论")) { //$NON-NLS-1$
			text = conclusion();
		} else if (name.contains("问题")) { //$NON-NLS-1$
			text = problems();
		} else if (name.contains("措施") || name.contains("意见")) { //$NON-NLS-1$ //$NON-NLS-2$
			text = measures();
		} else {
			text = kind == null ? List.of() : own(kind);
		}
		return text.isEmpty() ? List.of("无。") : text; //$NON-NLS-1$
	}

	/** The rows scoring below their weight or explained, not those that do not apply. */
	List<IndicatorScore> deviations() {
		return sheet.indicators().stream().filter(row -> !row.indicator().isNotApplicable())
				.filter(row -> row.score().score().compareTo(row.score().weight()) < 0 || !isBlank(row.indicator().getDeviationReason()))
				.toList();
	}

	/**
	 * @return the paragraphs of the officer's section whose title contains one of the words, or else of the
	 *         first section of the kind (when given); its subsections' titles and paragraphs included
	 */
	private List<String> own(SectionKind kind, String... titleWords) {
		NarrativeSection found = null;
		for (NarrativeSection section : evaluation.getNarrative()) {
			String title = nullToEmpty(section.getTitle()).toLowerCase(Locale.ROOT);
			for (String word : titleWords) {
				if (title.contains(word)) {
					found = section;
					break;
				}
			}
			if (found != null) {
				break;
			}
		}
		if (found == null && kind != null) {
			found = evaluation.getNarrative().stream().filter(section -> section.getKind() == kind).findFirst().orElse(null);
		}
		List<String> paragraphs = new ArrayList<>();
		if (found != null) {
			collect(found, paragraphs, true);
		}
		return paragraphs;
	}

	private static void collect(NarrativeSection section, List<String> paragraphs, boolean top) {
		if (!top) {
			String heading = nullToEmpty(section.getNumber()) + nullToEmpty(section.getTitle());
			if (!heading.isBlank()) {
				paragraphs.add(heading);
			}
		}
		section.getParagraphs().stream().filter(paragraph -> !isBlank(paragraph)).forEach(paragraphs::add);
		section.getSubsections().forEach(subsection -> collect(subsection, paragraphs, false));
	}

	BigDecimal score(IndicatorCategory category) {
		BigDecimal sum = BigDecimal.ZERO;
		for (IndicatorSubcategory subcategory : category.getSubcategories()) {
			for (Indicator indicator : subcategory.getIndicators()) {
				IndicatorScore row = sheet.row(indicator);
				if (row != null && !indicator.isNotApplicable()) {
					sum = sum.add(row.score().score());
				}
			}
		}
		return sum;
	}

	private String amount(BigDecimal yuan) {
		return Money.amount(yuan, unit) + unit.getLiteral();
	}

	static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
