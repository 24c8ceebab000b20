package org.jixiao.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

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
import org.jixiao.core.consolidation.Band;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.core.consolidation.Sample;
import org.jixiao.core.consolidation.SampleEntry;

/**
 * The consolidation as a workbook, laid out like the product's official table (宋体, thin borders, a
 * grey header, A4 landscape fitted to the page's width, page numbers): the sheet 排名 with every
 * evaluation ranked (numbers as numbers, so that the bureau can sort and filter; flagged rows
 * shaded), the sheet 分布 with the grade and execution-rate distributions, and the sheet 抽评 with the
 * sample when one was drawn.
 */
public final class ConsolidationWorkbook {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final DateTimeFormatter DECIDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	private final Workbook workbook = new XSSFWorkbook();
	private final CellStyle title;
	private final CellStyle note;
	private final CellStyle head;
	private final CellStyle text;
	private final CellStyle centered;
	private final CellStyle money;
	private final CellStyle score;
	private final CellStyle percent;
	private final CellStyle count;
	private final CellStyle flaggedText;
	private final CellStyle flaggedCentered;
	private final CellStyle flaggedMoney;
	private final CellStyle flaggedScore;
	private final CellStyle flaggedPercent;
	private final CellStyle flaggedCount;

	private ConsolidationWorkbook() {
		Font titleFont = font(16, true);
		Font bold = font(11, true);
		Font normal = font(10, false);
		title = style(titleFont, HorizontalAlignment.CENTER, false, null, false);
		note = style(normal, HorizontalAlignment.LEFT, false, null, false);
		head = style(bold, HorizontalAlignment.CENTER, true, null, false);
		head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		text = style(normal, HorizontalAlignment.LEFT, true, null, false);
		centered = style(normal, HorizontalAlignment.CENTER, true, null, false);
		money = style(normal, HorizontalAlignment.RIGHT, true, "#,##0.00", false); //$NON-NLS-1$
		score = style(normal, HorizontalAlignment.CENTER, true, "0.00", false); //$NON-NLS-1$
		percent = style(normal, HorizontalAlignment.CENTER, true, "0.00%", false); //$NON-NLS-1$
		count = style(normal, HorizontalAlignment.CENTER, true, "0", false); //$NON-NLS-1$
		flaggedText = style(normal, HorizontalAlignment.LEFT, true, null, true);
		flaggedCentered = style(normal, HorizontalAlignment.CENTER, true, null, true);
		flaggedMoney = style(normal, HorizontalAlignment.RIGHT, true, "#,##0.00", true); //$NON-NLS-1$
		flaggedScore = style(normal, HorizontalAlignment.CENTER, true, "0.00", true); //$NON-NLS-1$
		flaggedPercent = style(normal, HorizontalAlignment.CENTER, true, "0.00%", true); //$NON-NLS-1$
		flaggedCount = style(normal, HorizontalAlignment.CENTER, true, "0", true); //$NON-NLS-1$
	}

	/**
	 * Writes the workbook.
	 *
	 * @param consolidation the year's consolidation
	 * @param sample the 抽评 sample, or {@code null}
	 * @param out where the workbook is written; not closed
	 * @throws IOException when writing fails
	 */
	public static void write(Consolidation consolidation, Sample sample, OutputStream out) throws IOException {
		ConsolidationWorkbook writer = new ConsolidationWorkbook();
		try (Workbook workbook = writer.workbook) {
			writer.ranking(consolidation);
			writer.distribution(consolidation);
			if (sample != null) {
				writer.sample(sample);
			}
			workbook.write(out);
		}
	}

