package org.jixiao.interchange;

import java.util.Objects;

/**
 * A problem found while importing a file: where it is (sheet and cell, or the file alone when the
 * file cannot be read at all), how serious it is, and a translated message.
 *
 * @param sheet the sheet's name, or the file's name for a problem of the whole file
 * @param cell the cell or range in A1 notation ({@code F12}, {@code A1:H40}), or {@code null} for a
 *            problem of the whole file
 * @param severity an error fails the import; a warning is reported with the evaluation
 * @param message what is wrong, without the place
 */
public record ImportProblem(String sheet, String cell, Severity severity, String message) {

	/** How serious a problem is. */
	public enum Severity {
		/** The import fails. */
		ERROR,
		/** The import goes on; the problem is reported with the evaluation. */
		WARNING
	}

	/** Checks that sheet, severity and message are present. */
	public ImportProblem {
		Objects.requireNonNull(sheet);
		Objects.requireNonNull(severity);
		Objects.requireNonNull(message);
	}

	/** @return the place as a spreadsheet reference, e.g. {@code Sheet1!F12} or {@code '自评 表'!A1:H40} */
	public String reference() {
		if (cell == null) {
			return sheet;
		}
		boolean plain = sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
		return (plain ? sheet : "'" + sheet.replace("'", "''") + "'") + "!" + cell; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	/** @return whether this problem fails the import */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** @return the place and the message, e.g. {@code Sheet1!F12: 实际完成值 '三十' is not a number of unit 名} */
	@Override
	public String toString() {
		return reference() + ": " + message; //$NON-NLS-1$
	}
}
