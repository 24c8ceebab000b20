package org.jixiao.interchange;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Reads the cells of a POI sheet (.xlsx, .xls) into a {@link SheetGrid}. A cell that POI cannot read
 * (a text in a cell typed numeric, a shared string that is missing) becomes an unreadable value of its
 * own: one broken cell never stops the reading of the others.
 */
final class PoiSheets {

	private PoiSheets() {
	}

	/**
	 * @param sheet a sheet
	 * @return its cells and merged regions
	 * @throws RuntimeException when the sheet's structure itself cannot be read
	 */
	static SheetGrid grid(Sheet sheet) {
		SheetGrid.Builder grid = new SheetGrid.Builder(sheet.getSheetName());
		for (Row row : sheet) {
			grid.row(row.getRowNum());
			for (Cell cell : row) {
				grid.put(row.getRowNum(), cell.getColumnIndex(), value(cell));
			}
		}
		for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
			grid.merge(sheet.getMergedRegion(i));
		}
		return grid.build();
	}

	private static Object value(Cell cell) {
		try {
			if (cell instanceof XSSFCell xssf && !hasSharedString(xssf)) {
				return new SheetGrid.Unreadable("", Messages.SheetGrid_missingSharedString); //$NON-NLS-1$
			}
			return read(cell);
		} catch (RuntimeException e) {
			return new SheetGrid.Unreadable(raw(cell), Messages.SheetGrid_unreadable);
		}
	}

	/**
	 * Whether a text cell of an .xlsx that refers to the shared strings finds its string there, checked
	 * before POI looks it up (which logs the failure with a stack trace and reads the cell as blank).
	 */
	private static boolean hasSharedString(XSSFCell cell) {
		if (!cell.getCTCell().isSetT() || cell.getCTCell().getT() != STCellType.S) {
			return true;
		}
		SharedStrings strings = cell.getSheet().getWorkbook().getSharedStringSource();
		try {
			int index = Integer.parseInt(cell.getCTCell().getV());
			return strings != null && index >= 0 && index < strings.getUniqueCount();
		} catch (NumberFormatException e) {
			return false;
		}
	}

	/**
	 * What an .xlsx cell holds as written in the file (a text where a number is due), or "" when that
	 * cannot be had or means nothing (the index of a shared string that is missing).
	 */
	private static String raw(Cell cell) {
		try {
			return cell instanceof XSSFCell xssf && cell.getCellType() != CellType.STRING && xssf.getRawValue() != null
					? Texts.clean(xssf.getRawValue())
					: ""; //$NON-NLS-1$
		} catch (RuntimeException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static Object read(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
		case STRING:
			return cell.getStringCellValue();
		case NUMERIC:
			double number = cell.getNumericCellValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return new SheetGrid.Unreadable(String.valueOf(number), Messages.SheetGrid_notANumber);
			}
			if (DateUtil.isValidExcelDate(number) && DateUtil.isCellDateFormatted(cell)) {
				return DateUtil.getLocalDateTime(number).toLocalDate();
			}
			BigDecimal value = SheetGrid.tidy(BigDecimal.valueOf(number));
			String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
			return format != null && format.contains("%") ? new SheetGrid.Percent(value) : value; //$NON-NLS-1$
		case BOOLEAN:
			return String.valueOf(cell.getBooleanCellValue());
		case ERROR:
			return new SheetGrid.Unreadable(errorText(cell), Messages.SheetGrid_formulaError);
		default:
			return null;
		}
	}

	private static String errorText(Cell cell) {
		try {
			return FormulaError.forInt(cell.getErrorCellValue()).getString();
		} catch (IllegalArgumentException e) {
			return "#ERROR"; //$NON-NLS-1$
		}
	}
}
