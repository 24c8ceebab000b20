package org.jixiao.core.value;

import java.util.Objects;

/**
 * A value text that could not be read, or a value that cannot be compared with its target.
 *
 * @param text the text as given
 * @param cause what went wrong
 * @param message a translated message naming the text and the cause, e.g.
 *            {@code '≥三三名': 三三 is not a number}
 */
public record ParseProblem(String text, Cause cause, String message) implements ParseResult {

	/** Why a text could not be read or compared. */
	public enum Cause {
		/** Nothing but blanks. */
		EMPTY,
		/** A malformed number, e.g. 三三 or 十十. */
		NOT_A_NUMBER,
		/** A comparator without a number, e.g. ≥良好. */
		MISSING_NUMBER,
		/** Text after a complete figure that belongs to none, e.g. 30名斤. */
		UNEXPECTED_TEXT,
		/** Two comparators that contradict each other, e.g. ≥30人以内. */
		CONFLICTING_COMPARATORS,
		/** A range or period such as 30-40人 or 1-10月: no single value. */
		RANGE,
		/** A date that does not exist, e.g. 2月30日前. */
		INVALID_DATE,
		/** A unit that cannot be expressed in the unit it is compared with, e.g. 名 against 万元. */
		UNIT_MISMATCH
	}

	/** Checks that every component is present. */
	public ParseProblem {
		Objects.requireNonNull(text);
		Objects.requireNonNull(cause);
		Objects.requireNonNull(message);
	}
}
