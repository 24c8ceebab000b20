package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jixiao.model.evaluation.MoneyUnit;

/** How amounts, rates and scores are written in the reports. */
final class Money {

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Money() {
	}

	/** @return the amount in yuan written in the unit, with thousands separators and 2 decimals; "" for none */
	static String amount(BigDecimal yuan, MoneyUnit unit) {
		if (yuan == null) {
			return ""; //$NON-NLS-1$
		}
		BigDecimal value = unit == MoneyUnit.WAN_YUAN ? yuan.divide(TEN_THOUSAND, 2, RoundingMode.HALF_UP)
				: yuan.setScale(2, RoundingMode.HALF_UP);
		return format("#,##0.00").format(value); //$NON-NLS-1$
	}

	/** @return executed / planned as a percentage with 2 decimals, or "—" when planned is 0 or missing */
	static String rate(BigDecimal executed, BigDecimal planned) {
		BigDecimal rate = rateValue(executed, planned);
		return rate == null ? "—" : format("0.00").format(rate) + "%"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return executed / planned in percent, or {@code null} when planned is 0 or missing */
	static BigDecimal rateValue(BigDecimal executed, BigDecimal planned) {
		if (executed == null || planned == null || planned.signum() == 0) {
			return null;
		}
		return executed.multiply(HUNDRED).divide(planned, 2, RoundingMode.HALF_UP);
	}

	/** @return a score or weight with 2 decimals; "" for none */
	static String score(BigDecimal score) {
		return score == null ? "" : score.setScale(2, RoundingMode.HALF_UP).toPlainString(); //$NON-NLS-1$
	}

	/** @return a number without trailing zeros, as people write weights and totals in prose: 99.3, 10 */
	static String plain(BigDecimal number) {
		return number == null ? "" : number.stripTrailingZeros().toPlainString(); //$NON-NLS-1$
	}

	private static DecimalFormat format(String pattern) {
		DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setParseBigDecimal(true);
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	}
}
