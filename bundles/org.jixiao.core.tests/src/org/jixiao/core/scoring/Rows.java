package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.time.Year;

import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.ValueParser;

/** Builds rows for the scoring tests. */
final class Rows {

	static final ValueParser PARSER = new ValueParser(Year.of(2023));
	static final Scorer MOF = new Scorer(RuleSets.builtIn(RuleSets.MOF_2020));
	static final Scorer TRANSFER = new Scorer(RuleSets.builtIn(RuleSets.TRANSFER_2020));

	private Rows() {
	}

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static IndicatorRow row(String target, String actual, String weight) {
		return new IndicatorRow(PARSER.parse(target), PARSER.parse(actual), d(weight));
	}

	static IndicatorRow row(Comparator comparator, String target, String actual, String weight) {
		return new IndicatorRow(comparator, PARSER.parse(target), PARSER.parse(actual), d(weight));
	}
}
