package org.jixiao.core.value;

import java.util.Optional;

/**
 * How an indicator's actual value is measured against its target (指标性质).
 * <p>
 * Following 《民法典》 art. 1259, 以上/以下/以内 include the stated number and 超过/不满 exclude it.
 * The scoring rules treat the strict forms like the inclusive ones.
 */
public enum Comparator {
	/** ≥, 以上, 不低于, 不少于, 达到, or a bare number: higher is better. */
	AT_LEAST("≥"), //$NON-NLS-1$
	/** &gt;, 超过, 高于: higher is better. */
	MORE_THAN(">"), //$NON-NLS-1$
	/** =, 等于: the target value is to be met exactly. */
	EQUAL("="), //$NON-NLS-1$
	/** ≤, 以内, 不高于, 不超过: lower is better. */
	AT_MOST("≤"), //$NON-NLS-1$
	/** &lt;, 低于, 少于: lower is better. */
	LESS_THAN("<"), //$NON-NLS-1$
	/** A deadline: 9月前, 12月底前, 2023年11月30日前, 按时, 及时. */
	TIME(""), //$NON-NLS-1$
	/** Descriptive text: 有效改善, 达成年度指标, 按时完成. */
	QUALITATIVE(""); //$NON-NLS-1$

	private final String symbol;

	Comparator(String symbol) {
		this.symbol = symbol;
	}

	/** @return the mathematical symbol, or an empty string for {@link #TIME} and {@link #QUALITATIVE} */
	public String symbol() {
		return symbol;
	}

	/** @return whether a higher actual value is better (≥, &gt;, =) */
	public boolean isPositive() {
		return this == AT_LEAST || this == MORE_THAN || this == EQUAL;
	}

	/** @return whether a lower actual value is better (≤, &lt;) */
	public boolean isReverse() {
		return this == AT_MOST || this == LESS_THAN;
	}

	/** @return whether rows with this comparator are scored from numbers */
	public boolean isQuantitative() {
		return isPositive() || isReverse();
	}

	/**
	 * Reads the 指标性质 column of tables that have one.
	 *
	 * @param symbol a symbol such as {@code ≥}, {@code >=}, {@code ≤} or {@code =}; surrounding blanks
	 *            are ignored
	 * @return the comparator, or empty when the symbol is not one of ≥ &gt; = ≤ &lt; (ASCII forms included)
	 */
	public static Optional<Comparator> fromSymbol(String symbol) {
		if (symbol == null) {
			return Optional.empty();
		}
		return switch (ValueParser.normalize(symbol)) {
			case "≥", ">=", "≧" -> Optional.of(AT_LEAST); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case ">" -> Optional.of(MORE_THAN); //$NON-NLS-1$
			case "=", "==" -> Optional.of(EQUAL); //$NON-NLS-1$ //$NON-NLS-2$
			case "≤", "<=", "≦" -> Optional.of(AT_MOST); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "<" -> Optional.of(LESS_THAN); //$NON-NLS-1$
			default -> Optional.empty();
		};
	}
}
