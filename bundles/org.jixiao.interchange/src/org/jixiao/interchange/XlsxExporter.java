package org.jixiao.interchange;

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
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.ValueParser;
import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Field;
import org.jixiao.interchange.TableFormat.Line;
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
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.WeightedGroup;

/**
 * Writes an evaluation as its official self-evaluation table (.xlsx) in a {@link TableFormat}, ready to
 * submit: by default the format the evaluation names or its kind's ({@link TableFormats#forEvaluation}),
 * e.g. the 部门整体支出绩效自评表: title and year, the header (部门名称, 主管部门, 填报人, 填报日期,
 * money unit), the budget block with its breakdowns, 年度总体目标, the 绩效指标 block with 一级 and 二级
 * merged down their rows, 总分 and 自评等级; other formats add their text blocks and signatures. Cells
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

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
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
	private final TableFormat format;

	/**
	 * An exporter that scores each evaluation by the rule set it names (mof-2020 when it names none or an
	 * unknown one) and writes it in the format it names, else its kind's.
	 */
	public XlsxExporter() {
		this.rules = null;
		this.format = null;
	}

	/** @param rules the rule set whose scores the table shows */
	public XlsxExporter(RuleSet rules) {
		this.rules = Objects.requireNonNull(rules);
		this.format = null;
	}

	/**
	 * @param rules the rule set whose scores the table shows, or {@code null} for the one each evaluation names
	 * @param format the format to write, or {@code null} for the one each evaluation names, else its kind's
	 */
	public XlsxExporter(RuleSet rules, TableFormat format) {
		this.rules = rules;
		this.format = format;
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
		TableFormat layout = format != null ? format : TableFormats.getDefault().forEvaluation(evaluation);
		XSSFWorkbook workbook = new XSSFWorkbook();
		new Writer(workbook, layout, evaluation, new EvaluationScorer(applied).score(evaluation)).write();
		return workbook;
	}

	/** Writes one table; holds the styles and the current row. */
	private static final class Writer {

		private final Workbook workbook;
		private final TableFormat format;
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
		private final CellStyle signature;
		private final int columns;
		private final int[] widths;
		private final java.util.Map<Integer, Integer> lines = new java.util.HashMap<>();
		private final ValueParser parser;
		private int row;
		private int indicatorHeader = -1;

		Writer(Workbook workbook, TableFormat format, Evaluation evaluation, ScoreSheet scores) {
			this.workbook = workbook;
			this.format = format;
			this.sheet = workbook.createSheet(format.title());
			this.evaluation = evaluation;
			this.scores = scores;
			this.unit = evaluation.getMoneyUnit() == MoneyUnit.WAN_YUAN ? TEN_THOUSAND : BigDecimal.ONE;
			this.moneyUnit = evaluation.getMoneyUnit();
			this.columns = format.sheetColumns();
			this.widths = format.columnWidths().stream().mapToInt(Integer::intValue).toArray();
			this.parser = new ValueParser(java.time.Year.of(evaluation.getFiscalYear() <= 0 ? java.time.Year.now().getValue() : evaluation.getFiscalYear()));
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
			signature = style(normal, HorizontalAlignment.LEFT, false, null);
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
			for (int c = 0; c < columns; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			writeTitle();
			for (Block block : format.blocks()) {
				switch (block.kind()) {
					case HEADER -> writeHeader(block);
					case BUDGET -> writeBudget(block);
					case GOALS -> writeGoals(block);
					case INDICATORS -> writeIndicators(block);
					case TOTALS -> writeTotals(block);
					case TEXT -> writeText(block);
					case SIGNATURES -> writeSignatures(block);
				}
			}
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

		private void writeTitle() {
			Row titleRow = sheet.createRow(row);
			titleRow.setHeightInPoints(30);
			put(row, 0, columns - 1, format.title(), title);
			row++;
			put(row, 0, columns - 3, "（" + evaluation.getFiscalYear() + "年度）", plain); //$NON-NLS-1$ //$NON-NLS-2$
			put(row, columns - 2, columns - 1, "单位：" + (unit == TEN_THOUSAND ? "万元" : "元"), note); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			row++;
		}

		/** The printed header lines in pairs: label, value, label, value across the table. */
		private void writeHeader(Block block) {
			List<Line> printed = block.lines().stream().filter(line -> line.label() != null).toList();
			int middle = columns / 2;
			for (int i = 0; i < printed.size(); i += 2) {
				boolean pair = i + 1 < printed.size();
				headerValue(printed.get(i), 0, pair ? middle - 1 : columns - 1);
				if (pair) {
					headerValue(printed.get(i + 1), middle, columns - 1);
				}
				row++;
			}
		}

		private void headerValue(Line line, int first, int last) {
			put(row, first, first, line.label(), head);
			var department = evaluation.getDepartment();
			Object value = switch (line.field()) {
				case DEPARTMENT -> department == null ? null : department.getName();
				case COMPETENT_DEPARTMENT -> department == null ? null : department.getCompetentDepartment();
				case PREPARER -> evaluation.getPreparer();
				case PROJECT_NAME -> evaluation.getProjectName();
				case PROJECT_CODE -> evaluation.getProjectCode();
				default -> null;
			};
			if (line.field() == Field.PREPARED_ON) {
				put(row, first + 1, last, null, date);
				if (evaluation.getPreparedOn() != null) {
					cell(row, first + 1).setCellValue(evaluation.getPreparedOn());
				}
			} else {
				put(row, first + 1, last, value, text);
			}
		}

		private void writeBudget(Block block) {
			Budget budget = evaluation.getBudget();
			int first = row;
			int rowLabel = block.labelSpan();
			int rowLabelLast = rowLabel + block.rowLabelSpan() - 1;
			put(row, rowLabel, rowLabelLast, block.rowLabelHeading(moneyUnit), head);
			for (Column column : block.printedColumns()) {
				budgetCell(block, column.field(), column.heading(), head);
			}
			row++;
			String totalLabel = block.lines().stream().filter(l -> l.field() == Field.BUDGET_TOTAL && l.label() != null).map(Line::label)
					.findFirst().orElse("年度资金总额"); //$NON-NLS-1$
			put(row, rowLabel, rowLabelLast, totalLabel, centered);
			if (budget != null) {
				amounts(block, budget.getInitialBudget(), budget.getAdjustedBudget(), budget.getExecuted());
				budgetCell(block, Field.WEIGHT, budget.getWeight(), number);
				BigDecimal adjusted = budget.getAdjustedBudget();
				if (adjusted != null && budget.getExecuted() != null && adjusted.signum() != 0) {
					budgetCell(block, Field.EXECUTION_RATE, budget.getExecuted().divide(adjusted, MathContext.DECIMAL64), percent);
				} else {
					budgetCell(block, Field.EXECUTION_RATE, DASH, centered);
				}
				budgetCell(block, Field.SCORE, scores.budget().score(), score);
				budgetCell(block, Field.BUDGET_EXPLANATION, budget.getExplanation(), text);
			} else {
				amounts(block, null, null, null);
				int from = columns;
				int to = -1;
				for (Column column : block.printedColumns()) {
					if (!isAmount(column.field())) {
						from = Math.min(from, block.sheetColumn(column));
						to = Math.max(to, block.sheetColumn(column) + column.sheetSpan() - 1);
					}
				}
				if (to >= from) {
					put(row, from, to, null, centered);
				}
			}
			row++;
			if (budget != null) {
				List<BudgetLine> rest = new ArrayList<>(budget.getBreakdowns());
				boolean firstLine = true;
				for (Line fixed : block.lines()) {
					if (fixed.field() != Field.INCOME && fixed.field() != Field.EXPENDITURE) {
						continue;
					}
					BudgetCategory category = fixed.field() == Field.INCOME ? BudgetCategory.INCOME : BudgetCategory.EXPENDITURE;
					BudgetLine match = rest.stream().filter(l -> l.getCategory() == category && l.getLabel() != null
							&& fixed.spellings().contains(TableFormats.normalize(l.getLabel()))).findFirst().orElse(null);
					rest.remove(match);
					breakdown(block, (firstLine ? SUB_ROW : "") + fixed.label(), match); //$NON-NLS-1$
					firstLine = false;
				}
				breakdowns(block, rest, BudgetCategory.INCOME, firstLine);
				breakdowns(block, rest, BudgetCategory.EXPENDITURE, true);
			}
			if (block.labelSpan() > 0) {
				put(first, 0, row - 1, block.labelSpan() - 1, block.label(moneyUnit), head);
			}
		}

		private static boolean isAmount(Field field) {
			return field == Field.INITIAL_BUDGET || field == Field.ADJUSTED_BUDGET || field == Field.EXECUTED;
		}

		private void breakdowns(Block block, List<BudgetLine> lines, BudgetCategory category, boolean first) {
			boolean firstLine = first;
			for (BudgetLine line : lines) {
				if (line.getCategory() != category) {
					continue;
				}
				breakdown(block, (firstLine ? SUB_ROW : "") + line.getLabel(), line); //$NON-NLS-1$
				firstLine = false;
			}
		}

		private void breakdown(Block block, String label, BudgetLine line) {
			put(row, block.labelSpan(), block.labelSpan() + block.rowLabelSpan() - 1, label, text);
			if (line == null) {
				amounts(block, null, null, null);
			} else {
				amounts(block, line.getInitialBudget(), line.getAdjustedBudget(), line.getExecuted());
			}
			budgetCell(block, Field.WEIGHT, DASH, centered);
			budgetCell(block, Field.EXECUTION_RATE, DASH, centered);
			budgetCell(block, Field.SCORE, DASH, centered);
			budgetCell(block, Field.BUDGET_EXPLANATION, null, text);
			row++;
		}

		private void amounts(Block block, BigDecimal initial, BigDecimal adjusted, BigDecimal executed) {
			budgetCell(block, Field.INITIAL_BUDGET, initial == null ? null : initial.divide(unit), money);
			budgetCell(block, Field.ADJUSTED_BUDGET, adjusted == null ? null : adjusted.divide(unit), money);
			budgetCell(block, Field.EXECUTED, executed == null ? null : executed.divide(unit), money);
		}

		/** Writes a value in the current row at the block's column of the field, if it prints one. */
		private void budgetCell(Block block, Field field, Object value, CellStyle style) {
			block.column(field).filter(Column::printed).ifPresent(column -> {
				int at = block.sheetColumn(column);
				put(row, at, at + column.sheetSpan() - 1, value, style);
			});
		}

		private void writeGoals(Block block) {
			int first = row;
			Column expected = block.column(Field.EXPECTED).orElse(null);
			Column achieved = block.column(Field.ACHIEVED).orElse(null);
			for (Column column : block.printedColumns()) {
				int at = block.sheetColumn(column);
				put(row, at, at + column.sheetSpan() - 1, column.heading(), head);
			}
			row++;
			for (Goal goal : evaluation.getGoals()) {
				String expectedText = goal.getExpected() == null ? "" : goal.getExpected(); //$NON-NLS-1$
				goalCell(block, expected, goal.getNumber() > 0 ? goal.getNumber() + "." + expectedText : expectedText); //$NON-NLS-1$
				goalCell(block, achieved, goal.getAchieved());
				row++;
			}
			if (block.labelSpan() > 0) {
				put(first, 0, row - 1, block.labelSpan() - 1, block.label(), head);
			}
		}

		private void goalCell(Block block, Column column, String value) {
			if (column != null && column.printed()) {
				int at = block.sheetColumn(column);
				put(row, at, at + column.sheetSpan() - 1, value, text);
			}
		}

		private void writeIndicators(Block block) {
			indicatorHeader = row;
			for (Column column : block.printedColumns()) {
				indicatorCell(block, column, column.heading(), head);
			}
			row++;
			Column level1 = block.column(Field.LEVEL1).filter(Column::printed).orElse(null);
			Column level2 = block.column(Field.LEVEL2).filter(Column::printed).orElse(null);
			for (IndicatorCategory category : evaluation.getCategories()) {
				int categoryStart = row;
				for (IndicatorSubcategory subcategory : category.getSubcategories()) {
					int subcategoryStart = row;
					for (Indicator indicator : subcategory.getIndicators()) {
						writeIndicator(block, indicator);
					}
					if (row > subcategoryStart && level2 != null) {
						int at = block.sheetColumn(level2);
						put(subcategoryStart, at, row - 1, at + level2.sheetSpan() - 1, groupName(subcategory), centered);
					}
				}
				if (row > categoryStart && level1 != null) {
					int at = block.sheetColumn(level1);
					put(categoryStart, at, row - 1, at + level1.sheetSpan() - 1, groupName(category), centered);
				}
			}
			if (block.labelSpan() > 0) {
				// the label in the header row, which every page repeats; the column beside the rows left
				// blank, so that a page break never draws the label twice
				put(indicatorHeader, 0, block.labelSpan() - 1, block.label(), head);
				if (row - 1 > indicatorHeader) {
					put(indicatorHeader + 1, 0, row - 1, block.labelSpan() - 1, null, head);
				}
			}
		}

		private void indicatorCell(Block block, Column column, Object value, CellStyle style) {
			int at = block.sheetColumn(column);
			put(row, at, at + column.sheetSpan() - 1, value, style);
		}

		private static String groupName(WeightedGroup group) {
			String name = group.getName() == null ? "" : group.getName(); //$NON-NLS-1$
			return group.getWeight() == null ? name : name + "（" + group.getWeight().toPlainString() + "分）"; //$NON-NLS-1$ //$NON-NLS-2$
		}

		private void writeIndicator(Block block, Indicator indicator) {
			IndicatorScore scored = scores.row(indicator);
			boolean split = block.column(Field.NATURE).filter(Column::printed).isPresent()
					&& block.column(Field.UNIT).filter(Column::printed).isPresent();
			String[] target = split ? splitTarget(indicator.getTargetText(), indicator) : null;
			BigDecimal rowScore = scored == null || indicator.isNotApplicable() ? null : scored.score().score();
			for (Column column : block.printedColumns()) {
				switch (column.field()) {
					case LEVEL1, LEVEL2 -> {
						// merged down the group's rows afterwards
					}
					case LEVEL3 -> {
						String name = indicator.getName() == null ? "" : indicator.getName(); //$NON-NLS-1$
						boolean star = indicator.isCore() && block.column(Field.CORE).filter(Column::printed).isEmpty();
						indicatorCell(block, column, star ? "★" + name : name, text); //$NON-NLS-1$
					}
					case NATURE -> indicatorCell(block, column, target[0], centered);
					case TARGET -> indicatorCell(block, column, split ? target[1] : indicator.getTargetText(), centered);
					case UNIT -> indicatorCell(block, column, target[2], centered);
					case INITIAL_TARGET -> indicatorCell(block, column,
							split ? splitTarget(indicator.getInitialTargetText(), indicator)[1] : indicator.getInitialTargetText(), centered);
					case ACTUAL -> indicatorCell(block, column, indicator.isNotApplicable() ? OfficialTable.NOT_APPLICABLE : indicator.getActualText(),
							centered);
					case WEIGHT -> indicatorCell(block, column, indicator.getWeight(), number);
					case SCORE -> indicatorCell(block, column, rowScore, score);
					case SCORE_RATE -> indicatorCell(block, column, rowScore == null || indicator.getWeight() == null || indicator.getWeight().signum() == 0
							? null : rowScore.multiply(HUNDRED).divide(indicator.getWeight(), 2, java.math.RoundingMode.HALF_UP), score);
					case DEVIATION -> indicatorCell(block, column, deviation(indicator), text);
					case CORE -> indicatorCell(block, column, indicator.isCore() ? "是" : "否", centered); //$NON-NLS-1$ //$NON-NLS-2$
					case TARGET_BASIS -> indicatorCell(block, column, indicator.isSetTargetBasis() ? indicator.getTargetBasis().getLiteral() : null, centered);
					case SCORING_CRITERION -> indicatorCell(block, column, indicator.getScoringCriterion(), text);
					default -> indicatorCell(block, column, null, text);
				}
			}
			row++;
			boolean first = true;
			Column weight = block.column(Field.WEIGHT).orElseThrow();
			int blank = block.sheetColumn(weight);
			for (IndicatorDetail detail : indicator.getDetails()) {
				for (Column column : block.printedColumns()) {
					switch (column.field()) {
						case LEVEL1, LEVEL2 -> {
							// merged down the group's rows
						}
						case LEVEL3 -> indicatorCell(block, column, (first ? SUB_ROW : "") + detail.getName(), text); //$NON-NLS-1$
						case TARGET -> indicatorCell(block, column, detail.getTargetText(), centered);
						case ACTUAL -> indicatorCell(block, column, detail.getActualText(), centered);
						default -> {
							if (block.sheetColumn(column) < blank) {
								indicatorCell(block, column, null, text);
							}
						}
					}
				}
				put(row, blank, lastColumn(block), null, text);
				first = false;
				row++;
			}
		}

		private static int lastColumn(Block block) {
			int last = 0;
			for (Column column : block.printedColumns()) {
				last = Math.max(last, block.sheetColumn(column) + column.sheetSpan() - 1);
			}
			return last;
		}

		/**
		 * A target as the 指标性质, 指标值 and 度量单位 columns print it: ≥30名 as ≥, 30 and 名; a target
		 * that is no figure keeps its text, with 定性 for a qualitative row.
		 */
		private String[] splitTarget(String targetText, Indicator indicator) {
			if (targetText == null || targetText.isBlank()) {
				return new String[] { null, null, null };
			}
			ParseResult parsed = parser.parse(targetText);
			if (parsed instanceof Quantity quantity && quantity.comparator().isQuantitative() && quantity.unit().symbol() != null) {
				return new String[] { quantity.comparator().symbol(), quantity.number().stripTrailingZeros().toPlainString(),
						quantity.unit().symbol().isEmpty() ? null : quantity.unit().symbol() };
			}
			String nature = indicator.getComparator() == org.jixiao.model.evaluation.Comparator.QUALITATIVE ? "定性" : null; //$NON-NLS-1$
			return new String[] { nature, targetText, null };
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

		private void writeTotals(Block block) {
			Block indicators = format.block(BlockKind.INDICATORS).orElseThrow();
			Column weightColumn = indicators.column(Field.WEIGHT).orElseThrow();
			Column scoreColumn = indicators.column(Field.SCORE).filter(Column::printed).orElse(null);
			int weightAt = indicators.sheetColumn(weightColumn);
			int weightEnd = weightAt + weightColumn.sheetSpan() - 1;
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
			for (Line line : block.lines()) {
				if (line.label() == null) {
					continue;
				}
				put(row, 0, weightAt - 1, line.label(), head);
				if (line.field() == Field.TOTAL) {
					put(row, weightAt, weightEnd, weights, number);
					int next = weightEnd + 1;
					if (scoreColumn != null) {
						int scoreAt = indicators.sheetColumn(scoreColumn);
						put(row, scoreAt, scoreAt + scoreColumn.sheetSpan() - 1, scores.total(), score);
						next = scoreAt + scoreColumn.sheetSpan();
					}
					if (next <= columns - 1) {
						put(row, next, columns - 1, null, text);
					}
				} else {
					put(row, weightAt, columns - 1, scores.grade().officialTerm(), centered);
				}
				row++;
			}
		}

		/** A text block: its label, then the section's paragraphs one per line across the rest of the row. */
		private void writeText(Block block) {
			NarrativeSection section = block.section(evaluation).orElse(null);
			String body = section == null ? null : String.join("\n", section.getParagraphs()); //$NON-NLS-1$
			int span = Math.max(1, block.labelSpan());
			put(row, 0, span - 1, block.label(), head);
			put(row, span, columns - 1, body == null || body.isEmpty() ? null : body, text);
			row++;
		}

		/** The signature lines side by side, each a label with room to sign. */
		private void writeSignatures(Block block) {
			List<Line> labelled = block.lines().stream().filter(line -> line.label() != null).toList();
			if (labelled.isEmpty()) {
				return;
			}
			int each = columns / labelled.size();
			for (int i = 0; i < labelled.size(); i++) {
				int first = i * each;
				int last = i == labelled.size() - 1 ? columns - 1 : first + each - 1;
				put(row, first, last, labelled.get(i).label() + "：", signature); //$NON-NLS-1$
			}
			sheet.getRow(row).setHeightInPoints(30);
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
