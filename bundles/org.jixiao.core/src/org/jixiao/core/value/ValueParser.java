package org.jixiao.core.value;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

/**
 * Reads the target and actual texts of indicators. The text is first normalised: NFKC (full-width
 * digits, letters and signs become ASCII, ㎡ becomes m2), blanks removed, digit grouping commas
 * dropped, {@code >=} and {@code ≧} read as {@code ≥}. Then, in this order:
 * <ol>
 * <li>time words 按时 及时 按期 准时 如期 → {@link Descriptive} {@link Comparator#TIME};</li>
 * <li>dates and deadlines → {@link TimePoint}: 9月前, 12月底前, 2023年11月30日前, 9月中旬, 第三季度,
 * 2023年上半年, 年底前, 2023年, 2023-10-20, 2023/10, 2023.10.20, optionally preceded by 不晚于 and
 * followed by 完成; a month or year without a year takes the evaluation year;</li>
 * <li>rankings → {@link Quantity} in {@link Unit#RANK} with {@link Comparator#AT_MOST}: 第一, 第3名,
 * (位列园区)首位, 前三名; 前列 and 前茅 are {@link Descriptive} with {@link ValueFlag#RANK};</li>
 * <li>figures → {@link Quantity}: [共计|累计|完成…] [comparator] [约|近] [百分之] number [余|多] [万|亿]
 * [余|多] [unit[/unit]] [以上|以内|左右…]. The number is Arabic or a Chinese numeral (三十 = 30, 千余 = 1000,
 * 二十余万 = 200000); the unit is a known {@link Unit}, else any word of at most three letters right after
 * an Arabic number, read as a {@linkplain Unit#measureWord(String) measure word} of its own (192只, and
 * a known measure word followed by 次: 6艘次);</li>
 * <li>anything else is {@link Descriptive} {@link Comparator#QUALITATIVE} text.</li>
 * </ol>
 * Where a text has the shape of a figure but cannot be read (≥三三名, ≥良好, 30-40人, 2月30日前) the result
 * is a {@link ParseProblem} naming the text and the cause. A number followed by more than three letters
 * that are no unit (2023年无重大安全事故, 12345市长热线) is descriptive text, and so is a Chinese numeral
 * that does not form a whole figure with a known unit (七大类, 一流), since such words are common in prose.
 * The parser never throws on user text and is safe for concurrent use.
 */
