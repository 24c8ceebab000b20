package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.testing.TableContent;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao import} and {@code export}: the reference sample goes xlsx → store → xlsx → store
 * unchanged, and a file that cannot be read leaves the store as it was.
 */
class InterchangeCommandsTest {

	@TempDir
	Path dir;

	@Test
	void theReferenceSampleRoundTripsXlsxStoreXlsxStore() throws Exception {
		String db = dir.resolve("db").toString();
		Evaluation sample = EvaluationResources.referenceSample();
		Path first = dir.resolve("first.xlsx");
		new XlsxExporter().write(sample, first);

		Cli.Result result = Cli.run("import", first.toString(), "--db", db).expect(0);
		long firstId = Long.parseLong(result.out().strip());
		Path second = dir.resolve("second.xlsx");
		Cli.run("export", Long.toString(firstId), "--out", second.toString(), "--db", db).expect(0);
		result = Cli.run("import", second.toString(), "--db", db, "--as-new-version").expect(0);
		long secondId = Long.parseLong(result.out().strip());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			Evaluation once = store.load(firstId);
			Evaluation twice = store.load(secondId);
			Evaluation expected = TableContent.of(sample, RuleSets.builtIn(RuleSets.MOF_2020));
			assertTrue(TableContent.equal(expected, once), () -> TableContent.differences(expected, once).toString());
			assertTrue(TableContent.equal(once, twice), () -> TableContent.differences(once, twice).toString());
			List<EvaluationSummary> stored = store.list(EvaluationQuery.all());
			assertEquals(2, stored.size());
			assertEquals("99.30", stored.get(1).totalScore().toPlainString());
		}
	}

	@Test
	void xmiExportAndImportKeepEverything() throws Exception {
		String db = dir.resolve("db").toString();
		Path sample = dir.resolve("sample.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
		Cli.Result result = Cli.run("import", sample.toString(), "--db", db).expect(0);
		String id = result.out().strip();
		Path exported = dir.resolve("exported.xmi");
		Cli.run("export", id, "--format", "xmi", "--out", exported.toString(), "--db", db).expect(0);
		result = Cli.run("score", exported.toString()).expect(0);
		assertTrue(result.out().contains("99.30"), result.out());
	}

	@Test
	void aTableWithErrorsIsStoredAsADraftItsProblemsPrintedAndTheExitCodeIs1() throws Exception {
		String db = dir.resolve("db").toString();
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("很多");
		Path table = dir.resolve("word-actual.xlsx");
		new XlsxExporter().write(sample, table);
		Cli.Result result = Cli.run("import", table.toString(), "--db", db).expect(1);
		long id = Long.parseLong(result.out().strip());
		assertTrue(result.err().matches("(?s).*error 部门整体支出绩效自评表!E\\d+: 实际完成值 '很多' is not a figure.*"), result.err());
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			Evaluation stored = store.load(id);
			assertEquals(44, stored.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
					.mapToInt(s -> s.getIndicators().size()).sum(), "every row is stored");
			assertEquals("很多", stored.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).getActualText());
		}
	}

	/** The cells issue 12 quotes from a department's table: 192只, a 指标性质 of 定性, the actuals 四个 and 二十余场. */
	private Path measureWordsTable() throws Exception {
		String[][] rows = { { "2023年度部门整体支出绩效自评表" }, { "部门名称：示例县农业农村局" }, { "单位：万元" },
				{ "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" },
				{ "年度资金总额", "100", "100", "100", "10", "100%", "10" },
				{ "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分" },
				{ "产出指标", "数量指标", "采购防疫设备", "≥", "192只", "192只", "30", "30" },
				{ "产出指标", "数量指标", "建成村级服务站点", "≥", "≥4个", "四个", "15", "15" },
				{ "产出指标", "数量指标", "开展政策宣传活动", "≥", "≥20场", "二十余场", "15", "15" },
				{ "效益指标", "社会效益指标", "动物疫病防控能力", "定性", "有效提升", "明显改善", "30", "30" } };
		Path table = dir.resolve("measure-words.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(table)) {
			Sheet sheet = workbook.createSheet("Sheet1");
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < rows[r].length; c++) {
					if (rows[r][c].matches("\\d+")) {
						row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
					} else {
						row.createCell(c).setCellValue(rows[r][c]);
					}
				}
			}
			workbook.write(out);
		}
		return table;
	}

	@Test
	void aTableWithMeasureWordsDingxingAndChineseCountsImportsAndScores() throws Exception {
		String db = dir.resolve("db").toString();
		Path table = measureWordsTable();
		Cli.Result result = Cli.run("import", table.toString(), "--db", db).expect(0);
		long id = Long.parseLong(result.out().strip());
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			Evaluation stored = store.load(id);
			assertEquals(4, stored.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
					.mapToInt(s -> s.getIndicators().size()).sum(), "every row is stored");
		}
		result = Cli.run("score", table.toString()).expect(0);
		assertTrue(result.out().contains("Total 100.00"), result.out());
	}

	@Test
	void aFileThatCannotBeReadChangesNothingAndNamesTheCause() throws Exception {
		String db = dir.resolve("db").toString();
		Path good = dir.resolve("good.xlsx");
		new XlsxExporter().write(EvaluationResources.referenceSample(), good);
		Cli.run("import", good.toString(), "--db", db).expect(0);

		Path truncated = dir.resolve("truncated.xlsx");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Cli.Result result = Cli.run("import", truncated.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains("truncated.xlsx"), result.err());

		Path missing = dir.resolve("missing.xmi");
		result = Cli.run("import", missing.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains("missing.xmi"), result.err());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
		result = Cli.run("export", "999", "--out", dir.resolve("x.xlsx").toString(), "--db", db).expect(1);
		assertTrue(result.err().contains("999"), result.err());
		Cli.run("export", "1", "--out", dir.resolve("no/such/folder/x.xlsx").toString(), "--db", db).expect(2);
		Cli.run("export", "1", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--db", db).expect(2);
	}

	@Test
	void theContentDecidesWhatAFileIsNotItsName() throws Exception {
		String db = dir.resolve("db").toString();
		Path tableNamedXmi = dir.resolve("table.xmi");
		new XlsxExporter().write(EvaluationResources.referenceSample(), tableNamedXmi);
		Cli.Result result = Cli.run("import", tableNamedXmi.toString(), "--db", db).expect(0);
		assertEquals("1", result.out().strip());
		assertTrue(Cli.run("score", tableNamedXmi.toString()).expect(0).out().contains("99.30"));

		Path xmiNamedXlsx = dir.resolve("sample.xlsx");
		EvaluationResources.save(EvaluationResources.referenceSample(), xmiNamedXlsx);
		assertTrue(Cli.run("score", xmiNamedXlsx.toString()).expect(0).out().contains("99.30"));

		Path text = Files.writeString(dir.resolve("notes.xmi"), "总分 99.3\n");
		result = Cli.run("import", text.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains(text + ": the file is neither a spreadsheet (.xlsx, .xls, .ods) nor an evaluation (.xmi)"),
				result.err());
		result = Cli.run("score", text.toString()).expect(2);
		assertTrue(result.err().contains("neither a spreadsheet"), result.err());

		Path empty = Files.createFile(dir.resolve("empty.xlsx"));
		result = Cli.run("import", empty.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains(empty + ": the file is empty (0 bytes)"), result.err());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size(), "refused files stored nothing");
		}
	}
}
