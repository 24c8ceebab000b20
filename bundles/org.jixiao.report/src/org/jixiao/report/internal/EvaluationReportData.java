package org.jixiao.report.internal;

import static org.jixiao.interchange.OfficialTable.IndicatorColumn.DEVIATION;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.birt.report.model.api.CellHandle;
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
import org.jixiao.interchange.OfficialTable;
import org.jixiao.interchange.OfficialTable.BudgetColumn;
import org.jixiao.interchange.OfficialTable.GoalColumn;
import org.jixiao.interchange.OfficialTable.IndicatorColumn;
import org.jixiao.interchange.OfficialTable.TotalRow;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.report.EvidenceFile;
import org.jixiao.report.ReportOptions;

/**
 * What the two designs show of one scored evaluation. Scripted data sets read their rows with
 * {@link #rows(String)} from the engine's application context (key {@link #KEY}); as a
 * {@link DesignPreparer} it sets the fonts, removes the 草稿 mark of a final evaluation, and fills the
 * fixed-form blocks whose merged cells depend on the data (the 自评表's budget, goal and indicator
 * blocks), and puts the BIRT charts in place of their placeholders.
 * <p>
 * The texts written here are the content of a Chinese official document, not user-interface text,
 * so they are not translated.
 */
public final class EvaluationReportData extends ReportRows implements DesignPreparer {

	/** The application-context key of the data, as the designs' data sets name it. */
	public static final String KEY = "org.jixiao.report.data"; //$NON-NLS-1$

