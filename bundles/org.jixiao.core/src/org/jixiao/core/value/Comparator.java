package org.jixiao.core.value;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

	/** 指标性质 words that state a comparator; symbols are read by {@link #fromSymbol(String)}. */
	private static final Map<String, Comparator> NATURES = Map.ofEntries(Map.entry("正向", AT_LEAST), //$NON-NLS-1$
			Map.entry("正向指标", AT_LEAST), Map.entry("正指标", AT_LEAST), Map.entry("越大越好", AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("越高越好", AT_LEAST), Map.entry("越多越好", AT_LEAST), Map.entry("不低于", AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("不少于", AT_LEAST), Map.entry("不小于", AT_LEAST), Map.entry("大于等于", AT_LEAST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("以上", AT_LEAST), Map.entry("大于", MORE_THAN), Map.entry("高于", MORE_THAN), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("超过", MORE_THAN), Map.entry("等于", EQUAL), Map.entry("反向", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("反向指标", AT_MOST), Map.entry("逆向", AT_MOST), Map.entry("逆向指标", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("负向", AT_MOST), Map.entry("负向指标", AT_MOST), Map.entry("越小越好", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("越低越好", AT_MOST), Map.entry("越少越好", AT_MOST), Map.entry("不高于", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("不超过", AT_MOST), Map.entry("不大于", AT_MOST), Map.entry("不多于", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("小于等于", AT_MOST), Map.entry("以下", AT_MOST), Map.entry("以内", AT_MOST), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("小于", LESS_THAN), Map.entry("低于", LESS_THAN), Map.entry("定性", QUALITATIVE), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("定性指标", QUALITATIVE)); //$NON-NLS-1$
	/** 指标性质 words that say a row is scored from figures without saying which way. */
	private static final Set<String> UNDIRECTED = Set.of("定量", "定量指标"); //$NON-NLS-1$ //$NON-NLS-2$

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

	/**
	 * Reads the 指标性质 column as departments fill it in: a symbol ({@link #fromSymbol(String)}), a
	 * direction (正向, 反向指标, 越大越好, 越小越好), a bound word (不低于, 不超过, 以上, 以内 …) or 定性.
	 *
	 * @param nature the column's text; blanks are ignored
	 * @return the comparator, {@link #QUALITATIVE} for 定性; empty for 定量 (see
	 *         {@link #isUndirectedNature(String)}) and for words that are none of these
	 */
	public static Optional<Comparator> fromNature(String nature) {
		if (nature == null) {
			return Optional.empty();
		}
		return fromSymbol(nature).or(() -> Optional.ofNullable(NATURES.get(ValueParser.normalize(nature))));
	}

	/**
	 * @param nature the 指标性质 column's text
	 * @return whether it says 定量 (scored from figures) without a direction, which the target then states
	 */
	public static boolean isUndirectedNature(String nature) {
		return nature != null && UNDIRECTED.contains(ValueParser.normalize(nature));
	}
}
