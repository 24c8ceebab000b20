package org.jixiao.core.value;

/** What a {@link Unit} measures; values convert only within one dimension. */
public enum Dimension {
	/** Amounts of money; base unit 元. */
	MONEY,
	/** Percentages; base unit %. */
	PERCENT,
	/** Counts of things, people, events, points, areas in 亩; the measure word is kept. */
	COUNT,
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
			case DAYS -> Messages.Dimension_days;
			case MONTHS -> Messages.Dimension_months;
			case DATE -> Messages.Dimension_date;
			case NONE -> Messages.Dimension_none;
		};
	}
}
