package org.jixiao.core.value;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Objects;
import java.util.Set;

/**
 * A point in time or a deadline: {@code 9月前}, {@code 12月底前}, {@code 2023年11月30日前},
 * {@code 第三季度}, {@code 2023年上半年}, {@code 2023年}. A deadline given as a month or year includes the
 * whole month or year ("9月前" is met by any day of September).
 *
 * @param text the text as given
 * @param time a {@link LocalDate}, {@link YearMonth} or {@link Year}
 * @param flags remarks on the text
 */
public record TimePoint(String text, Temporal time, Set<ValueFlag> flags) implements ParsedValue {

	/** Checks that the time is a date, a month or a year, and copies the flags. */
	public TimePoint {
		Objects.requireNonNull(text);
		if (!(time instanceof LocalDate || time instanceof YearMonth || time instanceof Year)) {
			throw new IllegalArgumentException(String.valueOf(time));
		}
		flags = Flags.copy(flags);
	}

	@Override
	public Comparator comparator() {
		return Comparator.TIME;
	}

	@Override
	public Unit unit() {
		return Unit.DATE;
	}

	/**
	 * Compares at the coarser of the two precisions: a date against a month compares months
	 * ({@code 11月} meets {@code 2023年11月30日前}), anything against a year compares years.
	 *
	 * @param deadline the target
	 * @return whether this time is on or before the deadline
	 */
	public boolean isOnOrBefore(TimePoint deadline) {
		Temporal other = deadline.time();
		if (time instanceof Year || other instanceof Year) {
			return Year.from(time).compareTo(Year.from(other)) <= 0;
		}
		if (time instanceof YearMonth || other instanceof YearMonth) {
			return YearMonth.from(time).compareTo(YearMonth.from(other)) <= 0;
		}
		return !((LocalDate) time).isAfter((LocalDate) other);
	}
}
