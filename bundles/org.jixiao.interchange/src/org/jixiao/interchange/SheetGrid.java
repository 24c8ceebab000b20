package org.jixiao.interchange;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A read-only view of one sheet as published tables need it, whatever program wrote the file: a
 * merged region's value is read from its first cell wherever in the region one looks; numbers come as
 * exact decimals, dates as dates, formulas as their cached results; labels are compared in a normal
 * form (NFKC, no blanks). A cell whose content cannot be read, a formula error (#DIV/0!) or a number
 * that is none (NaN) is an {@link Unreadable} value that names the cause, never an exception.
 * Control characters and bidirectional overrides are removed from every text.
 */
final class SheetGrid {

	private static final Pattern BLANKS = Pattern.compile("[\\s\\p{Z}]+"); //$NON-NLS-1$
	private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)"); //$NON-NLS-1$
	/** What Excel, WPS and LibreOffice show for a formula that failed. */
	private static final Pattern FORMULA_ERROR = Pattern.compile(
			"#(DIV/0!|N/A|NAME\\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)|Err:\\d{3}|#ERROR!?"); //$NON-NLS-1$

	/** A cell that holds no readable value: what it shows, and why it cannot be read. */
	record Unreadable(String shown, String cause) {
	}

	/** A number shown as a percentage: {@code 0.95} shown as {@code 95%}. */
	record Percent(BigDecimal fraction) {
		String text() {
			return tidy(fraction.movePointRight(2)).toPlainString() + "%"; //$NON-NLS-1$
		}
	}

	private final String name;
	private final Map<Integer, Object[]> rows;
	/** The merged regions by row: a lookup costs the regions of one row, not of the sheet. */
	private final Map<Integer, List<CellRangeAddress>> merged = new HashMap<>();
	private final int lastRow;
	private final int lastColumn;
	private final String firstUnreadable;
	private final Unreadable firstUnreadableValue;
	/**
	 * Labels and headings by the text they come from: the reader looks for its labels in every cell,
	 * and NFKC with the removal of blanks cost more than the rest of its reading together. A grid is
	 * read by one thread.
	 */
	private final Map<String, String> labels = new HashMap<>();
	private final Map<String, String> headings = new HashMap<>();

	private SheetGrid(Builder builder) {
		this.name = builder.name;
		this.rows = builder.rows;
		this.lastRow = builder.lastRow;
		this.lastColumn = Math.max(0, builder.lastColumn);
		this.firstUnreadable = builder.firstUnreadable;
		this.firstUnreadableValue = builder.firstUnreadableValue;
		for (CellRangeAddress region : builder.regions) {
			for (int r = Math.max(0, region.getFirstRow()); r <= Math.min(region.getLastRow(), lastRow); r++) {
				merged.computeIfAbsent(r, key -> new ArrayList<>()).add(region);
			}
		}
	}

	/** Collects the cells of a sheet as a reader finds them. */
	static final class Builder {
		private final String name;
		private final Map<Integer, Object[]> rows = new HashMap<>();
		private final List<CellRangeAddress> regions = new ArrayList<>();
		private int lastRow = -1;
		private int lastColumn = -1;
		private String firstUnreadable;
		private Unreadable firstUnreadableValue;

		/** @param name the sheet's name */
		Builder(String name) {
			this.name = Texts.clean(name);
		}

		/**
		 * @param row a row index from 0
		 * @param column a column index from 0
		 * @param value a String, BigDecimal, {@link Percent}, LocalDate or {@link Unreadable}; null for blank
		 */
		void put(int row, int column, Object value) {
			Object kept = value instanceof String text ? text(text) : value;
			if (kept == null || row < 0 || column < 0) {
				return;
			}
			Object[] cells = rows.get(row);
			if (cells == null || cells.length <= column) {
				Object[] wider = new Object[Math.max(column + 1, cells == null ? 8 : cells.length * 2)];
				if (cells != null) {
					System.arraycopy(cells, 0, wider, 0, cells.length);
				}
				cells = wider;
				rows.put(row, cells);
			}
			cells[column] = kept;
			lastRow = Math.max(lastRow, row);
			lastColumn = Math.max(lastColumn, column);
			if (kept instanceof Unreadable unreadable && firstUnreadable == null) {
				firstUnreadable = ref(row, column);
				firstUnreadableValue = unreadable;
			}
		}

		/** @param region a merged region; its value is its first cell's */
		void merge(CellRangeAddress region) {
			regions.add(region);
		}

		/** Notes a row that exists in the file, even blank: tables end at the last row the file has. */
		void row(int row) {
			lastRow = Math.max(lastRow, row);
		}

		SheetGrid build() {
			return new SheetGrid(this);
		}

		/** A text as kept: cleaned, a formula error shown as text read as unreadable, blank as null. */
		private static Object text(String text) {
			String clean = Texts.clean(text);
			if (clean.isBlank()) {
				return null;
			}
			if (FORMULA_ERROR.matcher(clean.strip()).matches()) {
				return new Unreadable(clean.strip(), Messages.SheetGrid_formulaError);
			}
			return clean;
		}
	}

	/** @return the sheet's name */
	String name() {
		return name;
	}

	/** @return the index of the last row, -1 for an empty sheet */
	int lastRow() {
		return lastRow;
	}

	/** @return the index of the last column used in any row */
	int lastColumn() {
		return lastColumn;
	}

	/** @return the reference of the first cell that could not be read, or null when every cell was read */
	String firstUnreadable() {
		return firstUnreadable;
	}

	/**
	 * @return what the first cell that could not be read held, as it was read (a merged region over it or
	 *         a later value of the same cell does not hide it), or null when every cell was read
	 */
	Unreadable firstUnreadableValue() {
		return firstUnreadableValue;
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
	 *         {@link String}, a {@link BigDecimal}, a {@link Percent}, a {@link LocalDate}, an
	 *         {@link Unreadable}, or {@code null} when blank
	 */
	Object value(int row, int column) {
		CellRangeAddress region = region(row, column);
		int r = region == null ? row : region.getFirstRow();
		int c = region == null ? column : region.getFirstColumn();
		Object[] cells = rows.get(r);
		return cells == null || c < 0 || c >= cells.length ? null : cells[c];
	}

	/** @return the cell's value when it cannot be read, else null */
	Unreadable unreadable(int row, int column) {
		return value(row, column) instanceof Unreadable unreadable ? unreadable : null;
	}

	/** @return the number without trailing zeros and never with a negative scale */
	static BigDecimal tidy(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	/**
	 * @return the cell's text as written, without surrounding blanks; numbers in plain digits, an
	 *         unreadable cell as it shows (#DIV/0!); "" when blank
	 */
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
		if (value instanceof Unreadable unreadable) {
			return unreadable.shown();
		}
		return value.toString().strip();
	}

	/** @return the cell's text in normal form: NFKC, no blanks at all */
	String label(int row, int column) {
		String text = text(row, column);
		return text.isEmpty() ? text : labels.computeIfAbsent(text, SheetGrid::normalize);
	}

	/** @return the cell's label without parenthesised parts, e.g. 全年预算数 for 全年预算数（万元） */
	String heading(int row, int column) {
		String label = label(row, column);
		return label.isEmpty() ? label : headings.computeIfAbsent(label, l -> PARENTHESES.matcher(l).replaceAll("")); //$NON-NLS-1$
	}

	/** @return the text in normal form: NFKC, no blanks at all */
	static String normalize(String text) {
		return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll(""); //$NON-NLS-1$
	}

	/** @return whether the cell (or its merged region) is blank; an unreadable cell is not */
	boolean isBlank(int row, int column) {
		return value(row, column) == null;
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
