package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.birt.report.model.api.CellHandle;
import org.eclipse.birt.report.model.api.ColumnHandle;
import org.eclipse.birt.report.model.api.DesignElementHandle;
import org.eclipse.birt.report.model.api.ElementFactory;
import org.eclipse.birt.report.model.api.GridHandle;
import org.eclipse.birt.report.model.api.LabelHandle;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.RowHandle;
import org.eclipse.birt.report.model.api.SlotHandle;
import org.eclipse.birt.report.model.api.StyleHandle;
import org.eclipse.birt.report.model.api.TableHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.birt.report.model.api.elements.DesignChoiceConstants;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.report.ReportOptions;

/**
 * What the two designs show of one scored evaluation. Scripted data sets read their rows with
 * {@link #rows(String)} from the engine's application context (key {@link #KEY}); as a
 * {@link DesignPreparer} it sets the fonts, removes the 草稿 mark of a final evaluation, and fills the
 * fixed-form blocks whose merged cells depend on the data (the 自评表's budget, goal and indicator
 * blocks, the bar charts).
 * <p>
 * The texts written here are the content of a Chinese official document, not user-interface text,
 * so they are not translated.
 */
public final class EvaluationReportData implements DesignPreparer {

	/** The application-context key of the data, as the designs' data sets name it. */
	public static final String KEY = "org.jixiao.report.data"; //$NON-NLS-1$

