package org.jixiao.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

import com.github.miachm.sods.OfficeCurrency;
import com.github.miachm.sods.OfficePercentage;
import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;

/**
 * Reads an OpenDocument spreadsheet (.ods, as LibreOffice, WPS and the domestic office suites save
 * it) with SODS into {@link SheetGrid}s. The bytes must have passed {@link SpreadsheetFiles}' checks
 * (sizes, no DTD, a bounded number of cells) first.
 */
final class OdsSheets {

	private OdsSheets() {
	}

	/**
	 * @param bytes a checked .ods file
	 * @return its sheets, in order
	 * @throws IOException when SODS cannot read the file
	 */
	static List<SheetGrid> grids(byte[] bytes) throws IOException {
		SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(bytes));
		List<SheetGrid> grids = new ArrayList<>();
		for (Sheet sheet : spreadsheet.getSheets()) {
			grids.add(grid(sheet));
		}
		return grids;
	}

	private static SheetGrid grid(Sheet sheet) {
		SheetGrid.Builder grid = new SheetGrid.Builder(sheet.getName());
		if (sheet.getMaxRows() == 0 || sheet.getMaxColumns() == 0) {
			return grid.build();
		}
		Range range = sheet.getDataRange();
		Object[][] values = range.getValues();
		for (int r = 0; r < values.length; r++) {
			grid.row(range.getRow() + r);
			for (int c = 0; c < values[r].length; c++) {
				grid.put(range.getRow() + r, range.getColumn() + c, value(values[r][c]));
			}
		}
		for (Range merged : range.getMergedCells()) {
			grid.merge(new CellRangeAddress(merged.getRow(), merged.getRow() + merged.getNumRows() - 1, merged.getColumn(),
					merged.getColumn() + merged.getNumColumns() - 1));
		}
		return grid.build();
	}

	private static Object value(Object value) {
		return switch (value) {
			case null -> null;
			case String text -> text;
			case OfficePercentage percent -> percent.getValue() == null ? null : percent(percent.getValue());
			case OfficeCurrency money -> money.getValue() == null ? null : number(money.getValue());
			case Number number -> number(number.doubleValue());
			case LocalDateTime time -> time.toLocalDate();
			case LocalDate date -> date;
			case Boolean bool -> bool.toString();
			default -> value.toString();
		};
	}

	private static Object percent(double fraction) {
		Object number = number(fraction);
		return number instanceof BigDecimal decimal ? new SheetGrid.Percent(decimal) : number;
	}

	private static Object number(double number) {
		if (Double.isNaN(number) || Double.isInfinite(number)) {
			return new SheetGrid.Unreadable(String.valueOf(number), Messages.SheetGrid_notANumber);
		}
		return SheetGrid.tidy(BigDecimal.valueOf(number));
	}
}
