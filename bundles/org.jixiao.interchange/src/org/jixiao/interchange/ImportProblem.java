package org.jixiao.interchange;

import java.util.Objects;

/**
 * A problem found while importing a file: where it is (sheet and cell, or the file alone when the
 * file cannot be read at all), how serious it is, and a translated message.
 *
 * @param sheet the sheet's name, or the file's name for a problem of the whole file
 * @param cell the cell or range in A1 notation ({@code F12}, {@code A1:H40}), or {@code null} for a
 *            problem of the whole file
 * @param severity an error marks a cell that was not understood (its row scores 0 until it is fixed) or
 *            a file that cannot be imported; a warning is worth a look
 * @param message what is wrong, without the place
 */
public record ImportProblem(String sheet, String cell, Severity severity, String message) {

	/** How serious a problem is. */
	public enum Severity {
		/** A cell or file that was not understood: the evaluation is a draft to be fixed. */
		ERROR,
		/** Worth a look; the evaluation is complete without it. */
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

	/** @return whether this problem is an error */
	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** @return the place and the message, e.g. {@code Sheet1!E15: 分值“十二”不是数字} */
	@Override
	public String toString() {
		return reference() + ": " + message; //$NON-NLS-1$
	}
}
