package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.OfficialTable.BudgetColumn;
import org.jixiao.interchange.OfficialTable.GoalColumn;
import org.jixiao.interchange.OfficialTable.HeaderLabel;
import org.jixiao.interchange.OfficialTable.IndicatorColumn;
import org.jixiao.interchange.OfficialTable.TotalRow;
import org.jixiao.interchange.XlsxExporter;
import org.junit.jupiter.api.Test;

/** The layout model of the official table: unambiguous headings, and the writer prints what it says. */
class OfficialTableTest {

	@Test
	void noHeadingIsAcceptedForTwoColumnsOfABlock() {
		for (IndicatorColumn column : IndicatorColumn.values()) {
			for (String spelling : column.spellings()) {
				for (IndicatorColumn other : IndicatorColumn.values()) {
					assertTrue(other == column || !other.accepts(spelling), spelling + " is taken for " + column + " and " + other);
				}
			}
		}
		disjoint(List.of(BudgetColumn.values()).stream().map(BudgetColumn::spellings).toList());
		disjoint(List.of(GoalColumn.values()).stream().map(GoalColumn::spellings).toList());
		disjoint(List.of(HeaderLabel.values()).stream().map(HeaderLabel::spellings).toList());
		disjoint(List.of(TotalRow.values()).stream().map(TotalRow::spellings).toList());
	}

	private static void disjoint(List<Set<String>> spellings) {
		for (int i = 0; i < spellings.size(); i++) {
			for (int j = i + 1; j < spellings.size(); j++) {
				for (String spelling : spellings.get(i)) {
					assertFalse(spellings.get(j).contains(spelling), spelling + " is taken for two columns");
				}
			}
		}
	}

	@Test
	void everyPrintedHeadingIsOneTheReaderAccepts() {
		for (IndicatorColumn column : IndicatorColumn.printed()) {
			assertTrue(column.accepts(column.heading()), column.heading());
		}
		for (BudgetColumn column : BudgetColumn.values()) {
			assertTrue(column == BudgetColumn.RATE || column.spellings().contains(column.heading()), column.heading());
		}
		for (GoalColumn column : GoalColumn.values()) {
			assertTrue(column.spellings().contains(column.heading()), column.heading());
		}
	}

	@Test
	void theWriterPrintsTheModelsHeadingsInItsColumns() throws Exception {
		try (Workbook workbook = new XlsxExporter().toWorkbook(EvaluationResources.referenceSample())) {
			Sheet sheet = workbook.getSheetAt(0);
			assertEquals(IndicatorColumn.printed().stream().map(IndicatorColumn::heading).toList(),
					texts(sheet, IndicatorColumn.LEVEL1.heading(), IndicatorColumn.printed().size()));
			Row budget = row(sheet, BudgetColumn.INITIAL.heading());
			for (BudgetColumn column : BudgetColumn.values()) {
				assertEquals(column.heading(), budget.getCell(column.sheetColumn()).getStringCellValue());
			}
			for (HeaderLabel label : HeaderLabel.values()) {
				assertTrue(label.heading() == null || row(sheet, label.heading()) != null, label.toString());
			}
			for (TotalRow total : TotalRow.values()) {
				assertEquals(0, column(row(sheet, total.heading()), total.heading()), total.heading());
			}
			Row goals = row(sheet, GoalColumn.EXPECTED.heading());
			for (GoalColumn column : GoalColumn.values()) {
				assertEquals(column.heading(), goals.getCell(column.firstSheetColumn()).getStringCellValue());
			}
		}
	}

	private static Row row(Sheet sheet, String first) {
		for (Row row : sheet) {
			for (var cell : row) {
				if (cell.toString().equals(first)) {
					return row;
				}
			}
		}
		throw new AssertionError(first + " is not in the table");
	}

	private static int column(Row row, String text) {
		for (var cell : row) {
			if (cell.toString().equals(text)) {
				return cell.getColumnIndex();
			}
		}
		return -1;
	}

	private static List<String> texts(Sheet sheet, String first, int count) {
		Row row = row(sheet, first);
		List<String> texts = new ArrayList<>();
		for (int c = 0; c < count; c++) {
			texts.add(row.getCell(c).getStringCellValue());
		}
		return texts;
	}
}
