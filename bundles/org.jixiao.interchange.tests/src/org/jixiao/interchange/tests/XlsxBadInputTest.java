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
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.interchange.tests.TableBuilder.Column;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be imported are refused naming the file, or the sheet and the cell; a readable table
 * with cells that cannot be understood is imported with an error on each such cell (see
 * {@link XlsxLenientImportTest}).
 */
class XlsxBadInputTest {

	@TempDir
	Path dir;

	private static ImportException fails(byte[] bytes) {
		return assertThrows(ImportException.class, () -> new XlsxImporter().read(new ByteArrayInputStream(bytes), "table.xlsx"));
	}

	@Test
	void aTruncatedFileNamesTheFile() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
		ImportException e = assertThrows(ImportException.class, () -> new XlsxImporter().read(truncated));
		assertEquals(truncated + ": the file is damaged or incomplete: its zip structure cannot be read", e.getMessage());
		assertEquals(1, e.problems().size());
		assertEquals(truncated.toString(), e.problems().get(0).reference());
	}

	@Test
	void aTextFileIsNotASpreadsheet() {
		ImportException e = fails("部门名称,党政办公室\n".getBytes(StandardCharsets.UTF_8));
		assertEquals("table.xlsx: the file is not an .xlsx, .xls or .ods spreadsheet", e.getMessage());
	}

	@Test
	void anEmptyFileIsNotASpreadsheet() {
		assertEquals("table.xlsx: the file is not an .xlsx, .xls or .ods spreadsheet", fails(new byte[0]).getMessage());
	}

	@Test
	void aZipThatIsNoWorkbookIsNotASpreadsheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("不是工作簿".getBytes(StandardCharsets.UTF_8));
		}
		assertEquals("table.xlsx: the file is not an .xlsx, .xls or .ods spreadsheet", fails(out.toByteArray()).getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		Path missing = dir.resolve("missing.xlsx");
		ImportException e = assertThrows(ImportException.class, () -> new XlsxImporter().read(missing));
		assertEquals(missing + ": no such file", e.getMessage());
	}

	@Test
	void aFolderIsNamed() {
		ImportException e = assertThrows(ImportException.class, () -> new XlsxImporter().read(dir));
		assertEquals(dir + ": a folder, not a file", e.getMessage());
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
	void aHeaderWithoutAWeightColumnIsRefusedNamingTheColumn() throws Exception {
		TableBuilder builder = new TableBuilder();
		builder.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.TARGET, Column.ACTUAL, Column.SCORE,
				Column.DEVIATION);
		ImportException e = fails(builder.bytes(Evaluations.small()));
		assertEquals(1, e.problems().size(), e.problems().toString());
		assertTrue(e.getMessage().matches("Sheet1!A\\d+:[A-Z]+\\d+: the 绩效指标 header has no 分值 column"), e.getMessage());
	}

	@Test
	void aTableWithOnlyTheIndicatorBlockImportsWithAWarningAboutTheBudget() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			sheet.createRow(0).createCell(0).setCellValue("2023年度部门整体支出绩效自评表");
			sheet.createRow(1).createCell(0).setCellValue("部门名称：示例局");
			String[][] rows = { { "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分" },
					{ "产出指标", "数量指标", "培训人数", "≥30名", "32名", "100", "100" } };
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
}
