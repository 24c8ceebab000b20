package org.jixiao.core.value;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads whole numbers written in Chinese numerals: 三十, 十五, 两千, 千, 三百零五, 一万二千, 一亿.
 * <p>
 * Strict on purpose: repeated digits (三三), repeated or rising units (十十, 三十三百) and a trailing digit
 * whose place is implied (三百五, 一万二: 350 or 305?) are rejected rather than guessed.
 */
final class ChineseNumerals {

	private static final String DIGITS = "零〇一二两三四五六七八九"; //$NON-NLS-1$
	private static final int[] DIGIT_VALUES = { 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9 };
	private static final long WAN = 10_000L;
	private static final long YI = 100_000_000L;

	private ChineseNumerals() {
	}

	/** @return whether {@code c} can be part of a Chinese numeral */
	static boolean isNumeralChar(char c) {
		return DIGITS.indexOf(c) >= 0 || smallUnit(c) > 0 || c == '万' || c == '亿';
	}

	/**
	 * @param text a run of numeral characters
	 * @return its value, or empty when the run is not a well-formed numeral
	 */
	static Optional<BigDecimal> parse(String text) {
		if (text.isEmpty()) {
			return Optional.empty();
		}
		long yiPart = 0; // completed by 亿
		long wanPart = 0; // completed by 万 since the last 亿
		long section = 0; // below 万
		int digit = -1; // pending digit
		long lastSmall = WAN; // small units must fall within a section
		long lastUnit = 0; // the last unit read, for implied places
		boolean zeroSeen = false;
		boolean digitLast = false;
		boolean wanSeen = false;
		boolean yiSeen = false;
		boolean first = true;
		for (char c : text.toCharArray()) {
			int d = DIGITS.indexOf(c);
			if (d >= 0) {
				if (digitLast && digit != 0) {
					return Optional.empty();
				}
				digit = DIGIT_VALUES[d];
				zeroSeen |= digit == 0;
				digitLast = true;
				first = false;
				continue;
			}
			long unit = smallUnit(c);
			if (unit > 0) {
				if (unit >= lastSmall || digit == 0 || digit < 0 && section != 0) {
					return Optional.empty();
				}
				section += (digit < 0 ? 1 : digit) * unit;
				lastSmall = unit;
			} else {
				boolean isWan = c == '万';
				if ((isWan ? wanSeen : yiSeen) || impliedPlace(digit, lastUnit, zeroSeen)) {
					return Optional.empty();
				}
				long group = (isWan ? 0 : wanPart) + section + Math.max(digit, 0);
				if (group == 0) {
					if (!first) {
						return Optional.empty();
					}
					group = 1;
				}
				if (isWan) {
					wanPart = group * WAN;
					wanSeen = true;
				} else {
					yiPart = group * YI;
					wanPart = 0;
					wanSeen = false;
					yiSeen = true;
				}
				section = 0;
				unit = isWan ? WAN : YI;
				lastSmall = WAN;
			}
			lastUnit = unit;
			digit = -1;
			digitLast = false;
			zeroSeen = false;
			first = false;
		}
		if (impliedPlace(digit, lastUnit, zeroSeen)) {
			return Optional.empty();
		}
		return Optional.of(BigDecimal.valueOf(yiPart + wanPart + section + Math.max(digit, 0)));
	}

	/** A digit right after 百, 千, 万 or 亿 without 零: its place is only implied (三百五). */
	private static boolean impliedPlace(int digit, long lastUnit, boolean zeroSeen) {
		return digit > 0 && lastUnit > 10 && !zeroSeen;
	}

	private static long smallUnit(char c) {
		return switch (c) {
			case '十' -> 10;
			case '百' -> 100;
			case '千' -> 1000;
			default -> 0;
		};
	}
}