	private void ranking(Consolidation consolidation) {
		Sheet sheet = workbook.createSheet(ConsolidationMessages.ConsolidationWorkbook_rankingSheet);
		String[] headings = { ConsolidationMessages.ConsolidationReportData_rank, ConsolidationMessages.ConsolidationWorkbook_id,
				ConsolidationMessages.ConsolidationReportData_department, ConsolidationMessages.ConsolidationReportData_supervisor,
				ConsolidationMessages.ConsolidationReportData_budget, ConsolidationMessages.ConsolidationReportData_executed, ConsolidationMessages.ConsolidationReportData_rate,
				ConsolidationMessages.ConsolidationReportData_self, ConsolidationMessages.ConsolidationReportData_review, ConsolidationMessages.ConsolidationReportData_grade,
				ConsolidationMessages.ConsolidationReportData_deviations, ConsolidationMessages.ConsolidationReportData_state,
				ConsolidationMessages.ConsolidationWorkbook_previousScore, ConsolidationMessages.ConsolidationReportData_scoreChange,
				ConsolidationMessages.ConsolidationWorkbook_previousRate, ConsolidationMessages.ConsolidationReportData_rateChange,
				ConsolidationMessages.ConsolidationReportData_flags };
		int[] widths = { 6, 8, 24, 20, 16, 16, 10, 10, 10, 6, 8, 12, 10, 10, 11, 11, 18 };
		int header = heading(sheet, ConsolidationReportData.title(consolidation), ConsolidationReportData.summary(consolidation), headings, widths);
		int r = header + 1;
		for (RankedRow ranked : consolidation.ranking()) {
			ConsolidationRow row = ranked.row();
			boolean flagged = ranked.flagged();
			Row line = sheet.createRow(r++);
			int c = 0;
			number(line, c++, ranked.rank() == 0 ? null : BigDecimal.valueOf(ranked.rank()), flagged ? flaggedCount : count);
			number(line, c++, BigDecimal.valueOf(row.evaluationId()), flagged ? flaggedCount : count);
			text(line, c++, row.name(), flagged ? flaggedText : text);
			text(line, c++, row.supervisor(), flagged ? flaggedText : text);
			number(line, c++, row.adjustedBudget(), flagged ? flaggedMoney : money);
			number(line, c++, row.executed(), flagged ? flaggedMoney : money);
			number(line, c++, fraction(row.executionRate()), flagged ? flaggedPercent : percent);
			number(line, c++, row.selfScore(), flagged ? flaggedScore : score);
			number(line, c++, row.reviewScore(), flagged ? flaggedScore : score);
			text(line, c++, row.grade() == null ? null : row.grade().getLiteral(), flagged ? flaggedCentered : centered);
			number(line, c++, BigDecimal.valueOf(row.deviations()), flagged ? flaggedCount : count);
			text(line, c++, ReviewStates.label(row.reviewState()), flagged ? flaggedCentered : centered);
			number(line, c++, row.previousScore(), flagged ? flaggedScore : score);
			number(line, c++, row.scoreChange(), flagged ? flaggedScore : score);
			number(line, c++, fraction(row.previousExecutionRate()), flagged ? flaggedPercent : percent);
			number(line, c++, fraction(row.executionRateChange()), flagged ? flaggedPercent : percent);
			text(line, c, ConsolidationReportData.flags(ranked), flagged ? flaggedText : text);
		}
		sheet.createFreezePane(3, header + 1);
		sheet.setAutoFilter(new CellRangeAddress(header, Math.max(header, r - 1), 0, headings.length - 1));
		print(sheet, header);
	}

	private void distribution(Consolidation consolidation) {
		Sheet sheet = workbook.createSheet(ConsolidationMessages.ConsolidationWorkbook_distributionSheet);
		int[] widths = { 20, 12, 12 };
		String[] gradeHeadings = { ConsolidationMessages.ConsolidationReportData_grade, ConsolidationMessages.ConsolidationWorkbook_count,
				ConsolidationMessages.ConsolidationWorkbook_share };
		int header = heading(sheet, ConsolidationReportData.title(consolidation), ConsolidationMessages.ConsolidationWorkbook_gradeHeading, gradeHeadings,
				widths);
		int r = bands(sheet, header + 1, consolidation.gradeDistribution());
		Row label = sheet.createRow(++r);
		text(label, 0, ConsolidationMessages.ConsolidationWorkbook_executionHeading, note);
		Row executionHeader = sheet.createRow(++r);
		String[] rateHeadings = { ConsolidationMessages.ConsolidationWorkbook_rateBand, ConsolidationMessages.ConsolidationWorkbook_count,
				ConsolidationMessages.ConsolidationWorkbook_share };
		for (int c = 0; c < rateHeadings.length; c++) {
			text(executionHeader, c, rateHeadings[c], head);
		}
		bands(sheet, r + 1, consolidation.executionDistribution());
		print(sheet, header);
	}

