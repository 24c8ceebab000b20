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
