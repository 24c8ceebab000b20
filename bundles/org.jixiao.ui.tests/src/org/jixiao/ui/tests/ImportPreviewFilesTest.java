package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.ui.internal.interchange.ImportPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard reads a file as the command line does: by its content, whatever its name. */
class ImportPreviewFilesTest {

	@TempDir
	Path dir;

	@Test
	void aTableNamedXmiAndAnXmiNamedXlsxArePreviewedByTheirContent() throws Exception {
		Path table = dir.resolve("table.xmi");
		new XlsxExporter().write(EvaluationResources.referenceSample(), table);
		ImportPreview fromTable = ImportPreview.read(table);
		assertEquals(0, new BigDecimal("99.30").compareTo(fromTable.total()), "total " + fromTable.total());
		assertTrue(fromTable.evaluation().getNarrative().isEmpty(), "read as a table, which holds no narrative");

		Path xmi = dir.resolve("sample.xlsx");
		EvaluationResources.save(EvaluationResources.referenceSample(), xmi);
		ImportPreview fromXmi = ImportPreview.read(xmi);
		assertEquals(0, new BigDecimal("99.30").compareTo(fromXmi.total()), "total " + fromXmi.total());
		assertTrue(!fromXmi.evaluation().getNarrative().isEmpty(), "read as XMI, which keeps the narrative");
	}

	@Test
	void aTableWithAnUnreadableCellIsPreviewedWholeWithTheCellNamedAndCanBeImported() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		first.setActualText("很多");
		first.setActualValue(null);
		first.setActualUnit(null);
		Path table = dir.resolve("unreadable.xlsx");
		new XlsxExporter().write(sample, table);

		ImportPreview preview = ImportPreview.read(table);
		assertNotNull(preview.evaluation(), "a readable table is previewed, to be imported anyway");
		int indicators = sample.getCategories().stream().flatMap(category -> category.getSubcategories().stream())
				.mapToInt(subcategory -> subcategory.getIndicators().size()).sum();
		assertEquals(indicators, preview.indicators(), "every row is kept");
		assertTrue(preview.problems().stream().anyMatch(p -> p.isError() && p.toString().matches(".*![A-Z]+\\d+: .*很多.*")),
				"the error names the cell: " + preview.problems());
		assertTrue(preview.total().compareTo(new BigDecimal("99.30")) < 0, "the problem row scores 0 until fixed: " + preview.total());
	}

	@Test
	void aFileThatIsNeitherIsOneProblemNamingIt() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.xlsx"), "总分 99.3\n");
		ImportPreview preview = ImportPreview.read(text);
		assertNull(preview.evaluation());
		assertEquals(1, preview.problems().size());
		assertEquals(text + ": 文件既不是电子表格（.xlsx、.xls、.ods），也不是绩效自评文件（.xmi）", preview.problems().get(0).toString());
	}
}
