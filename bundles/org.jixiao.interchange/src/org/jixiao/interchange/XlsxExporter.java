package org.jixiao.interchange;

import static org.jixiao.interchange.OfficialTable.GoalColumn.ACHIEVED;
import static org.jixiao.interchange.OfficialTable.GoalColumn.EXPECTED;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.ACTUAL;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.DEVIATION;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.LEVEL1;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.LEVEL2;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.LEVEL3;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.SCORE;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.TARGET;
import static org.jixiao.interchange.OfficialTable.IndicatorColumn.WEIGHT;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.interchange.OfficialTable.BudgetColumn;
import org.jixiao.interchange.OfficialTable.GoalColumn;
import org.jixiao.interchange.OfficialTable.HeaderLabel;
import org.jixiao.interchange.OfficialTable.IndicatorColumn;
import org.jixiao.interchange.OfficialTable.TotalRow;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.WeightedGroup;

/**
 * Writes an evaluation as the official 部门整体支出绩效自评表 (.xlsx), ready to submit: title and
 * year, the header (部门名称, 主管部门, 填报人, 填报日期, money unit), the budget block with its breakdowns,
 * 年度总体目标, the 绩效指标 block with 一级 and 二级 merged down their rows, 总分 and 自评等级. Cells
 * have thin borders and wrap; money is shown in the evaluation's money unit with {@code #,##0.00};
 * scores are the engine's. The page is A4 landscape, fitted to one page wide; the columns are chosen
 * so that the table prints at full size. The writer breaks the pages itself, from the row heights it
 * sets, and starts a region merged down the rows again on the next page (its text repeated), so no
 * merged cell crosses a page break and the indicator header repeated on every page never overlaps
 * one.
 * <p>
 * Only what the table holds is written: the narrative, the budget projects, module ids, evidence,
 * the officer's reasons and the status are not part of the table (the tests' {@code org.jixiao.testing.TableContent} states it).
 */
public final class XlsxExporter {

	/** The number of columns of the table. */
	static final int COLUMNS = IndicatorColumn.printed().size();
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final String DASH = "—"; //$NON-NLS-1$
	private static final String SUB_ROW = "其中："; //$NON-NLS-1$
	/** The height of a line of 10-point text, in points. */
	private static final float LINE_HEIGHT = 13.5f;
	/**
	 * The height a page holds, in points: A4 landscape (595 pt) less the top and bottom margins of
	 * 0.6 inch, less a reserve for the spreadsheet programs' rounding of row heights.
	 */
	private static final float PAGE_BODY = 480f;

	private final RuleSet rules;

	/** An exporter that scores each evaluation by the rule set it names (mof-2020 when it names none or an unknown one). */
	public XlsxExporter() {
		this.rules = null;
	}

	/** @param rules the rule set whose scores the table shows */
	public XlsxExporter(RuleSet rules) {
		this.rules = Objects.requireNonNull(rules);
	}

	/**
	 * Writes the table to a file through {@link SafeFiles}: a failure never leaves a half-written file,
	 * and a target that exists and is no regular file (a link, a device, a folder) is refused.
	 *
	 * @param evaluation the evaluation
	 * @param file the .xlsx file to write
	 * @throws SafeFiles.NotARegularFileException when the file exists and is not a regular file
	 * @throws IOException when the file cannot be written; the target is then unchanged
	 */
	public void write(Evaluation evaluation, Path file) throws IOException {
		SafeFiles.write(file, out -> write(evaluation, out));
	}

	/**
	 * @param evaluation the evaluation
	 * @param out where to write the workbook; not closed
	 * @throws IOException when writing fails
	 */
	public void write(Evaluation evaluation, OutputStream out) throws IOException {
		try (Workbook workbook = toWorkbook(evaluation)) {
			workbook.write(out);
		}
	}

	/**
	 * @param evaluation the evaluation
	 * @return a new workbook with one sheet, the table; the caller closes it
	 */
	public Workbook toWorkbook(Evaluation evaluation) {
		RuleSet applied = rules != null ? rules : RuleSetService.getDefault().rulesOrDefault(evaluation);
		XSSFWorkbook workbook = new XSSFWorkbook();
		new Writer(workbook, evaluation, new EvaluationScorer(applied).score(evaluation)).write();
		return workbook;
	}

