package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the reference report (2023 党政办公室 self-evaluation) parses. The test first proves
 * that the figures listed here cover every digit of the report, apart from the list markers "1." … at
 * the start of a line, so a figure cannot be forgotten.
 */
class ReferenceReportFiguresTest {

	private static final Pattern LIST_MARKER = Pattern.compile("(?m)^\\d+\\.");
	private static final String REPORT = "2023-dangzhengban-self-evaluation.txt";

	/** figure text → expected "number unit [flags]" for quantities, time for time points. */
	private static final Map<String, String> QUANTITIES = new LinkedHashMap<>();
	private static final Map<String, Object> TIMES = new LinkedHashMap<>();
	/** Periods (ranges) are no single value: they are reported as a RANGE problem. */
	private static final List<String> PERIODS = List.of("1-10月", "2022-2023年度");
	/** Names that contain digits are prose, not figures. */
	private static final List<String> NAMES = List.of("50·科技之星", "12345市长热线");

	private static String report;

	static {
		String[] figures = { "9个=9 个", "25567092.46元=25567092.46 元", "23次=23 次", "300余篇=300 篇 APPROXIMATE",
				"3331件=3331 件", "138号=138 号", "70号=70 号", "72号=72 号", "138份=138 份", "28次=28 次", "14次=14 次",
				"22次=22 次", "34件=34 件", "24小时=24 小时", "81篇=81 篇", "2421条=2421 条", "229篇=229 篇", "68篇=68 篇",
				"85篇=85 篇", "76篇=76 篇", "72篇=72 篇", "6篇=6 篇", "128条=128 条", "51起=51 起", "18起=18 起",
				"150余份=150 份 APPROXIMATE", "30名=30 名", "3家=3 家", "1名=1 名", "1.6万余件=16000 件 APPROXIMATE",
				"772条=772 条", "114户=114 户", "28个=28 个", "1场次=1 场次", "20余场次=20 场次 APPROXIMATE", "8782人=8782 人",
				"60余户=60 户 APPROXIMATE", "900余人=900 人 APPROXIMATE", "1000余人=1000 人 APPROXIMATE", "185件=185 件",
				"1790件=1790 件", "165个=165 个", "300个=300 个", "1400人=1400 人", "899人=899 人", "850万元=850 万元",
				"650万元=650 万元", "4场=4 场", "3000余个=3000 个 APPROXIMATE", "1200余人=1200 人 APPROXIMATE", "4个=4 个",
				"60人=60 人", "21人=21 人", "172人=172 人", "99.3分=99.3 分",
				"千余人=1000 人 APPROXIMATE CHINESE_NUMERAL", "位列园区首位=1 名次 RANK",
				"位居园区第一=1 名次 CHINESE_NUMERAL RANK", "位居全市各县区第一=1 名次 CHINESE_NUMERAL RANK",
				"位于全市第一=1 名次 CHINESE_NUMERAL RANK" };
		for (String figure : figures) {
			String[] parts = figure.split("=");
			QUANTITIES.put(parts[0], parts[1]);
		}
		TIMES.put("2023年度", Year.of(2023));
		TIMES.put("2022年度", Year.of(2022));
		TIMES.put("2023年", Year.of(2023));
		TIMES.put("2022年", Year.of(2022));
		TIMES.put("2023年上半年", YearMonth.of(2023, 6));
	}

	private final ValueParser parser = new ValueParser(Year.of(2023));

	@BeforeAll
	static void readReport() throws IOException {
		try (InputStream in = ReferenceReportFiguresTest.class.getResourceAsStream(REPORT)) {
			report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void listedFiguresCoverEveryDigitOfTheReport() {
		boolean[] covered = new boolean[report.length()];
		Matcher marker = LIST_MARKER.matcher(report);
		while (marker.find()) {
			mark(covered, marker.start(), marker.end());
		}
		List<String> all = new ArrayList<>(QUANTITIES.keySet());
		all.addAll(TIMES.keySet());
		all.addAll(PERIODS);
		all.addAll(NAMES);
		for (String figure : all) {
			int at = report.indexOf(figure);
			assertTrue(at >= 0, () -> figure + " is not in the report");
			for (; at >= 0; at = report.indexOf(figure, at + 1)) {
				mark(covered, at, at + figure.length());
			}
		}
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < report.length(); i++) {
			if (Character.isDigit(report.charAt(i)) && !covered[i]) {
				missed.add(report.substring(Math.max(0, i - 3), Math.min(report.length(), i + 6)));
			}
		}
		assertEquals(List.of(), missed, "digits of the report outside the listed figures");
	}

	@Test
	void everyQuantityParses() {
		QUANTITIES.forEach((text, expected) -> {
			Quantity value = assertInstanceOf(Quantity.class, parser.parse(text), text);
			String[] parts = expected.split(" ", 3);
			assertEquals(0, new BigDecimal(parts[0]).compareTo(value.number()), text);
			assertEquals(parts[1], value.unit().symbol(), text);
			assertEquals(ValueParserTest.flags(parts.length > 2 ? parts[2] : null), value.flags(), text);
		});
	}

	@Test
	void everyTimeParses() {
		TIMES.forEach((text, expected) -> assertEquals(expected, assertInstanceOf(TimePoint.class, parser.parse(text), text).time(), text));
	}

	@Test
	void periodsAreReportedAsRanges() {
		for (String text : PERIODS) {
			assertEquals(ParseProblem.Cause.RANGE, assertInstanceOf(ParseProblem.class, parser.parse(text)).cause());
		}
	}

	@Test
	void namesWithDigitsAndRankWordsAreDescriptive() {
		for (String text : NAMES) {
			assertInstanceOf(Descriptive.class, parser.parse(text), text);
		}
		assertTrue(report.contains("位于园区前列"));
		assertTrue(assertInstanceOf(Descriptive.class, parser.parse("位于园区前列")).has(ValueFlag.RANK));
	}

	@Test
	void convertsTheReportsMoneyFigures() {
		assertEquals(new BigDecimal("8500000"), ((Quantity) parser.parse("850万元")).inBaseUnit());
		assertEquals(new BigDecimal("6500000"), ((Quantity) parser.parse("650万元")).inBaseUnit());
		assertEquals(new BigDecimal("25567092.46"), ((Quantity) parser.parse("25567092.46元")).inBaseUnit());
	}

	private static void mark(boolean[] covered, int from, int to) {
		for (int i = from; i < to; i++) {
			covered[i] = true;
		}
	}
}