	/** The designs' styles set in the title font, the body font and the table font. */
	private static final String[] TITLE_STYLES = { "title", "h1", "mark" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] BODY_STYLES = { "report", "h2", "body", "caption", "pageText" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String[] TABLE_STYLES = { "cell", "head", "num", "center", "barLabel", "barStrong", "barValue" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private static final String DASH = "—"; //$NON-NLS-1$

	private final Evaluation evaluation;
	private final ScoreSheet sheet;
	private final boolean draft;
	private final ReportOptions options;
	private final MoneyUnit unit;
	private final Map<String, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();

	/**
	 * @param evaluation the evaluation
	 * @param sheet its scores
	 * @param draft whether the documents carry the 草稿 mark
	 * @param options the fonts
	 */
	public EvaluationReportData(Evaluation evaluation, ScoreSheet sheet, boolean draft, ReportOptions options) {
		this.evaluation = evaluation;
		this.sheet = sheet;
		this.draft = draft;
		this.options = options;
		this.unit = evaluation.getMoneyUnit() == null ? MoneyUnit.YUAN : evaluation.getMoneyUnit();
	}

	/** @return the report parameters of both designs: department, year, money unit */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("department", department()); //$NON-NLS-1$
		parameters.put("year", Integer.toString(evaluation.getFiscalYear())); //$NON-NLS-1$
		parameters.put("unit", unit.getLiteral()); //$NON-NLS-1$
		return parameters;
	}

	/**
	 * The rows of a data set of the designs. Each row maps column names to values.
	 *
	 * @param name {@code workIntro}, {@code workBody}, {@code results}, {@code nextSteps},
	 *            {@code attachments} (text rows with columns {@code kind} and {@code text}) or
	 *            {@code projects} (the budget summary)
	 * @return the rows; empty for an unknown name
	 */
	public List<Map<String, Object>> rows(String name) {
		return rows.computeIfAbsent(name, this::compute);
	}

	private List<Map<String, Object>> compute(String name) {
		return switch (name) {
		case "workIntro" -> workIntro(); //$NON-NLS-1$
		case "workBody" -> workBody(); //$NON-NLS-1$
		case "results" -> results(); //$NON-NLS-1$
		case "nextSteps" -> sections(SectionKind.NEXT_STEPS, "三、", "下一步工作措施", true); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		case "attachments" -> attachments(); //$NON-NLS-1$
		case "projects" -> projects(); //$NON-NLS-1$
		default -> List.of();
		};
	}

	/**
	 * For the designs' scripts, which see Java objects but not always Java collections.
	 *
	 * @param name a data set's name, as for {@link #rows(String)}
	 * @return the number of its rows
	 */
	public int count(String name) {
		return rows(name).size();
	}

	/**
	 * For the designs' scripts.
	 *
	 * @param name a data set's name, as for {@link #rows(String)}
	 * @param row the row index, from 0
	 * @param column the column name
	 * @return the value as text; "" for none
	 */
	public String value(String name, int row, String column) {
		Object value = rows(name).get(row).get(column);
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	private String department() {
		return evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName(); //$NON-NLS-1$
	}

	// ---- the 自评报告's text ------------------------------------------------------------------

	private List<Map<String, Object>> workIntro() {
		List<Map<String, Object>> rows = new ArrayList<>();
		NarrativeSection work = section(SectionKind.WORK);
		rows.add(text("h1", heading(work, "一、", "自评工作开展情况"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (work != null) {
			work.getParagraphs().forEach(paragraph -> rows.add(text("p", paragraph))); //$NON-NLS-1$
		}
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			rows.add(text("p", "本年度部门共有预算项目" + budget.getProjects().size() + "个，全年预算数" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Money.amount(budget.getAdjustedBudget(), unit) + unit.getLiteral() + "，全年执行数" //$NON-NLS-1$
					+ Money.amount(budget.getExecuted(), unit) + unit.getLiteral() + "，预算执行率" //$NON-NLS-1$
					+ Money.rate(budget.getExecuted(), budget.getAdjustedBudget()) + "，各项目情况见下表。")); //$NON-NLS-1$
		}
		return rows;
	}

	private List<Map<String, Object>> workBody() {
		List<Map<String, Object>> rows = new ArrayList<>();
		NarrativeSection work = section(SectionKind.WORK);
		if (work != null) {
			work.getSubsections().forEach(subsection -> appendSubsection(rows, subsection, 2));
		}
		return rows;
	}

	private List<Map<String, Object>> results() {
		List<Map<String, Object>> rows = new ArrayList<>();
		NarrativeSection section = section(SectionKind.RESULTS);
		rows.add(text("h1", heading(section, "二、", "自评结果概述"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rows.add(text("p", "经自评，" + department() + evaluation.getFiscalYear() + "年度部门整体支出绩效自评得分" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ Money.plain(sheet.total()) + "分，自评等级为“" + sheet.grade().officialTerm() + "”。")); //$NON-NLS-1$ //$NON-NLS-2$
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			rows.add(text("p", "预算执行方面：全年预算数" + Money.amount(budget.getAdjustedBudget(), unit) + unit.getLiteral() //$NON-NLS-1$ //$NON-NLS-2$
					+ "，全年执行数" + Money.amount(budget.getExecuted(), unit) + unit.getLiteral() + "，预算执行率" //$NON-NLS-1$ //$NON-NLS-2$
					+ Money.rate(budget.getExecuted(), budget.getAdjustedBudget()) + "，得分" //$NON-NLS-1$
					+ Money.plain(sheet.budget().score()) + "分（分值" + Money.plain(sheet.budget().weight()) + "分）。" //$NON-NLS-1$ //$NON-NLS-2$
					+ nullToEmpty(budget.getExplanation())));
		}
		StringBuilder categories = new StringBuilder("绩效指标方面："); //$NON-NLS-1$
		List<IndicatorCategory> all = evaluation.getCategories();
		for (int i = 0; i < all.size(); i++) {
			IndicatorCategory category = all.get(i);
			categories.append(category.getName()).append("得分").append(Money.plain(score(category))) //$NON-NLS-1$
					.append("分（分值").append(Money.plain(category.getWeight())).append("分）") //$NON-NLS-1$ //$NON-NLS-2$
					.append(i + 1 < all.size() ? "，" : "。"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		rows.add(text("p", categories.toString())); //$NON-NLS-1$
		List<IndicatorScore> deviations = deviations();
		if (deviations.isEmpty()) {
			rows.add(text("p", "各项绩效指标均达到年度指标值，自评中未发现偏差。")); //$NON-NLS-1$ //$NON-NLS-2$
		} else {
			rows.add(text("p", "自评中发现偏差" + deviations.size() + "项，原因及改进措施如下：")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			for (int i = 0; i < deviations.size(); i++) {
				IndicatorScore row = deviations.get(i);
				Indicator indicator = row.indicator();
				StringBuilder text = new StringBuilder().append(i + 1).append('.').append(indicator.getName())
						.append("：年度指标值").append(nullToEmpty(indicator.getTargetText())) //$NON-NLS-1$
						.append("，实际完成值").append(nullToEmpty(indicator.getActualText())) //$NON-NLS-1$
						.append("，得分").append(Money.plain(row.score().score())) //$NON-NLS-1$
						.append("分（分值").append(Money.plain(row.score().weight())).append("分）。"); //$NON-NLS-1$ //$NON-NLS-2$
				if (!isBlank(indicator.getDeviationReason())) {
					text.append("偏差原因：").append(indicator.getDeviationReason()); //$NON-NLS-1$
				}
				if (!isBlank(indicator.getImprovementMeasures())) {
					text.append("改进措施：").append(indicator.getImprovementMeasures()); //$NON-NLS-1$
				}
				rows.add(text("p", text.toString())); //$NON-NLS-1$
			}
		}
		if (section != null) {
			section.getParagraphs().forEach(paragraph -> rows.add(text("p", paragraph))); //$NON-NLS-1$
			section.getSubsections().forEach(subsection -> appendSubsection(rows, subsection, 2));
		}
		return rows;
	}

	private List<Map<String, Object>> attachments() {
		List<Map<String, Object>> rows = sections(SectionKind.OTHER, null, null, false);
		rows.addAll(sections(SectionKind.ATTACHMENTS, "四、", "附件", true)); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(text("p", "附件：部门整体支出绩效自评表")); //$NON-NLS-1$ //$NON-NLS-2$
		return rows;
	}

	/** The sections of a kind; a heading of its own when the evaluation has none of that kind and {@code always}. */
	private List<Map<String, Object>> sections(SectionKind kind, String number, String title, boolean always) {
		List<Map<String, Object>> rows = new ArrayList<>();
		boolean found = false;
		for (NarrativeSection section : evaluation.getNarrative()) {
			if (section.getKind() == kind) {
				found = true;
				rows.add(text("h1", heading(section, number, title))); //$NON-NLS-1$
				section.getParagraphs().forEach(paragraph -> rows.add(text("p", paragraph))); //$NON-NLS-1$
				section.getSubsections().forEach(subsection -> appendSubsection(rows, subsection, 2));
			}
		}
		if (!found && always) {
			rows.add(text("h1", number + title)); //$NON-NLS-1$
		}
		return rows;
	}

	/** 二级 headings （一） stand alone; a 三级 heading 1. leads its first paragraph, as in the reference report. */
	private static void appendSubsection(List<Map<String, Object>> rows, NarrativeSection section, int level) {
		String heading = nullToEmpty(section.getNumber()) + nullToEmpty(section.getTitle());
		List<String> paragraphs = section.getParagraphs();
		if (level == 2) {
			rows.add(text("h2", heading)); //$NON-NLS-1$
			paragraphs.forEach(paragraph -> rows.add(text("p", paragraph))); //$NON-NLS-1$
		} else if (paragraphs.isEmpty()) {
			rows.add(text("p", heading)); //$NON-NLS-1$
		} else {
			String lead = heading.isEmpty() || heading.endsWith("。") ? heading : heading + "。"; //$NON-NLS-1$ //$NON-NLS-2$
			rows.add(text("p", lead + paragraphs.get(0))); //$NON-NLS-1$
			paragraphs.subList(1, paragraphs.size()).forEach(paragraph -> rows.add(text("p", paragraph))); //$NON-NLS-1$
		}
		section.getSubsections().forEach(subsection -> appendSubsection(rows, subsection, level + 1));
	}

	private NarrativeSection section(SectionKind kind) {
		return evaluation.getNarrative().stream().filter(section -> section.getKind() == kind).findFirst().orElse(null);
	}

	private static String heading(NarrativeSection section, String number, String title) {
		if (section == null || isBlank(section.getTitle())) {
			return number + title;
		}
		return nullToEmpty(section.getNumber()) + section.getTitle();
	}

	private static Map<String, Object> text(String kind, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", kind); //$NON-NLS-1$
		row.put("text", text); //$NON-NLS-1$
		return row;
	}

	private List<Map<String, Object>> projects() {
		List<Map<String, Object>> rows = new ArrayList<>();
		Budget budget = evaluation.getBudget();
		if (budget == null) {
			return rows;
		}
		int number = 1;
		for (BudgetProject project : budget.getProjects()) {
			rows.add(project(Integer.toString(number++), project.getName(),
					project.getExpenditureType() == null ? "" : project.getExpenditureType().getLiteral(), //$NON-NLS-1$
					project.getAdjustedBudget(), project.getExecuted(), false));
		}
		rows.add(project("", "合计（" + budget.getProjects().size() + "个项目）", "", budget.getAdjustedBudget(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				budget.getExecuted(), true));
		return rows;
	}

	private Map<String, Object> project(String number, String name, String type, BigDecimal planned, BigDecimal executed,
			boolean total) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("number", number); //$NON-NLS-1$
		row.put("name", name); //$NON-NLS-1$
		row.put("type", type); //$NON-NLS-1$
		row.put("planned", Money.amount(planned, unit)); //$NON-NLS-1$
		row.put("executed", Money.amount(executed, unit)); //$NON-NLS-1$
		row.put("rate", Money.rate(executed, planned)); //$NON-NLS-1$
		row.put("total", Boolean.toString(total)); //$NON-NLS-1$
		return row;
	}

	/** The rows to explain: those scoring below their weight, and those with an explanation given. */
	private List<IndicatorScore> deviations() {
		return sheet.indicators().stream()
				.filter(row -> row.score().score().compareTo(row.score().weight()) < 0
						|| !isBlank(row.indicator().getDeviationReason()))
				.toList();
	}

	private BigDecimal score(IndicatorCategory category) {
		return category.getSubcategories().stream().map(this::score).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private BigDecimal score(IndicatorSubcategory subcategory) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Indicator indicator : subcategory.getIndicators()) {
			IndicatorScore row = sheet.row(indicator);
			if (row != null) {
				sum = sum.add(row.score().score());
			}
		}
		return sum;
	}

	private static BigDecimal weight(IndicatorCategory category) {
		if (category.getWeight() != null) {
			return category.getWeight();
		}
		return category.getSubcategories().stream().map(EvaluationReportData::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private static BigDecimal weight(IndicatorSubcategory subcategory) {
		if (subcategory.getWeight() != null) {
			return subcategory.getWeight();
		}
		return subcategory.getIndicators().stream().map(Indicator::getWeight).filter(w -> w != null).reduce(BigDecimal.ZERO,
				BigDecimal::add);
	}

	// ---- preparing the designs ------------------------------------------------------------

	@Override
	public void prepare(ReportDesignHandle design) throws SemanticException {
		for (String style : TITLE_STYLES) {
			setFont(design, style, options.titleFont());
		}
		for (String style : BODY_STYLES) {
			setFont(design, style, options.bodyFont());
		}
		for (String style : TABLE_STYLES) {
			setFont(design, style, options.tableFont());
		}
		DesignElementHandle mark = design.findElement("draftMark"); //$NON-NLS-1$
		if (mark != null && !draft) {
			mark.drop();
		}
		Blocks blocks = new Blocks(design.getElementFactory());
		if (design.findElement("budgetBlock") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.budgetAndGoals(emptied(grid.getRows()));
		}
		if (design.findElement("indicatorBlock") instanceof TableHandle table) { //$NON-NLS-1$
			blocks.indicators(table.getDetail());
			blocks.totals(table.getFooter());
		}
		if (design.findElement("budgetChart") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.budgetBars(emptied(grid.getRows()));
		}
		if (design.findElement("scoreChart") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.scoreBars(emptied(grid.getRows()));
		}
	}

	/** @return the rows of a generated block without the placeholder row that the designer shows */
	private static SlotHandle emptied(SlotHandle rows) throws SemanticException {
		for (Object row : List.copyOf(rows.getContents())) {
			((DesignElementHandle) row).drop();
		}
		return rows;
	}

	private static void setFont(ReportDesignHandle design, String style, String family) throws SemanticException {
		StyleHandle handle = design.findStyle(style);
		if (handle != null) {
			handle.setProperty(StyleHandle.FONT_FAMILY_PROP, '"' + family + '"');
		}
	}

	/**
	 * Builds rows of the 10 columns of the 自评表 (A 一级, B 二级, C 三级, D 年度指标值, E 实际完成值, F 分值, G 得分,
	 * H–J 偏差原因分析及改进措施) with the merged cells of the official table.
	 */
	private final class Blocks {

		private final ElementFactory factory;

		Blocks(ElementFactory factory) {
			this.factory = factory;
		}

		void budgetAndGoals(SlotHandle rows) throws SemanticException {
			Budget budget = evaluation.getBudget();
			List<BudgetLine> lines = budget == null ? List.of() : budget.getBreakdowns();
			RowHandle header = row(rows);
			cell(header, "年度预算资金（" + unit.getLiteral() + "）", "head", 1, 2 + lines.size()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			cell(header, "", "head", 2, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "年初预算数", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "全年预算数", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "全年执行数", "head", 2, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "分值", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "执行率", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(header, "得分", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			RowHandle total = row(rows);
			cell(total, "年度资金总额", "cell", 2, 1); //$NON-NLS-1$ //$NON-NLS-2$
			if (budget != null) {
				amounts(total, budget.getInitialBudget(), budget.getAdjustedBudget(), budget.getExecuted());
				cell(total, Money.plain(budget.getWeight()), "num", 1, 1); //$NON-NLS-1$
				cell(total, Money.rate(budget.getExecuted(), budget.getAdjustedBudget()), "num", 1, 1); //$NON-NLS-1$
				cell(total, Money.score(sheet.budget().score()), "num", 1, 1); //$NON-NLS-1$
			} else {
				empty(total, 7);
			}
			BudgetCategory previous = null;
			for (BudgetLine line : lines) {
				RowHandle row = row(rows);
				String lead = line.getCategory() != previous ? "其中：" : "　　　"; //$NON-NLS-1$ //$NON-NLS-2$
				previous = line.getCategory();
				cell(row, lead + line.getLabel(), "cell", 2, 1); //$NON-NLS-1$
				amounts(row, line.getInitialBudget(), line.getAdjustedBudget(), line.getExecuted());
				cell(row, DASH, "center", 1, 1); //$NON-NLS-1$
				cell(row, Money.rate(line.getExecuted(), line.getAdjustedBudget()), "num", 1, 1); //$NON-NLS-1$
				cell(row, DASH, "center", 1, 1); //$NON-NLS-1$
			}
			List<Goal> goals = evaluation.getGoals();
			RowHandle goalHeader = row(rows);
			cell(goalHeader, "年度总体目标", "head", 1, 1 + Math.max(1, goals.size())); //$NON-NLS-1$ //$NON-NLS-2$
			cell(goalHeader, "预期目标", "head", 4, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(goalHeader, "实际完成情况", "head", 5, 1); //$NON-NLS-1$ //$NON-NLS-2$
			if (goals.isEmpty()) {
				RowHandle row = row(rows);
				cell(row, "", "cell", 4, 1); //$NON-NLS-1$ //$NON-NLS-2$
				cell(row, "", "cell", 5, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (Goal goal : goals) {
				RowHandle row = row(rows);
				String number = goal.getNumber() > 0 ? goal.getNumber() + ". " : ""; //$NON-NLS-1$ //$NON-NLS-2$
				cell(row, number + nullToEmpty(goal.getExpected()), "cell", 4, 1); //$NON-NLS-1$
				cell(row, nullToEmpty(goal.getAchieved()), "cell", 5, 1); //$NON-NLS-1$
			}
		}

		void indicators(SlotHandle rows) throws SemanticException {
			for (IndicatorCategory category : evaluation.getCategories()) {
				int categoryRows = category.getSubcategories().stream().mapToInt(s -> Math.max(1, s.getIndicators().size())).sum();
				boolean firstOfCategory = true;
				if (category.getSubcategories().isEmpty()) {
					RowHandle row = row(rows);
					cell(row, category.getName(), "center", 1, 1); //$NON-NLS-1$
					empty(row, 6);
					cell(row, "", "cell", 3, 1); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					List<Indicator> indicators = subcategory.getIndicators();
					if (indicators.isEmpty()) {
						RowHandle row = row(rows);
						if (firstOfCategory) {
							cell(row, category.getName(), "center", 1, categoryRows); //$NON-NLS-1$
							firstOfCategory = false;
						}
						cell(row, subcategory.getName(), "center", 1, 1); //$NON-NLS-1$
						empty(row, 5);
						cell(row, "", "cell", 3, 1); //$NON-NLS-1$ //$NON-NLS-2$
						continue;
					}
					boolean firstOfSubcategory = true;
					for (Indicator indicator : indicators) {
						RowHandle row = row(rows);
						if (firstOfCategory) {
							cell(row, category.getName(), "center", 1, categoryRows); //$NON-NLS-1$
							firstOfCategory = false;
						}
						if (firstOfSubcategory) {
							cell(row, subcategory.getName(), "center", 1, indicators.size()); //$NON-NLS-1$
							firstOfSubcategory = false;
						}
						IndicatorScore score = sheet.row(indicator);
						cell(row, indicator.getName(), "cell", 1, 1); //$NON-NLS-1$
						cell(row, nullToEmpty(indicator.getTargetText()), "center", 1, 1); //$NON-NLS-1$
						cell(row, nullToEmpty(indicator.getActualText()), "center", 1, 1); //$NON-NLS-1$
						cell(row, Money.plain(indicator.getWeight()), "num", 1, 1); //$NON-NLS-1$
						cell(row, score == null ? "" : Money.score(score.score().score()), "num", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
						cell(row, explanation(indicator), "cell", 3, 1); //$NON-NLS-1$
					}
				}
			}
		}

		void totals(SlotHandle rows) throws SemanticException {
			RowHandle row = row(rows);
			cell(row, "总分", "head", 5, 1); //$NON-NLS-1$ //$NON-NLS-2$
			BigDecimal weights = evaluation.getBudget() == null || evaluation.getBudget().getWeight() == null ? BigDecimal.ZERO
					: evaluation.getBudget().getWeight();
			for (IndicatorCategory category : evaluation.getCategories()) {
				weights = weights.add(weight(category));
			}
			cell(row, Money.plain(weights), "num", 1, 1); //$NON-NLS-1$
			cell(row, Money.score(sheet.total()), "num", 1, 1); //$NON-NLS-1$
			cell(row, "自评等级", "head", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			cell(row, sheet.grade().officialTerm(), "center", 2, 1); //$NON-NLS-1$
		}

		/** Budget execution per project: name | bar | rate. */
		void budgetBars(SlotHandle rows) throws SemanticException {
			Budget budget = evaluation.getBudget();
			if (budget == null) {
				return;
			}
			for (BudgetProject project : budget.getProjects()) {
				BigDecimal rate = Money.rateValue(project.getExecuted(), project.getAdjustedBudget());
				bar(rows, project.getName(), rate, Money.rate(project.getExecuted(), project.getAdjustedBudget()), false);
			}
		}

		/** Score attainment per 一级 and 二级 group: name | bar | score / weight. */
		void scoreBars(SlotHandle rows) throws SemanticException {
			bar(rows, "预算执行率", percent(sheet.budget().score(), sheet.budget().weight()), //$NON-NLS-1$
					Money.score(sheet.budget().score()) + " / " + Money.plain(sheet.budget().weight()), true); //$NON-NLS-1$
			for (IndicatorCategory category : evaluation.getCategories()) {
				BigDecimal score = score(category);
				bar(rows, category.getName(), percent(score, weight(category)),
						Money.score(score) + " / " + Money.plain(weight(category)), true); //$NON-NLS-1$
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					BigDecimal subScore = score(subcategory);
					bar(rows, "　" + subcategory.getName(), percent(subScore, weight(subcategory)), //$NON-NLS-1$
							Money.score(subScore) + " / " + Money.plain(weight(subcategory)), false); //$NON-NLS-1$
				}
			}
		}

		private BigDecimal percent(BigDecimal score, BigDecimal weight) {
			return Money.rateValue(score, weight);
		}

		private void bar(SlotHandle rows, String name, BigDecimal percent, String value, boolean strong)
				throws SemanticException {
			RowHandle row = row(rows);
			cell(row, name, strong ? "barStrong" : "barLabel", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			CellHandle barCell = factory.newCell();
			barCell.setStyleName("barCell"); //$NON-NLS-1$
			int filled = percent == null ? 0 : Math.max(0, Math.min(100, percent.intValue()));
			GridHandle bar = factory.newGridItem(null, filled == 0 || filled == 100 ? 1 : 2, 1);
			bar.setWidth("100%"); //$NON-NLS-1$
			RowHandle barRow = (RowHandle) bar.getRows().get(0);
			barRow.setHeight("9pt"); //$NON-NLS-1$
			if (filled > 0) {
				((ColumnHandle) bar.getColumns().get(0)).setProperty(ColumnHandle.WIDTH_PROP, filled + "%"); //$NON-NLS-1$
				((CellHandle) barRow.getCells().get(0)).setProperty(StyleHandle.BACKGROUND_COLOR_PROP,
						strong ? "#1F4E79" : "#5B9BD5"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (filled < 100 && filled > 0) {
				((ColumnHandle) bar.getColumns().get(1)).setProperty(ColumnHandle.WIDTH_PROP, (100 - filled) + "%"); //$NON-NLS-1$
			}
			barCell.getContent().add(bar);
			row.getCells().add(barCell);
			cell(row, value, "barValue", 1, 1); //$NON-NLS-1$
		}

		private void amounts(RowHandle row, BigDecimal initial, BigDecimal adjusted, BigDecimal executed)
				throws SemanticException {
			cell(row, Money.amount(initial, unit), "num", 1, 1); //$NON-NLS-1$
			cell(row, Money.amount(adjusted, unit), "num", 1, 1); //$NON-NLS-1$
			cell(row, Money.amount(executed, unit), "num", 2, 1); //$NON-NLS-1$
		}

		private void empty(RowHandle row, int cells) throws SemanticException {
			for (int i = 0; i < cells; i++) {
				cell(row, "", "cell", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private RowHandle row(SlotHandle rows) throws SemanticException {
			RowHandle row = factory.newTableRow();
			rows.add(row);
			return row;
		}

		private void cell(RowHandle row, String text, String style, int columns, int rowSpan) throws SemanticException {
			CellHandle cell = factory.newCell();
			cell.setStyleName(style);
			if (columns > 1) {
				cell.setColumnSpan(columns);
			}
			if (rowSpan > 1) {
				cell.setRowSpan(rowSpan);
			}
			cell.setProperty(StyleHandle.VERTICAL_ALIGN_PROP, DesignChoiceConstants.VERTICAL_ALIGN_MIDDLE);
			LabelHandle label = factory.newLabel(null);
			label.setText(text);
			cell.getContent().add(label);
			row.getCells().add(cell);
		}
	}

	private static String explanation(Indicator indicator) {
		String reason = nullToEmpty(indicator.getDeviationReason());
		String measures = nullToEmpty(indicator.getImprovementMeasures());
		if (measures.isEmpty()) {
			return reason;
		}
		return reason.isEmpty() ? "改进措施：" + measures : reason + "改进措施：" + measures; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text; //$NON-NLS-1$
	}
}
