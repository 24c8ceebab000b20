package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * The shortcuts of {@link ValueParser} give what the general path gives: normalisation that skips
 * texts already normal, and the time and rank stages skipped for texts without their marker
 * characters. Checked over every text of the value and scoring tests (parser-texts.txt) and variants.
 */
class ParserFastPathTest {

	private static final List<UnaryOperator<String>> VARIANTS = List.of(t -> t, t -> " " + t + " ", t -> t.replace("", " ").strip(),
			ParserFastPathTest::fullWidth, t -> t.replace("≥", ">=").replace("≤", "<=").replace("=", "=="),
			t -> t.replace("≥", "≧").replace("≤", "≦"), t -> t.replaceAll("(\\d)(\\d{3})\\b", "$1,$2"), t -> "约" + t,
			t -> "不低于" + t, t -> t + "以上", t -> t + "余人", t -> t + "月前", t -> "第" + t, t -> "前" + t + "名",
			t -> "不晚于" + t + "完成", t -> "2023年" + t, t -> t + "季度", t -> t + "首位", t -> t + "%", t -> t + "‰");

	private final ValueParser parser = new ValueParser(Year.of(2023));

	@Test
	void normalizeGivesTheFullNormalFormForEveryText() throws IOException {
		for (String text : texts()) {
			assertEquals(ValueParser.normalizeFully(text), ValueParser.normalize(text), text);
		}
	}

	@Test
	void timeAndRankStagesFindNothingWithoutTheirMarkers() throws IOException {
		for (String text : texts()) {
			String s = ValueParser.normalize(text);
			if (!ValueParser.mayBeTime(s)) {
				assertTrue(parser.parseTime(text, s).isEmpty(), text);
			}
			if (!ValueParser.mayBeRank(s)) {
				assertTrue(ValueParser.parseRank(text, s).isEmpty(), text);
			}
		}
	}

	@Test
	void charactersTakenAsNormalAreUnchangedByNfkc() {
		for (char c = 0; c < Character.MAX_VALUE; c++) {
			String text = String.valueOf(c);
			if (ValueParser.isNormal(text)) {
				assertEquals(text, Normalizer.normalize(text, Normalizer.Form.NFKC), () -> Integer.toHexString(text.charAt(0)));
			}
		}
	}

	@Test
	void theCommonFormsTakeTheShortcuts() {
		for (String text : List.of("≥30名", "1.6万余件", "不低于95%", "≤125万元", "300余篇", "有效改善")) {
			assertTrue(ValueParser.isNormal(text), text);
			assertTrue(!ValueParser.mayBeTime(text) && !ValueParser.mayBeRank(text), text);
		}
	}

	/** The test texts and their variants, each at most once. */
	private static Set<String> texts() throws IOException {
		Set<String> texts = new LinkedHashSet<>();
		for (String line : lines()) {
			for (UnaryOperator<String> variant : VARIANTS) {
				texts.add(variant.apply(line));
			}
		}
		assertTrue(texts.size() > 10_000, () -> String.valueOf(texts.size()));
		return texts;
	}

	private static List<String> lines() throws IOException {
		List<String> lines = new ArrayList<>();
		try (InputStream in = ParserFastPathTest.class.getResourceAsStream("parser-texts.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.lines().forEach(lines::add);
		}
		return lines;
	}

	/** ASCII letters, digits and signs as their full-width forms (３０％). */
	private static String fullWidth(String text) {
		StringBuilder out = new StringBuilder();
		text.chars().forEach(c -> out.append(c > ' ' && c < 0x7F ? (char) (c - 0x21 + 0xFF01) : (char) c));
		return out.toString();
	}
}
