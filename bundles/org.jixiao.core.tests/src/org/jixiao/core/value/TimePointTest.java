package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Deadlines compare at the coarser precision of the two sides. */
class TimePointTest {

	private final ValueParser parser = new ValueParser(Year.of(2023));

	@ParameterizedTest(name = "{0} on or before {1}: {2}")
	@CsvSource({ "9月20日,9月前,true", "9月30日,9月底前,true", "10月1日,9月底前,false", "8月,9月前,true", "9月,9月前,true",
			"10月,9月前,false", "2023年11月30日,2023年11月30日前,true", "2023年12月1日,2023年11月30日前,false",
			"11月,2023年11月30日前,true", "12月,2023年11月30日前,false", "2024年1月,12月底前,false",
			"2023年12月31日,年底前,true", "2023年,12月底前,true", "2024年,2023年底前,false", "9月中旬,9月20日前,true",
			"9月下旬,9月20日前,true", "第三季度,9月底前,true" })
	void comparesDeadlines(String actual, String deadline, boolean onTime) {
		TimePoint done = (TimePoint) parser.parse(actual);
		TimePoint target = (TimePoint) parser.parse(deadline);
		assertEquals(onTime, done.isOnOrBefore(target));
	}
}