	/** The designs' styles set in the title font, the body font and the table font. */
	private static final String[] TITLE_STYLES = { "title", "h1", "mark" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final String[] BODY_STYLES = { "report", "h2", "body", "caption", "pageText" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String[] TABLE_STYLES = { "cell", "head", "num", "center", "info" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private static final String DASH = "—"; //$NON-NLS-1$

	private final Evaluation evaluation;
	private final ScoreSheet sheet;
	private final boolean draft;
	private final ReportOptions options;
	private final List<EvidenceFile> evidence;
	private final MoneyUnit unit;
	private final Map<String, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();

	/**
	 * @param evaluation the evaluation
	 * @param sheet its scores
	 * @param draft whether the documents carry the 草稿 mark
	 * @param options the fonts, and whether the 自评表 counts evidence files
	 * @param evidence the evaluation's evidence files (佐证材料), listed under 四、附件
	 */
	public EvaluationReportData(Evaluation evaluation, ScoreSheet sheet, boolean draft, ReportOptions options, List<EvidenceFile> evidence) {
		this.evaluation = evaluation;
		this.sheet = sheet;
		this.draft = draft;
		this.options = options;
		this.evidence = List.copyOf(evidence);
		this.unit = evaluation.getMoneyUnit() == null ? MoneyUnit.YUAN : evaluation.getMoneyUnit();
	}

	/** @return the evaluation shown */
	public Evaluation evaluation() {
		return evaluation;
	}

	/** @return its scores, with the rule set they follow */
	public ScoreSheet sheet() {
		return sheet;
	}

	/** @return whether the documents carry the 草稿 mark */
	public boolean draft() {
		return draft;
	}

	/** @return the fonts, and whether the 自评表 counts evidence files */
	public ReportOptions options() {
		return options;
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
	 *            {@code projects} (the budget summary), {@code budgetRates} (execution per project) or
	 *            {@code scoreRates} (score attainment per 一级 and 二级 group), the last two with columns
	 *            {@code name} and {@code rate} (a percentage) for the charts
	 * @return the rows; empty for an unknown name
	 */
	@Override
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
		case "budgetRates" -> budgetRates(); //$NON-NLS-1$
		case "scoreRates" -> scoreRates(); //$NON-NLS-1$
		default -> List.of();
		};
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
			for (String paragraph : section.getParagraphs()) {
				String own = withoutRestatedDeviations(paragraph, deviations);
				if (!own.isBlank()) {
					rows.add(text("p", own)); //$NON-NLS-1$
				}
			}
			section.getSubsections().forEach(subsection -> appendSubsection(rows, subsection, 2));
		}
		return rows;
	}

	/**
	 * The officer's own words of the 自评结果概述, without the sentences that explain a deviation the
	 * generated summary has already printed. A sentence (up to 。！？；) restates a deviation when one
	 * of its clauses (split at ，、：) of at least {@value #MIN_CLAUSE} characters occurs in that
	 * deviation's reason or measures, or when it names the deviating indicator.
	 *
	 * @param paragraph a paragraph of the RESULTS section
	 * @param deviations the deviations printed above it
	 * @return the paragraph without those sentences; blank when nothing of its own is left
	 */
	static String withoutRestatedDeviations(String paragraph, List<IndicatorScore> deviations) {
		if (deviations.isEmpty()) {
			return paragraph;
		}
		StringBuilder kept = new StringBuilder();
		Matcher sentence = SENTENCE.matcher(paragraph);
		while (sentence.find()) {
			String text = sentence.group();
			if (!restates(text, deviations)) {
				kept.append(text);
			}
		}
		return kept.toString().strip();
	}

	private static final Pattern SENTENCE = Pattern.compile("[^。！？；]+[。！？；]*"); //$NON-NLS-1$

	private static final int MIN_CLAUSE = 8;

	private static boolean restates(String sentence, List<IndicatorScore> deviations) {
		for (IndicatorScore deviation : deviations) {
			Indicator indicator = deviation.indicator();
			if (!isBlank(indicator.getName()) && sentence.contains(indicator.getName())) {
				return true;
			}
			String explained = nullToEmpty(indicator.getDeviationReason()) + nullToEmpty(indicator.getImprovementMeasures());
			for (String clause : sentence.split("[，,、：:。！？；\\s]+")) { //$NON-NLS-1$
				if (clause.length() >= MIN_CLAUSE && explained.contains(clause)) {
					return true;
				}
			}
		}
		return false;
	}

	private List<Map<String, Object>> attachments() {
		List<Map<String, Object>> rows = sections(SectionKind.OTHER, null, null, false);
		rows.addAll(sections(SectionKind.ATTACHMENTS, "四、", "附件", true)); //$NON-NLS-1$ //$NON-NLS-2$
		rows.add(text("p", "附件：部门整体支出绩效自评表")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!evidence.isEmpty()) {
			rows.add(text("p", "佐证材料（共" + evidence.size() + "份）：")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			int number = 1;
			for (EvidenceFile file : EvidenceRows.inTableOrder(evaluation, evidence)) {
				rows.add(text("p", number++ + ". " + file.fileName() + "（" + EvidenceRows.size(file.size()) + "，" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						+ EvidenceRows.path(evaluation, file) + "）")); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
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

	/**
	 * A row of text. A body paragraph ({@code p}) starts with two ideographic spaces, the first-line
	 * indent of two characters of an official document: BIRT's PDF layout drops the
	 * {@code textIndent} of a text that wraps, so the indent is written the way 公文 practice writes
	 * it, which every emitter keeps.
	 */
	private static Map<String, Object> text(String kind, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", kind); //$NON-NLS-1$
		row.put("text", "p".equals(kind) && !text.startsWith(INDENT) ? INDENT + text.strip() : text); //$NON-NLS-1$ //$NON-NLS-2$
		return row;
	}

	/** Two ideographic spaces (U+3000): the first-line indent of a paragraph. */
	static final String INDENT = "\u3000\u3000"; //$NON-NLS-1$

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

	/** Execution per project, in percent of the full-year budget (0 where there is no budget). */
	private List<Map<String, Object>> budgetRates() {
		List<Map<String, Object>> rows = new ArrayList<>();
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			for (BudgetProject project : budget.getProjects()) {
				rows.add(rate(project.getName(), Money.rateValue(project.getExecuted(), project.getAdjustedBudget())));
			}
		}
		return rows;
	}

	/** Score attainment (score / weight in percent) of the budget block, each 一级 and, indented, each 二级 group. */
	private List<Map<String, Object>> scoreRates() {
		List<Map<String, Object>> rows = new ArrayList<>();
		rows.add(rate("预算执行率", Money.rateValue(sheet.budget().score(), sheet.budget().weight()))); //$NON-NLS-1$
		for (IndicatorCategory category : evaluation.getCategories()) {
			rows.add(rate(category.getName(), Money.rateValue(score(category), weight(category))));
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				rows.add(rate("　" + subcategory.getName(), Money.rateValue(score(subcategory), weight(subcategory)))); //$NON-NLS-1$
			}
		}
		return rows;
	}

	private static Map<String, Object> rate(String name, BigDecimal percent) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("name", name); //$NON-NLS-1$
		row.put("rate", percent == null ? BigDecimal.ZERO : percent); //$NON-NLS-1$
		return row;
	}

	/**
	 * The rows to explain: those scoring below their weight, and those with an explanation given; not
	 * those that do not apply (不适用), which are left out of the total.
	 */
	private List<IndicatorScore> deviations() {
		return sheet.indicators().stream().filter(row -> !row.indicator().isNotApplicable())
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

	/** The official table's rows are never split (see {@code Blocks.row}); the report's text may be. */
	@Override
	public boolean keepsRowsWhole(ReportDesignHandle design) {
		return design.findElement("budgetBlock") != null || design.findElement("indicatorBlock") != null; //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void prepare(ReportDesignHandle design) throws SemanticException {
		prepareStyles(design, options, draft);
		Blocks blocks = new Blocks(design.getElementFactory());
		if (design.findElement("budgetBlock") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.budgetAndGoals(emptied(grid.getRows()));
		}
		if (design.findElement("indicatorBlock") instanceof TableHandle table) { //$NON-NLS-1$
			blocks.indicatorHeader(emptied(table.getHeader()));
			blocks.indicators(table.getDetail());
			blocks.totals(table.getFooter());
		}
		if (design.findElement("budgetChart") instanceof GridHandle grid) { //$NON-NLS-1$
			Charts.replace(design, grid, "budgetRates", ReportOptions.family(options.tableFont()), count("budgetRates"), 0x5B9BD5); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (design.findElement("scoreChart") instanceof GridHandle grid) { //$NON-NLS-1$
			Charts.replace(design, grid, "scoreRates", ReportOptions.family(options.tableFont()), count("scoreRates"), 0x1F4E79); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * Sets the fonts of a design's styles (title, body and table styles by name) and removes the 草稿 mark
	 * ({@code draftMark}) of a final evaluation's document.
	 *
	 * @param design the design opened for one render
	 * @param options the fonts
	 * @param draft whether the document carries the 草稿 mark
	 * @throws SemanticException when a style cannot be changed
	 */
	static void prepareStyles(ReportDesignHandle design, ReportOptions options, boolean draft) throws SemanticException {
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
	}

	/** @return the rows of a generated block without the placeholder row that the designer shows */
	private static SlotHandle emptied(SlotHandle rows) throws SemanticException {
		for (Object row : List.copyOf(rows.getContents())) {
			((DesignElementHandle) row).drop();
		}
		return rows;
	}

	private static void setFont(ReportDesignHandle design, String style, String font) throws SemanticException {
		StyleHandle handle = design.findStyle(style);
		if (handle != null) {
			handle.setProperty(StyleHandle.FONT_FAMILY_PROP, ReportOptions.familyWithFallbacks(font));
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
			cell(header, OfficialTable.budgetBlockLabel(unit), "head", 1, 2 + lines.size()); //$NON-NLS-1$
			cell(header, "", "head", 2, 1); //$NON-NLS-1$ //$NON-NLS-2$
			for (BudgetColumn column : BudgetColumn.values()) {
				cell(header, column.heading(), "head", column.reportColumns(), 1); //$NON-NLS-1$
			}
			RowHandle total = row(rows);
			cell(total, "年度资金总额", "cell", 2, 1); //$NON-NLS-1$ //$NON-NLS-2$
			if (budget != null) {
				amounts(total, budget.getInitialBudget(), budget.getAdjustedBudget(), budget.getExecuted());
				cell(total, Money.plain(budget.getWeight()), "num", BudgetColumn.WEIGHT.reportColumns(), 1); //$NON-NLS-1$
				cell(total, Money.rate(budget.getExecuted(), budget.getAdjustedBudget()), "num", BudgetColumn.RATE.reportColumns(), 1); //$NON-NLS-1$
				cell(total, Money.score(sheet.budget().score()), "num", BudgetColumn.SCORE.reportColumns(), 1); //$NON-NLS-1$
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
				cell(row, DASH, "center", BudgetColumn.WEIGHT.reportColumns(), 1); //$NON-NLS-1$
				cell(row, Money.rate(line.getExecuted(), line.getAdjustedBudget()), "num", BudgetColumn.RATE.reportColumns(), 1); //$NON-NLS-1$
				cell(row, DASH, "center", BudgetColumn.SCORE.reportColumns(), 1); //$NON-NLS-1$
			}
			List<Goal> goals = evaluation.getGoals();
			RowHandle goalHeader = row(rows);
			cell(goalHeader, "年度总体目标", "head", 1, 1 + Math.max(1, goals.size())); //$NON-NLS-1$ //$NON-NLS-2$
			for (GoalColumn column : GoalColumn.values()) {
				cell(goalHeader, column.heading(), "head", column.reportColumns(), 1); //$NON-NLS-1$
			}
			if (goals.isEmpty()) {
				RowHandle row = row(rows);
				cell(row, "", "cell", GoalColumn.EXPECTED.reportColumns(), 1); //$NON-NLS-1$ //$NON-NLS-2$
				cell(row, "", "cell", GoalColumn.ACHIEVED.reportColumns(), 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
			for (Goal goal : goals) {
				RowHandle row = row(rows);
				String number = goal.getNumber() > 0 ? goal.getNumber() + ". " : ""; //$NON-NLS-1$ //$NON-NLS-2$
				cell(row, number + nullToEmpty(goal.getExpected()), "cell", GoalColumn.EXPECTED.reportColumns(), 1); //$NON-NLS-1$
				cell(row, nullToEmpty(goal.getAchieved()), "cell", GoalColumn.ACHIEVED.reportColumns(), 1); //$NON-NLS-1$
			}
		}

		/** The header row of the 绩效指标 block, its headings and spans those of {@link IndicatorColumn#printed()}. */
		void indicatorHeader(SlotHandle rows) throws SemanticException {
			RowHandle header = row(rows);
			for (IndicatorColumn column : IndicatorColumn.printed()) {
				cell(header, column.heading(), "head", column.reportColumns(), 1); //$NON-NLS-1$
			}
		}

		void indicators(SlotHandle rows) throws SemanticException {
			for (IndicatorCategory category : evaluation.getCategories()) {
				int categoryRows = category.getSubcategories().stream().mapToInt(s -> Math.max(1, rows(s))).sum();
				boolean firstOfCategory = true;
				if (category.getSubcategories().isEmpty()) {
					RowHandle row = row(rows);
					cell(row, category.getName(), "center", 1, 1); //$NON-NLS-1$
					empty(row, 6);
					cell(row, "", "cell", DEVIATION.reportColumns(), 1); //$NON-NLS-1$ //$NON-NLS-2$
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
						cell(row, "", "cell", DEVIATION.reportColumns(), 1); //$NON-NLS-1$ //$NON-NLS-2$
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
							cell(row, subcategory.getName(), "center", 1, rows(subcategory)); //$NON-NLS-1$
							firstOfSubcategory = false;
						}
						IndicatorScore score = sheet.row(indicator);
						cell(row, indicatorName(indicator), "cell", 1, 1); //$NON-NLS-1$
						cell(row, nullToEmpty(indicator.getTargetText()), "center", 1, 1); //$NON-NLS-1$
						boolean notApplicable = indicator.isNotApplicable();
						cell(row, notApplicable ? OfficialTable.NOT_APPLICABLE : nullToEmpty(indicator.getActualText()), "center", 1, 1); //$NON-NLS-1$
						cell(row, Money.plain(indicator.getWeight()), "num", 1, 1); //$NON-NLS-1$
						cell(row, score == null || notApplicable ? "" : Money.score(score.score().score()), "num", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
						cell(row, explanation(indicator), "cell", DEVIATION.reportColumns(), 1); //$NON-NLS-1$
						details(rows, indicator);
					}
				}
			}
		}

		/** The 其中 rows of an indicator: name, target and actual, neither weighted nor scored. */
		private void details(SlotHandle rows, Indicator indicator) throws SemanticException {
			boolean first = true;
			for (IndicatorDetail detail : indicator.getDetails()) {
				RowHandle row = row(rows);
				cell(row, (first ? "其中：" : "　　　") + nullToEmpty(detail.getName()), "cell", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				cell(row, nullToEmpty(detail.getTargetText()), "center", 1, 1); //$NON-NLS-1$
				cell(row, nullToEmpty(detail.getActualText()), "center", 1, 1); //$NON-NLS-1$
				empty(row, 2);
				cell(row, "", "cell", DEVIATION.reportColumns(), 1); //$NON-NLS-1$ //$NON-NLS-2$
				first = false;
			}
		}

		/** @return the table rows of a subcategory's indicators, their 其中 rows included */
		private static int rows(IndicatorSubcategory subcategory) {
			return subcategory.getIndicators().stream().mapToInt(indicator -> 1 + indicator.getDetails().size()).sum();
		}

		void totals(SlotHandle rows) throws SemanticException {
			RowHandle row = row(rows);
			cell(row, TotalRow.TOTAL.heading(), "head", 5, 1); //$NON-NLS-1$
			BigDecimal weights = evaluation.getBudget() == null || evaluation.getBudget().getWeight() == null ? BigDecimal.ZERO
					: evaluation.getBudget().getWeight();
			for (IndicatorCategory category : evaluation.getCategories()) {
				weights = weights.add(weight(category));
			}
			cell(row, Money.plain(weights), "num", 1, 1); //$NON-NLS-1$
			cell(row, Money.score(sheet.total()), "num", 1, 1); //$NON-NLS-1$
			cell(row, TotalRow.GRADE.heading(), "head", 1, 1); //$NON-NLS-1$
			cell(row, sheet.grade().officialTerm(), "center", 2, 1); //$NON-NLS-1$
		}

		private void amounts(RowHandle row, BigDecimal initial, BigDecimal adjusted, BigDecimal executed)
				throws SemanticException {
			cell(row, Money.amount(initial, unit), "num", BudgetColumn.INITIAL.reportColumns(), 1); //$NON-NLS-1$
			cell(row, Money.amount(adjusted, unit), "num", BudgetColumn.ADJUSTED.reportColumns(), 1); //$NON-NLS-1$
			cell(row, Money.amount(executed, unit), "num", BudgetColumn.EXECUTED.reportColumns(), 1); //$NON-NLS-1$
		}

		private void empty(RowHandle row, int cells) throws SemanticException {
			for (int i = 0; i < cells; i++) {
				cell(row, "", "cell", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private RowHandle row(SlotHandle rows) throws SemanticException {
			RowHandle row = factory.newTableRow();
			// a row of the official table is never split by a page break
			row.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
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

	/** @return the indicator's name, with its number of evidence files when the options ask for it and it has any */
	private String indicatorName(Indicator indicator) {
		String name = nullToEmpty(indicator.getName());
		if (!options.evidenceCounts()) {
			return name;
		}
		long count = EvidenceRows.count(indicator, evidence);
		return count == 0 ? name : name + "（佐证材料" + count + "份）"; //$NON-NLS-1$ //$NON-NLS-2$
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
