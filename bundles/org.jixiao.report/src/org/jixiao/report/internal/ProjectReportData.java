package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
import org.jixiao.interchange.OfficialTable;
import org.jixiao.interchange.OfficialTable.TotalRow;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Line;
import org.jixiao.interchange.TableFormats;
import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;

/**
 * What the designs of a project evaluation (项目支出 or 结转项目 绩效自评) show: the 项目支出绩效自评表
 * ({@code project-table.rptdesign}), whose blocks, columns, headings and spans it builds from the
 * evaluation's {@link TableFormat} (the one the XLSX follows; {@code central-project} by default,
 * {@code sichuan-project} among the built-ins) when the design is prepared, and the project 自评报告 ({@code project-report.rptdesign}), whose data set
 * {@code body} it gives as rows of {@code kind} (h1, p) and {@code text}.
 * <p>
 * The texts written here are the content of a Chinese official document, not user-interface text,
 * so they are not translated.
 */
public final class ProjectReportData extends ReportRows implements DesignPreparer {

	private static final String DASH = "—"; //$NON-NLS-1$

	private final EvaluationReportData data;
	private final Evaluation evaluation;
	private final ProjectTexts texts;
	private final TableFormat format;
	private final MoneyUnit unit;
	private final Map<String, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();

	/** @param data the scored project evaluation, its options and draft state */
	public ProjectReportData(EvaluationReportData data) {
		this.data = data;
		this.evaluation = data.evaluation();
		this.texts = new ProjectTexts(evaluation, data.sheet());
		this.unit = evaluation.getMoneyUnit() == null ? MoneyUnit.YUAN : evaluation.getMoneyUnit();
		this.format = format(evaluation);
	}

	/**
	 * @param evaluation a project evaluation
	 * @return the table format it names ({@link Evaluation#getFormatId()}) when that serves its kind, else its
	 *         kind's default ({@value TableFormats#CENTRAL_PROJECT})
	 */
	static TableFormat format(Evaluation evaluation) {
		TableFormats formats = TableFormats.getDefault();
		TableFormat named = formats.forEvaluation(evaluation);
		return named.serves(evaluation.getKind()) ? named : formats.forKind(evaluation.getKind());
	}

	/**
	 * @param evaluation an evaluation
	 * @return whether it is of one project (项目支出 or 结转项目), whose documents these are
	 */
	public static boolean isProject(Evaluation evaluation) {
		return ProjectTexts.isProject(evaluation);
	}

	/**
	 * @param evaluation a project evaluation
	 * @return the project's name as the file names of its documents give it
	 */
	public static String projectName(Evaluation evaluation) {
		return ProjectTexts.projectName(evaluation);
	}

