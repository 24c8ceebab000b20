package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Objects;

import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.ParsedValue;

/**
 * A 三级指标 row to be scored.
 *
 * @param comparator how the row is scored: from the table's 指标性质 column or from the target text
 * @param target the parsed 年度指标值
 * @param actual the parsed 实际完成值
 * @param weight 分值
 * @param year the evaluation year, the deadline of a target that says only 按时 or 及时; {@code null}
 *            when unknown
 */
public record IndicatorRow(Comparator comparator, ParseResult target, ParseResult actual, BigDecimal weight, Year year) {

	/** Checks that every component but the year is present. */
	public IndicatorRow {
		Objects.requireNonNull(comparator);
		Objects.requireNonNull(target);
		Objects.requireNonNull(actual);
		Objects.requireNonNull(weight);
	}

	/**
	 * A row of an unknown year.
	 *
	 * @param comparator how the row is scored
	 * @param target the parsed 年度指标值
	 * @param actual the parsed 实际完成值
	 * @param weight 分值
	 */
	public IndicatorRow(Comparator comparator, ParseResult target, ParseResult actual, BigDecimal weight) {
		this(comparator, target, actual, weight, null);
	}

	/**
	 * A row scored by the comparator its target text states; a target that did not parse gives
	 * {@link Comparator#QUALITATIVE}, and the row then reports the target's problem.
	 *
	 * @param target the parsed 年度指标值
	 * @param actual the parsed 实际完成值
	 * @param weight 分值
	 */
	public IndicatorRow(ParseResult target, ParseResult actual, BigDecimal weight) {
		this(target instanceof ParsedValue value ? value.comparator() : Comparator.QUALITATIVE, target, actual, weight, null);
	}
}
