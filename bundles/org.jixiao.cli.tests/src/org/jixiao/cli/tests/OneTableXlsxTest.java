package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo}, {@code report --format xlsx} and {@code export --format xlsx} give the user one 自评表
 * spreadsheet: the same cell texts (as displayed), the same merged regions and the same print setup.
 */
class OneTableXlsxTest {

	@TempDir
	Path dir;

	@Test
	void demoReportAndExportWriteTheSameOfficialTable() throws Exception {
		String db = dir.resolve("db").toString();
		Path demo = dir.resolve("demo");
		Cli.run("demo", "--db", db, "--out", demo.toString()).expect(0);
		long id;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			id = store.list(EvaluationQuery.all()).get(0).id();
		}
		Path report = dir.resolve("report");
		Cli.run("report", Long.toString(id), "--format", "xlsx", "--out", report.toString(), "--db", db).expect(0);
		Path export = dir.resolve("export.xlsx");
		Cli.run("export", Long.toString(id), "--format", "xlsx", "--out", export.toString(), "--db", db).expect(0);

		Table exported = Table.read(export);
		Table fromDemo = Table.read(demo.resolve("2023-党政办公室-自评表.xlsx"));
		Table fromReport = Table.read(report.resolve("2023-党政办公室-自评表.xlsx"));
		assertEquals(exported.cells(), fromDemo.cells(), "demo writes the exported table's texts");
		assertEquals(exported.merges(), fromDemo.merges(), "demo writes the exported table's merges");
		assertEquals(exported.cells(), fromReport.cells(), "report writes the exported table's texts");
		assertEquals(exported.merges(), fromReport.merges(), "report writes the exported table's merges");
		assertEquals(exported.print(), fromDemo.print());
		assertEquals(exported.print(), fromReport.print());

		assertTrue(exported.cells().contains("A1=部门整体支出绩效自评表"), "the whole title in one cell");
		assertTrue(exported.cells().stream().anyMatch(cell -> cell.endsWith("=25,567,092.46")), "the budget in full");
		assertTrue(exported.merges().stream().anyMatch(merge -> merge.startsWith("产出指标（50分） A")), exported.merges().toString());
		assertEquals("A4 landscape, 1 page wide, header row repeated", exported.print());
	}

	/** The displayed texts of the non-empty cells, the merged regions and the print setup of a table. */
	private record Table(List<String> cells, TreeSet<String> merges, String print) {

		static Table read(Path file) throws Exception {
			try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
				assertEquals(1, workbook.getNumberOfSheets(), file + " has the table on one sheet");
				Sheet sheet = workbook.getSheetAt(0);
				DataFormatter formatter = new DataFormatter();
				List<String> cells = new ArrayList<>();
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = formatter.formatCellValue(cell);
						if (!text.isEmpty()) {
							cells.add(cell.getAddress().formatAsString() + "=" + text);
						}
					}
				}
				TreeSet<String> merges = new TreeSet<>();
				for (CellRangeAddress region : sheet.getMergedRegions()) {
					Cell first = sheet.getRow(region.getFirstRow()).getCell(region.getFirstColumn());
					merges.add(formatter.formatCellValue(first) + " " + region.formatAsString());
				}
				PrintSetup setup = sheet.getPrintSetup();
				String print = (setup.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + setup.getPaperSize())
						+ (setup.getLandscape() ? " landscape" : " portrait")
						+ (sheet.getFitToPage() && setup.getFitWidth() == 1 && setup.getFitHeight() == 0 ? ", 1 page wide" : ", not fitted")
						+ (sheet.getRepeatingRows() != null ? ", header row repeated" : ", no repeated rows");
				return new Table(cells, merges, print);
			}
		}
	}
}
