package org.jixiao.interchange.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/** Writes the tables of the tests as OpenDocument spreadsheets with SODS, as LibreOffice and WPS save them. */
final class OdsTables {

	private OdsTables() {
	}

	/**
	 * @param xlsx a workbook written by POI
	 * @return its first sheet as an .ods: texts, numbers and merged regions
	 */
	static byte[] fromXlsx(byte[] xlsx) throws IOException {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			org.apache.poi.ss.usermodel.Sheet source = workbook.getSheetAt(0);
			int rows = source.getLastRowNum() + 1;
			int columns = 1;
			for (Row row : source) {
				columns = Math.max(columns, row.getLastCellNum());
			}
			Sheet sheet = new Sheet(source.getSheetName(), rows, columns);
			for (Row row : source) {
				for (Cell cell : row) {
					Object value = switch (cell.getCellType()) {
						case NUMERIC -> Double.valueOf(cell.getNumericCellValue());
						case STRING -> cell.getStringCellValue();
						default -> null;
					};
					if (value != null && cell.getCellType() != CellType.BLANK) {
						sheet.getRange(row.getRowNum(), cell.getColumnIndex()).setValue(value);
					}
				}
			}
			for (CellRangeAddress region : source.getMergedRegions()) {
				sheet.getRange(region.getFirstRow(), region.getFirstColumn(), region.getLastRow() - region.getFirstRow() + 1,
						region.getLastColumn() - region.getFirstColumn() + 1).merge();
			}
			SpreadSheet spreadsheet = new SpreadSheet();
			spreadsheet.appendSheet(sheet);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			spreadsheet.save(out);
			return out.toByteArray();
		}
	}
}
