package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Longest-match lookups of {@link Words}. */
class WordsTest {

	private final Words words = new Words(List.of("个", "月", "个工作日", "个月", "万元", "元"));

	@Test
	void findsTheLongestWordAtAPosition() {
		assertEquals("个月", words.longestAt("3个月", 1));
		assertEquals("个工作日", words.longestAt("5个工作日内", 1));
		assertEquals("个", words.longestAt("3个工作", 1));
		assertEquals("万元", words.longestAt("850万元", 3));
		assertEquals("元", words.longestAt("850元", 3));
	}

	@Test
	void findsNothingElsewhere() {
		assertNull(words.longestAt("3个月", 0));
		assertNull(words.longestAt("3个月", 3));
		assertNull(words.longestAt("", 0));
		assertNull(words.longestAt("30斤", 2));
	}
}
