package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XlsxImporter;
import org.junit.jupiter.api.Test;

/**
 * 200 seeded random mutations of valid tables (cells blanked, swapped, garbled, turned into numbers
 * or text, rows removed, merges undone) never crash the importer: each import either gives its
 * evaluation, every problem naming a sheet and a cell, or is refused with an {@link ImportException}
 * whose every problem names a sheet and a cell.
 */
class XlsxFuzzTest {

	private static final int MUTANTS = 200;
	private static final String GARBLE = "三十余名％%≥≤=<>—-－其中：:（）()万元亿 　0123456789.,，★优良中差总分合计一级指标三级指标分值得分年度 2023年月底前 按时 斤 ";

	@Test
	void twoHundredMutantsNeverCrashTheImporterAndEveryProblemNamesACell() throws Exception {
		List<byte[]> bases = new ArrayList<>();
		ByteArrayOutputStream exported = new ByteArrayOutputStream();
		new XlsxExporter().write(EvaluationResources.referenceSample(), exported);
		bases.add(exported.toByteArray());
		TableBuilder variant = new TableBuilder();
		variant.columns = List.of(TableBuilder.Column.LEVEL1, TableBuilder.Column.LEVEL2, TableBuilder.Column.LEVEL3,
				TableBuilder.Column.NATURE, TableBuilder.Column.TARGET, TableBuilder.Column.UNIT, TableBuilder.Column.ACTUAL,
				TableBuilder.Column.SCORE, TableBuilder.Column.WEIGHT, TableBuilder.Column.DEVIATION);
		variant.repeatHeaderEvery = 5;
		bases.add(variant.bytes(Evaluations.synthetic(3)));
		int imported = 0;
		int failed = 0;
		for (int seed = 0; seed < MUTANTS; seed++) {
			Random random = new Random(seed);
			byte[] mutant = mutate(bases.get(seed % bases.size()), random);
			try {
				ImportResult result = new XlsxImporter().read(new ByteArrayInputStream(mutant), "mutant-" + seed + ".xlsx");
				for (ImportProblem problem : result.problems()) {
					assertTrue(problem.cell() != null && problem.reference().matches(".+![A-Z]+\\d+(:[A-Z]+\\d+)?"),
							"seed " + seed + ": " + problem + " names no cell");
				}
				imported++;
			} catch (ImportException e) {
				failed++;
				assertFalse(e.errors().isEmpty(), "seed " + seed + ": an import failure has an error");
				for (ImportProblem problem : e.problems()) {
					assertTrue(problem.cell() != null && problem.reference().matches(".+![A-Z]+\\d+(:[A-Z]+\\d+)?"),
							"seed " + seed + ": " + problem + " names no cell");
				}
			} catch (RuntimeException | Error e) {
				fail("seed " + seed + ": the importer crashed with " + e, e);
			}
		}
		assertEquals(MUTANTS, imported + failed);
		assertTrue(imported > failed, "most mutants are readable tables, imported with their problems: " + imported + " imported, "
				+ failed + " refused");
	}

	private static byte[] mutate(byte[] base, Random random) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(base))) {
			Sheet sheet = workbook.getSheetAt(0);
			int mutations = 1 + random.nextInt(6);
			for (int i = 0; i < mutations; i++) {
				List<Cell> cells = new ArrayList<>();
				for (Row row : sheet) {
					for (Cell cell : row) {
						cells.add(cell);
					}
				}
				Cell cell = cells.get(random.nextInt(cells.size()));
				switch (random.nextInt(8)) {
				case 0 -> cell.setBlank();
				case 1 -> swap(cell, cells.get(random.nextInt(cells.size())));
				case 2 -> cell.setCellValue(garble(text(cell), random));
				case 3 -> cell.setCellValue(random.nextInt(4) == 0 ? -random.nextDouble() * 1e9 : random.nextInt(200));
				case 4 -> cell.setCellValue(garble("", random));
				case 5 -> {
					Row row = sheet.getRow(random.nextInt(sheet.getLastRowNum() + 1));
					if (row != null) {
						sheet.removeRow(row);
					}
				}
				case 6 -> {
					if (sheet.getNumMergedRegions() > 0) {
						sheet.removeMergedRegion(random.nextInt(sheet.getNumMergedRegions()));
					}
				}
				default -> cell.setCellValue(text(cell).isEmpty() ? "" : text(cell).substring(0, random.nextInt(text(cell).length())));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static String text(Cell cell) {
		return switch (cell.getCellType()) {
		case STRING -> cell.getStringCellValue();
		case NUMERIC -> String.valueOf(cell.getNumericCellValue());
		default -> "";
		};
	}

	private static String garble(String text, Random random) {
		StringBuilder out = new StringBuilder(text);
		int edits = 1 + random.nextInt(4);
		for (int i = 0; i < edits; i++) {
			char c = GARBLE.charAt(random.nextInt(GARBLE.length()));
			if (out.length() > 0 && random.nextBoolean()) {
				out.setCharAt(random.nextInt(out.length()), c);
			} else {
				out.insert(out.length() == 0 ? 0 : random.nextInt(out.length()), c);
			}
		}
		return out.toString();
	}

	private static void swap(Cell a, Cell b) {
		if (a.getCellType() == CellType.NUMERIC && b.getCellType() == CellType.NUMERIC) {
			double x = a.getNumericCellValue();
			a.setCellValue(b.getNumericCellValue());
			b.setCellValue(x);
			return;
		}
		String x = text(a);
		a.setCellValue(text(b));
		b.setCellValue(x);
	}
}
