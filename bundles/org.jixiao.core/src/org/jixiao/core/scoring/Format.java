package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for explanations: exact, locale-independent, grouped by thousands. */
final class Format {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Format() {
	}

	/** An amount as given, grouped: 25567092.46 → 25,567,092.46. */
	static String number(BigDecimal value) {
		String plain = value.toPlainString();
		boolean negative = plain.startsWith("-"); //$NON-NLS-1$
		String digits = negative ? plain.substring(1) : plain;
		int dot = digits.indexOf('.');
		String whole = dot < 0 ? digits : digits.substring(0, dot);
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < whole.length(); i++) {
			if (i > 0 && (whole.length() - i) % 3 == 0) {
				out.append(',');
			}
			out.append(whole.charAt(i));
		}
		return (negative ? "-" : "") + out + (dot < 0 ? "" : digits.substring(dot)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A weight or percentage without trailing zeros: 5.00 → 5. */
	static String plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return number(stripped.scale() < 0 ? stripped.setScale(0) : stripped);
	}

	/** A percentage given in percent: 100 → 100%. */
	static String percent(BigDecimal percent) {
		return plain(percent) + '%';
	}

	/** The ratio part/whole as a percentage with two decimals: 102.59%. */
	static String ratio(BigDecimal part, BigDecimal whole) {
		return number(part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP)) + '%';
	}
}
