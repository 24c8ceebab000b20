package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.LedgerWorkbooks;
import org.jixiao.interchange.LedgerWorkbooks.LedgerImport;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.testing.TestLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module's ledgers as the workbooks officers keep: written and read back, read from a workbook
 * written by hand with the oddities of real ones, and opened and saved again by LibreOffice.
 */
class LedgerWorkbooksTest {

	@TempDir
	Path dir;

	private static ModuleData ledger() {
		ModuleData data = TestLedgers.data("test");
		TestLedgers.add(data, null, "张某某", true, new BigDecimal("1200.5"), LedgerValues.date(LocalDate.of(2023, 5, 6)));
		TestLedgers.add(data, null, "李某某", false, null, null);
		TestLedgers.add(data, null, "王某某", true, new BigDecimal("30"), LedgerValues.date(LocalDate.of(2023, 12, 31)));
		return data;
	}

	@Test
	void aWrittenWorkbookReadsBackTheSame() throws Exception {
		ModuleData data = ledger();
		Path file = dir.resolve("ledgers.xlsx");
		LedgerWorkbooks.write(TestLedgers.dataClass(), data, file);
		LedgerImport read = LedgerWorkbooks.read(file, TestLedgers.dataClass(), "test");
		assertEquals(3, read.entries());
		assertTrue(read.problems().isEmpty(), read.problems().toString());
		assertTrue(EcoreUtil.equals(TestLedgers.entries(data), TestLedgers.entries(read.data())));
	}

	@Test
	void aWorkbookWrittenByHandIsReadCellByCell() throws Exception {
		Path file = dir.resolve("by-hand.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为2023年台账");
			Sheet sheet = workbook.createSheet("记录");
			sheet.createRow(0).createCell(0).setCellValue("2023年度台账");
			Row header = sheet.createRow(2);
			String[] titles = { "日期", "名 称", "已办结", "金额(元)", "备注" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			String[][] rows = { { "2023年5月6日", "张某某", "是", "１,２００.５" }, {}, { "2023/12/31", "李某某", "否", "三十" },
					{ "2023-02-30", "王某某", "√", "30" }, { "", "赵某某", "也许", "" } };
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(3 + r);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			workbook.write(out);
		}
		LedgerImport read = LedgerWorkbooks.read(file, TestLedgers.dataClass(), "test");
		assertEquals(4, read.entries(), "the blank row is skipped, every other row is kept");
		List<EObject> entries = TestLedgers.entries(read.data());
		assertEquals("张某某", value(entries.get(0), "name"));
		assertEquals(new BigDecimal("1200.5"), value(entries.get(0), "amount"));
		assertEquals(LedgerValues.date(LocalDate.of(2023, 5, 6)), value(entries.get(0), "on"));
		assertEquals(Boolean.TRUE, value(entries.get(0), "done"));
		assertNull(value(entries.get(1), "amount"), "三十 is not read as a number: the cell stays empty");
		assertNull(value(entries.get(2), "on"), "there is no 30 February");
		assertEquals(Boolean.TRUE, value(entries.get(2), "done"));
		List<String> places = read.problems().stream().filter(ImportProblem::isError).map(ImportProblem::reference).toList();
		assertEquals(List.of("记录!D6", "记录!A7", "记录!C8"), places, read.problems().toString());
		assertTrue(read.problems().stream().anyMatch(p -> p.message().contains("三十")), read.problems().toString());
	}

	@Test
	void aWorkbookWithoutTheLedgerIsRefusedNamingTheLedgers() throws Exception {
		Path file = dir.resolve("other.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
		}
		ImportException e = assertThrows(ImportException.class, () -> LedgerWorkbooks.read(file, TestLedgers.dataClass(), "test"));
		assertTrue(e.getMessage().contains("other.xlsx") && (e.getMessage().contains("记录") || e.getMessage().contains("Records")), e.getMessage());
		Path text = dir.resolve("notes.xlsx");
		Files.writeString(text, "not a workbook", StandardCharsets.UTF_8);
		assertThrows(ImportException.class, () -> LedgerWorkbooks.read(text, TestLedgers.dataClass(), "test"));
	}

	@Test
	void libreOfficeOpensTheWorkbookAndWhatItSavesReadsBackTheSame() throws Exception {
		Path soffice = LibreOfficeTest.soffice();
		assumeTrue(soffice != null, "soffice is not on PATH: install libreoffice-calc-nogui");
		ModuleData data = ledger();
		Path file = dir.resolve("ledgers.xlsx");
		LedgerWorkbooks.write(TestLedgers.dataClass(), data, file);
		for (String format : List.of("ods", "xls")) {
			Path out = dir.resolve(format);
			Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
					"--convert-to", format, "--outdir", out.toString(), file.toString()).redirectErrorStream(true)
					.redirectOutput(dir.resolve("soffice.log").toFile()).start();
			assertTrue(process.waitFor(120, TimeUnit.SECONDS), "soffice finished within 2 minutes");
			assertEquals(0, process.exitValue(), Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8));
			LedgerImport read = LedgerWorkbooks.read(out.resolve("ledgers." + format), TestLedgers.dataClass(), "test");
			assertTrue(read.problems().isEmpty(), format + ": " + read.problems());
			assertTrue(EcoreUtil.equals(TestLedgers.entries(data), TestLedgers.entries(read.data())), format + ": the entries LibreOffice saved");
		}
	}

	private static Object value(EObject entry, String field) {
		return entry.eGet(entry.eClass().getEStructuralFeature(field));
	}
}
