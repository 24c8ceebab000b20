package org.jixiao.core.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Units, their dimensions and conversions, and the target/actual dimension check. */
class UnitTest {

	private final ValueParser parser = new ValueParser(Year.of(2023));

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "元,MONEY", "千元,MONEY", "万元,MONEY", "亿元,MONEY", "%,PERCENT", "‰,PERCENT", "名,COUNT", "人,COUNT",
			"个,COUNT", "次,COUNT", "件,COUNT", "篇,COUNT", "条,COUNT", "户,COUNT", "场,COUNT", "场次,COUNT", "家,COUNT",
			"份,COUNT", "号,COUNT", "项,COUNT", "所,COUNT", "期,COUNT", "批,COUNT", "亩,AREA", "处,COUNT", "套,COUNT",
			"台,COUNT", "辆,COUNT", "起,COUNT", "人次,COUNT", "分,COUNT", "天,DAYS", "日,DAYS", "工作日,DAYS", "个工作日,DAYS",
			"小时,DAYS", "分钟,DAYS", "个月,MONTHS", "月,MONTHS", "年,MONTHS", "只,COUNT", "头,COUNT", "羽,COUNT", "株,COUNT",
			"棵,COUNT", "宗,COUNT", "人·天,COUNT", "百分比,PERCENT", "米,LENGTH", "公里,LENGTH", "平方米,AREA", "m2,AREA", "公顷,AREA",
			"吨,WEIGHT", "公斤,WEIGHT", "斤,WEIGHT" })
	void knowsAcceptedUnits(String spelling, Dimension dimension) {
		assertEquals(dimension, Unit.of(spelling).orElseThrow().dimension());
	}

	@ParameterizedTest
	@ValueSource(strings = { "樘", "余人", "", "名次名", "元/人" })
	void refusesOtherWords(String spelling) {
		assertEquals(Optional.empty(), Unit.of(spelling));
	}

	@ParameterizedTest(name = "{0} {1} = {2} {3}")
	@CsvSource({ "850,万元,8500000,元", "8500000,元,850,万元", "1.2,亿元,12000,万元", "5,‰,0.5,%", "2,天,48,小时",
			"36,小时,1.5,天", "90,分钟,1.5,小时", "3,年,36,个月", "30,名,30,人", "7,日,7,天", "2.5,公里,2500,米",
			"50,厘米,0.5,米", "2,吨,2000,公斤", "3,斤,1.5,公斤", "1,公顷,15,亩", "1,平方公里,100,公顷" })
	void convertsWithinADimension(String value, String from, String expected, String to) {
		BigDecimal converted = Unit.of(from).orElseThrow().convert(new BigDecimal(value), Unit.of(to).orElseThrow()).orElseThrow();
		assertEquals(0, new BigDecimal(expected).compareTo(converted), converted::toPlainString);
	}

	@Test
	void refusesToConvertAcrossDimensionsOrWorkingDays() {
		assertFalse(Unit.WAN_YUAN.isConvertibleTo(Unit.of("名").orElseThrow()));
		assertFalse(Unit.PERCENT.isConvertibleTo(Unit.YUAN));
		assertFalse(Unit.WORKING_DAY.isConvertibleTo(Unit.DAY_UNIT));
		assertTrue(Unit.WORKING_DAY.isConvertibleTo(Unit.of("个工作日").orElseThrow()));
		assertFalse(Unit.DATE.isConvertibleTo(Unit.NONE));
		assertEquals(Optional.empty(), Unit.DAY_UNIT.convert(BigDecimal.ONE, Unit.WORKING_DAY));
	}

	@Test
	void alignsAnActualInAnotherUnitOfTheSameDimension() {
		Quantity target = (Quantity) parser.parse("≤650万元");
		Quantity actual = (Quantity) parser.parse("8,500,000元");
		Quantity aligned = assertInstanceOf(Quantity.class, actual.alignTo(target));
		assertEquals(new BigDecimal("850"), aligned.number());
		assertEquals(Unit.WAN_YUAN, aligned.unit());
		assertTrue(aligned.has(ValueFlag.CONVERTED));
		assertEquals("8,500,000元", aligned.text());
	}

	@Test
	void keepsAnActualInTheTargetUnit() {
		Quantity target = (Quantity) parser.parse("≥30名");
		Quantity actual = (Quantity) parser.parse("32名");
		assertSame(actual, actual.alignTo(target));
	}

	@Test
	void givesABareActualTheTargetUnit() {
		Quantity target = (Quantity) parser.parse("≥95%");
		Quantity aligned = (Quantity) ((Quantity) parser.parse("98")).alignTo(target);
		assertEquals(Unit.PERCENT, aligned.unit());
		assertTrue(aligned.has(ValueFlag.UNIT_ASSUMED));
		Quantity bareTarget = (Quantity) parser.parse("30");
		Quantity actual = (Quantity) parser.parse("28名");
		assertSame(actual, actual.alignTo(bareTarget));
	}

	@Test
	void comparesMeasureWordsOneToOneAndFlagsThemWhenOneIsUnknown() {
		Quantity target = (Quantity) parser.parse("≥192只");
		assertSame(((Quantity) parser.parse("200只")).alignTo(target).getClass(), Quantity.class);
		Quantity same = (Quantity) ((Quantity) parser.parse("200只")).alignTo(target);
		assertFalse(same.has(ValueFlag.UNIT_DIFFERS));
		Quantity other = (Quantity) ((Quantity) parser.parse("200樘")).alignTo(target);
		assertTrue(other.has(ValueFlag.UNIT_DIFFERS));
		assertEquals(0, new BigDecimal("200").compareTo(other.number()));
		Quantity known = (Quantity) ((Quantity) parser.parse("30人")).alignTo((Quantity) parser.parse("≥30名"));
		assertFalse(known.has(ValueFlag.UNIT_DIFFERS), "known measure words convert without a warning");
	}

	@Test
	void comparesARateOnlyWithTheSameRate() {
		Quantity target = (Quantity) parser.parse("≤300元/人");
		assertInstanceOf(Quantity.class, ((Quantity) parser.parse("280元/人")).alignTo(target));
		assertInstanceOf(ParseProblem.class, ((Quantity) parser.parse("280元")).alignTo(target));
	}

	@Test
	void reportsAnotherDimensionNamingBothUnits() {
		Quantity target = (Quantity) parser.parse("≤650万元");
		ParseProblem problem = assertInstanceOf(ParseProblem.class, ((Quantity) parser.parse("30名")).alignTo(target));
		assertEquals(ParseProblem.Cause.UNIT_MISMATCH, problem.cause());
		assertEquals("'30名': 名 (count) cannot be converted to 万元 (money)", problem.message());
	}

	@Test
	void reportsWorkingDaysAgainstCalendarDays() {
		Quantity target = (Quantity) parser.parse("≤5个工作日");
		ParseProblem problem = assertInstanceOf(ParseProblem.class, ((Quantity) parser.parse("6天")).alignTo(target));
		assertEquals("'6天': 天 (days) cannot be converted to 工作日 (days)", problem.message());
	}
}
