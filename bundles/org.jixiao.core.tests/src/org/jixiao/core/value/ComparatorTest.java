package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 指标性质 column and the comparator families. */
class ComparatorTest {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "≥,AT_LEAST", ">=,AT_LEAST", "＞,MORE_THAN", "=,EQUAL", "＝,EQUAL", "≤,AT_MOST", "<=,AT_MOST", "<,LESS_THAN",
			"' ≥ ',AT_LEAST" })
	void readsSymbols(String symbol, Comparator comparator) {
		assertEquals(Optional.of(comparator), Comparator.fromSymbol(symbol));
	}

	@Test
	void refusesOtherSymbols() {
		assertEquals(Optional.empty(), Comparator.fromSymbol("定性"));
		assertEquals(Optional.empty(), Comparator.fromSymbol(null));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "≥,AT_LEAST", "<=,AT_MOST", "正向,AT_LEAST", "正向指标,AT_LEAST", "反向,AT_MOST", "反向指标,AT_MOST",
			"越大越好,AT_LEAST", "越小越好,AT_MOST", "不低于,AT_LEAST", "不少于,AT_LEAST", "以上,AT_LEAST", "不高于,AT_MOST",
			"不超过,AT_MOST", "以下,AT_MOST", "以内,AT_MOST", "定性,QUALITATIVE", "定性指标,QUALITATIVE", "' 反 向 ',AT_MOST" })
	void readsTheNatureColumnAsDepartmentsFillItIn(String nature, Comparator comparator) {
		assertEquals(Optional.of(comparator), Comparator.fromNature(nature));
	}

	@Test
	void takesQuantitativeWithoutDirectionFromTheTarget() {
		assertEquals(Optional.empty(), Comparator.fromNature("定量"));
		assertTrue(Comparator.isUndirectedNature("定量指标"));
		assertFalse(Comparator.isUndirectedNature("正向"));
		assertEquals(Optional.empty(), Comparator.fromNature("其他"));
		assertFalse(Comparator.isUndirectedNature("其他"));
		assertEquals(Optional.empty(), Comparator.fromNature(null));
	}

	@Test
	void groupsComparators() {
		assertTrue(Comparator.EQUAL.isPositive());
		assertTrue(Comparator.MORE_THAN.isPositive());
		assertTrue(Comparator.LESS_THAN.isReverse());
		assertFalse(Comparator.TIME.isQuantitative());
		assertFalse(Comparator.QUALITATIVE.isQuantitative());
		assertEquals("≥", Comparator.AT_LEAST.symbol());
	}
}