	/** Writes one table; holds the styles and the current row. */
	private static final class Writer {

		private final Workbook workbook;
		private final Sheet sheet;
		private final Evaluation evaluation;
		private final ScoreSheet scores;
		private final BigDecimal unit;
		private final MoneyUnit moneyUnit;
		private final CellStyle title;
		private final CellStyle plain;
		private final CellStyle note;
		private final CellStyle head;
		private final CellStyle text;
		private final CellStyle centered;
		private final CellStyle money;
		private final CellStyle number;
		private final CellStyle score;
		private final CellStyle percent;
		private final CellStyle date;
		private final int[] widths = { 16, 16, 28, 14, 14, 8, 8, 36 };
		private final java.util.Map<Integer, Integer> lines = new java.util.HashMap<>();
		private int row;

		Writer(Workbook workbook, Evaluation evaluation, ScoreSheet scores) {
			this.workbook = workbook;
			this.sheet = workbook.createSheet("部门整体支出绩效自评表"); //$NON-NLS-1$
			this.evaluation = evaluation;
			this.scores = scores;
			this.unit = evaluation.getMoneyUnit() == MoneyUnit.WAN_YUAN ? TEN_THOUSAND : BigDecimal.ONE;
			this.moneyUnit = evaluation.getMoneyUnit();
			Font titleFont = font(16, true);
			Font bold = font(11, true);
			Font normal = font(10, false);
			title = style(titleFont, HorizontalAlignment.CENTER, false, null);
			plain = style(normal, HorizontalAlignment.CENTER, false, null);
			note = style(normal, HorizontalAlignment.RIGHT, false, null);
			head = style(bold, HorizontalAlignment.CENTER, true, null);
			head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			text = style(normal, HorizontalAlignment.LEFT, true, null);
			centered = style(normal, HorizontalAlignment.CENTER, true, null);
			money = style(normal, HorizontalAlignment.RIGHT, true, "#,##0.00"); //$NON-NLS-1$
			number = style(normal, HorizontalAlignment.CENTER, true, "General"); //$NON-NLS-1$
			score = style(normal, HorizontalAlignment.CENTER, true, "0.00"); //$NON-NLS-1$
			percent = style(normal, HorizontalAlignment.CENTER, true, "0.00%"); //$NON-NLS-1$
			date = style(normal, HorizontalAlignment.LEFT, true, "yyyy-mm-dd"); //$NON-NLS-1$
		}

		private Font font(int points, boolean bold) {
			Font font = workbook.createFont();
			font.setFontName("宋体"); //$NON-NLS-1$
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			return font;
		}

