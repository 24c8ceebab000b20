package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.MoneyUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported table: the official layout, merged groups, formats, borders and the print setup. */
class XlsxExporterTest {

	@TempDir
	Path dir;

	private Workbook workbook;
	private Sheet sheet;

	@BeforeEach
	void export() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setMoneyUnit(MoneyUnit.WAN_YUAN);
		Path file = dir.resolve("table.xlsx");
		new XlsxExporter().write(sample, file);
		assertFalse(Files.exists(dir.resolve("table.xlsx.tmp")), "no temporary file is left");
		try (var in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		sheet = workbook.getSheetAt(0);
	}

	@AfterEach
	void close() throws Exception {
		workbook.close();
	}

	private Cell find(String text) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
					return cell;
				}
			}
		}
		throw new AssertionError(text + " is not in the table");
	}

	private CellRangeAddress merged(Cell cell) {
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			if (region.isInRange(cell)) {
				return region;
			}
		}
		return null;
	}

	@Test
	void theTitleYearAndUnitHead() {
		assertEquals("部门整体支出绩效自评表", sheet.getRow(0).getCell(0).getStringCellValue());
		assertEquals(new CellRangeAddress(0, 0, 0, 7), merged(sheet.getRow(0).getCell(0)));
		assertEquals("（2023年度）", sheet.getRow(1).getCell(0).getStringCellValue());
		assertEquals("单位：万元", find("单位：万元").getStringCellValue());
		assertEquals("党政办公室", sheet.getRow(find("部门名称").getRowIndex()).getCell(1).getStringCellValue());
	}

	@Test
	void moneyIsInWanYuanWithTwoDecimalsShown() {
		Cell total = find("年度资金总额");
		Cell adjusted = sheet.getRow(total.getRowIndex()).getCell(3);
		assertEquals(2556.709246, adjusted.getNumericCellValue(), 1e-9);
		assertEquals("#,##0.00", adjusted.getCellStyle().getDataFormatString());
		assertEquals("其中：当年财政拨款", sheet.getRow(total.getRowIndex() + 1).getCell(1).getStringCellValue());
		assertEquals("—", sheet.getRow(total.getRowIndex() + 1).getCell(7).getStringCellValue());
		assertEquals("0.00%", sheet.getRow(total.getRowIndex()).getCell(6).getCellStyle().getDataFormatString());
	}

	@Test
	void groupsAreMergedDownTheirRowsAndScoresAreTheEngines() {
		CellRangeAddress output = merged(find("产出指标（50分）"));
		CellRangeAddress quantity = merged(find("数量指标（30分）"));
		assertEquals(0, output.getFirstColumn());
		assertEquals(output.getFirstRow(), quantity.getFirstRow());
		int quantityRows = 0;
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			Cell first = sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn());
			if (region.getFirstColumn() == 1 && "数量指标（30分）".equals(first.getStringCellValue())) {
				quantityRows += region.getLastRow() - region.getFirstRow() + 1;
			}
		}
		assertEquals(24, quantityRows, "数量指标 has 24 indicators, on the pages it spans");
		Cell subsidy = find("非公党建工作指导员补助发放");
		assertEquals(2.30, sheet.getRow(subsidy.getRowIndex()).getCell(6).getNumericCellValue(), 1e-9);
		assertTrue(sheet.getRow(subsidy.getRowIndex()).getCell(7).getStringCellValue().contains("\n改进措施："));
		Cell total = find("总分");
		assertEquals(99.30, sheet.getRow(total.getRowIndex()).getCell(6).getNumericCellValue(), 1e-9);
		Cell grade = find("自评等级");
		assertEquals("优", sheet.getRow(grade.getRowIndex()).getCell(5).getStringCellValue());
	}

	@Test
	void everyCellOfTheTableHasThinBordersAndTextWraps() {
		List<String> unbordered = new ArrayList<>();
		int header = find("部门名称").getRowIndex();
		for (int r = header; r <= sheet.getLastRowNum(); r++) {
			for (int c = 0; c < 8; c++) {
				Cell cell = sheet.getRow(r).getCell(c);
				if (cell == null || cell.getCellStyle().getBorderBottom() != BorderStyle.THIN
						|| cell.getCellStyle().getBorderLeft() != BorderStyle.THIN) {
					unbordered.add(r + ":" + c);
				}
			}
		}
		assertEquals(List.of(), unbordered);
		assertTrue(find("非公党建工作指导员补助发放").getCellStyle().getWrapText());
	}

	@Test
	void thePageIsA4LandscapeOnePageWideWithTheIndicatorHeaderRepeated() {
		PrintSetup print = sheet.getPrintSetup();
		assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
		assertTrue(print.getLandscape());
		assertEquals(1, print.getFitWidth());
		assertEquals(0, print.getFitHeight());
		assertTrue(sheet.getFitToPage());
		int header = find("三级指标").getRowIndex();
		assertEquals(new CellRangeAddress(header, header, -1, -1), sheet.getRepeatingRows());
		assertTrue(sheet.getColumnWidth(2) > sheet.getColumnWidth(5), "三级指标 is wider than 分值");
		int width = 0;
		for (int c = 0; c < 8; c++) {
			width += sheet.getColumnWidth(c);
		}
		// A4 landscape is 841.9 points wide; a character of the default font (Calibri 11) is 7 pixels, 5.25 points
		double printable = 841.9 - 72 * (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT));
		assertTrue(width / 256.0 * 5.25 <= printable, "the columns fit A4 landscape at full size: " + width / 256);
	}

	@Test
	void noMergedRegionCrossesAPageBreakAndAGroupRepeatsItsNameOnTheNextPage() {
		int[] breaks = sheet.getRowBreaks();
		assertTrue(breaks.length >= 2, "the reference table breaks its pages itself");
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			for (int at : breaks) {
				assertFalse(region.getFirstRow() <= at && region.getLastRow() > at, region + " crosses the break after row " + at);
			}
		}
		Cell output = find("产出指标（50分）");
		int pieces = 0;
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(output.getStringCellValue())) {
				pieces++;
			}
		}
		assertTrue(pieces >= 2, "产出指标 spans a page break and is named on each page");
	}
}
