package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.interchange.tests.TableBuilder.Column;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A readable table is always imported: every row is kept as written, a cell that cannot be understood
 * is an error naming the cell and the cause, its row scores 0, and the validator reports the same rows
 * once the evaluation is stored.
 */
class XlsxLenientImportTest {

	private static Indicator indicator(Evaluation evaluation, int index) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(index);
	}

	private static ImportResult read(byte[] bytes) throws Exception {
		return new XlsxImporter(RuleSets.builtIn(RuleSets.MOF_2020)).read(new ByteArrayInputStream(bytes), "table.xlsx");
	}

	/** The reference (like F12) of the first cell holding exactly this text. */
	static String find(byte[] bytes, String text) throws Exception {
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

	private static int indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).mapToInt(s -> s.getIndicators().size())
				.sum();
	}

	@Test
	void aWordWhereAFigureIsDueIsAnErrorOnItsCellAndTheRowIsKept() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setActualText("完成");
		byte[] bytes = new TableBuilder().bytes(evaluation);
		ImportResult result = read(bytes);
		assertTrue(result.hasErrors());
		assertEquals(List.of("Sheet1!" + find(bytes, "完成") + ": 实际完成值 '完成' is not a figure: the officer scores this row"),
				result.errors().stream().map(ImportProblem::toString).toList());
		assertEquals(3, indicators(result.evaluation()), "every row is imported");
		assertEquals("完成", indicator(result.evaluation(), 1).getActualText(), "kept as written");
		assertEquals(0, BigDecimal.ZERO.compareTo(
				new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(result.evaluation()).indicators().get(1).score().score()));
	}

	@Test
	void theValidatorReportsTheSameRowOnceStored() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setActualText("完成");
		Evaluation imported = read(new TableBuilder().bytes(evaluation)).evaluation();
		Diagnostic diagnostic = EvaluationDiagnostician.validate(imported, RuleSets.builtIn(RuleSets.MOF_2020));
		assertTrue(diagnostic.getChildren().stream().anyMatch(d -> d.getSeverity() == Diagnostic.ERROR
				&& d.getMessage().equals("产出指标 / 数量指标 / 发展党员: '完成' is not a figure: the officer scores this row")),
				diagnostic.getChildren().toString());
	}

	@Test
	void anUnreadableTargetIsAnErrorNamingTheCellAndTheCause() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setTargetText("≥三三名");
		byte[] bytes = new TableBuilder().bytes(evaluation);
		ImportResult result = read(bytes);
		assertEquals(List.of("Sheet1!" + find(bytes, "≥三三名") + ": 年度指标值 '≥三三名': 三三 is not a number"),
				result.errors().stream().map(ImportProblem::toString).toList());
		assertEquals("≥三三名", indicator(result.evaluation(), 1).getTargetText());
	}

	@Test
	void chineseNumeralsAndApproximateActualsImportAsNumbers() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 0).setActualText("三十");
		indicator(evaluation, 1).setActualText("三十余名");
		TableBuilder builder = new TableBuilder();
		builder.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.NATURE, Column.TARGET, Column.ACTUAL,
				Column.UNIT, Column.WEIGHT, Column.SCORE, Column.DEVIATION);
		ImportResult result = read(builder.bytes(evaluation));
		assertFalse(result.hasErrors(), result.problems().toString());
		assertEquals(new BigDecimal("99.50"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(result.evaluation()).total(),
				"the budget scores 9.50 and every indicator in full");
	}

	@Test
	void everyCellThatCannotBeUnderstoodIsReported() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setActualText("完成");
		indicator(evaluation, 0).setActualText("很多");
		ImportResult result = read(new TableBuilder().bytes(evaluation));
		assertEquals(2, result.errors().size(), result.problems().toString());
		assertTrue(result.errors().stream().allMatch(p -> p.reference().matches("Sheet1![A-Z]+\\d+")), result.problems().toString());
	}

	@Test
	void aNatureOfDingxingAnUnknownMeasureWordAndChineseCountsImport() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("Sheet1");
			String[][] rows = { { "2023年度部门整体支出绩效自评表" }, { "部门名称：示例县农业农村局" }, { "单位：万元" },
					{ "项目", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分" },
					{ "年度资金总额", "100", "100", "100", "10", "100%", "10" },
					{ "一级指标", "二级指标", "三级指标", "指标性质", "年度指标值", "实际完成值", "分值", "得分" },
					{ "产出指标", "数量指标", "采购防疫设备", "≥", "192只", "192只", "30", "30" },
					{ "产出指标", "数量指标", "建成村级服务站点", "≥", "≥4个", "四个", "15", "15" },
					{ "产出指标", "数量指标", "开展政策宣传活动", "≥", "≥20场", "二十余场", "15", "15" },
					{ "效益指标", "社会效益指标", "动物疫病防控能力", "定性", "有效提升", "明显改善", "30", "30" } };
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
		ImportResult result = read(out.toByteArray());
		assertEquals(List.of(), result.problems());
		assertEquals(4, indicators(result.evaluation()));
		assertEquals("≥192只", indicator(result.evaluation(), 0).getTargetText());
		assertEquals(org.jixiao.model.evaluation.Comparator.QUALITATIVE,
				result.evaluation().getCategories().get(1).getSubcategories().get(0).getIndicators().get(0).getComparator());
		assertEquals(0, new BigDecimal("100.00").compareTo(
				new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(result.evaluation()).total()));
	}

	@Test
	void aStatedTotalThatDiffersIsAWarningNamingTheCell() throws Exception {
		Evaluation evaluation = Evaluations.small();
		byte[] bytes = new TableBuilder().bytes(evaluation);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			var sheet = workbook.getSheetAt(0);
			CellReference total = new CellReference(find(bytes, "总分"));
			Cell score = sheet.getRow(total.getRow()).getCell(6);
			score.setCellValue(score.getNumericCellValue() - 5);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			List<ImportProblem> problems = read(out.toByteArray()).problems();
			assertEquals(1, problems.size(), problems.toString());
			assertEquals(ImportProblem.Severity.WARNING, problems.get(0).severity());
			assertEquals("Sheet1!G" + (total.getRow() + 1), problems.get(0).reference());
			assertTrue(problems.get(0).message().contains("总分"), problems.get(0).message());
		}
	}

	/*
	 * 不适用 in the actual cell, alone or beside a dash: the row is kept, marked not applicable, and left
	 * out of the total: budget 9.50 + 培训人数 30 + 群众知晓率 30 = 69.50 of the applicable 70,
	 * 69.50 / 70 × 100 = 99.285… → 99.29, which is also the total the table states.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "不适用", "—（不适用）", "- 不适用" })
	void aRowWhoseActualSaysNotApplicableIsLeftOutAndTheTotalRescaled(String written) throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setActualText(written);
		indicator(evaluation, 1).setNotApplicable(true);
		ImportResult result = read(new TableBuilder().bytes(evaluation));
		assertFalse(result.hasErrors(), result.problems().toString());
		assertEquals(List.of(), result.problems(), "the stated total is the rescaled one");
		Indicator imported = indicator(result.evaluation(), 1);
		assertTrue(imported.isNotApplicable());
		assertEquals(null, imported.getActualText());
		assertEquals(new BigDecimal("99.29"), new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(result.evaluation()).total());
	}

	@Test
	void theExporterWritesNotApplicableAndTheImporterReadsItBack() throws Exception {
		Evaluation evaluation = Evaluations.small();
		indicator(evaluation, 1).setNotApplicable(true);
		java.nio.file.Path file = java.nio.file.Files.createTempFile("not-applicable", ".xlsx");
		try {
			new org.jixiao.interchange.XlsxExporter(RuleSets.builtIn(RuleSets.MOF_2020)).write(evaluation, file);
			ImportResult result = new XlsxImporter(RuleSets.builtIn(RuleSets.MOF_2020)).read(file);
			assertEquals(List.of(), result.problems());
			assertTrue(indicator(result.evaluation(), 1).isNotApplicable());
			assertFalse(indicator(result.evaluation(), 0).isNotApplicable());
		} finally {
			java.nio.file.Files.delete(file);
		}
	}
}