		private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered, String format) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			style.setWrapText(true);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			if (format != null) {
				style.setDataFormat(workbook.createDataFormat().getFormat(format));
			}
			return style;
		}

		void write() {
			for (int c = 0; c < COLUMNS; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			writeHeader();
			writeBudget();
			writeGoals();
			int indicatorHeader = writeIndicators();
			writeTotals();
			for (int r = 1; r < row; r++) {
				sheet.getRow(r).setHeightInPoints(lines.getOrDefault(r, 1) * LINE_HEIGHT + 3);
			}
			paginate(indicatorHeader);
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			sheet.setAutobreaks(true);
			sheet.setHorizontallyCenter(true);
			sheet.setMargin(PageMargin.LEFT, 0.5);
			sheet.setMargin(PageMargin.RIGHT, 0.5);
			sheet.setMargin(PageMargin.TOP, 0.6);
			sheet.setMargin(PageMargin.BOTTOM, 0.6);
			sheet.setRepeatingRows(new CellRangeAddress(indicatorHeader, indicatorHeader, -1, -1));
			sheet.getFooter().setCenter("第 &P 页，共 &N 页"); //$NON-NLS-1$
		}

		/**
		 * Breaks the pages where the row heights fill one (A4 landscape at full size, the repeated
		 * indicator header counted), never right after the indicator header, and splits every region
		 * merged across a break.
		 */
		private void paginate(int indicatorHeader) {
			float repeated = sheet.getRow(indicatorHeader).getHeightInPoints();
			float used = 0;
			for (int r = 0; r < row; r++) {
				float height = sheet.getRow(r).getHeightInPoints();
				if (used > 0 && used + height > PAGE_BODY) {
					int at = r - 1 == indicatorHeader ? r - 1 : r;
					sheet.setRowBreak(at - 1);
					splitMerges(at);
					used = at > indicatorHeader ? repeated : 0;
					for (int moved = at; moved < r; moved++) {
						used += sheet.getRow(moved).getHeightInPoints();
					}
				}
				used += height;
			}
		}

		/** Splits every merged region that crosses above the given row into two, the text repeated in the lower. */
		private void splitMerges(int first) {
			for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
				CellRangeAddress region = sheet.getMergedRegion(i);
				if (region.getFirstRow() < first && region.getLastRow() >= first) {
					sheet.removeMergedRegion(i);
					if (first - 1 > region.getFirstRow() || region.getFirstColumn() != region.getLastColumn()) {
						sheet.addMergedRegion(new CellRangeAddress(region.getFirstRow(), first - 1, region.getFirstColumn(),
								region.getLastColumn()));
					}
					if (region.getLastRow() > first || region.getFirstColumn() != region.getLastColumn()) {
						sheet.addMergedRegion(new CellRangeAddress(first, region.getLastRow(), region.getFirstColumn(),
								region.getLastColumn()));
					}
					Cell top = cell(region.getFirstRow(), region.getFirstColumn());
					Cell continued = cell(first, region.getFirstColumn());
					switch (top.getCellType()) {
					case STRING -> continued.setCellValue(top.getStringCellValue());
					case NUMERIC -> continued.setCellValue(top.getNumericCellValue());
					default -> {
						// an empty region stays empty
					}
					}
				}
			}
		}

		private void writeHeader() {
			Row titleRow = sheet.createRow(row);
			titleRow.setHeightInPoints(30);
			put(row, 0, COLUMNS - 1, "部门整体支出绩效自评表", title); //$NON-NLS-1$
			row++;
			put(row, 0, 5, "（" + evaluation.getFiscalYear() + "年度）", plain); //$NON-NLS-1$ //$NON-NLS-2$
			put(row, 6, 7, "单位：" + (unit == TEN_THOUSAND ? "万元" : "元"), note); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row++;
			String department = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getName();
			String competent = evaluation.getDepartment() == null ? null : evaluation.getDepartment().getCompetentDepartment();
			put(row, 0, 0, HeaderLabel.DEPARTMENT.heading(), head);
			put(row, 1, 3, department, text);
			put(row, 4, 4, HeaderLabel.COMPETENT.heading(), head);
			put(row, 5, 7, competent, text);
			row++;
			put(row, 0, 0, HeaderLabel.PREPARER.heading(), head);
			put(row, 1, 3, evaluation.getPreparer(), text);
			put(row, 4, 4, HeaderLabel.PREPARED_ON.heading(), head);
			put(row, 5, 7, null, date);
			if (evaluation.getPreparedOn() != null) {
				cell(row, 5).setCellValue(evaluation.getPreparedOn());
			}
			row++;
		}

		private void writeBudget() {
			Budget budget = evaluation.getBudget();
			int first = row;
			put(row, 1, 1, null, head);
			for (BudgetColumn column : BudgetColumn.values()) {
				put(row, column.sheetColumn(), column.sheetColumn(), column.heading(), head);
			}
			row++;
			put(row, 1, 1, "年度资金总额", centered); //$NON-NLS-1$
			if (budget != null) {
				amounts(budget.getInitialBudget(), budget.getAdjustedBudget(), budget.getExecuted());
				budgetCell(BudgetColumn.WEIGHT, budget.getWeight(), number);
				BigDecimal adjusted = budget.getAdjustedBudget();
				if (adjusted != null && budget.getExecuted() != null && adjusted.signum() != 0) {
					budgetCell(BudgetColumn.RATE, budget.getExecuted().divide(adjusted, MathContext.DECIMAL64), percent);
				} else {
					budgetCell(BudgetColumn.RATE, DASH, centered);
				}
				budgetCell(BudgetColumn.SCORE, scores.budget().score(), score);
			} else {
				amounts(null, null, null);
				put(row, BudgetColumn.WEIGHT.sheetColumn(), BudgetColumn.SCORE.sheetColumn(), null, centered);
			}
			row++;
			if (budget != null) {
				breakdowns(budget, BudgetCategory.INCOME);
				breakdowns(budget, BudgetCategory.EXPENDITURE);
			}
			put(first, 0, row - 1, 0, OfficialTable.budgetBlockLabel(moneyUnit), head);
		}

		private void breakdowns(Budget budget, BudgetCategory category) {
			boolean first = true;
			for (BudgetLine line : budget.getBreakdowns()) {
				if (line.getCategory() != category) {
					continue;
				}
				put(row, 1, 1, (first ? SUB_ROW : "") + line.getLabel(), text); //$NON-NLS-1$
				amounts(line.getInitialBudget(), line.getAdjustedBudget(), line.getExecuted());
				budgetCell(BudgetColumn.WEIGHT, DASH, centered);
				budgetCell(BudgetColumn.RATE, DASH, centered);
				budgetCell(BudgetColumn.SCORE, DASH, centered);
				first = false;
				row++;
			}
		}

		private void amounts(BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
			budgetCell(BudgetColumn.INITIAL, initial == null ? null : initial.divide(unit), money);
			budgetCell(BudgetColumn.ADJUSTED, adjusted == null ? null : adjusted.divide(unit), money);
			budgetCell(BudgetColumn.EXECUTED, executed == null ? null : executed.divide(unit), money);
		}

		/** Writes a value in the current row at a column of the budget block. */
		private void budgetCell(BudgetColumn column, Object value, CellStyle style) {
			put(row, column.sheetColumn(), column.sheetColumn(), value, style);
		}

		private void writeGoals() {
			int first = row;
			for (GoalColumn column : GoalColumn.values()) {
				put(row, column.firstSheetColumn(), column.lastSheetColumn(), column.heading(), head);
			}
			row++;
			for (Goal goal : evaluation.getGoals()) {
				String expected = goal.getExpected() == null ? "" : goal.getExpected(); //$NON-NLS-1$
				put(row, EXPECTED.firstSheetColumn(), EXPECTED.lastSheetColumn(),
						goal.getNumber() > 0 ? goal.getNumber() + "." + expected : expected, text); //$NON-NLS-1$
				put(row, ACHIEVED.firstSheetColumn(), ACHIEVED.lastSheetColumn(), goal.getAchieved(), text);
				row++;
			}
			put(first, 0, row - 1, 0, "年度总体目标", head); //$NON-NLS-1$
		}

		/** @return the row of the indicator header */
		private int writeIndicators() {
			int header = row;
			for (IndicatorColumn column : IndicatorColumn.printed()) {
				put(row, at(column), at(column), column.heading(), head);
			}
			row++;
			for (IndicatorCategory category : evaluation.getCategories()) {
				int categoryStart = row;
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					int subcategoryStart = row;
					for (Indicator indicator : subcategory.getIndicators()) {
						writeIndicator(indicator);
					}
					if (row > subcategoryStart) {
						put(subcategoryStart, at(LEVEL2), row - 1, at(LEVEL2), groupName(subcategory), centered);
					}
				}
				if (row > categoryStart) {
					put(categoryStart, at(LEVEL1), row - 1, at(LEVEL1), groupName(category), centered);
				}
			}
			return header;
		}

		/** @return the sheet column of a printed column of the 绩效指标 block */
		private static int at(IndicatorColumn column) {
			return IndicatorColumn.printed().indexOf(column);
		}

		private static String groupName(WeightedGroup group) {
			String name = group.getName() == null ? "" : group.getName(); //$NON-NLS-1$
			return group.getWeight() == null ? name : name + "（" + group.getWeight().toPlainString() + "分）"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		private void writeIndicator(Indicator indicator) {
			IndicatorScore scored = scores.row(indicator);
			String name = indicator.getName() == null ? "" : indicator.getName(); //$NON-NLS-1$
			put(row, at(LEVEL3), at(LEVEL3), indicator.isCore() ? "★" + name : name, text); //$NON-NLS-1$
			put(row, at(TARGET), at(TARGET), indicator.getTargetText(), centered);
			put(row, at(ACTUAL), at(ACTUAL), indicator.isNotApplicable() ? OfficialTable.NOT_APPLICABLE : indicator.getActualText(), centered);
			put(row, at(WEIGHT), at(WEIGHT), indicator.getWeight(), number);
			put(row, at(SCORE), at(SCORE), scored == null || indicator.isNotApplicable() ? null : scored.score().score(), score);
			put(row, at(DEVIATION), at(DEVIATION), deviation(indicator), text);
			row++;
			boolean first = true;
			for (IndicatorDetail detail : indicator.getDetails()) {
				put(row, at(LEVEL3), at(LEVEL3), (first ? SUB_ROW : "") + detail.getName(), text); //$NON-NLS-1$
				put(row, at(TARGET), at(TARGET), detail.getTargetText(), centered);
				put(row, at(ACTUAL), at(ACTUAL), detail.getActualText(), centered);
				put(row, at(WEIGHT), at(DEVIATION), null, text);
				first = false;
				row++;
			}
		}

		private static String deviation(Indicator indicator) {
			String reason = indicator.getDeviationReason();
			String measures = indicator.getImprovementMeasures();
			List<String> parts = new ArrayList<>();
			if (reason != null && !reason.isBlank()) {
				parts.add(reason);
			}
			if (measures != null && !measures.isBlank()) {
				parts.add("改进措施：" + measures); //$NON-NLS-1$
			}
			return String.join("\n", parts); //$NON-NLS-1$
		}

		private void writeTotals() {
			BigDecimal weights = evaluation.getBudget() == null || evaluation.getBudget().getWeight() == null ? BigDecimal.ZERO
					: evaluation.getBudget().getWeight();
			for (IndicatorCategory category : evaluation.getCategories()) {
				if (category.getWeight() != null) {
					weights = weights.add(category.getWeight());
				} else {
					for (IndicatorScore indicator : scores.indicators()) {
						if (indicator.indicator().eContainer() != null && indicator.indicator().eContainer().eContainer() == category
								&& indicator.indicator().getWeight() != null) {
							weights = weights.add(indicator.indicator().getWeight());
						}
					}
				}
			}
			put(row, 0, 4, TotalRow.TOTAL.heading(), head);
			put(row, 5, 5, weights, number);
			put(row, 6, 6, scores.total(), score);
			put(row, 7, 7, null, text);
			row++;
			put(row, 0, 4, TotalRow.GRADE.heading(), head);
			put(row, 5, 7, scores.grade().officialTerm(), centered);
			row++;
		}

		/**
		 * Neither Excel nor LibreOffice fits the height of a row to wrapped text in merged cells, so
		 * the writer estimates it: a CJK character is about 1.8 digit widths wide.
		 */
		private static int lineCount(String text, int width) {
			int usable = Math.max(10, (width - 1) * 10);
			int count = 0;
			for (String line : text.split("\n", -1)) { //$NON-NLS-1$
				int units = 0;
				for (int i = 0; i < line.length(); i++) {
					units += line.charAt(i) < 0x2E80 ? 10 : 18;
				}
				count += Math.max(1, (units + usable - 1) / usable);
			}
			return count;
		}

		private Cell cell(int r, int c) {
			Row cells = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
			return cells.getCell(c) == null ? cells.createCell(c) : cells.getCell(c);
		}

		private void put(int r, int firstColumn, int lastColumn, Object value, CellStyle style) {
			put(r, firstColumn, r, lastColumn, value, style);
		}

		/** Writes a value into the first cell of a range, styles every cell of it and merges it. */
		private void put(int firstRow, int firstColumn, int lastRow, int lastColumn, Object value, CellStyle style) {
			for (int r = firstRow; r <= lastRow; r++) {
				for (int c = firstColumn; c <= lastColumn; c++) {
					cell(r, c).setCellStyle(style);
				}
			}
			Cell cell = cell(firstRow, firstColumn);
			if (value instanceof BigDecimal decimal) {
				cell.setCellValue(decimal.doubleValue());
			} else if (value != null) {
				cell.setCellValue(value.toString());
				if (firstRow == lastRow) {
					int width = 0;
					for (int c = firstColumn; c <= lastColumn; c++) {
						width += widths[c];
					}
					lines.merge(firstRow, lineCount(value.toString(), width), Math::max);
				}
			}
			if (firstRow != lastRow || firstColumn != lastColumn) {
				sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
			}
		}
	}
}
