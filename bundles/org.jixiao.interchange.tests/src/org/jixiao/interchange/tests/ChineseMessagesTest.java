package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Under {@code -nl zh_CN} the import problems read in Chinese, with the same places. */
@Tag("zh")
class ChineseMessagesTest {

	@Test
	void aWordWhereAFigureIsDueReadsInChinese() throws Exception {
		Evaluation evaluation = Evaluations.small();
		evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("完成");
		byte[] bytes = new TableBuilder().bytes(evaluation);
		List<ImportProblem> errors = new XlsxImporter().read(new ByteArrayInputStream(bytes), "table.xlsx").errors();
		assertEquals(List.of("Sheet1!" + XlsxLenientImportTest.find(bytes, "完成") + ": 实际完成值“完成”不是数值，由评价人员评分"),
				errors.stream().map(ImportProblem::toString).toList());
	}

	@Test
	void aDamagedFileReadsInChinese() {
		ImportException e = assertThrows(ImportException.class,
				() -> new XlsxImporter().read(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4 }), "table.xlsx"));
		assertEquals("table.xlsx: 文件已损坏或不完整：压缩包结构无法读取", e.getMessage());
	}

	@Test
	void aFileThatIsNoSpreadsheetReadsInChinese() {
		ImportException e = assertThrows(ImportException.class,
				() -> new XlsxImporter().read(new ByteArrayInputStream("<html></html>".getBytes()), "table.xls"));
		assertEquals("table.xls: 文件不是 .xlsx、.xls 或 .ods 电子表格", e.getMessage());
	}
}
