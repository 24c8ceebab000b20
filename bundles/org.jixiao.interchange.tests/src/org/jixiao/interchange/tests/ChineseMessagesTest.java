package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.interchange.tests.TableBuilder.Column;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Under {@code -nl zh_CN} the import problems read in Chinese, with the same places. */
@Tag("zh")
class ChineseMessagesTest {

	@Test
	void aTextActualWhereANumberIsDueReadsInChinese() throws Exception {
		Evaluation evaluation = Evaluations.small();
		evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).setActualText("三十");
		TableBuilder builder = new TableBuilder();
		builder.columns = List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.NATURE, Column.TARGET, Column.ACTUAL,
				Column.UNIT, Column.WEIGHT, Column.SCORE, Column.DEVIATION);
		byte[] bytes = builder.bytes(evaluation);
		ImportException e = assertThrows(ImportException.class,
				() -> new XlsxImporter().read(new ByteArrayInputStream(bytes), "table.xlsx"));
		assertEquals("Sheet1!F12: 实际完成值“三十”不是以“名”计的数字", e.getMessage());
	}

	@Test
	void aDamagedFileReadsInChinese() {
		ImportException e = assertThrows(ImportException.class,
				() -> new XlsxImporter().read(new ByteArrayInputStream(new byte[] { 'P', 'K', 3, 4 }), "table.xlsx"));
		assertEquals(true, e.getMessage().startsWith("table.xlsx: 不是可读取的 .xlsx 工作簿"), e.getMessage());
	}
}
