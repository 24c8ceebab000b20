package org.jixiao.core.value;

/** What a {@link Unit} measures; values convert only within one dimension. */
public enum Dimension {
	/** Amounts of money; base unit 元. */
	MONEY,
	/** Percentages; base unit %. */
	PERCENT,
	/**
	 * Counts of things, people, events or points; the measure word is kept. Measure words convert one to
	 * one, since a table that writes 名 in its target and 人 in its actual counts the same people.
	 */
	COUNT,
	/** Lengths; base unit 米. */
	LENGTH,
	/** Areas; base unit 平方米 (亩 = 2000/3 平方米). */
	AREA,
	/** Weights; base unit 千克. */
	WEIGHT,
	/** Rates such as 元/人 or 次/年: comparable only with the same rate. */
	RATE,
	/** Durations of minutes, hours and days (working days convert only to working days). */
	DAYS,
	/** Durations of months and years. */
	MONTHS,
	/** Points in time: dates, months, years. */
	DATE,
	/** No unit given: the value takes the unit of the value it is compared with. */
	NONE;

	/** @return a translated, human-readable name */
	public String label() {
		return switch (this) {
			case MONEY -> Messages.Dimension_money;
			case PERCENT -> Messages.Dimension_percent;
			case COUNT -> Messages.Dimension_count;
			case LENGTH -> Messages.Dimension_length;
			case AREA -> Messages.Dimension_area;
			case WEIGHT -> Messages.Dimension_weight;
			case RATE -> Messages.Dimension_rate;
			case DAYS -> Messages.Dimension_days;
			case MONTHS -> Messages.Dimension_months;
			case DATE -> Messages.Dimension_date;
			case NONE -> Messages.Dimension_none;
		};
	}
}
