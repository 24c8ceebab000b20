package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.Date;

import org.eclipse.emf.common.util.Enumerator;

/** Conversions between model values and column values. */
final class Values {

	private Values() {
	}

	/** @return the exact decimal text (the scale is kept), or {@code null} */
	static String text(BigDecimal value) {
		return value == null ? null : value.toString();
	}

	/** @return the decimal of an exact decimal text, or {@code null} */
	static BigDecimal decimal(String text) {
		return text == null ? null : new BigDecimal(text);
	}

	/** @return the enumerator's literal, or {@code null} */
	static String literal(Enumerator value) {
		return value == null ? null : value.getLiteral();
	}

	/** @return the timestamp of a date, or {@code null} */
	static Timestamp timestamp(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}

	/** @return the date of a timestamp, or {@code null} */
	static Date date(Timestamp timestamp) {
		return timestamp == null ? null : new Date(timestamp.getTime());
	}

	/** @return a value as the audit trail shows it, or {@code null} */
	static String display(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Date date) {
			return date.toInstant().toString();
		}
		if (value instanceof Enumerator enumerator) {
			return enumerator.getLiteral();
		}
		return value.toString();
	}
}
