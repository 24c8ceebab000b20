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
import org.jixiao.interchange.OfficialTable;
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
import org.jixiao.report.internal.ProjectTableLayout.Block;
import org.jixiao.report.internal.ProjectTableLayout.BudgetBlock;
import org.jixiao.report.internal.ProjectTableLayout.Cell;
import org.jixiao.report.internal.ProjectTableLayout.Field;

/**
 * What the designs of a project evaluation (项目支出 or 结转项目 绩效自评) show: the 项目支出绩效自评表
 * ({@code project-table.rptdesign}), whose blocks and columns it builds from a {@link ProjectTableLayout}
 * when the design is prepared, and the project 自评报告 ({@code project-report.rptdesign}), whose data set
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
	private final ProjectTableLayout layout;
	private final MoneyUnit unit;
	private final Map<String, List<Map<String, Object>>> rows = new ConcurrentHashMap<>();

	/** @param data the scored project evaluation, its options and draft state */
	public ProjectReportData(EvaluationReportData data) {
		this.data = data;
		this.evaluation = data.evaluation();
		this.texts = new ProjectTexts(evaluation, data.sheet());
		this.unit = evaluation.getMoneyUnit() == null ? MoneyUnit.YUAN : evaluation.getMoneyUnit();
		this.layout = ProjectTableLayout.central("项目资金（" + unit.getLiteral() + "）"); //$NON-NLS-1$ //$NON-NLS-2$
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

	@Override
	public void prepare(ReportDesignHandle design) throws SemanticException {
		EvaluationReportData.prepareStyles(design, data.options(), data.draft());
		if (design.findElement("projectTitle") instanceof LabelHandle title) { //$NON-NLS-1$
			title.setText(layout.title());
		}
		Blocks blocks = new Blocks(design.getElementFactory());
		if (design.findElement("projectBlock") instanceof GridHandle grid) { //$NON-NLS-1$
			blocks.columns(grid.getColumns());
			SlotHandle rows = emptied(grid.getRows());
			blocks.header(rows);
			blocks.budget(rows);
			if (layout.goals() != null) {
				blocks.goals(rows);
			}
		}
		if (design.findElement("projectIndicators") instanceof TableHandle table) { //$NON-NLS-1$
			blocks.columns(table.getColumns());
			blocks.indicatorHeader(emptied(table.getHeader()));
			blocks.indicators(emptied(table.getDetail()));
			blocks.total(emptied(table.getFooter()));
		}
		if (design.findElement("projectTexts") instanceof GridHandle grid) { //$NON-NLS-1$
			fill(grid, layout.texts().isEmpty(), blocks::texts);
		}
		if (design.findElement("projectSignatures") instanceof GridHandle grid) { //$NON-NLS-1$
			fill(grid, layout.signatures().isEmpty(), blocks::signatures);
		}
	}

	private interface Filler {
		void fill(SlotHandle rows) throws SemanticException;
	}

	/** Fills a grid whose columns are the layout's, or drops it when its block is absent. */
	private void fill(GridHandle grid, boolean absent, Filler filler) throws SemanticException {
		if (absent) {
			grid.drop();
			return;
		}
		new Blocks(grid.getElementFactory()).columns(grid.getColumns());
		filler.fill(emptied(grid.getRows()));
	}

	/** @return the rows of a generated block without the placeholder row that the designer shows */
	private static SlotHandle emptied(SlotHandle rows) throws SemanticException {
		for (Object row : List.copyOf(rows.getContents())) {
			((DesignElementHandle) row).drop();
		}
		return rows;
	}

	/** Builds the rows of the layout's blocks, with their merged cells. */
	private final class Blocks {

		private final ElementFactory factory;

		Blocks(ElementFactory factory) {
			this.factory = factory;
		}

		/** Replaces the placeholder columns by the layout's, their widths in percent of the page. */
		void columns(SlotHandle columns) throws SemanticException {
			emptied(columns);
			int sum = layout.widths().stream().mapToInt(Integer::intValue).sum();
			for (int width : layout.widths()) {
				ColumnHandle column = factory.newTableColumn();
				column.setProperty(ColumnHandle.WIDTH_PROP, String.format(java.util.Locale.ROOT, "%.2f%%", 100.0 * width / sum)); //$NON-NLS-1$
				columns.add(column);
			}
		}

		void header(SlotHandle rows) throws SemanticException {
			for (List<Cell> line : layout.header()) {
				RowHandle row = row(rows);
				for (Cell cell : line) {
					if (cell.field() == Field.LABEL) {
						cell(row, cell.heading(), "head", cell.span(), 1); //$NON-NLS-1$
					} else {
						cell(row, headerValue(cell.field()), "cell", cell.span(), 1); //$NON-NLS-1$
					}
				}
			}
		}

		private String headerValue(Field field) {
			Department department = evaluation.getDepartment();
			return switch (field) {
			case PROJECT -> ProjectTexts.projectName(evaluation);
			case PROJECT_CODE -> ProjectTexts.nullToEmpty(evaluation.getProjectCode());
			case COMPETENT -> department == null ? "" : ProjectTexts.coded(department.getCompetentDepartmentCode(), department.getCompetentDepartment()); //$NON-NLS-1$
			case UNIT -> department == null ? "" : ProjectTexts.coded(department.getCode(), department.getName()); //$NON-NLS-1$
			default -> ""; //$NON-NLS-1$
			};
		}

		void budget(SlotHandle rows) throws SemanticException {
			BudgetBlock block = layout.budget();
			Budget budget = evaluation.getBudget();
			List<BudgetLine> lines = budget == null ? List.of() : budget.getBreakdowns();
			int lineRows = lines.isEmpty() ? block.lines().size() : lines.size();
			RowHandle header = row(rows);
			cell(header, block.label(), "head", 1, 2 + lineRows); //$NON-NLS-1$
			cell(header, "", "head", block.rowLabelSpan(), 1); //$NON-NLS-1$ //$NON-NLS-2$
			for (Cell column : block.columns()) {
				cell(header, column.heading(), "head", column.span(), 1); //$NON-NLS-1$
			}
			RowHandle total = row(rows);
			cell(total, block.total(), "cell", block.rowLabelSpan(), 1); //$NON-NLS-1$
			for (Cell column : block.columns()) {
				amountCell(total, column, budget, budget, true);
			}
			for (int i = 0; i < lineRows; i++) {
				RowHandle row = row(rows);
				BudgetLine line = lines.isEmpty() ? null : lines.get(i);
				String label = line == null ? block.lines().get(i) : ProjectTexts.nullToEmpty(line.getLabel());
				cell(row, (i == 0 ? "其中：" : "") + label, "cell", block.rowLabelSpan(), 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				for (Cell column : block.columns()) {
					amountCell(row, column, line, budget, false);
				}
			}
		}

		private void amountCell(RowHandle row, Cell column, org.jixiao.model.evaluation.Amounts amounts, Budget budget, boolean total)
				throws SemanticException {
			String text = switch (column.field()) {
			case INITIAL -> amounts == null ? "" : Money.amount(amounts.getInitialBudget(), unit); //$NON-NLS-1$
			case ADJUSTED -> amounts == null ? "" : Money.amount(amounts.getAdjustedBudget(), unit); //$NON-NLS-1$
			case EXECUTED -> amounts == null ? "" : Money.amount(amounts.getExecuted(), unit); //$NON-NLS-1$
			case RATE -> amounts == null ? "" : Money.rate(amounts.getExecuted(), amounts.getAdjustedBudget()); //$NON-NLS-1$
			case WEIGHT -> !total ? DASH : budget == null ? "" : Money.plain(budget.getWeight()); //$NON-NLS-1$
			case SCORE -> !total ? DASH : budget == null ? "" : Money.score(data.sheet().budget().score()); //$NON-NLS-1$
			case REASON -> !total || budget == null ? "" : ProjectTexts.nullToEmpty(budget.getExplanation()); //$NON-NLS-1$
			default -> ""; //$NON-NLS-1$
			};
			String style = DASH.equals(text) ? "center" : column.field() == Field.REASON ? "cell" : "num"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			cell(row, text, style, column.span(), 1);
		}

		void goals(SlotHandle rows) throws SemanticException {
			Block block = layout.goals();
			List<Goal> goals = evaluation.getGoals();
			RowHandle header = row(rows);
			cell(header, block.label(), "head", 1, 1 + Math.max(1, goals.size())); //$NON-NLS-1$
			for (Cell column : block.columns()) {
				cell(header, column.heading(), "head", column.span(), 1); //$NON-NLS-1$
			}
			if (goals.isEmpty()) {
				RowHandle row = row(rows);
				for (Cell column : block.columns()) {
					cell(row, "", "cell", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			for (Goal goal : goals) {
				RowHandle row = row(rows);
				for (Cell column : block.columns()) {
					String number = goal.getNumber() > 0 && goals.size() > 1 ? goal.getNumber() + ". " : ""; //$NON-NLS-1$ //$NON-NLS-2$
					String text = column.field() == Field.EXPECTED ? number + ProjectTexts.nullToEmpty(goal.getExpected())
							: column.field() == Field.ACHIEVED ? ProjectTexts.nullToEmpty(goal.getAchieved()) : ""; //$NON-NLS-1$
					cell(row, text, "cell", column.span(), 1); //$NON-NLS-1$
				}
			}
		}

		/** The heading row of 绩效指标; its label cell runs on into the one merged down the rows below. */
		void indicatorHeader(SlotHandle rows) throws SemanticException {
			Block block = layout.indicators();
			RowHandle header = row(rows);
			CellHandle label = cell(header, block.label(), "head", 1, 1); //$NON-NLS-1$
			label.setProperty(StyleHandle.BORDER_BOTTOM_STYLE_PROP, DesignChoiceConstants.LINE_STYLE_NONE);
			for (Cell column : block.columns()) {
				cell(header, column.heading(), "head", column.span(), 1); //$NON-NLS-1$
			}
		}

		void indicators(SlotHandle rows) throws SemanticException {
			List<Cell> columns = layout.indicators().columns();
			int total = 0;
			for (IndicatorCategory category : evaluation.getCategories()) {
				total += categoryRows(category);
			}
			boolean first = true;
			for (IndicatorCategory category : evaluation.getCategories()) {
				boolean firstOfCategory = true;
				if (category.getSubcategories().isEmpty()) {
					RowHandle row = row(rows);
					first = labelColumn(row, first, total);
					for (Cell column : columns) {
						cell(row, column.field() == Field.LEVEL1 ? category.getName() : "", "center", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
					}
					continue;
				}
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					List<Indicator> indicators = subcategory.getIndicators();
					boolean firstOfSubcategory = true;
					for (int i = 0; i < Math.max(1, indicators.size()); i++) {
						Indicator indicator = indicators.isEmpty() ? null : indicators.get(i);
						RowHandle row = row(rows);
						first = labelColumn(row, first, total);
						for (Cell column : columns) {
							if (column.field() == Field.LEVEL1) {
								if (firstOfCategory) {
									cell(row, category.getName(), "center", column.span(), categoryRows(category)); //$NON-NLS-1$
								}
							} else if (column.field() == Field.LEVEL2) {
								if (firstOfSubcategory) {
									cell(row, subcategory.getName(), "center", column.span(), Math.max(1, rows(subcategory))); //$NON-NLS-1$
								}
							} else {
								indicatorCell(row, column, indicator);
							}
						}
						firstOfCategory = false;
						firstOfSubcategory = false;
						if (indicator != null) {
							details(rows, indicator);
						}
					}
				}
			}
		}

		/** The first detail row carries the 绩效指标 column, merged down every row of the block. */
		private boolean labelColumn(RowHandle row, boolean first, int total) throws SemanticException {
			if (first) {
				CellHandle label = cell(row, "", "head", 1, total); //$NON-NLS-1$ //$NON-NLS-2$
				label.setProperty(StyleHandle.BORDER_TOP_STYLE_PROP, DesignChoiceConstants.LINE_STYLE_NONE);
			}
			return false;
		}

		private void indicatorCell(RowHandle row, Cell column, Indicator indicator) throws SemanticException {
			if (indicator == null) {
				cell(row, "", "cell", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
				return;
			}
			IndicatorScore score = data.sheet().row(indicator);
			boolean notApplicable = indicator.isNotApplicable();
			switch (column.field()) {
			case LEVEL3 -> cell(row, ProjectTexts.nullToEmpty(indicator.getName()), "cell", column.span(), 1); //$NON-NLS-1$
			case NATURE -> cell(row, nature(indicator.getComparator()), "center", column.span(), 1); //$NON-NLS-1$
			case TARGET -> cell(row, ProjectTexts.nullToEmpty(indicator.getTargetText()), "center", column.span(), 1); //$NON-NLS-1$
			case TARGET_UNIT -> cell(row, ProjectTexts.nullToEmpty(indicator.getTargetUnit()), "center", column.span(), 1); //$NON-NLS-1$
			case ACTUAL -> cell(row, notApplicable ? OfficialTable.NOT_APPLICABLE : ProjectTexts.nullToEmpty(indicator.getActualText()), "center", //$NON-NLS-1$
					column.span(), 1);
			case WEIGHT -> cell(row, Money.plain(indicator.getWeight()), "num", column.span(), 1); //$NON-NLS-1$
			case SCORE -> cell(row, score == null || notApplicable ? "" : Money.score(score.score().score()), "num", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
			case DEVIATION -> cell(row, explanation(indicator), "cell", column.span(), 1); //$NON-NLS-1$
			default -> cell(row, "", "cell", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		/** The 其中 rows of an indicator: name, target and actual, neither weighted nor scored. */
		private void details(SlotHandle rows, Indicator indicator) throws SemanticException {
			boolean first = true;
			for (IndicatorDetail detail : indicator.getDetails()) {
				RowHandle row = row(rows);
				for (Cell column : layout.indicators().columns()) {
					String text = switch (column.field()) {
					case LEVEL3 -> (first ? "其中：" : "　　　") + ProjectTexts.nullToEmpty(detail.getName()); //$NON-NLS-1$ //$NON-NLS-2$
					case TARGET -> ProjectTexts.nullToEmpty(detail.getTargetText());
					case ACTUAL -> ProjectTexts.nullToEmpty(detail.getActualText());
					default -> null;
					};
					if (column.field() != Field.LEVEL1 && column.field() != Field.LEVEL2) {
						cell(row, text == null ? "" : text, column.field() == Field.LEVEL3 ? "cell" : "center", column.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				}
				first = false;
			}
		}

		/** 总分: its label across the columns left of 分值, the weights, the total, then 自评等级 and the grade. */
		void total(SlotHandle rows) throws SemanticException {
			List<Cell> columns = layout.indicators().columns();
			int before = 1;
			int index = 0;
			while (index < columns.size() && columns.get(index).field() != Field.WEIGHT) {
				before += columns.get(index++).span();
			}
			RowHandle row = row(rows);
			cell(row, ProjectTableLayout.totalLabel(), "head", before, 1); //$NON-NLS-1$
			BigDecimal weights = evaluation.getBudget() == null || evaluation.getBudget().getWeight() == null ? BigDecimal.ZERO
					: evaluation.getBudget().getWeight();
			for (IndicatorCategory category : evaluation.getCategories()) {
				weights = weights.add(weight(category));
			}
			int rest = layout.columns() - before;
			if (index < columns.size()) {
				cell(row, Money.plain(weights), "num", columns.get(index).span(), 1); //$NON-NLS-1$
				rest -= columns.get(index).span();
				index++;
			}
			if (index < columns.size() && columns.get(index).field() == Field.SCORE) {
				cell(row, Money.score(data.sheet().total()), "num", columns.get(index).span(), 1); //$NON-NLS-1$
				rest -= columns.get(index).span();
			}
			String grade = data.sheet().grade().officialTerm();
			if (rest >= 2) {
				cell(row, ProjectTableLayout.gradeLabel(), "head", 1, 1); //$NON-NLS-1$
				cell(row, grade, "center", rest - 1, 1); //$NON-NLS-1$
			} else if (rest == 1) {
				cell(row, ProjectTableLayout.gradeLabel() + "：" + grade, "center", 1, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		void texts(SlotHandle rows) throws SemanticException {
			for (Cell block : layout.texts()) {
				RowHandle row = row(rows);
				cell(row, block.heading(), "head", block.span(), 1); //$NON-NLS-1$
				List<String> paragraphs = switch (block.field()) {
				case BASIC_INFORMATION -> texts.basicInformation();
				case CONCLUSION -> texts.conclusion();
				case PROBLEMS -> texts.problems();
				case MEASURES -> texts.measures();
				default -> List.of();
				};
				cell(row, String.join("\n", paragraphs), "cell", layout.columns() - block.span(), 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		void signatures(SlotHandle rows) throws SemanticException {
			RowHandle row = row(rows);
			int count = layout.signatures().size();
			int used = 0;
			for (int i = 0; i < count; i++) {
				int span = i + 1 < count ? layout.columns() / count : layout.columns() - used;
				used += span;
				cell(row, layout.signatures().get(i) + "：", "info", span, 1); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		private RowHandle row(SlotHandle rows) throws SemanticException {
			RowHandle row = factory.newTableRow();
			// a row of the official table is never split by a page break
			row.setProperty(StyleHandle.PAGE_BREAK_INSIDE_PROP, DesignChoiceConstants.PAGE_BREAK_INSIDE_AVOID);
			rows.add(row);
			return row;
		}

		private CellHandle cell(RowHandle row, String text, String style, int columns, int rowSpan) throws SemanticException {
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
			return cell;
		}
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