	private int bands(Sheet sheet, int first, List<Band> bands) {
		int r = first;
		for (Band band : bands) {
			Row line = sheet.createRow(r++);
			text(line, 0, band.label(), centered);
			number(line, 1, BigDecimal.valueOf(band.count()), count);
			number(line, 2, fraction(band.percent()), percent);
		}
		return r;
	}

	private void sample(Sample sample) {
		Sheet sheet = workbook.createSheet(ConsolidationMessages.ConsolidationWorkbook_sampleSheet);
		String[] headings = { ConsolidationMessages.ConsolidationReportData_number, ConsolidationMessages.ConsolidationWorkbook_id,
				ConsolidationMessages.ConsolidationReportData_department, ConsolidationMessages.ConsolidationReportData_budget,
				ConsolidationMessages.ConsolidationReportData_source, ConsolidationMessages.ConsolidationReportData_decision,
				ConsolidationMessages.ConsolidationWorkbook_decidedBy, ConsolidationMessages.ConsolidationWorkbook_decidedAt };
		int[] widths = { 6, 8, 24, 16, 8, 12, 12, 17 };
		int header = heading(sheet, ConsolidationReportData.sampleCaption(sample), null, headings, widths);
		int r = header + 1;
		int number = 1;
		for (SampleEntry entry : sample.entries()) {
			Row line = sheet.createRow(r++);
			number(line, 0, BigDecimal.valueOf(number++), count);
			number(line, 1, BigDecimal.valueOf(entry.evaluationId()), count);
			text(line, 2, entry.department(), text);
			number(line, 3, entry.budget(), money);
			text(line, 4, entry.drawn() ? ConsolidationMessages.ConsolidationReportData_drawn : ConsolidationMessages.ConsolidationReportData_added, centered);
			text(line, 5, entry.decision().label(), centered);
			text(line, 6, entry.decidedBy(), centered);
			text(line, 7, entry.decidedAt() == null ? null : DECIDED.format(entry.decidedAt()), centered);
		}
		print(sheet, header);
	}

	/** Writes the title, an optional note and the header row; @return the header row's index */
	private int heading(Sheet sheet, String caption, String subtitle, String[] headings, int[] widths) {
		for (int c = 0; c < widths.length; c++) {
			sheet.setColumnWidth(c, widths[c] * 256);
		}
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(28);
		text(titleRow, 0, caption, title);
		sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headings.length - 1));
		int r = 1;
		if (subtitle != null) {
			Row noteRow = sheet.createRow(r);
			text(noteRow, 0, subtitle, note);
			noteRow.setHeightInPoints(30);
			sheet.addMergedRegion(new CellRangeAddress(r, r, 0, headings.length - 1));
			r++;
		}
		Row header = sheet.createRow(r);
		header.setHeightInPoints(28);
		for (int c = 0; c < headings.length; c++) {
			text(header, c, headings[c], head);
		}
		return r;
	}

	private static void print(Sheet sheet, int header) {
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
		sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
		sheet.getFooter().setCenter("第 &P 页，共 &N 页"); //$NON-NLS-1$
	}

	/** @return a percentage as the fraction a cell formatted {@code 0.00%} holds, or {@code null} */
	private static BigDecimal fraction(BigDecimal percentValue) {
		return percentValue == null ? null : percentValue.divide(HUNDRED);
	}

	private static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	private static void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	private Font font(int points, boolean bold) {
		Font font = workbook.createFont();
		font.setFontName("宋体"); //$NON-NLS-1$
		font.setFontHeightInPoints((short) points);
		font.setBold(bold);
		return font;
	}

	private CellStyle style(Font font, HorizontalAlignment alignment, boolean bordered, String format, boolean flagged) {
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
		if (flagged) {
			style.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}
}