	/** @return the report parameters of both designs: department, project, year, money unit */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = data.parameters();
		parameters.put("project", ProjectTexts.projectName(evaluation)); //$NON-NLS-1$
		return parameters;
	}

	/**
	 * @param name {@code body}: the 自评报告's headings and paragraphs, with columns {@code kind} and {@code text}
	 * @return the rows; empty for an unknown name
	 */
	@Override
	public List<Map<String, Object>> rows(String name) {
		return rows.computeIfAbsent(name, key -> "body".equals(key) ? body() : List.of()); //$NON-NLS-1$
	}

	private List<Map<String, Object>> body() {
		List<Map<String, Object>> body = new ArrayList<>();
		section(body, "一、项目基本情况", texts.basicInformation()); //$NON-NLS-1$
		section(body, "二、绩效目标及完成情况", texts.goalsAndAchievement()); //$NON-NLS-1$
		section(body, "三、自评结论", texts.conclusion()); //$NON-NLS-1$
		List<String> problems = new ArrayList<>();
		List<String> found = texts.problems();
		List<String> measures = texts.measures();
		if (found.isEmpty() && measures.isEmpty()) {
			problems.add("各项绩效指标均达到年度指标值，自评中未发现问题。"); //$NON-NLS-1$
		}
		if (!found.isEmpty()) {
			problems.add("（一）存在问题"); //$NON-NLS-1$
			problems.addAll(found);
		}
		if (!measures.isEmpty()) {
			problems.add("（二）改进措施"); //$NON-NLS-1$
			problems.addAll(measures);
		}
		section(body, "四、存在问题及改进措施", problems); //$NON-NLS-1$
		body.add(text("p", "附件：项目支出绩效自评表")); //$NON-NLS-1$ //$NON-NLS-2$
		return body;
	}

	private static void section(List<Map<String, Object>> body, String heading, List<String> paragraphs) {
		body.add(text("h1", heading)); //$NON-NLS-1$
		for (String paragraph : paragraphs) {
			boolean subheading = paragraph.startsWith("（") && paragraph.length() < 20 && !paragraph.endsWith("。"); //$NON-NLS-1$ //$NON-NLS-2$
			body.add(text(subheading ? "h2" : "p", paragraph)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** A row of text; a paragraph starts with the two ideographic spaces of a first-line indent. */
	private static Map<String, Object> text(String kind, String text) {
		Map<String, Object> row = new LinkedHashMap<>();
		row.put("kind", kind); //$NON-NLS-1$
		row.put("text", "p".equals(kind) && !text.startsWith(EvaluationReportData.INDENT) ? EvaluationReportData.INDENT + text.strip() : text); //$NON-NLS-1$ //$NON-NLS-2$
		return row;
	}

	// ---- preparing the designs ------------------------------------------------------------

	/** The table's rows are never split by a page break; the report's text may be. */
	@Override
	public boolean keepsRowsWhole(ReportDesignHandle design) {
		return design.findElement("projectIndicators") != null; //$NON-NLS-1$
	}

	/**
	 * Lays the table out as its format says: the blocks before 绩效指标 (header lines, a text block such as
	 * 项目基本情况, the budget, 年度总体目标) in the grid {@code projectBlock}; 绩效指标 and the totals in the
	 * table {@code projectIndicators} (its headings repeated on every page); the text blocks after them in
	 * {@code projectTexts} and the signatures in {@code projectSignatures}, each grid dropped when the
	 * format has nothing for it. Every grid gets the format's {@link TableFormat#reportColumns()} columns.
	 */
	@Override
	public void prepare(ReportDesignHandle design) throws SemanticException {
		EvaluationReportData.prepareStyles(design, data.options(), data.draft());
		if (design.findElement("projectTitle") instanceof LabelHandle title) { //$NON-NLS-1$
			title.setText(format.title());
		}
		List<TableFormat.Block> before = new ArrayList<>();
		List<TableFormat.Block> after = new ArrayList<>();
		TableFormat.Block indicatorBlock = null;
		TableFormat.Block totals = null;
		TableFormat.Block signatures = null;
		for (TableFormat.Block block : format.blocks()) {
			switch (block.kind()) {
			case INDICATORS -> indicatorBlock = block;
			case TOTALS -> totals = block;
			case SIGNATURES -> signatures = block;
			default -> (indicatorBlock == null ? before : after).add(block);
			}
		}
		Blocks blocks = new Blocks(design.getElementFactory());
		if (design.findElement("projectBlock") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.columns(grid.getColumns());
			SlotHandle rows = emptied(grid.getRows());
			for (TableFormat.Block block : before) {
				blocks.block(rows, block);
			}
		}
		if (design.findElement("projectIndicators") instanceof TableHandle table) { //$NON-NLS-1$
			blocks.columns(table.getColumns());
			SlotHandle header = emptied(table.getHeader());
			SlotHandle detail = emptied(table.getDetail());
			SlotHandle footer = emptied(table.getFooter());
			if (indicatorBlock != null) {
				blocks.indicatorHeader(header, indicatorBlock);
				blocks.indicators(detail, indicatorBlock);
				blocks.total(footer, indicatorBlock, totals);
			}
		}
		if (design.findElement("projectTexts") instanceof GridHandle grid) { //$NON-NLS-1$
			if (after.isEmpty()) {
				grid.drop();
			} else {
				blocks.columns(grid.getColumns());
				SlotHandle rows = emptied(grid.getRows());
				for (TableFormat.Block block : after) {
					blocks.block(rows, block);
				}
			}
		}
		if (design.findElement("projectSignatures") instanceof GridHandle grid) { //$NON-NLS-1$
			List<String> labels = signatures == null ? List.of()
					: signatures.lines().stream().map(Line::label).filter(label -> label != null).toList();
			if (labels.isEmpty()) {
				grid.drop();
			} else {
				blocks.columns(grid.getColumns());
				blocks.signatures(emptied(grid.getRows()), labels);
			}
		}
	}

	/** @return the rows of a generated block without the placeholder row that the designer shows */
	private static SlotHandle emptied(SlotHandle rows) throws SemanticException {
		for (Object row : List.copyOf(rows.getContents())) {
			((DesignElementHandle) row).drop();
		}
		return rows;
	}

	/** The relative width of a report column showing a field of the 绩效指标 block. */
	private static int width(TableFormat.Field field) {
		return switch (field) {
		case LEVEL1 -> 7;
		case LEVEL2 -> 8;
		case LEVEL3 -> 16;
		case TARGET, INITIAL_TARGET, ACTUAL -> 10;
		case NATURE, UNIT, WEIGHT, SCORE, CORE -> 5;
		case SCORE_RATE, TARGET_BASIS -> 7;
		case SCORING_CRITERION -> 14;
		case DEVIATION -> 26;
		default -> 8;
		};
	}

	/**
	 * @return the relative widths of the report's columns: those of the 绩效指标 block by what each shows
	 *         (a column spanning several shares its width), 8 for a column it does not cover; then widened
	 *         where another block needs more: the blocks' label columns for four characters, the budget's
	 *         row labels and amounts for theirs
	 */
	private List<Integer> widths() {
		int[] widths = new int[format.reportColumns()];
		Arrays.fill(widths, 8);
		TableFormat.Block indicators = format.block(BlockKind.INDICATORS).orElse(null);
		if (indicators != null) {
			for (Column column : indicators.printedColumns()) {
				int first = indicators.reportColumn(column);
				for (int i = first; i < Math.min(first + column.reportSpan(), widths.length); i++) {
					widths[i] = Math.max(3, width(column.field()) / column.reportSpan());
				}
			}
		}
		for (TableFormat.Block block : format.blocks()) {
			widen(widths, 0, Math.max(block.kind() == BlockKind.INDICATORS ? 0 : 1, block.labelSpan()), LABEL_WIDTH);
			if (block.kind() == BlockKind.BUDGET) {
				widen(widths, Math.max(1, block.labelSpan()), Math.max(1, block.rowLabelSpan()), ROW_LABEL_WIDTH);
				for (Column column : block.printedColumns()) {
					switch (column.field()) {
					case INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED -> widen(widths, block.reportColumn(column), column.reportSpan(), AMOUNT_WIDTH);
					default -> {
						// rates, weights, scores and reasons fit the indicators' columns
					}
					}
				}
			}
		}
		return Arrays.stream(widths).boxed().toList();
	}

	/** The width of a label column (四个字), of the budget's row labels, and of an amount (1,250,000.00). */
	private static final int LABEL_WIDTH = 7;
	private static final int ROW_LABEL_WIDTH = 9;
	private static final int AMOUNT_WIDTH = 11;

	/** Widens the columns from {@code first} over {@code span} so that together they are at least {@code width}. */
	private static void widen(int[] widths, int first, int span, int width) {
		if (first < 0 || span <= 0 || first >= widths.length) {
			return;
		}
		int last = Math.min(first + span, widths.length);
		int each = (width + (last - first) - 1) / (last - first);
		for (int i = first; i < last; i++) {
			widths[i] = Math.max(widths[i], each);
		}
	}

	/** Builds the rows of the format's blocks, with their merged cells. */
	private final class Blocks {

		private final ElementFactory factory;
		private final int columns = format.reportColumns();

		Blocks(ElementFactory factory) {
			this.factory = factory;
		}

		/** Replaces the placeholder columns by the format's, their widths in percent of the page. */
		void columns(SlotHandle slot) throws SemanticException {
			emptied(slot);
			List<Integer> widths = widths();
			int sum = widths.stream().mapToInt(Integer::intValue).sum();
			for (int width : widths) {
				ColumnHandle column = factory.newTableColumn();
				column.setProperty(ColumnHandle.WIDTH_PROP, String.format(Locale.ROOT, "%.2f%%", 100.0 * width / sum)); //$NON-NLS-1$
				slot.add(column);
			}
		}

		void block(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			switch (block.kind()) {
			case HEADER -> header(rows, block);
			case BUDGET -> budget(rows, block);
			case GOALS -> goals(rows, block);
			case TEXT -> text(rows, block);
			default -> {
				// the indicators, totals and signatures have places of their own
			}
			}
		}

		/**
		 * The labelled header lines, two to a row: each its label in one column and its value beside it, the
		 * second label in the first column from the middle on that is wide enough for four characters.
		 */
		void header(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			List<Line> lines = block.lines().stream().filter(line -> line.label() != null).toList();
			List<Integer> widths = widths();
			int half = columns / 2;
			while (half < columns - 2 && widths.get(half) < 8) {
				half++;
			}
			for (int i = 0; i < lines.size(); i += 2) {
				RowHandle row = row(rows);
				boolean pair = i + 1 < lines.size();
				cell(row, lines.get(i).label(), "head", 1, 1); //$NON-NLS-1$
				cell(row, headerValue(lines.get(i).field()), "cell", (pair ? half : columns) - 1, 1); //$NON-NLS-1$
				if (pair) {
					cell(row, lines.get(i + 1).label(), "head", 1, 1); //$NON-NLS-1$
					cell(row, headerValue(lines.get(i + 1).field()), "cell", columns - half - 1, 1); //$NON-NLS-1$
				}
			}
		}

		private String headerValue(TableFormat.Field field) {
			Department department = evaluation.getDepartment();
			return switch (field) {
			case PROJECT_NAME -> ProjectTexts.projectName(evaluation);
			case PROJECT_CODE -> ProjectTexts.nullToEmpty(evaluation.getProjectCode());
			case COMPETENT_DEPARTMENT -> department == null ? "" //$NON-NLS-1$
					: ProjectTexts.coded(department.getCompetentDepartmentCode(), department.getCompetentDepartment());
			case DEPARTMENT -> department == null ? "" : ProjectTexts.coded(department.getCode(), department.getName()); //$NON-NLS-1$
			case PREPARER -> ProjectTexts.nullToEmpty(evaluation.getPreparer());
			case PREPARED_ON -> evaluation.getPreparedOn() == null ? "" //$NON-NLS-1$
					: new SimpleDateFormat("yyyy-MM-dd", Locale.ROOT).format(evaluation.getPreparedOn()); //$NON-NLS-1$
			case YEAR -> Integer.toString(evaluation.getFiscalYear());
			default -> ""; //$NON-NLS-1$
			};
		}

		/**
		 * The budget block: its label merged down its rows, the row labels' heading and the columns'
		 * headings, the total row, then the format's fixed rows (a breakdown of the same label in each)
		 * and any breakdown none of them names.
		 */
		void budget(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			Budget budget = evaluation.getBudget();
			String totalLabel = block.lines().stream().filter(line -> line.field() == TableFormat.Field.BUDGET_TOTAL).map(Line::label)
					.findFirst().orElse("合计"); //$NON-NLS-1$
			List<String> labels = new ArrayList<>();
			List<BudgetLine> lines = new ArrayList<>();
			List<BudgetLine> breakdowns = budget == null ? List.of() : new ArrayList<>(budget.getBreakdowns());
			for (Line line : block.lines()) {
				if (line.field() == TableFormat.Field.INCOME || line.field() == TableFormat.Field.EXPENDITURE) {
					BudgetLine match = breakdowns.stream().filter(b -> sameSource(b.getLabel(), line.label())).findFirst().orElse(null);
					breakdowns.remove(match);
					labels.add(line.label());
					lines.add(match);
				}
			}
			for (BudgetLine rest : breakdowns) {
				labels.add(ProjectTexts.nullToEmpty(rest.getLabel()));
				lines.add(rest);
			}
			int labelSpan = Math.max(1, block.labelSpan());
			int rowLabelSpan = Math.max(1, block.rowLabelSpan());
			List<Column> printed = block.printedColumns();
			int[] spans = spans(printed, columns - labelSpan - rowLabelSpan);
			RowHandle header = row(rows);
			cell(header, block.label(unit), "head", labelSpan, 2 + lines.size()); //$NON-NLS-1$
			String rowLabelHeading = block.rowLabelHeading(unit);
			cell(header, rowLabelHeading == null ? "" : rowLabelHeading, "head", rowLabelSpan, 1); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < printed.size(); i++) {
				cell(header, printed.get(i).heading(), "head", spans[i], 1); //$NON-NLS-1$
			}
			RowHandle total = row(rows);
			cell(total, totalLabel, "cell", rowLabelSpan, 1); //$NON-NLS-1$
			for (int i = 0; i < printed.size(); i++) {
				amountCell(total, printed.get(i).field(), spans[i], budget, budget, true);
			}
			for (int i = 0; i < lines.size(); i++) {
				RowHandle row = row(rows);
				cell(row, (i == 0 ? "其中：" : "") + labels.get(i), "cell", rowLabelSpan, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (int j = 0; j < printed.size(); j++) {
					amountCell(row, printed.get(j).field(), spans[j], lines.get(i), budget, false);
				}
			}
		}

		private void amountCell(RowHandle row, TableFormat.Field field, int span, Amounts amounts, Budget budget, boolean total)
				throws SemanticException {
			String text = switch (field) {
			case INITIAL_BUDGET -> amounts == null ? "" : Money.amount(amounts.getInitialBudget(), unit); //$NON-NLS-1$
			case ADJUSTED_BUDGET -> amounts == null ? "" : Money.amount(amounts.getAdjustedBudget(), unit); //$NON-NLS-1$
			case EXECUTED -> amounts == null ? "" : Money.amount(amounts.getExecuted(), unit); //$NON-NLS-1$
			case EXECUTION_RATE -> amounts == null ? "" : Money.rate(amounts.getExecuted(), amounts.getAdjustedBudget()); //$NON-NLS-1$
			case WEIGHT -> !total ? DASH : budget == null ? "" : Money.plain(budget.getWeight()); //$NON-NLS-1$
			case SCORE -> !total ? DASH : budget == null ? "" : Money.score(data.sheet().budget().score()); //$NON-NLS-1$
			case BUDGET_EXPLANATION -> !total || budget == null ? "" : ProjectTexts.nullToEmpty(budget.getExplanation()); //$NON-NLS-1$
			default -> ""; //$NON-NLS-1$
			};
			String style = DASH.equals(text) ? "center" : field == TableFormat.Field.BUDGET_EXPLANATION ? "cell" : "num"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			cell(row, text, style, span, 1);
		}

		void goals(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			List<Goal> goals = evaluation.getGoals();
			int labelSpan = Math.max(1, block.labelSpan());
			List<Column> printed = block.printedColumns();
			int[] spans = spans(printed, columns - labelSpan);
			RowHandle header = row(rows);
			cell(header, block.label(unit), "head", labelSpan, 1 + Math.max(1, goals.size())); //$NON-NLS-1$
			for (int i = 0; i < printed.size(); i++) {
				cell(header, printed.get(i).heading(), "head", spans[i], 1); //$NON-NLS-1$
			}
			if (goals.isEmpty()) {
				RowHandle row = row(rows);
				for (int span : spans) {
					cell(row, "", "cell", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			for (Goal goal : goals) {
				RowHandle row = row(rows);
				for (int i = 0; i < printed.size(); i++) {
					String number = goal.getNumber() > 0 && goals.size() > 1 ? goal.getNumber() + ". " : ""; //$NON-NLS-1$ //$NON-NLS-2$
					TableFormat.Field field = printed.get(i).field();
					String text = field == TableFormat.Field.EXPECTED ? number + ProjectTexts.nullToEmpty(goal.getExpected())
							: field == TableFormat.Field.ACHIEVED ? ProjectTexts.nullToEmpty(goal.getAchieved()) : ""; //$NON-NLS-1$
					cell(row, text, "cell", spans[i], 1); //$NON-NLS-1$
				}
			}
		}

		/** A text block (项目基本情况, 评价结论, 存在问题, 改进措施): its label, then its text across the rest. */
		void text(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			int labelSpan = Math.max(1, block.labelSpan());
			RowHandle row = row(rows);
			cell(row, block.label(unit), "head", labelSpan, 1); //$NON-NLS-1$
			cell(row, String.join("\n", texts.forBlock(block.label(unit), block.section())), "cell", columns - labelSpan, 1); //$NON-NLS-1$ //$NON-NLS-2$
		}

		/**
		 * The heading row of 绩效指标: a block whose label stands in a column of its own starts that column
		 * here, running on into the one merged down the rows below; a block labelled above its rows gets a
		 * row of its own for the label.
		 */
		void indicatorHeader(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			int labelSpan = block.labelSpan();
			if (labelSpan == 0 && block.label(unit) != null) {
				cell(row(rows), block.label(unit), "head", columns, 1); //$NON-NLS-1$
			}
			RowHandle header = row(rows);
			if (labelSpan > 0) {
				CellHandle label = cell(header, ProjectTexts.nullToEmpty(block.label(unit)), "head", labelSpan, 1); //$NON-NLS-1$
				label.setProperty(StyleHandle.BORDER_BOTTOM_STYLE_PROP, DesignChoiceConstants.LINE_STYLE_NONE);
			}
			List<Column> printed = block.printedColumns();
			int[] spans = spans(printed, columns - labelSpan);
			for (int i = 0; i < printed.size(); i++) {
				cell(header, printed.get(i).heading(), "head", spans[i], 1); //$NON-NLS-1$
			}
		}

		void indicators(SlotHandle rows, TableFormat.Block block) throws SemanticException {
			List<Column> printed = block.printedColumns();
			int[] spans = spans(printed, columns - block.labelSpan());
			int total = 0;
			for (IndicatorCategory category : evaluation.getCategories()) {
				total += categoryRows(category);
			}
			boolean first = true;
			for (IndicatorCategory category : evaluation.getCategories()) {
				boolean firstOfCategory = true;
				if (category.getSubcategories().isEmpty()) {
					RowHandle row = row(rows);
					first = labelColumn(row, first, total, block.labelSpan());
					for (int i = 0; i < printed.size(); i++) {
						cell(row, printed.get(i).field() == TableFormat.Field.LEVEL1 ? category.getName() : "", "center", spans[i], 1); //$NON-NLS-1$ //$NON-NLS-2$
					}
					continue;
				}
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					List<Indicator> indicators = subcategory.getIndicators();
					boolean firstOfSubcategory = true;
					for (int n = 0; n < Math.max(1, indicators.size()); n++) {
						Indicator indicator = indicators.isEmpty() ? null : indicators.get(n);
						RowHandle row = row(rows);
						first = labelColumn(row, first, total, block.labelSpan());
						for (int i = 0; i < printed.size(); i++) {
							TableFormat.Field field = printed.get(i).field();
							if (field == TableFormat.Field.LEVEL1) {
								if (firstOfCategory) {
									cell(row, category.getName(), "center", spans[i], categoryRows(category)); //$NON-NLS-1$
								}
							} else if (field == TableFormat.Field.LEVEL2) {
								if (firstOfSubcategory) {
									cell(row, subcategory.getName(), "center", spans[i], Math.max(1, rows(subcategory))); //$NON-NLS-1$
								}
							} else {
								indicatorCell(row, field, spans[i], indicator);
							}
						}
						firstOfCategory = false;
						firstOfSubcategory = false;
						if (indicator != null) {
							details(rows, printed, spans, indicator);
						}
					}
				}
			}
		}

		/** The first detail row carries the block's label column, merged down every row of the block. */
		private boolean labelColumn(RowHandle row, boolean first, int total, int labelSpan) throws SemanticException {
			if (first && labelSpan > 0) {
				CellHandle label = cell(row, "", "head", labelSpan, total); //$NON-NLS-1$ //$NON-NLS-2$
				label.setProperty(StyleHandle.BORDER_TOP_STYLE_PROP, DesignChoiceConstants.LINE_STYLE_NONE);
			}
			return false;
		}

		private void indicatorCell(RowHandle row, TableFormat.Field field, int span, Indicator indicator) throws SemanticException {
			if (indicator == null) {
				cell(row, "", "cell", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			IndicatorScore score = data.sheet().row(indicator);
			boolean notApplicable = indicator.isNotApplicable();
			switch (field) {
			case LEVEL3 -> cell(row, ProjectTexts.nullToEmpty(indicator.getName()), "cell", span, 1); //$NON-NLS-1$
			case NATURE -> cell(row, nature(indicator.getComparator()), "center", span, 1); //$NON-NLS-1$
			case TARGET -> cell(row, ProjectTexts.nullToEmpty(indicator.getTargetText()), "center", span, 1); //$NON-NLS-1$
			case INITIAL_TARGET -> cell(row, ProjectTexts.nullToEmpty(indicator.getInitialTargetText()), "center", span, 1); //$NON-NLS-1$
			case UNIT -> cell(row, ProjectTexts.nullToEmpty(indicator.getTargetUnit()), "center", span, 1); //$NON-NLS-1$
			case ACTUAL -> cell(row, notApplicable ? OfficialTable.NOT_APPLICABLE : ProjectTexts.nullToEmpty(indicator.getActualText()), "center", //$NON-NLS-1$
					span, 1);
			case WEIGHT -> cell(row, Money.plain(indicator.getWeight()), "num", span, 1); //$NON-NLS-1$
			case SCORE -> cell(row, score == null || notApplicable ? "" : Money.score(score.score().score()), "num", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			case SCORE_RATE -> cell(row, score == null || notApplicable ? "" : Money.rate(score.score().score(), score.score().weight()), "num", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			case CORE -> cell(row, indicator.isCore() ? "是" : "否", "center", span, 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case TARGET_BASIS -> cell(row, indicator.getTargetBasis() == null ? "" : indicator.getTargetBasis().getLiteral(), "center", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			case SCORING_CRITERION -> cell(row, ProjectTexts.nullToEmpty(indicator.getScoringCriterion()), "cell", span, 1); //$NON-NLS-1$
			case DEVIATION -> cell(row, explanation(indicator), "cell", span, 1); //$NON-NLS-1$
			default -> cell(row, "", "cell", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		/** The 其中 rows of an indicator: name, target and actual, neither weighted nor scored. */
		private void details(SlotHandle rows, List<Column> printed, int[] spans, Indicator indicator) throws SemanticException {
			boolean first = true;
			for (IndicatorDetail detail : indicator.getDetails()) {
				RowHandle row = row(rows);
				for (int i = 0; i < printed.size(); i++) {
					TableFormat.Field field = printed.get(i).field();
					String text = switch (field) {
					case LEVEL3 -> (first ? "其中：" : "　　　") + ProjectTexts.nullToEmpty(detail.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					case TARGET -> ProjectTexts.nullToEmpty(detail.getTargetText());
					case ACTUAL -> ProjectTexts.nullToEmpty(detail.getActualText());
					default -> ""; //$NON-NLS-1$
					};
					if (field != TableFormat.Field.LEVEL1 && field != TableFormat.Field.LEVEL2) {
						cell(row, text, field == TableFormat.Field.LEVEL3 ? "cell" : "center", spans[i], 1); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
				first = false;
			}
		}

		/**
		 * 总分 (合计): its label across the columns left of the weight, the weights, the total, then the
		 * grade's label and the grade across the rest; below it, where rows do not apply (不适用), how the
		 * total was rescaled to 100.
		 */
		void total(SlotHandle rows, TableFormat.Block block, TableFormat.Block totals) throws SemanticException {
			List<Column> printed = block.printedColumns();
			int[] spans = spans(printed, columns - block.labelSpan());
			int before = block.labelSpan();
			int index = 0;
			while (index < printed.size() && printed.get(index).field() != TableFormat.Field.WEIGHT) {
				before += spans[index++];
			}
			String totalLabel = label(totals, TableFormat.Field.TOTAL, TotalRow.TOTAL.heading());
			String gradeLabel = label(totals, TableFormat.Field.GRADE, TotalRow.GRADE.heading());
			RowHandle row = row(rows);
			cell(row, totalLabel, "head", Math.max(1, before), 1); //$NON-NLS-1$
			int rest = columns - Math.max(1, before);
			if (index < printed.size()) {
				cell(row, Money.plain(weights()), "num", spans[index], 1); //$NON-NLS-1$
				rest -= spans[index++];
			}
			if (index < printed.size() && printed.get(index).field() == TableFormat.Field.SCORE) {
				cell(row, Money.score(data.sheet().total()), "num", spans[index], 1); //$NON-NLS-1$
				rest -= spans[index];
			}
			String grade = data.sheet().grade().officialTerm();
			if (rest >= 2) {
				cell(row, gradeLabel, "head", 1, 1); //$NON-NLS-1$
				cell(row, grade, "center", rest - 1, 1); //$NON-NLS-1$
			} else if (rest == 1) {
				cell(row, gradeLabel + "：" + grade, "center", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
			String rescaling = texts.rescaling();
			if (!rescaling.isEmpty()) {
				cell(row(rows), "注：" + rescaling, "cell", columns, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private static String label(TableFormat.Block totals, TableFormat.Field field, String fallback) {
			if (totals == null) {
				return fallback;
			}
			return totals.lines().stream().filter(line -> line.field() == field && line.label() != null).map(Line::label).findFirst()
					.orElse(fallback);
		}

		void signatures(SlotHandle rows, List<String> labels) throws SemanticException {
			RowHandle row = row(rows);
			int used = 0;
			for (int i = 0; i < labels.size(); i++) {
				int span = i + 1 < labels.size() ? columns / labels.size() : columns - used;
				used += span;
				cell(row, labels.get(i) + "：", "info", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private RowHandle row(SlotHandle rows) throws SemanticException {
			RowHandle row = factory.newTableRow();
			// a row of the official table is never split by a page break
			row.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
			rows.add(row);
			return row;
		}

		private CellHandle cell(RowHandle row, String text, String style, int span, int rowSpan) throws SemanticException {
			CellHandle cell = factory.newCell();
			cell.setStyleName(style);
			if (span > 1) {
				cell.setColumnSpan(span);
			}
			if (rowSpan > 1) {
				cell.setRowSpan(rowSpan);
			}
			cell.setProperty(StyleHandle.VERTICAL_ALIGN_PROP, DesignChoiceConstants.VERTICAL_ALIGN_MIDDLE);
			LabelHandle label = factory.newLabel(null);
			label.setText(text == null ? "" : text); //$NON-NLS-1$
			cell.getContent().add(label);
			row.getCells().add(cell);
			return cell;
		}
	}

	/**
	 * @param printed a block's printed columns
	 * @param width the report columns right of the block's labels
	 * @return each column's report span, the last one widened to fill the row where the format's spans
	 *         add up to less
	 */
	private static int[] spans(List<Column> printed, int width) {
		int[] spans = printed.stream().mapToInt(column -> Math.max(1, column.reportSpan())).toArray();
		int sum = Arrays.stream(spans).sum();
		if (spans.length > 0 && sum < width) {
			spans[spans.length - 1] += width - sum;
		}
		return spans;
	}

	/** @return whether a breakdown's label names the source of funds a format's row names (当年 and 本年 alike) */
	private static boolean sameSource(String breakdown, String row) {
		if (breakdown == null || row == null) {
			return false;
		}
		return normalized(breakdown).equals(normalized(row));
	}

	/** @return the label without blanks and 其中, the year's fiscal funds (当年/本年财政拨款, 财政资金) under one name */
	private static String normalized(String label) {
		String plain = label.replaceAll("[\\s　]", "").replace("其中：", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return switch (plain) {
		case "当年财政拨款", "本年财政拨款", "财政拨款", "财政资金" -> "财政拨款"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		default -> plain;
		};
	}

	/** @return the weights of the table: the budget's and each 一级 group's */
	private BigDecimal weights() {
		BigDecimal weights = evaluation.getBudget() == null || evaluation.getBudget().getWeight() == null ? BigDecimal.ZERO
				: evaluation.getBudget().getWeight();
		for (IndicatorCategory category : evaluation.getCategories()) {
			weights = weights.add(weight(category));
		}
		return weights;
	}

	private static int categoryRows(IndicatorCategory category) {
		return Math.max(1, category.getSubcategories().stream().mapToInt(s -> Math.max(1, rows(s))).sum());
	}

	/** @return the table rows of a subcategory's indicators, their 其中 rows included */
	private static int rows(IndicatorSubcategory subcategory) {
		return subcategory.getIndicators().stream().mapToInt(indicator -> 1 + indicator.getDetails().size()).sum();
	}

	private static BigDecimal weight(IndicatorCategory category) {
		if (category.getWeight() != null) {
			return category.getWeight();
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (IndicatorSubcategory subcategory : category.getSubcategories()) {
			if (subcategory.getWeight() != null) {
				sum = sum.add(subcategory.getWeight());
			} else {
				for (Indicator indicator : subcategory.getIndicators()) {
					if (indicator.getWeight() != null) {
						sum = sum.add(indicator.getWeight());
					}
				}
			}
		}
		return sum;
	}

	/** @return 指标性质 as tables print it: ≥, ≤, =, 定性 */
	private static String nature(Comparator comparator) {
		if (comparator == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (comparator) {
		case QUALITATIVE -> "定性"; //$NON-NLS-1$
		case TIME -> "时间"; //$NON-NLS-1$
		default -> comparator.getLiteral();
		};
	}

	private static String explanation(Indicator indicator) {
		String reason = ProjectTexts.nullToEmpty(indicator.getDeviationReason());
		String measures = ProjectTexts.nullToEmpty(indicator.getImprovementMeasures());
		if (measures.isEmpty()) {
			return reason;
		}
		return reason.isEmpty() ? "改进措施：" + measures : reason + "改进措施：" + measures; //$NON-NLS-1$ //$NON-NLS-2$
	}

}
