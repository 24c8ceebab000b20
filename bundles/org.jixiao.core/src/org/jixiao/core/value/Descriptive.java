package org.jixiao.core.value;

import java.util.Objects;
import java.util.Set;

/**
 * Text without a figure: a qualitative statement (有效改善, 达成年度指标, 按时完成, 位于园区前列) or a
 * time word without a date (按时, 及时).
 *
 * @param text the text as given
 * @param comparator {@link Comparator#QUALITATIVE} or {@link Comparator#TIME}
 * @param flags remarks, e.g. {@link ValueFlag#RANK} for 前列
 */
public record Descriptive(String text, Comparator comparator, Set<ValueFlag> flags) implements ParsedValue {

	/** Checks the comparator and copies the flags. */
	public Descriptive {
		Objects.requireNonNull(text);
		if (comparator != Comparator.QUALITATIVE && comparator != Comparator.TIME) {
			throw new IllegalArgumentException(comparator.name());
		}
		flags = Flags.copy(flags);
	}

	@Override
	public Unit unit() {
		return Unit.NONE;
	}
}
