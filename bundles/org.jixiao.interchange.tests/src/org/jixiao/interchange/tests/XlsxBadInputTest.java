package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.interchange.tests.TableBuilder.Column;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files and tables: each fails with a clear message naming the file, or the sheet and the cell. */
class XlsxBadInputTest {

	@TempDir
	Path dir;

	private static ImportException fails(byte[] bytes) {
		return assertThrows(ImportException.class, () -> new XlsxImporter().read(new ByteArrayInputStream(bytes), "table.xlsx"));
	}

	private static Indicator second(Evaluation evaluation) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
	}

	/** The reference (like F12) of the first cell holding exactly this text. */
	private static String find(byte[] bytes, String text) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					if (cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
						return new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
					}
				}
			}
		}
		throw new AssertionError(text + " is not in the table");
	}

	@Test
	void aTruncatedFileNamesTheFile() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		ImportException e = assertThrows(ImportException.class, () -> new XlsxImporter().read(truncated));
		assertTrue(e.getMessage().startsWith(truncated + ": not a readable .xlsx workbook"), e.getMessage());
		assertEquals(1, e.problems().size());
		assertEquals(truncated.toString(), e.problems().get(0).reference());
	}

	@Test
	void aTextFileIsNotAWorkbook() {
		ImportException e = fails("部门名称,党政办公室\n".getBytes(StandardCharsets.UTF_8));
		assertTrue(e.getMessage().startsWith("table.xlsx: not a readable .xlsx workbook"), e.getMessage());
	}

	@Test
	void anEmptyFileIsNotAWorkbook() {
		ImportException e = fails(new byte[0]);
		assertTrue(e.getMessage().startsWith("table.xlsx: not a readable .xlsx workbook"), e.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = dir.resolve("missing.xlsx");
		ImportException e = assertThrows(ImportException.class, () -> new XlsxImporter().read(missing));
		assertEquals(missing + ": no such file", e.getMessage());
	}

	@Test
	void aWorkbookWithoutTheIndicatorBlockNamesTheSheetsRange() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("2023年度部门整体支出绩效自评表");
			Row header = sheet.createRow(2);
			String[] labels = { "年初预算数", "全年预算数", "全年执行数" };
			for (int c = 0; c < labels.length; c++) {
				header.createCell(c + 1).setCellValue(labels[c]);
			}
			workbook.write(out);
		}
		ImportException e = fails(out.toByteArray());
		assertEquals("Sheet1!A1:D3: no 绩效指标 block: no sheet has a header row with 三级指标, 年度指标值, 实际完成值 and 分值",
				e.getMessage());
	}

	@Test
	void aTableWithOnlyTheIndicatorBlockImportsWithAWarningAboutTheBudget() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("2023年度部门整体支出绩效自评表");
			sheet.createRow(1).createCell(0).setCellValue("部门名称：示例局");
			String[][] rows = { { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分" },
					{ "产出指标", "数量指标", "培训人数", "≥30名", "32名", "90", "90" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		var result = new XlsxImporter().read(new ByteArrayInputStream(out.toByteArray()), "t.xlsx");
		assertEquals("示例局", result.evaluation().getDepartment().getName());
		assertEquals(2023, result.evaluation().getFiscalYear());
		assertEquals(1, result.evaluation().getCategories().size());
		assertEquals(List.of("Sheet1!A1:G5: no 预算资金 block (a header row with 全年预算数 and 全年执行数); the budget is left empty"),
				result.problems().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void aTextActualWhereANumberIsDueNamesTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		second(evaluation).setActualText("三十");
		TableBuilder builder = new TableBuilder();
		builder.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.NATURE, Column.TARGET, Column.ACTUAL,
				Column.UNIT, Column.WEIGHT, Column.SCORE, Column.DEVIATION);
		byte[] bytes = builder.bytes(evaluation);
		String cell = find(bytes, "三十");
		assertEquals("F12", cell, "the layout puts it where the issue's example does");
		ImportException e = fails(bytes);
		assertEquals("Sheet1!F12: 实际完成值 '三十' is not a number of unit 名", e.getMessage());
		assertEquals(List.of("Sheet1!F12"), e.errors().stream().map(ImportProblem::reference).toList());
	}

	@Test
	void aWordActualWhereANumberIsDueNamesTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		second(evaluation).setActualText("完成");
		byte[] bytes = new TableBuilder().bytes(evaluation);
		ImportException e = fails(bytes);
		assertEquals("Sheet1!" + find(bytes, "完成") + ": 实际完成值 '完成' is not a number of unit 名", e.getMessage());
	}

	@Test
	void anUnknownUnitInTheTargetNamesTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		second(evaluation).setTargetText("≥30斤");
		byte[] bytes = new TableBuilder().bytes(evaluation);
		ImportException e = fails(bytes);
		assertEquals("Sheet1!" + find(bytes, "≥30斤") + ": 年度指标值 '≥30斤': 斤 is not a known unit", e.getMessage());
	}

	@Test
	void anUnknownUnitInTheUnitColumnNamesTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		second(evaluation).setTargetText("≥30名");
		TableBuilder builder = new TableBuilder();
		builder.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.NATURE, Column.TARGET, Column.UNIT,
				Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.DEVIATION);
		byte[] bytes = builder.bytes(evaluation);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			CellReference at = new CellReference(find(bytes, "名"));
			workbook.getSheetAt(0).getRow(at.getRow()).getCell(at.getCol()).setCellValue("斤");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			ImportException e = fails(out.toByteArray());
			assertEquals("Sheet1!" + at.formatAsString(false) + ": 度量单位 '斤' is not a known unit", e.getMessage());
		}
	}

	@Test
	void everyErrorIsReportedNotOnlyTheFirst() throws Exception {
		Evaluation evaluation = Evaluations.small();
		second(evaluation).setActualText("三十");
		evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0).setActualText("很多");
		ImportException e = fails(new TableBuilder().bytes(evaluation));
		assertEquals(2, e.errors().size(), e.problems().toString());
		assertTrue(e.errors().stream().allMatch(p -> p.reference().matches("Sheet1![A-Z]+\\d+")), e.problems().toString());
	}

	@Test
	void aStatedTotalThatDiffersIsAWarningNamingTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		byte[] bytes = new TableBuilder().bytes(evaluation);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			CellReference total = new CellReference(find(bytes, "总分"));
			Cell score = sheet.getRow(total.getRow()).getCell(6);
			score.setCellValue(score.getNumericCellValue() - 5);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			List<ImportProblem> problems = new XlsxImporter().read(new ByteArrayInputStream(out.toByteArray()), "t.xlsx").problems();
			assertEquals(1, problems.size(), problems.toString());
			assertEquals(ImportProblem.Severity.WARNING, problems.get(0).severity());
			assertEquals("Sheet1!G" + (total.getRow() + 1), problems.get(0).reference());
			assertTrue(problems.get(0).message().contains("总分"), problems.get(0).message());
		}
	}
}
