package org.jixiao.interchange;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A read-only view of one sheet as published tables need it: a merged region's value is read from
 * its first cell wherever in the region one looks; numbers come as exact decimals, dates as dates,
 * formulas as their cached results; labels are compared in a normal form (NFKC, no blanks).
 */
final class SheetGrid {

	private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+"); //$NON-NLS-1$
	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)"); //$NON-NLS-1$

	private final Sheet sheet;
	/** The merged regions by row: a lookup costs the regions of one row, not of the sheet. */
	private final Map<Integer, List<CellRangeAddress>> merged = new HashMap<>();
	private final int lastRow;
	private final int lastColumn;

	SheetGrid(Sheet sheet) {
		this.sheet = sheet;
		this.lastRow = sheet.getLastRowNum();
		for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
			CellRangeAddress region = sheet.getMergedRegion(i);
			for (int r = Math.max(0, region.getFirstRow()); r <= Math.min(region.getLastRow(), lastRow); r++) {
				merged.computeIfAbsent(r, key -> new ArrayList<>()).add(region);
			}
		}
		int columns = 0;
		for (Row row : sheet) {
			columns = Math.max(columns, row.getLastCellNum());
		}
		this.lastColumn = Math.max(0, columns - 1);
	}

	/** @return the sheet's name */
	String name() {
		return sheet.getSheetName();
	}

	/** @return the index of the last row, -1 for an empty sheet */
	int lastRow() {
		return lastRow;
	}

	/** @return the index of the last column used in any row */
	int lastColumn() {
		return lastColumn;
	}

	/** @return the used range in A1 notation */
	String usedRange() {
		return ref(0, 0) + ":" + ref(Math.max(0, lastRow), lastColumn); //$NON-NLS-1$
	}

	/** @return the cell's reference in A1 notation, e.g. {@code F12} */
	static String ref(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

	/** @return the merged region holding the cell, or {@code null} */
	CellRangeAddress region(int row, int column) {
		for (CellRangeAddress region : merged.getOrDefault(row, List.of())) {
			if (region.isInRange(row, column)) {
				return region;
			}
		}
		return null;
	}

	/**
	 * @return the value of the cell, or of the first cell of the merged region holding it: a
	 *         {@link String}, a {@link BigDecimal} (with {@link Percent} for a cell formatted as a
	 *         percentage), a {@link LocalDate}, or {@code null} when blank
	 */
	Object value(int row, int column) {
		CellRangeAddress region = region(row, column);
		int r = region == null ? row : region.getFirstRow();
		int c = region == null ? column : region.getFirstColumn();
		Row cells = sheet.getRow(r);
		Cell cell = cells == null || c < 0 ? null : cells.getCell(c);
		return cell == null ? null : read(cell);
	}

	private static Object read(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		switch (type) {
		case STRING:
			String text = cell.getStringCellValue();
			return text == null || text.isBlank() ? null : text;
		case NUMERIC:
			double number = cell.getNumericCellValue();
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return null;
			}
			if (DateUtil.isValidExcelDate(number) && DateUtil.isCellDateFormatted(cell)) {
				return DateUtil.getLocalDateTime(number).toLocalDate();
			}
			BigDecimal value = tidy(BigDecimal.valueOf(number));
			String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
			return format != null && format.contains("%") ? new Percent(value) : value; //$NON-NLS-1$
		case BOOLEAN:
			return String.valueOf(cell.getBooleanCellValue());
		default:
			return null;
		}
	}

	/** A number shown as a percentage: {@code 0.95} shown as {@code 95%}. */
	record Percent(BigDecimal fraction) {
		String text() {
			return tidy(fraction.movePointRight(2)).toPlainString() + "%"; //$NON-NLS-1$
		}
	}

	/** @return the number without trailing zeros and never with a negative scale */
	static BigDecimal tidy(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/** @return the cell's text as written, without surrounding blanks; numbers in plain digits; "" when blank */
	String text(int row, int column) {
		Object value = value(row, column);
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Percent percent) {
			return percent.text();
		}
		return value.toString().strip();
	}

	/** @return the cell's text in normal form: NFKC, no blanks at all */
	String label(int row, int column) {
		return normalize(text(row, column));
	}

	/** @return the cell's label without parenthesised parts, e.g. 全年预算数 for 全年预算数（万元） */
	String heading(int row, int column) {
		return PARENTHESES.matcher(label(row, column)).replaceAll(""); //$NON-NLS-1$
	}

	/** @return the text in normal form: NFKC, no blanks at all */
	static String normalize(String text) {
		return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""); //$NON-NLS-1$
	}

	/** @return whether the cell (or its merged region) is blank */
	boolean isBlank(int row, int column) {
		return text(row, column).isEmpty();
	}

	/** @return whether the cell belongs to a merged region that starts at or above {@code row} */
	boolean mergedFromAbove(int row, int column, int above) {
		CellRangeAddress region = region(row, column);
		return region != null && region.getFirstRow() <= above;
	}

	/**
	 * @return the first non-blank value to the right of the cell, outside the cell's merged region,
	 *         as its column index; -1 when there is none
	 */
	int valueColumnRightOf(int row, int column) {
		CellRangeAddress region = region(row, column);
		int from = region == null ? column + 1 : region.getLastColumn() + 1;
		for (int c = from; c <= lastColumn; c++) {
			if (!isBlank(row, c)) {
				return c;
			}
		}
		return -1;
	}
}
