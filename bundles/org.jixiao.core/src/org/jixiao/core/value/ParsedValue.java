package org.jixiao.core.value;

import java.util.Set;

/** A value text that was read: a {@link Quantity}, a {@link TimePoint} or {@link Descriptive} text. */
public sealed interface ParsedValue extends ParseResult permits Quantity, TimePoint, Descriptive {

	/** @return the comparator the text states, {@link Comparator#AT_LEAST} for a bare number */
	Comparator comparator();

	/** @return the unit; {@link Unit#NONE} for descriptive text, {@link Unit#DATE} for time points */
	Unit unit();

	/** @return remarks on the text, never null */
	Set<ValueFlag> flags();

	/**
	 * @param flag a flag
	 * @return whether the value carries the flag
	 */
	default boolean has(ValueFlag flag) {
		return flags().contains(flag);
	}
}
