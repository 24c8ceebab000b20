package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XlsxImporter;
import org.junit.jupiter.api.Test;

/**
 * The importer tells the formats apart by their headings as departments write them: blanks inside a
 * heading, line breaks, half-width brackets, header cells merged down two rows; one province's word
 * alone does not make a table that province's.
 */
class TableFormatDetectionTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	private static ImportResult read(CorpusTable table) throws Exception {
		return new XlsxImporter(MOF).read(new ByteArrayInputStream(table.xlsx()), table + ".xlsx");
	}

	/** Replaces cells by their text, wherever they are. */
	private static CorpusTable rewritten(String name, Map<String, String> replacements) throws Exception {
		CorpusTable table = CorpusTable.read("formats/" + name + ".table");
		for (List<String> row : table.rows) {
			for (int c = 0; c < row.size(); c++) {
				String replacement = replacements.get(row.get(c));
				if (replacement != null) {
					row.set(c, replacement);
				}
			}
		}
		return table;
	}

	private static void assertReadAs(String formatId, CorpusTable table) throws Exception {
		ImportResult read = read(table);
		assertEquals(formatId, read.format().id(), read.formatReason());
		assertTrue(read.formatReason().contains(formatId), read.formatReason());
		assertEquals(List.of(), read.errors());
		assertEquals(table.expectedTotal(), new EvaluationScorer(MOF).score(read.evaluation()).total());
	}

	@Test
	void theSichuanTableWithBlanksLineBreaksAndHalfWidthBrackets() throws Exception {
		assertReadAs(TableFormats.SICHUAN_PROJECT, rewritten("sichuan-project", Map.of("预算执行情况（10分）", "预算执行情况(10分)",
				"未完成原因分析", "未完成原因\n分析", "财政专户管理资金", "财政专户 管理资金", "绩效指标（90分）", "绩效指标\n(90分)", "度量单位", "度量\n单位",
				"调整后预算数", "调整后\n预算数", "项目负责人：", "项目负责人:")));
	}

	@Test
	void theChongqingTableWithLineBreaksInItsHeadings() throws Exception {
		assertReadAs(TableFormats.CHONGQING_DEPARTMENT, rewritten("chongqing-department", Map.of("调整指标值", "调整\n指标值", "得分系数（%）",
				"得分系数(%)", "是否核心指标", "是否核心\n指标", "指标权重", "指标 权重", "年初指标值", "年初\r\n指标值")));
	}

	@Test
	void theCentralTableWithItsHeaderMergedDownTwoRows() throws Exception {
		CorpusTable table = rewritten("central-department", Map.of("年度指标值", "年度\n指标值", "实际完成值", "实际 完成值", "分值", "分 值"));
		int header = -1;
		for (int r = 0; r < table.rows.size(); r++) {
			if (table.rows.get(r).contains("三级指标")) {
				header = r;
			}
		}
		List<String> below = new ArrayList<>();
		table.rows.get(header).forEach(cell -> below.add("^"));
		table.rows.add(header + 1, below);
		assertReadAs(TableFormats.CENTRAL_DEPARTMENT, table);
	}

	@Test
	void oneProvincesWordAloneDoesNotMakeATableThatProvinces() throws Exception {
		CorpusTable table = rewritten("central-project", Map.of("偏差原因分析及改进措施", "未完成原因分析"));
		ImportResult read = read(table);
		assertEquals(TableFormats.CENTRAL_PROJECT, read.format().id(), read.formatReason());
		assertEquals(table.expectedTotal(), new EvaluationScorer(MOF).score(read.evaluation()).total());
	}
}
