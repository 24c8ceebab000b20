package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Chinese numerals are read strictly: well-formed numerals only, nothing guessed. */
class ChineseNumeralsTest {

	private static final String DIGITS = "零一二三四五六七八九";

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource({ "三十,30", "十,10", "十五,15", "二十,20", "两千,2000", "千,1000", "百,100", "三百零五,305", "一百一十,110",
			"一千零一十,1010", "一万二千,12000", "一万零二,10002", "十万,100000", "三十万,300000", "一亿,100000000",
			"一亿零五百万,105000000", "九千九百九十九万九千九百九十九,99999999", "零,0" })
	void readsWellFormedNumerals(String text, long value) {
		assertEquals(Optional.of(BigDecimal.valueOf(value)), ChineseNumerals.parse(text));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "三三", "十十", "三十三百", "三千三千", "三百五", "一万二", "二〇二三", "零十", "万万", "一万三万",
			"亿亿", "一百十" })
	void rejectsMalformedNumerals(String text) {
		assertEquals(Optional.empty(), ChineseNumerals.parse(text), text);
	}

	/** Property: writing n in the standard form and reading it back gives n. */
	@Test
	void readsBackEveryStandardNumeral() {
		Random random = new Random(42L);
		for (int i = 0; i < 5_000; i++) {
			long n = i < 200 ? i : random.nextLong(1, 100_000_000L);
			String text = write(n);
			assertEquals(Optional.of(BigDecimal.valueOf(n)), ChineseNumerals.parse(text), text);
		}
	}

	@Test
	void knowsItsCharacters() {
		for (char c : "零〇一二两三四五六七八九十百千万亿".toCharArray()) {
			assertTrue(ChineseNumerals.isNumeralChar(c), String.valueOf(c));
		}
		assertEquals(false, ChineseNumerals.isNumeralChar('名'));
	}

	/** The standard form below 10^8: 一万零二, 三百零五, 十五 (not 一十五). */
	static String write(long n) {
		if (n == 0) {
			return "零";
		}
		long high = n / 10_000;
		long low = n % 10_000;
		if (high == 0) {
			return section(low, true);
		}
		String text = section(high, true) + "万";
		if (low == 0) {
			return text;
		}
		return text + (low < 1000 ? "零" : "") + section(low, false);
	}

	private static String section(long n, boolean leading) {
		StringBuilder text = new StringBuilder();
		long[] units = { 1000, 100, 10, 1 };
		String[] names = { "千", "百", "十", "" };
		boolean zero = false;
		for (int i = 0; i < units.length; i++) {
			int digit = (int) (n / units[i] % 10);
			if (digit == 0) {
				zero = text.length() > 0;
				continue;
			}
			if (zero) {
				text.append('零');
				zero = false;
			}
			boolean bareTen = units[i] == 10 && digit == 1 && text.length() == 0 && leading;
			text.append(bareTen ? "" : String.valueOf(DIGITS.charAt(digit))).append(names[i]);
		}
		return text.toString();
	}
}
