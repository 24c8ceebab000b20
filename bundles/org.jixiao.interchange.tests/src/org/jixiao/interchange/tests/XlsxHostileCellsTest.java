package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.FieldLimits;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile cells: each is an error on its cell with a message of ours, never a library's
 * exception or English developer hint, and the rest of the table imports; files that would exhaust
 * memory or reach outside the file are refused.
 */
class XlsxHostileCellsTest {

	@TempDir
	Path dir;

	private static ImportResult read(byte[] bytes) throws Exception {
		return new XlsxImporter(RuleSets.builtIn(RuleSets.MOF_2020)).read(new ByteArrayInputStream(bytes), "table.xlsx");
	}

	private static Indicator indicator(Evaluation evaluation, int index) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(index);
	}

	/** The cell in the row holding {@code rowText} and the column headed {@code heading}. */
	private static String cell(byte[] bytes, String rowText, String heading) throws Exception {
		CellReference row = new CellReference(XlsxLenientImportTest.find(bytes, rowText));
		CellReference column = new CellReference(XlsxLenientImportTest.find(bytes, heading));
		return new CellReference(row.getRow(), column.getCol()).formatAsString(false);
	}

	/** The small table with one cell changed through POI. */
	private static byte[] withCell(byte[] bytes, String ref, Consumer<Cell> change) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			CellReference at = new CellReference(ref);
			Sheet sheet = workbook.getSheetAt(0);
			Row row = sheet.getRow(at.getRow());
			Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
			change.accept(cell);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Replaces the value ({@code <v>…</v>}) of a cell in the sheet's XML, keeping its type. */
	private static byte[] withRawValue(byte[] bytes, String ref, String value) throws Exception {
		return Zips.edit(bytes, "xl/worksheets/sheet1.xml",
				xml -> xml.replaceFirst("(<c r=\"" + ref + "\"[^>]*>)(?:<f>[^<]*</f>)?<v>[^<]*</v>", "$1<v>" + value + "</v>"));
	}

	private static void assertOnlyError(ImportResult result, String ref, String message) {
		assertEquals(List.of("Sheet1!" + ref + ": " + message), result.errors().stream().map(ImportProblem::toString).toList());
	}

	@Test
	void aTextInANumericCellIsAnErrorOnTheCell() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String weight = cell(bytes, "发展党员", "分值");
		ImportResult result = read(withRawValue(bytes, weight, "三十分"));
		assertOnlyError(result, weight, "分值 '三十分': the cell's content cannot be read; the file may be damaged");
		assertNull(indicator(result.evaluation(), 1).getWeight());
		assertEquals(3, result.evaluation().getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToInt(s -> s.getIndicators().size()).sum());
	}

	@Test
	void aBadSharedStringIndexIsAnErrorOnTheCell() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String actual = XlsxLenientImportTest.find(bytes, "30名");
		ImportResult result = read(withRawValue(bytes, actual, "99999"));
		assertOnlyError(result, actual, "实际完成值: the text cell refers to a shared string the file does not have; the file is damaged");
	}

	@Test
	void aWorkbookWithoutSharedStringsIsRefusedNamingTheSheet() throws Exception {
		byte[] bytes = Zips.edit(new TableBuilder().bytes(Evaluations.small()), "xl/sharedStrings.xml", xml -> null);
		ImportException e = assertThrows(ImportException.class, () -> read(bytes));
		assertEquals("Sheet1!A1: no 绩效指标 block can be found, and this cell cannot be read: "
				+ "the text cell refers to a shared string the file does not have; the file is damaged", e.getMessage());
	}

	@Test
	void aTableWithoutBlockWhoseFirstUnreadableCellIsMergedIntoAnotherIsRefusedNamingThatCell() throws Exception {
		// B1 holds a formula error under the merged A1:B1, whose value is A1's: the refusal still names B1
		// and its cause (the fuzz run of the product found an internal error here)
		byte[] bytes;
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Sheet1");
			Row row = sheet.createRow(0);
			row.createCell(0).setCellValue("说明");
			Cell error = row.createCell(1);
			error.setCellFormula("1/0");
			workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(error);
			sheet.addMergedRegion(CellRangeAddress.valueOf("A1:B1"));
			workbook.write(out);
			bytes = out.toByteArray();
		}
		ImportException e = assertThrows(ImportException.class, () -> read(bytes));
		assertEquals("Sheet1!B1: no 绩效指标 block can be found, and this cell cannot be read: the cell holds a formula error",
				e.getMessage());
	}

	@Test
	void aNanAmountIsAnErrorOnItsCellNotAZero() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String budget = cell(bytes, "年度资金总额", "全年预算数");
		ImportResult result = read(withRawValue(bytes, budget, "NaN"));
		assertTrue(result.errors().stream().anyMatch(p -> p.toString().equals(
				"Sheet1!" + budget + ": 全年预算数 'NaN': the cell holds no valid number (NaN or infinity)")), result.problems().toString());
		assertNull(result.evaluation().getBudget().getAdjustedBudget());
	}

	@Test
	void aFormulaErrorIsAnErrorOnItsCellNotAZero() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String weight = cell(bytes, "发展党员", "分值");
		byte[] divided = withCell(bytes, weight, c -> {
			c.setCellFormula("1/0");
			c.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
		});
		ImportResult result = read(divided);
		assertTrue(result.errors().stream().anyMatch(p -> p.toString().equals(
				"Sheet1!" + weight + ": 分值 '#DIV/0!': the cell holds a formula error")), result.problems().toString());
		assertNull(indicator(result.evaluation(), 1).getWeight());
	}

	/**
	 * The small table whose first two indicators explain their deviation with texts of these lengths,
	 * written into the shared strings by hand: Excel and POI write at most 32,767 characters to a cell.
	 */
	private static byte[] withLongDeviations(int first, int second) throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 0).setDeviationReason("LONG-FIRST");
		indicator(evaluation, 1).setDeviationReason("LONG-SECOND");
		return Zips.edit(new TableBuilder().bytes(evaluation), "xl/sharedStrings.xml",
				xml -> xml.replace("LONG-FIRST", "字".repeat(first)).replace("LONG-SECOND", "据".repeat(second)));
	}

	@Test
	void aLegitimateHundredThousandCharacterCellIsReadNotTakenForAZipBomb() throws Exception {
		ImportResult result = read(withLongDeviations(100_000, 30_000));
		assertEquals(List.of(), result.errors(), "a paragraph has no limit: the store keeps it as a CLOB");
		assertEquals(100_000, indicator(result.evaluation(), 0).getDeviationReason().length());
		assertEquals(30_000, indicator(result.evaluation(), 1).getDeviationReason().length());
	}

	@Test
	void aZipBombIsRefusedAfterAHundredMegabytes() throws Exception {
		byte[] bomb = Zips.withZeros(new TableBuilder().bytes(Evaluations.small()), "xl/media/image1.bin", 101L * 1024 * 1024);
		assertTrue(bomb.length < 1024 * 1024, "a small file: " + bomb.length);
		ImportException e = assertThrows(ImportException.class, () -> read(bomb));
		assertEquals("table.xlsx: the file would unpack to more than 100 MB or more than 1000 entries (a zip bomb?); it is refused",
				e.getMessage());
	}

	@Test
	void anAmountTooLargeToStoreIsAnErrorOnItsCell() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String executed = cell(bytes, "年度资金总额", "全年执行数");
		ImportResult result = read(withCell(bytes, executed, c -> c.setCellValue(1e308)));
		assertTrue(result.errors().stream().anyMatch(p -> p.reference().equals("Sheet1!" + executed)
				&& p.message().contains("too large to keep")), result.problems().toString());
		assertNull(result.evaluation().getBudget().getExecuted());
	}

	@Test
	void aWeightAboveAHundredIsAnErrorOnItsCell() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String weight = cell(bytes, "发展党员", "分值");
		ImportResult result = read(withCell(bytes, weight, c -> c.setCellValue(1e12)));
		assertTrue(result.errors().stream().anyMatch(p -> p.toString().equals(
				"Sheet1!" + weight + ": the weight (分值) '1000000000000' is more than 100; not imported")), result.problems().toString());
		assertNull(indicator(result.evaluation(), 1).getWeight());
	}

	@Test
	void negativeBudgetAndWeightAreErrorsOnTheirCells() throws Exception {
		byte[] bytes = new TableBuilder().bytes(Evaluations.small());
		String executed = cell(bytes, "年度资金总额", "全年执行数");
		String weight = cell(bytes, "培训人数", "分值");
		byte[] negative = withCell(withCell(bytes, executed, c -> c.setCellValue(-5)), weight, c -> c.setCellValue(-5));
		ImportResult result = read(negative);
		List<String> cells = result.errors().stream().map(ImportProblem::reference).toList();
		assertTrue(cells.contains("Sheet1!" + executed), result.problems().toString());
		assertTrue(cells.contains("Sheet1!" + weight), result.problems().toString());
		assertEquals(0, new BigDecimal("-5").compareTo(indicator(result.evaluation(), 0).getWeight()), "kept as written");
	}

	@Test
	void weightsThatDoNotAddUpToTheirGroupAreAnErrorOnTheGroupsCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setWeight(new BigDecimal("48.5"));
		byte[] bytes = new TableBuilder().bytes(evaluation);
		String group = XlsxLenientImportTest.find(bytes, "数量指标（60分）");
		ImportResult result = read(bytes);
		assertTrue(result.errors().stream().anyMatch(p -> p.toString().equals(
				"Sheet1!" + group + ": the weights under 数量指标 add up to 78.5, not 60")), result.problems().toString());
	}

	@Test
	void aDepartmentNameIsCleanedAndCut() throws Exception {
		Evaluation evaluation = Evaluations.small();
		evaluation.getDepartment().setName("\u202E局\u2066" + "办".repeat(300));
		byte[] bytes = Zips.edit(new TableBuilder().bytes(evaluation), "xl/sharedStrings.xml", xml -> xml.replace("局", "局_x0007_"));
		ImportResult result = read(bytes);
		String name = result.evaluation().getDepartment().getName();
		assertEquals(FieldLimits.DEPARTMENT_NAME_LENGTH, name.length());
		assertTrue(name.startsWith("局办"), name);
		assertTrue(result.warnings().stream().anyMatch(p -> p.message().contains("department name has 301 characters")),
				result.problems().toString());
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-4711");
		byte[] bytes = Zips.edit(new TableBuilder().bytes(Evaluations.small()), "xl/sharedStrings.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE sst [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>")
						.replaceFirst("<t>示例局</t>", "<t>&x;</t>"));
		try {
			ImportResult result = read(bytes);
			assertFalse(result.evaluation().getDepartment().getName() != null
					&& result.evaluation().getDepartment().getName().contains("SECRET"), "the entity is not resolved");
		} catch (ImportException e) {
			assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
		}
	}
}
