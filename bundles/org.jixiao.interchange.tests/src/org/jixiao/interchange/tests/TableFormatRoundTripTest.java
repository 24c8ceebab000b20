package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.TableFormat;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.model.evaluation.TargetBasis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A table in each shipped format (corpus/formats/&lt;id&gt;.table) imports in the format its headings show,
 * scores as its stated total says, exports in the same format (merged cells, borders, A4 landscape) and
 * re-imports identically; the exported workbook, written again, is the same.
 */
class TableFormatRoundTripTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	static Stream<String> formats() {
		return TableFormats.builtInIds().stream();
	}

	static ImportResult read(byte[] bytes, String name) throws Exception {
		return new XlsxImporter(MOF).read(new ByteArrayInputStream(bytes), name);
	}

	static byte[] export(Evaluation evaluation, String formatId) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new XlsxExporter(MOF, TableFormats.builtIn(formatId)).write(evaluation, out);
		return out.toByteArray();
	}

	@ParameterizedTest
	@MethodSource("formats")
	void aTableImportsScoresExportsAndReimportsIdentically(String formatId) throws Exception {
		CorpusTable table = CorpusTable.read("formats/" + formatId + ".table");
		ImportResult first = read(table.xlsx(), formatId + ".xlsx");
		assertEquals(formatId, first.format().id(), first.formatReason());
		assertEquals(formatId, table.facts.get("format"));
		assertEquals(List.of(), first.errors(), "no errors");
		assertTrue(first.warnings().stream().noneMatch(w -> w.message().contains("总分")), () -> "the stated total agrees: " + first.warnings());
		assertEquals(table.expectedTotal(), new EvaluationScorer(MOF).score(first.evaluation()).total());
		assertEquals(table.expectedTotal().compareTo(first.statedTotal()), 0, "the table states the total the engine gives");
		assertEquals(table.expectedIndicators(), indicators(first.evaluation()).size());

		byte[] exported = export(first.evaluation(), formatId);
		ImportResult second = read(exported, "exported.xlsx");
		assertEquals(formatId, second.format().id(), second.formatReason());
		assertEquals(List.of(), second.errors());
		assertTrue(EcoreUtil.equals(first.evaluation(), second.evaluation()), () -> Difference.of(first.evaluation(), second.evaluation()));
		assertEquals(table.expectedTotal().compareTo(second.statedTotal()), 0);

		byte[] again = export(second.evaluation(), formatId);
		assertEquals(cells(exported), cells(again), "the exported table, imported and exported again, is the same");
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertTrue(sheet.getPrintSetup().getLandscape(), "A4 landscape");
			assertTrue(sheet.getNumMergedRegions() > 5, "merged cells");
			assertEquals(TableFormats.builtIn(formatId).sheetColumns(), maxColumn(sheet) + 1, "as wide as the format");
		}
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "jixiao-formats");
		Files.createDirectories(dir);
		Files.write(dir.resolve(formatId + ".xlsx"), exported);
	}

	private static int maxColumn(Sheet sheet) {
		int max = 0;
		for (var row : sheet) {
			max = Math.max(max, row.getLastCellNum() - 1);
		}
		for (CellRangeAddress region : sheet.getMergedRegions()) {
			max = Math.max(max, region.getLastColumn());
		}
		return max;
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream()).toList();
	}

	private static List<String> cells(byte[] xlsx) throws Exception {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> cells = new java.util.ArrayList<>();
			for (var row : sheet) {
				for (var cell : row) {
					cells.add(cell.getAddress() + "=" + cell.toString());
				}
			}
			sheet.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().forEach(cells::add);
			return cells;
		}
	}

	@Test
	void theReferenceSampleAndAProjectScoreTheSameInEveryFormatThatServesThem() throws Exception {
		Evaluation department = org.jixiao.core.evaluation.EvaluationResources.referenceSample();
		Evaluation project = org.jixiao.core.evaluation.EvaluationResources.referenceProjects().get(3);
		for (String formatId : TableFormats.builtInIds()) {
			Evaluation source = TableFormats.builtIn(formatId).serves(EvaluationKind.DEPARTMENT) ? department : project;
			ImportResult read = read(export(source, formatId), formatId + ".xlsx");
			assertEquals(formatId, read.format().id(), read.formatReason());
			assertEquals(List.of(), read.errors(), formatId);
			assertEquals(new EvaluationScorer(MOF).score(source).total(), new EvaluationScorer(MOF).score(read.evaluation()).total(), formatId);
			assertEquals(indicators(source).size(), indicators(read.evaluation()).size(), formatId);
			assertEquals(source.getKind(), read.evaluation().getKind(), formatId);
		}
	}

	@Test
	void aTextLongerThanTheFormatAllowsIsAWarningOnItsCellAndKeptWhole() throws Exception {
		CorpusTable table = CorpusTable.read("formats/sichuan-project.table");
		String long201 = "养".repeat(201);
		for (List<String> row : table.rows) {
			if (row.get(0).equals("评价结论")) {
				row.set(1, long201);
			}
		}
		ImportResult read = read(table.xlsx(), "long.xlsx");
		assertEquals(List.of(), read.errors());
		ImportProblem warning = read.warnings().stream().filter(w -> w.message().contains("评价结论")).findFirst().orElseThrow();
		assertEquals("B20", warning.cell());
		assertTrue(warning.message().contains("201") && warning.message().contains("200"), warning.message());
		assertEquals(long201, read.evaluation().getNarrative().get(1).getParagraphs().get(0));

		// after import, as the editor and `jixiao score` check it: the section is named, 200 字 pass
		TableFormat sichuan = TableFormats.getDefault().forEvaluation(read.evaluation());
		NarrativeSection conclusion = read.evaluation().getNarrative().get(1);
		List<Diagnostic> tooLong = sichuan.textsTooLong(read.evaluation());
		assertEquals(1, tooLong.size(), tooLong.toString());
		assertEquals(Diagnostic.WARNING, tooLong.get(0).getSeverity());
		assertEquals(conclusion, tooLong.get(0).getData().get(0));
		assertTrue(tooLong.get(0).getMessage().contains("评价结论") && tooLong.get(0).getMessage().contains("201"), tooLong.get(0).getMessage());
		conclusion.getParagraphs().set(0, "养".repeat(120));
		conclusion.getParagraphs().add("路".repeat(80));
		assertEquals(List.of(), sichuan.textsTooLong(read.evaluation()), "two paragraphs of 200 字 together");
		conclusion.getParagraphs().add("𠮷");
		assertEquals(1, sichuan.textsTooLong(read.evaluation()).size(), "a character outside the BMP counts once");
		assertEquals(List.of(), TableFormats.getDefault().require("central-project").textsTooLong(read.evaluation()), "no limit in the central table");
	}

	@Test
	void theSichuanTableKeepsItsTextsBudgetReasonAndProjectHeader() throws Exception {
		ImportResult read = read(CorpusTable.read("formats/sichuan-project.table").xlsx(), "sichuan.xlsx");
		Evaluation evaluation = read.evaluation();
		assertEquals(EvaluationKind.PROJECT, evaluation.getKind());
		assertEquals("sichuan-project", evaluation.getFormatId());
		assertEquals("乡村道路养护项目", evaluation.getProjectName());
		assertEquals("51092324T000010000001", evaluation.getProjectCode());
		assertEquals("示例县公路养护中心", evaluation.getDepartment().getName());
		assertEquals("示例县交通运输局", evaluation.getDepartment().getCompetentDepartment());
		assertEquals("年中追加20万元；部分工程款待审计结算后支付", evaluation.getBudget().getExplanation());
		assertEquals(new BigDecimal("1200000.00"), evaluation.getBudget().getAdjustedBudget());
		assertEquals(List.of(SectionKind.WORK, SectionKind.RESULTS, SectionKind.OTHER, SectionKind.NEXT_STEPS),
				evaluation.getNarrative().stream().map(s -> s.getKind()).toList());
		assertEquals("评价结论", evaluation.getNarrative().get(1).getTitle());
		Indicator first = indicators(evaluation).get(0);
		assertEquals("≥300公里", first.getTargetText());
		assertEquals(org.jixiao.model.evaluation.Comparator.QUALITATIVE, indicators(evaluation).get(2).getComparator());
		assertTrue(read.formatReason().contains("sichuan-project"), read.formatReason());
	}

	@Test
	void theChongqingTableKeepsInitialAndAdjustedTargetsAndCoreFlags() throws Exception {
		ImportResult read = read(CorpusTable.read("formats/chongqing-department.table").xlsx(), "chongqing.xlsx");
		Evaluation evaluation = read.evaluation();
		assertEquals(EvaluationKind.DEPARTMENT, evaluation.getKind());
		assertEquals("chongqing-department", evaluation.getFormatId());
		List<Indicator> rows = indicators(evaluation);
		assertEquals(List.of("财政供养人员控制率", "“三公”经费变动率", "预算调整率", "结转结余率", "公用经费控制率", "政府采购执行率", "预决算信息公开性", "资产管理安全性",
				"固定资产利用率"), rows.subList(0, 9).stream().map(Indicator::getName).toList());
		assertEquals("共性指标", evaluation.getCategories().get(0).getName());
		Indicator batches = rows.get(9);
		assertEquals("≥1000批次", batches.getInitialTargetText());
		assertEquals("≥1200批次", batches.getTargetText());
		assertTrue(batches.isCore());
		assertTrue(!rows.get(0).isCore());
		assertEquals("≤100%", rows.get(0).getTargetText());
		assertEquals(new BigDecimal("8000000.00"), evaluation.getBudget().getInitialBudget());
		assertEquals(new BigDecimal("9000000.00"), evaluation.getBudget().getAdjustedBudget());
		assertTrue(!rows.get(0).isSetTargetBasis());
		assertEquals(TargetBasis.PLAN, TargetBasis.get("计划标准"));
	}

	@Test
	void aProblemNamesItsCellInEveryFormat() throws Exception {
		java.util.Map<String, String> actuals = java.util.Map.of("central-department", "1000亩", "central-project", "1000亩", "sichuan-project",
				"300公里", "chongqing-department", "1200批次");
		for (String formatId : TableFormats.builtInIds()) {
			CorpusTable table = CorpusTable.read("formats/" + formatId + ".table");
			for (List<String> row : table.rows) {
				int actual = row.indexOf(actuals.get(formatId));
				if (actual >= 0) {
					row.set(actual, "#DIV/0!");
					break;
				}
			}
			ImportResult read = read(table.xlsx(), formatId + ".xlsx");
			List<ImportProblem> errors = read.errors();
			assertEquals(1, errors.size(), formatId + ": " + errors);
			assertTrue(errors.get(0).message().contains("#DIV/0!") && errors.get(0).cell().matches("[A-Z]+\\d+"), errors.get(0).toString());
			assertEquals(table.expectedIndicators(), indicators(read.evaluation()).size(), "the other rows are kept");
		}
	}

	/** Names the first difference of two evaluations for a failure message. */
	static final class Difference {
		static String of(org.eclipse.emf.ecore.EObject a, org.eclipse.emf.ecore.EObject b) {
			for (var feature : a.eClass().getEAllStructuralFeatures()) {
				Object x = a.eGet(feature);
				Object y = b.eGet(feature);
				if (x instanceof org.eclipse.emf.ecore.EObject ex && y instanceof org.eclipse.emf.ecore.EObject ey) {
					String inner = of(ex, ey);
					if (inner != null) {
						return inner;
					}
				} else if (x instanceof List<?> lx && y instanceof List<?> ly) {
					if (lx.size() != ly.size()) {
						return a.eClass().getName() + "." + feature.getName() + ": " + lx.size() + " vs " + ly.size();
					}
					for (int i = 0; i < lx.size(); i++) {
						if (lx.get(i) instanceof org.eclipse.emf.ecore.EObject ex && ly.get(i) instanceof org.eclipse.emf.ecore.EObject ey) {
							String inner = of(ex, ey);
							if (inner != null) {
								return inner;
							}
						} else if (!java.util.Objects.equals(lx.get(i), ly.get(i))) {
							return a.eClass().getName() + "." + feature.getName() + "[" + i + "]: " + lx.get(i) + " vs " + ly.get(i);
						}
					}
				} else if (!java.util.Objects.equals(x, y) || a.eIsSet(feature) != b.eIsSet(feature)) {
					return a.eClass().getName() + "." + feature.getName() + ": " + x + " vs " + y;
				}
			}
			return null;
		}
	}
}
