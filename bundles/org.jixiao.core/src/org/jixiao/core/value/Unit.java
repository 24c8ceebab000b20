package org.jixiao.core.value;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A unit of an indicator value: a symbol, its {@link Dimension} and its size in the dimension's base
 * unit (元, %, one counted thing, one minute, one month, 米, 平方米, 千克).
 * <p>
 * The known units: 元 千元 万元 亿元; % ‰ 百分比; the measure words 名 人 人次 个 次 件 篇 条 户 户次 场 场次 家
 * 家次 份 号 项 所 期 批 批次 处 套 台 辆 起 位 座 间 本 册 册次 张 部 类 轮 支 分 只 头 羽 株 棵 宗 架 艘 块 栋 盏
 * 人·天 人天 人日; 名次 (ranks); 分钟 小时 天 日 工作日 (also 个工作日); 个月 月 年; 米 m 厘米 cm 毫米 mm 公里 千米
 * km; 平方米 平米 m2 (also ㎡) 平方公里 平方千米 km2 公顷 亩; 千克 公斤 kg 克 斤 吨. Measure words convert one
 * to one, units of length, area and weight by their size.
 * <p>
 * Any other short word after a number is a {@linkplain #measureWord(String) measure word} of its own
 * (192只, 3樘): a count, comparable with any count, which the value parser flags when target and actual
 * name different words. A unit followed by a slash and another word is a {@linkplain #rate(String) rate}
 * (元/人, 次/年), comparable only with the same rate.
 */
public final class Unit {

	private static final BigDecimal HOUR = BigDecimal.valueOf(60);
	private static final BigDecimal DAY = BigDecimal.valueOf(1440);

	/** No unit: takes the unit of the value it is compared with. */
	public static final Unit NONE = new Unit("", Dimension.NONE, BigDecimal.ONE); //$NON-NLS-1$
	/** 元, the base unit of money. */
	public static final Unit YUAN = new Unit("元", Dimension.MONEY, BigDecimal.ONE); //$NON-NLS-1$
	/** 千元. */
	public static final Unit QIAN_YUAN = new Unit("千元", Dimension.MONEY, BigDecimal.valueOf(1000)); //$NON-NLS-1$
	/** 万元, the usual money unit of the tables. */
	public static final Unit WAN_YUAN = new Unit("万元", Dimension.MONEY, BigDecimal.valueOf(10_000)); //$NON-NLS-1$
	/** 亿元. */
	public static final Unit YI_YUAN = new Unit("亿元", Dimension.MONEY, BigDecimal.valueOf(100_000_000)); //$NON-NLS-1$
	/** %, the base unit of percentages. */
	public static final Unit PERCENT = new Unit("%", Dimension.PERCENT, BigDecimal.ONE); //$NON-NLS-1$
	/** ‰ = 0.1 %. */
	public static final Unit PER_MILLE = new Unit("‰", Dimension.PERCENT, new BigDecimal("0.1")); //$NON-NLS-1$ //$NON-NLS-2$
	/** A place in a ranking (第N, 首位, 前N名): rank 1 is best. */
	public static final Unit RANK = new Unit("名次", Dimension.COUNT, BigDecimal.ONE); //$NON-NLS-1$
	/** 分钟. */
	public static final Unit MINUTE = new Unit("分钟", Dimension.DAYS, BigDecimal.ONE); //$NON-NLS-1$
	/** 小时. */
	public static final Unit HOUR_UNIT = new Unit("小时", Dimension.DAYS, HOUR); //$NON-NLS-1$
	/** 天, a calendar day. */
	public static final Unit DAY_UNIT = new Unit("天", Dimension.DAYS, DAY); //$NON-NLS-1$
	/** 工作日: converts to no other unit, since the calendar behind it is unknown. */
	public static final Unit WORKING_DAY = new Unit("工作日", Dimension.DAYS, null); //$NON-NLS-1$
	/** 个月, a duration of months. */
	public static final Unit MONTH = new Unit("个月", Dimension.MONTHS, BigDecimal.ONE); //$NON-NLS-1$
	/** 年 as a duration (3年 = 36个月). */
	public static final Unit YEAR = new Unit("年", Dimension.MONTHS, BigDecimal.valueOf(12)); //$NON-NLS-1$
	/** The unit of {@link TimePoint}s. */
	public static final Unit DATE = new Unit("", Dimension.DATE, null); //$NON-NLS-1$

	private static final String COUNT_WORDS = "名 人 人次 个 次 件 篇 条 户 户次 场 场次 家 家次 份 号 项 所 期 批 批次 处 套 台 辆 起 " //$NON-NLS-1$
			+ "位 座 间 本 册 册次 张 部 类 轮 支 分 只 头 羽 株 棵 宗 架 艘 块 栋 盏 人·天 人天 人日"; //$NON-NLS-1$
	/** Units of length, area and weight, each with its size in 米, 平方米 or 千克. */
	private static final String[][] MEASURES = { { "米", "1" }, { "m", "1" }, { "厘米", "0.01" }, { "cm", "0.01" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "毫米", "0.001" }, { "mm", "0.001" }, { "公里", "1000" }, { "千米", "1000" }, { "km", "1000" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final String[][] AREAS = { { "平方米", "1" }, { "平米", "1" }, { "m2", "1" }, { "平方公里", "1000000" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "平方千米", "1000000" }, { "km2", "1000000" }, { "公顷", "10000" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final String[][] WEIGHTS = { { "千克", "1" }, { "公斤", "1" }, { "kg", "1" }, { "克", "0.001" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			{ "斤", "0.5" }, { "吨", "1000" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** 1 亩 = 2000/3 平方米. */
	private static final BigDecimal MU = BigDecimal.valueOf(2000).divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);

	/** Spelling → unit; several spellings may name one unit (日 = 天, 个工作日 = 工作日). */
	private static final Map<String, Unit> BY_SPELLING;
	/** Spellings for longest-match scanning (个月 before 个). */
	private static final Words SPELLINGS;

	static {
		Map<String, Unit> units = new LinkedHashMap<>();
		for (Unit unit : List.of(YUAN, QIAN_YUAN, WAN_YUAN, YI_YUAN, PERCENT, PER_MILLE, RANK, MINUTE, HOUR_UNIT, DAY_UNIT,
				WORKING_DAY, MONTH, YEAR)) {
			units.put(unit.symbol, unit);
		}
		for (String word : COUNT_WORDS.split(" ")) { //$NON-NLS-1$
			units.put(word, new Unit(word, Dimension.COUNT, BigDecimal.ONE));
		}
		put(units, Dimension.LENGTH, MEASURES);
		put(units, Dimension.AREA, AREAS);
		put(units, Dimension.WEIGHT, WEIGHTS);
		units.put("亩", new Unit("亩", Dimension.AREA, MU)); //$NON-NLS-1$ //$NON-NLS-2$
		units.put("百分比", new Unit("百分比", Dimension.PERCENT, BigDecimal.ONE)); //$NON-NLS-1$ //$NON-NLS-2$
		units.put("日", new Unit("日", Dimension.DAYS, DAY)); //$NON-NLS-1$ //$NON-NLS-2$
		units.put("个工作日", WORKING_DAY); //$NON-NLS-1$
		units.put("月", new Unit("月", Dimension.MONTHS, BigDecimal.ONE)); //$NON-NLS-1$ //$NON-NLS-2$
		BY_SPELLING = Collections.unmodifiableMap(units);
		SPELLINGS = new Words(units.keySet());
	}

	private final String symbol;
	private final Dimension dimension;
	/** Size in the dimension's base unit; null when the unit converts to no other unit. */
	private final BigDecimal factor;
	/** Whether the unit is one of the known units rather than a measure word or rate read as written. */
	private final boolean known;

	private Unit(String symbol, Dimension dimension, BigDecimal factor) {
		this(symbol, dimension, factor, true);
	}

	private Unit(String symbol, Dimension dimension, BigDecimal factor, boolean known) {
		this.symbol = symbol;
		this.dimension = dimension;
		this.factor = factor;
		this.known = known;
	}

	private static void put(Map<String, Unit> units, Dimension dimension, String[][] sizes) {
		for (String[] size : sizes) {
			units.put(size[0], new Unit(size[0], dimension, new BigDecimal(size[1])));
		}
	}

	/**
	 * @param spelling a unit as written, e.g. {@code 万元}, {@code %}, {@code 篇}, {@code 个工作日}
	 * @return the known unit, or empty when the spelling is not one of the known units
	 */
	public static Optional<Unit> of(String spelling) {
		return Optional.ofNullable(BY_SPELLING.get(spelling));
	}

	/**
	 * @param spelling a unit as written, e.g. {@code 万元} or {@code 樘}; not empty
	 * @return the known unit of that spelling, else a {@linkplain #measureWord(String) measure word} of
	 *         its own
	 */
	public static Unit ofAny(String spelling) {
		return of(spelling).orElseGet(() -> measureWord(spelling));
	}

	/**
	 * @param spelling a word that counts things but is not among the known units, e.g. {@code 樘}
	 * @return a count unit of that spelling, converting one to one with every count
	 */
	public static Unit measureWord(String spelling) {
		return new Unit(Objects.requireNonNull(spelling), Dimension.COUNT, BigDecimal.ONE, false);
	}

	/**
	 * @param spelling a rate as written, e.g. {@code 元/人} or {@code 次/年}
	 * @return a unit of that spelling comparable only with itself
	 */
	public static Unit rate(String spelling) {
		return new Unit(Objects.requireNonNull(spelling), Dimension.RATE, null, false);
	}

	/** @return whether this is one of the known units, not a measure word or rate read as written */
	public boolean isKnown() {
		return known;
	}

	/** Longest accepted unit spelled at {@code from}, or null. */
	static String spellingAt(String text, int from) {
		return SPELLINGS.longestAt(text, from);
	}

	/** @return the symbol as shown, e.g. {@code 万元}; empty for {@link #NONE} and {@link #DATE} */
	public String symbol() {
		return symbol;
	}

	/** @return the dimension */
	public Dimension dimension() {
		return dimension;
	}

	/** @return the symbol for display, or the translated dimension name when there is no symbol */
	public String displayName() {
		return symbol.isEmpty() ? dimension.label() : symbol;
	}

	/**
	 * @param other another unit
	 * @return whether a value in this unit can be expressed in {@code other}: same unit, or same dimension
	 *         and both with a known size; {@link #NONE} converts to and from every unit but {@link #DATE}
	 */
	public boolean isConvertibleTo(Unit other) {
		if (equals(other)) {
			return true;
		}
		if (this == DATE || other == DATE) {
			return false;
		}
		if (this == NONE || other == NONE) {
			return true;
		}
		return dimension == other.dimension && factor != null && other.factor != null;
	}

	/**
	 * Expresses {@code value}, given in this unit, in {@code other}.
	 *
	 * @param value a value in this unit
	 * @param other the unit wanted
	 * @return the converted value (unchanged when either unit is {@link #NONE}), or empty when
	 *         {@link #isConvertibleTo(Unit) not convertible}
	 */
	public Optional<BigDecimal> convert(BigDecimal value, Unit other) {
		if (!isConvertibleTo(other)) {
			return Optional.empty();
		}
		if (equals(other) || this == NONE || other == NONE || factor.compareTo(other.factor) == 0) {
			return Optional.of(value);
		}
		BigDecimal converted = value.multiply(factor).divide(other.factor, MathContext.DECIMAL128);
		return Optional.of(Numbers.tidy(converted));
	}

	/**
	 * @param value a value in this unit
	 * @return the value in the dimension's base unit (元 for money); unchanged for units of unknown size
	 */
	public BigDecimal toBase(BigDecimal value) {
		return factor == null ? value : Numbers.tidy(value.multiply(factor));
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof Unit other && symbol.equals(other.symbol) && dimension == other.dimension;
	}

	@Override
	public int hashCode() {
		return symbol.hashCode() * 31 + dimension.hashCode();
	}

	@Override
	public String toString() {
		return symbol.isEmpty() ? dimension.name() : symbol;
	}
}
