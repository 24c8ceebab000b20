package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The figure forms of targets and actuals; messages are checked in English (see run-tests.sh). */
class ValueParserTest {

	private final ValueParser parser = new ValueParser(Year.of(2023));

	static Set<ValueFlag> flags(String names) {
		EnumSet<ValueFlag> flags = EnumSet.noneOf(ValueFlag.class);
		if (names != null) {
			Arrays.stream(names.split(" ")).map(ValueFlag::valueOf).forEach(flags::add);
		}
		return flags;
	}

	@ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			≥30名              | AT_LEAST  | 30          | 名   | -
			30名以上           | AT_LEAST  | 30          | 名   | -
			不低于95%          | AT_LEAST  | 95          | %    | -
			≤650万元           | AT_MOST   | 650         | 万元 | -
			=100%              | EQUAL     | 100         | %    | -
			2天以内            | AT_MOST   | 2           | 天   | -
			300余篇            | AT_LEAST  | 300         | 篇   | APPROXIMATE
			1.6万余件          | AT_LEAST  | 16000       | 件   | APPROXIMATE
			100%               | AT_LEAST  | 100         | %    | -
			850万元            | AT_LEAST  | 850         | 万元 | -
			≥11.376万元        | AT_LEAST  | 11.376      | 万元 | -
			29.5亩             | AT_LEAST  | 29.5        | 亩   | -
			>5件               | MORE_THAN | 5           | 件   | -
			超过5件            | MORE_THAN | 5           | 件   | -
			高于80%            | MORE_THAN | 80          | %    | -
			等于100%           | EQUAL     | 100         | %    | -
			不高于3%           | AT_MOST   | 3           | %    | -
			不超过650万元      | AT_MOST   | 650         | 万元 | -
			低于等于5‰         | AT_MOST   | 5           | ‰    | -
			<3次               | LESS_THAN | 3           | 次   | -
			低于3次            | LESS_THAN | 3           | 次   | -
			少于3起            | LESS_THAN | 3           | 起   | -
			不少于20场次       | AT_LEAST  | 20          | 场次 | -
			达到90%            | AT_LEAST  | 90          | %    | -
			约200人            | AT_LEAST  | 200         | 人   | APPROXIMATE
			200人左右          | AT_LEAST  | 200         | 人   | APPROXIMATE
			20多家             | AT_LEAST  | 20          | 家   | APPROXIMATE
			900余人            | AT_LEAST  | 900         | 人   | APPROXIMATE
			1.2万余元          | AT_LEAST  | 1.2         | 万元 | APPROXIMATE
			3万人次            | AT_LEAST  | 30000       | 人次 | -
			5千元              | AT_LEAST  | 5           | 千元 | -
			2亿元              | AT_LEAST  | 2           | 亿元 | -
			850万              | AT_LEAST  | 8500000     | -    | -
			3个月              | AT_LEAST  | 3           | 个月 | -
			≤3月               | AT_MOST   | 3           | 月   | -
			3月以内            | AT_MOST   | 3           | 月   | -
			3个工作日内        | AT_MOST   | 3           | 工作日 | -
			24小时             | AT_LEAST  | 24          | 小时 | -
			≤30分钟            | AT_MOST   | 30          | 分钟 | -
			≥90分              | AT_LEAST  | 90          | 分   | -
			8年                | AT_LEAST  | 8           | 年   | -
			-5%                | AT_LEAST  | -5          | %    | -
			25,567,092.46元    | AT_LEAST  | 25567092.46 | 元   | -
			控制在650万元以内  | AT_MOST   | 650         | 万元 | -
			≥30名以上          | AT_LEAST  | 30          | 名   | -
			≥三十名            | AT_LEAST  | 30          | 名   | CHINESE_NUMERAL
			三十               | AT_LEAST  | 30          | -    | CHINESE_NUMERAL
			千余人             | AT_LEAST  | 1000        | 人   | APPROXIMATE CHINESE_NUMERAL
			两千元             | AT_LEAST  | 2000        | 元   | CHINESE_NUMERAL
			第一               | AT_MOST   | 1           | 名次 | CHINESE_NUMERAL RANK
			第3名              | AT_MOST   | 3           | 名次 | RANK
			位列园区首位       | AT_MOST   | 1           | 名次 | RANK
			供稿数量位居园区第一 | AT_MOST | 1           | 名次 | CHINESE_NUMERAL RANK
			前三名             | AT_MOST   | 3           | 名次 | CHINESE_NUMERAL RANK
			前10名以内         | AT_MOST   | 10          | 名次 | RANK
			30斤               | AT_LEAST  | 30          | 斤   | -
			≥30kg              | AT_LEAST  | 30          | kg   | -
			≥266米             | AT_LEAST  | 266         | 米   | -
			≥50厘米            | AT_LEAST  | 50          | 厘米 | -
			25.29㎡            | AT_LEAST  | 25.29       | m2   | -
			29.5亩             | AT_LEAST  | 29.5        | 亩   | -
			≥100百分比         | AT_LEAST  | 100         | 百分比 | -
			四个               | AT_LEAST  | 4           | 个   | CHINESE_NUMERAL
			二十余场           | AT_LEAST  | 20          | 场   | APPROXIMATE CHINESE_NUMERAL
			一百二十份         | AT_LEAST  | 120         | 份   | CHINESE_NUMERAL
			3万余人            | AT_LEAST  | 30000       | 人   | APPROXIMATE
			20多万人次         | AT_LEAST  | 200000      | 人次 | APPROXIMATE
			二十余万人         | AT_LEAST  | 200000      | 人   | APPROXIMATE CHINESE_NUMERAL
			约95%              | AT_LEAST  | 95          | %    | APPROXIMATE
			近1000人           | AT_LEAST  | 1000        | 人   | APPROXIMATE
			逾1000人           | MORE_THAN | 1000        | 人   | -
			达95%              | AT_LEAST  | 95          | %    | -
			共计173次          | AT_LEAST  | 173         | 次   | -
			累计完成1000余人次 | AT_LEAST  | 1000        | 人次 | APPROXIMATE
			完成100%           | AT_LEAST  | 100         | %    | -
			百分之九十五       | AT_LEAST  | 95          | %    | CHINESE_NUMERAL
			三只               | AT_LEAST  | 3           | 只   | CHINESE_NUMERAL
			""")
	void readsFigures(String text, Comparator comparator, BigDecimal number, String unit, String flagNames) {
		Quantity value = assertInstanceOf(Quantity.class, parser.parse(text), text);
		assertEquals(comparator, value.comparator(), text);
		assertEquals(0, number.compareTo(value.number()), () -> text + " number " + value.number());
		assertEquals(unit == null ? Unit.NONE : Unit.of(unit).orElseThrow(), value.unit(), text);
		assertEquals(flags(flagNames), value.flags(), text);
		assertEquals(text, value.text());
	}

	@ParameterizedTest(name = "{0} → {1} in {2}")
	@CsvSource(delimiter = '|', textBlock = """
			192只      | 192 | 只
			3樘        | 3   | 樘
			≥3樘以上   | 3   | 樘
			6艘次      | 6   | 艘次
			""")
	void readsAnyShortWordAfterAnArabicNumberAsAMeasureWordOfItsOwn(String text, BigDecimal number, String word) {
		Quantity value = assertInstanceOf(Quantity.class, parser.parse(text), text);
		assertEquals(0, number.compareTo(value.number()), text);
		assertEquals(word, value.unit().symbol());
		assertEquals(Dimension.COUNT, value.unit().dimension());
	}

	@Test
	void readsAUnitPerAnotherAsARate() {
		Quantity value = assertInstanceOf(Quantity.class, parser.parse("≤300元/人"));
		assertEquals(Comparator.AT_MOST, value.comparator());
		assertEquals("元/人", value.unit().symbol());
		assertEquals(Dimension.RATE, value.unit().dimension());
		assertEquals("元/人·天", ((Quantity) parser.parse("500元/人·天")).unit().symbol());
	}

	@Test
	void normalisesFullWidthCharactersAndBlanks() {
		Quantity value = assertInstanceOf(Quantity.class, parser.parse("　≥ ３０ 名　"));
		assertEquals(Comparator.AT_LEAST, value.comparator());
		assertEquals(new BigDecimal("30"), value.number());
		assertEquals("名", value.unit().symbol());
		assertEquals("≥ ３０ 名", value.text(), "the text is kept as given, without surrounding blanks");
		Quantity percent = assertInstanceOf(Quantity.class, parser.parse("不低于９５％"));
		assertEquals(Unit.PERCENT, percent.unit());
		assertEquals(Comparator.AT_LEAST, ((Quantity) parser.parse(">=90%")).comparator());
		assertEquals(Comparator.AT_MOST, ((Quantity) parser.parse("<=90%")).comparator());
	}

	@Test
	void keepsTheExactDecimal() {
		Quantity value = (Quantity) parser.parse("≥11.376万元");
		assertEquals("11.376", value.number().toPlainString());
		assertEquals(new BigDecimal("113760"), value.inBaseUnit());
		assertEquals(new BigDecimal("8500000"), ((Quantity) parser.parse("850万元")).inBaseUnit());
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			9月前              | 2023-09
			9月底前            | 2023-09
			12月底前           | 2023-12
			十二月底前         | 2023-12
			2023年11月30日前   | 2023-11-30
			11月30日前完成     | 2023-11-30
			2024年1月          | 2024-01
			9月上旬            | 2023-09-10
			9月中旬前          | 2023-09-20
			9月下旬            | 2023-09
			9月20号            | 2023-09-20
			不晚于10月         | 2023-10
			第三季度前         | 2023-09
			一季度末           | 2023-03
			2023年上半年       | 2023-06
			年底前             | 2023-12
			2023年底前         | 2023-12
			2023年内           | 2023-12
			2023年             | 2023
			2022年度           | 2022
			2023-10-20         | 2023-10-20
			2023/10/20前       | 2023-10-20
			2023.10.20         | 2023-10-20
			2023-10            | 2023-10
			2023年12月31日前   | 2023-12-31
			""")
	void readsTimePoints(String text, String expected) {
		TimePoint value = assertInstanceOf(TimePoint.class, parser.parse(text), text);
		Object time = switch (expected.length()) {
			case 4 -> Year.parse(expected);
			case 7 -> YearMonth.parse(expected);
			default -> LocalDate.parse(expected);
		};
		assertEquals(time, value.time(), text);
		assertEquals(Comparator.TIME, value.comparator());
		assertEquals(Unit.DATE, value.unit());
	}

	@Test
	void usesTheEvaluationYearForMonthsWithoutYear() {
		assertEquals(YearMonth.of(2024, 9), ((TimePoint) new ValueParser(Year.of(2024)).parse("9月前")).time());
	}

	@ParameterizedTest
	@ValueSource(strings = { "按时", "及时", "按期", "准时", "如期" })
	void readsTimeWords(String text) {
		Descriptive value = assertInstanceOf(Descriptive.class, parser.parse(text));
		assertEquals(Comparator.TIME, value.comparator());
	}

	@ParameterizedTest
	@ValueSource(strings = { "达成年度指标", "完成", "按时完成", "有效改善", "部分达成年度指标并具有一定效果", "—", "七大类", "一流",
			"三公里就业圈", "2023年无重大安全事故", "12345市长热线", "50·科技之星", "30名优秀学员", "不低于去年水平",
			"不低于2022年水平", "超额完成", "达成年度指标", "完成率100%", "5G基站建设", "±10%" })
	void readsDescriptiveText(String text) {
		Descriptive value = assertInstanceOf(Descriptive.class, parser.parse(text), text);
		assertEquals(Comparator.QUALITATIVE, value.comparator());
		assertEquals(Unit.NONE, value.unit());
		assertEquals(Set.of(), value.flags());
	}

	@ParameterizedTest
	@ValueSource(strings = { "前列", "位于园区前列", "名列前茅" })
	void readsRankWordsWithoutNumberAsDescriptive(String text) {
		Descriptive value = assertInstanceOf(Descriptive.class, parser.parse(text));
		assertEquals(Comparator.QUALITATIVE, value.comparator());
		assertTrue(value.has(ValueFlag.RANK));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
			≥三三名        | NOT_A_NUMBER            | '≥三三名': 三三 is not a number
			三十十名       | NOT_A_NUMBER            | '三十十名': 三十十 is not a number
			≥三百五人      | NOT_A_NUMBER            | '≥三百五人': 三百五 is not a number
			第三三名       | NOT_A_NUMBER            | '第三三名': 三三 is not a number
			≥良好          | MISSING_NUMBER          | '≥良好': no number follows ≥
			≤              | MISSING_NUMBER          | '≤': no number follows ≤
			≥30人以内      | CONFLICTING_COMPARATORS | '≥30人以内': ≥ contradicts 以内
			≥30名斤        | UNEXPECTED_TEXT         | '≥30名斤': unexpected 斤 after the figure
			30-40人        | RANGE                   | '30-40人': a range or period is not a single value
			1-10月         | RANGE                   | '1-10月': a range or period is not a single value
			2022-2023年度  | RANGE                   | '2022-2023年度': a range or period is not a single value
			30~40%         | RANGE                   | '30~40%': a range or period is not a single value
			2月30日前      | INVALID_DATE            | '2月30日前': 2月30日 is not a valid date
			2023年2月29日  | INVALID_DATE            | '2023年2月29日': 2023年2月29日 is not a valid date
			13月前         | INVALID_DATE            | '13月前': 13月 is not a valid date
			2023-02-30     | INVALID_DATE            | '2023-02-30': 2023-02-30 is not a valid date
			≥百分之        | MISSING_NUMBER          | '≥百分之': no number follows 百分之
			""")
	void reportsProblemsNamingTextAndCause(String text, ParseProblem.Cause cause, String message) {
		ParseProblem problem = assertInstanceOf(ParseProblem.class, parser.parse(text), text);
		assertEquals(cause, problem.cause());
		assertEquals(message, problem.message());
		assertEquals(text, problem.text());
	}

	@Test
	void reportsEmptyTextInsteadOfThrowing() {
		for (String text : new String[] { null, "", "   ", "\u3000" }) {
			ParseProblem problem = assertInstanceOf(ParseProblem.class, parser.parse(text));
			assertEquals(ParseProblem.Cause.EMPTY, problem.cause());
			assertEquals("The value is empty", problem.message());
		}
	}

	@Test
	void acceptsALeapDay() {
		assertEquals(LocalDate.of(2024, 2, 29), ((TimePoint) parser.parse("2024年2月29日前")).time());
	}

	@Test
	void neverThrowsOnRandomText() {
		String alphabet = "0123456789.,-~%‰≥≤<>=万亿千百十余多约以上内下左右名人个次件元天月日年前底第首位列一二三四五六七八九零两斤kg ，。　";
		java.util.Random random = new java.util.Random(20231130L);
		for (int i = 0; i < 20_000; i++) {
			int length = random.nextInt(9);
			StringBuilder text = new StringBuilder();
			for (int j = 0; j < length; j++) {
				text.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			ParseResult result = parser.parse(text.toString());
			assertEquals(text.toString().strip(), result.text(), "the result names the text");
			if (result instanceof ParseProblem problem) {
				assertTrue(problem.message().contains(problem.text()) || problem.cause() == ParseProblem.Cause.EMPTY,
						problem.message());
			}
		}
	}
}