public final class ValueParser {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+"); //$NON-NLS-1$
	private static final Pattern DIGIT_GROUPING = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))"); //$NON-NLS-1$

	private static final String SMALL = "(\\d{1,2}|[一二三四五六七八九十]{1,3})"; //$NON-NLS-1$
	private static final String DEADLINE = "(前|之前|以前|止|内)?(?:完成)?"; //$NON-NLS-1$
	private static final Pattern MONTH_DATE = Pattern.compile("(?:(\\d{4})年)?" + SMALL + "月(?:" + SMALL //$NON-NLS-1$ //$NON-NLS-2$
			+ "[日号]|(底|末|上旬|中旬|下旬))?" + DEADLINE); //$NON-NLS-1$
	private static final Pattern YEAR = Pattern.compile("(\\d{4})年度?(底|末|内)?" + DEADLINE); //$NON-NLS-1$
	private static final Pattern HALF_YEAR = Pattern.compile("(?:(\\d{4})年)?(上半年|下半年|年底|年末|年内|全年)" + DEADLINE); //$NON-NLS-1$
	private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})年)?第?([1-4一二三四])季度(末|底)?" + DEADLINE); //$NON-NLS-1$
	/** 2023-10-20, 2023/10/20, 2023-10, 2023/10, 2023.10.20 (a dot needs the day, 2023.10 being a number). */
	private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{4})(?:([-/])(\\d{1,2})(?:\\2(\\d{1,2}))?|\\.(\\d{1,2})\\.(\\d{1,2}))日?" //$NON-NLS-1$
			+ DEADLINE);
	private static final String RANK_NUMBER = "(\\d+|[零〇一二两三四五六七八九十百]+)"; //$NON-NLS-1$
	private static final Pattern RANK = Pattern.compile("\\D*?(?:第" + RANK_NUMBER + "[名位]?|(首位|榜首)|前" //$NON-NLS-1$ //$NON-NLS-2$
			+ RANK_NUMBER + "[名位]?(?:以内|之内|内)?)"); //$NON-NLS-1$
	private static final Pattern RANK_WORDS = Pattern.compile(".*(前列|前茅)"); //$NON-NLS-1$
	private static final Pattern RANGE = Pattern.compile("[-~—–至到]+(\\d|[零〇一二两三四五六七八九十])"); //$NON-NLS-1$

	private static final Set<String> TIME_WORDS = Set.of("按时", "及时", "按期", "准时", "如期"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String[] TIME_PREFIXES = { "不晚于", "不迟于", "在" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> SYMBOLS = Set.of("≥", ">", "=", "≤", "<"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Map<String, Comparator> PREFIXES;
	private static final Set<String> APPROXIMATE_PREFIXES = Set.of("约", "大约", "近", "将近"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Words before an actual figure that state no comparator: 共计173次, 累计完成1000人次, 完成100%. */
	private static final Words NEUTRAL_PREFIX_WORDS = new Words(List.of("共", "共计", "累计", "合计", "总计", "完成", "已完成", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"实际完成", "全年完成", "累计完成", "共完成", "实现")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String PERCENT_WORD = "百分之"; //$NON-NLS-1$
	/** Suffix → comparator; null for suffixes that only mark an approximate figure. */
	private static final Map<String, Comparator> SUFFIXES;
	private static final Set<String> APPROXIMATE_SUFFIXES = Set.of("左右", "上下"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final int MEASURE_WORD_LENGTH = 3;
	private static final Words PREFIX_WORDS;
	private static final Words APPROXIMATE_PREFIX_WORDS = new Words(APPROXIMATE_PREFIXES);
	private static final Words SUFFIX_WORDS;

	static {
		Map<String, Comparator> prefixes = new LinkedHashMap<>();
		Map<String, Comparator> suffixes = new LinkedHashMap<>();
		put(prefixes, Comparator.AT_LEAST, "≥", "大于等于", "大于或等于", "不低于", "不少于", "不小于", "达到", "达", "至少"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
		put(prefixes, Comparator.MORE_THAN, ">", "超过", "超", "逾", "高于", "大于", "多于"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		put(prefixes, Comparator.EQUAL, "=", "等于"); //$NON-NLS-1$ //$NON-NLS-2$
		put(prefixes, Comparator.AT_MOST, "≤", "不高于", "不超过", "不大于", "不多于", "低于等于", "小于等于", "小于或等于", "至多", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"控制在"); //$NON-NLS-1$
		put(prefixes, Comparator.LESS_THAN, "<", "低于", "少于", "小于", "不满", "不足"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		put(suffixes, Comparator.AT_LEAST, "以上", "及以上"); //$NON-NLS-1$ //$NON-NLS-2$
		put(suffixes, Comparator.AT_MOST, "以下", "及以下", "以内", "之内", "内"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		put(suffixes, null, "左右", "上下"); //$NON-NLS-1$ //$NON-NLS-2$
		PREFIXES = Collections.unmodifiableMap(prefixes);
		SUFFIXES = Collections.unmodifiableMap(suffixes);
		PREFIX_WORDS = new Words(PREFIXES.keySet());
		SUFFIX_WORDS = new Words(SUFFIXES.keySet());
	}

	private final Year year;

	/**
	 * @param year the evaluation year (年度), given to months and days written without a year
	 */
	public ValueParser(Year year) {
		this.year = Objects.requireNonNull(year);
	}

	/** @return the evaluation year */
	public Year year() {
		return year;
	}

	/**
	 * The normal form used for matching: NFKC, no blanks, no digit grouping, ≥/≤ for {@code >=}/{@code <=}.
	 *
	 * @param text any text, not null
	 * @return the normalised text
	 */
	public static String normalize(String text) {
		return isNormal(text) ? text : normalizeFully(text);
	}

	/**
	 * Whether {@link #normalize(String)} leaves the text as it is: every character is printable ASCII,
	 * a CJK unified ideograph or one of ≥ ≤ ‰ (all unchanged by NFKC, and no two of them compose), and
	 * there is no comma and no {@code >=}, {@code <=} or {@code ==}.
	 */
	static boolean isNormal(String text) {
		char previous = ' ';
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean stable = c > ' ' && c < 0x7F && c != ',' || c >= '\u4E00' && c <= '\u9FFF' || c == '≥' || c == '≤'
					|| c == '‰';
			if (!stable || c == '=' && (previous == '>' || previous == '<' || previous == '=')) {
				return false;
			}
			previous = c;
		}
		return true;
	}

	/** The normal form, worked out step by step. */
	static String normalizeFully(String text) {
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
		s = WHITESPACE.matcher(s).replaceAll(""); //$NON-NLS-1$
		s = DIGIT_GROUPING.matcher(s).replaceAll(""); //$NON-NLS-1$
		return s.replace(">=", "≥").replace("<=", "≤").replace("≧", "≥").replace("≦", "≤").replace("==", "="); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	}

	/**
	 * @param text a target or actual text as typed or imported; may be null or blank
	 * @return the value read, or a problem naming the text and the cause
	 */
	public ParseResult parse(String text) {
		String given = text == null ? "" : text.strip(); //$NON-NLS-1$
		String s = normalize(given);
		if (s.isEmpty()) {
			return new ParseProblem(given, ParseProblem.Cause.EMPTY, Messages.ValueParser_empty);
		}
		if (TIME_WORDS.contains(s)) {
			return new Descriptive(given, Comparator.TIME, Set.of());
		}
		Optional<ParseResult> result = mayBeTime(s) ? parseTime(given, s) : Optional.empty();
		if (result.isEmpty() && mayBeRank(s)) {
			result = parseRank(given, s);
		}
		return result.orElseGet(() -> parseFigure(given, s));
	}

	/**
	 * Whether a normalised text may be a date or deadline: every time form has 月, 年 or 季(度), or four
	 * digits and a date separator (2023-10-20).
	 */
	static boolean mayBeTime(String s) {
		if (containsAny(s, "月年季")) { //$NON-NLS-1$
			return true;
		}
		for (int i = 0; i + 5 < s.length(); i++) {
			if (isAsciiDigit(s.charAt(i)) && isAsciiDigit(s.charAt(i + 3)) && "-/.".indexOf(s.charAt(i + 4)) >= 0) { //$NON-NLS-1$
				return true;
			}
		}
		return false;
	}

	/** Whether a normalised text may be a ranking: every rank form has 第, 前 or 首 (首位, 榜首). */
	static boolean mayBeRank(String s) {
		return containsAny(s, "第前首"); //$NON-NLS-1$
	}

	private static boolean containsAny(String s, String chars) {
		for (int i = 0; i < s.length(); i++) {
			if (chars.indexOf(s.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	/** Dates and deadlines; empty when the text is none. */
	Optional<ParseResult> parseTime(String given, String normalized) {
		String s = normalized;
		for (String prefix : TIME_PREFIXES) {
			if (s.startsWith(prefix)) {
				s = s.substring(prefix.length());
				break;
			}
		}
		Matcher m = MONTH_DATE.matcher(s);
		if (m.matches()) {
			return Optional.of(monthDate(given, s, m));
		}
		m = YEAR.matcher(s);
		if (m.matches()) {
			Year y = Year.of(Integer.parseInt(m.group(1)));
			Temporal time = m.group(2) == null && m.group(3) == null ? y : y.atMonth(12);
			return Optional.of(new TimePoint(given, time, Set.of()));
		}
		m = HALF_YEAR.matcher(s);
		if (m.matches()) {
			int month = "上半年".equals(m.group(2)) ? 6 : 12; //$NON-NLS-1$
			return Optional.of(new TimePoint(given, yearOf(m.group(1)).atMonth(month), Set.of()));
		}
		m = QUARTER.matcher(s);
		if (m.matches()) {
			int quarter = smallNumber(m.group(2));
			return Optional.of(new TimePoint(given, yearOf(m.group(1)).atMonth(quarter * 3), Set.of()));
		}
		m = NUMERIC_DATE.matcher(s);
		if (m.matches()) {
			return Optional.of(numericDate(given, m));
		}
		return Optional.empty();
	}

	private static ParseResult numericDate(String given, Matcher m) {
		int y = Integer.parseInt(m.group(1));
		String month = m.group(3) != null ? m.group(3) : m.group(5);
		String day = m.group(3) != null ? m.group(4) : m.group(6);
		try {
			YearMonth yearMonth = YearMonth.of(y, Integer.parseInt(month));
			Temporal time = day == null ? yearMonth : yearMonth.atDay(Integer.parseInt(day));
			return new TimePoint(given, time, Set.of());
		} catch (DateTimeException e) {
			String date = m.group(0).substring(0, m.end(day == null ? (m.group(3) != null ? 3 : 5) : m.group(3) != null ? 4 : 6));
			return problem(given, ParseProblem.Cause.INVALID_DATE, Messages.ValueParser_invalidDate, date);
		}
	}

	private ParseResult monthDate(String given, String s, Matcher m) {
		Year y = yearOf(m.group(1));
		int month = smallNumber(m.group(2));
		try {
			YearMonth yearMonth = y.atMonth(month);
			Temporal time;
			if (m.group(3) != null) {
				time = yearMonth.atDay(smallNumber(m.group(3)));
			} else if ("上旬".equals(m.group(4))) { //$NON-NLS-1$
				time = yearMonth.atDay(10);
			} else if ("中旬".equals(m.group(4))) { //$NON-NLS-1$
				time = yearMonth.atDay(20);
			} else {
				time = yearMonth;
			}
			return new TimePoint(given, time, Set.of());
		} catch (DateTimeException e) {
			int from = m.start(1) < 0 ? m.start(2) : m.start(1);
			String date = s.substring(from, m.end(3) < 0 ? m.end(2) + 1 : m.end(3) + 1);
			return problem(given, ParseProblem.Cause.INVALID_DATE, Messages.ValueParser_invalidDate, date);
		}
	}

	private Year yearOf(String digits) {
		return digits == null ? year : Year.of(Integer.parseInt(digits));
	}

	/** Month, day or quarter numbers: Arabic, or Chinese numerals up to 三十一; -1 when malformed. */
	private static int smallNumber(String text) {
		if (Character.isDigit(text.charAt(0))) {
			return Integer.parseInt(text);
		}
		return ChineseNumerals.parse(text).map(BigDecimal::intValue).orElse(-1);
	}

	/** Rankings; empty when the text is none. */
	static Optional<ParseResult> parseRank(String given, String s) {
		Matcher m = RANK.matcher(s);
		if (m.matches()) {
			String digits = m.group(1) != null ? m.group(1) : m.group(3);
			EnumSet<ValueFlag> flags = EnumSet.of(ValueFlag.RANK);
			BigDecimal rank = BigDecimal.ONE;
			if (digits != null) {
				Optional<BigDecimal> number = readNumber(digits, flags);
				if (number.isEmpty()) {
					return Optional.of(problem(given, ParseProblem.Cause.NOT_A_NUMBER, Messages.ValueParser_notANumber, digits));
				}
				rank = number.get();
			}
			return Optional.of(new Quantity(given, Comparator.AT_MOST, rank, Unit.RANK, flags));
		}
		if (RANK_WORDS.matcher(s).matches()) {
			return Optional.of(new Descriptive(given, Comparator.QUALITATIVE, Set.of(ValueFlag.RANK)));
		}
		return Optional.empty();
	}

	private static Optional<BigDecimal> readNumber(String digits, Set<ValueFlag> flags) {
		if (Character.isDigit(digits.charAt(0))) {
			return Optional.of(new BigDecimal(digits));
		}
		flags.add(ValueFlag.CHINESE_NUMERAL);
		return ChineseNumerals.parse(digits);
	}

	private static ParseResult parseFigure(String given, String s) {
		EnumSet<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
		int i = 0;
		String neutral = NEUTRAL_PREFIX_WORDS.longestAt(s, i);
		if (neutral != null) {
			i += neutral.length();
		}
		String stated = PREFIX_WORDS.longestAt(s, i);
		if (stated != null) {
			i += stated.length();
		}
		boolean symbolic = stated != null && SYMBOLS.contains(stated);
		String approximately = APPROXIMATE_PREFIX_WORDS.longestAt(s, i);
		if (approximately != null) {
			flags.add(ValueFlag.APPROXIMATE);
			i += approximately.length();
		}
		boolean percentWord = s.startsWith(PERCENT_WORD, i);
		if (percentWord) {
			i += PERCENT_WORD.length();
		}
		boolean negative = s.startsWith("-", i) && i + 1 < s.length() && isAsciiDigit(s.charAt(i + 1)); //$NON-NLS-1$
		if (negative) {
			i++;
		}
		int start = i;
		BigDecimal number;
		boolean chinese = false;
		if (i < s.length() && isAsciiDigit(s.charAt(i))) {
			boolean point = false;
			while (i < s.length() && (isAsciiDigit(s.charAt(i)) || !point && s.charAt(i) == '.' && i + 1 < s.length()
					&& isAsciiDigit(s.charAt(i + 1)))) {
				point |= s.charAt(i) == '.';
				i++;
			}
			number = new BigDecimal(s.substring(start, i));
		} else if (i < s.length() && ChineseNumerals.isNumeralChar(s.charAt(i))) {
			while (i < s.length() && ChineseNumerals.isNumeralChar(s.charAt(i))) {
				i++;
			}
			String run = s.substring(start, i);
			Optional<BigDecimal> value = ChineseNumerals.parse(run);
			if (value.isEmpty()) {
				return symbolic || percentWord || isFigureTail(s, i)
						? problem(given, ParseProblem.Cause.NOT_A_NUMBER, Messages.ValueParser_notANumber, run)
						: descriptive(given);
			}
			number = value.get();
			chinese = true;
			flags.add(ValueFlag.CHINESE_NUMERAL);
		} else {
			return symbolic || percentWord
					? problem(given, ParseProblem.Cause.MISSING_NUMBER, Messages.ValueParser_missingNumber,
							percentWord ? PERCENT_WORD : stated)
					: descriptive(given);
		}
		if (negative) {
			number = number.negate();
		}
		Unit unit = percentWord ? Unit.PERCENT : null;
		boolean marked = i < s.length() && isApproximateMark(s.charAt(i));
		if (marked) {
			flags.add(ValueFlag.APPROXIMATE);
			i++;
		}
		if (unit == null && i < s.length() && "千万亿".indexOf(s.charAt(i)) >= 0 && (!chinese || marked)) { //$NON-NLS-1$
			int next = i + 1;
			boolean approximate = next < s.length() && isApproximateMark(s.charAt(next));
			if (approximate) {
				next++;
			}
			if (s.startsWith("元", next)) { //$NON-NLS-1$
				unit = switch (s.charAt(i)) {
					case '千' -> Unit.QIAN_YUAN;
					case '万' -> Unit.WAN_YUAN;
					default -> Unit.YI_YUAN;
				};
				if (approximate) {
					flags.add(ValueFlag.APPROXIMATE);
				}
				i = next + 1;
			} else {
				number = Numbers.tidy(number.multiply(multiplier(s.charAt(i))));
				i++;
			}
		}
		if (unit == null && i < s.length() && isApproximateMark(s.charAt(i))) {
			flags.add(ValueFlag.APPROXIMATE);
			i++;
		}
		if (unit == null) {
			String spelling = Unit.spellingAt(s, i);
			int word = chinese ? 0 : measureWordAt(s, i);
			boolean perTime = spelling != null && word == spelling.length() + 1 && s.charAt(i + spelling.length()) == '次';
			if (spelling != null && !perTime) {
				unit = Unit.of(spelling).orElseThrow();
				i += spelling.length();
			} else if (word > 0) {
				unit = Unit.measureWord(s.substring(i, i + word));
				i += word;
			}
		}
		if (unit != null && unit.dimension() != Dimension.PERCENT && s.startsWith("/", i)) { //$NON-NLS-1$
			int length = perWordAt(s, i + 1);
			if (length > 0) {
				unit = Unit.rate(unit.symbol() + s.substring(i, i + 1 + length));
				i += 1 + length;
			}
		}
		String suffix = SUFFIX_WORDS.longestAt(s, i);
		if (suffix != null) {
			i += suffix.length();
			if (APPROXIMATE_SUFFIXES.contains(suffix)) {
				flags.add(ValueFlag.APPROXIMATE);
			}
		}
		String rest = s.substring(i);
		if (!rest.isEmpty()) {
			return unreadTail(given, rest, chinese && !symbolic, symbolic);
		}
		Comparator byPrefix = stated == null ? null : PREFIXES.get(stated);
		Comparator bySuffix = suffix == null ? null : SUFFIXES.get(suffix);
		if (byPrefix != null && bySuffix != null && byPrefix != bySuffix) {
			return new ParseProblem(given, ParseProblem.Cause.CONFLICTING_COMPARATORS,
					NLS.bind(Messages.ValueParser_conflictingComparators, new Object[] { given, stated, suffix }));
		}
		Comparator comparator = byPrefix != null ? byPrefix : bySuffix != null ? bySuffix : Comparator.AT_LEAST;
		return new Quantity(given, comparator, number, unit == null ? Unit.NONE : unit, flags);
	}

	/**
	 * The length of a measure word that is no known unit at {@code from}: one to three letters, ending
	 * the text or followed by a suffix such as 以上 that ends it (192只, 3樘以上); 0 when there is none.
	 */
	private static int measureWordAt(String s, int from) {
		for (int length = 1; length <= MEASURE_WORD_LENGTH && from + length <= s.length(); length++) {
			if (!Character.isLetter(s.codePointAt(from + length - 1)) || isApproximateMark(s.charAt(from + length - 1))) {
				return 0;
			}
			int end = from + length;
			String suffix = SUFFIX_WORDS.longestAt(s, end);
			if (end == s.length() || suffix != null && end + suffix.length() == s.length()) {
				return SUFFIX_WORDS.longestAt(s, from) == null ? length : 0;
			}
		}
		return 0;
	}

	/** The length of the word after the slash of a rate (元/人, 次/年, 元/人·天): a known unit or measure word. */
	private static int perWordAt(String s, int from) {
		String spelling = Unit.spellingAt(s, from);
		if (spelling != null) {
			return spelling.length();
		}
		return measureWordAt(s, from);
	}

	/**
	 * Decides what a figure followed by unread text is: a range, a malformed figure (after a comparator
	 * symbol) or descriptive text.
	 */
	private static ParseResult unreadTail(String given, String rest, boolean plainChinese, boolean symbolic) {
		if (RANGE.matcher(rest).lookingAt()) {
			return new ParseProblem(given, ParseProblem.Cause.RANGE, NLS.bind(Messages.ValueParser_range, given));
		}
		if (plainChinese) {
			return descriptive(given);
		}
		return symbolic ? problem(given, ParseProblem.Cause.UNEXPECTED_TEXT, Messages.ValueParser_unexpectedText, rest)
				: descriptive(given);
	}

	/** Whether the text from {@code i} is what may follow a number in a figure: [余|多][unit][suffix]. */
	private static boolean isFigureTail(String s, int i) {
		int at = i;
		if (at < s.length() && isApproximateMark(s.charAt(at))) {
			at++;
		}
		String spelling = Unit.spellingAt(s, at);
		if (spelling != null) {
			at += spelling.length();
		}
		String suffix = SUFFIX_WORDS.longestAt(s, at);
		return (suffix == null ? at : at + suffix.length()) == s.length();
	}

	private static boolean isApproximateMark(char c) {
		return c == '余' || c == '多';
	}

	private static boolean isAsciiDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static BigDecimal multiplier(char c) {
		return switch (c) {
			case '千' -> BigDecimal.valueOf(1000);
			case '万' -> BigDecimal.valueOf(10_000);
			default -> BigDecimal.valueOf(100_000_000);
		};
	}

	private static Descriptive descriptive(String given) {
		return new Descriptive(given, Comparator.QUALITATIVE, Set.of());
	}

	private static ParseProblem problem(String given, ParseProblem.Cause cause, String message, String detail) {
		return new ParseProblem(given, cause, NLS.bind(message, given, detail));
	}

	private static <V> void put(Map<String, V> map, V value, String... words) {
		for (String word : words) {
			map.put(word, value);
		}
	}
}
