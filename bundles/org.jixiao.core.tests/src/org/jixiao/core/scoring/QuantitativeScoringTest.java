package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.TRANSFER;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jixiao.core.value.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §4 and §6: positive, equal and reverse indicators, A = 0, over-achievement, units, rounding. */
class QuantitativeScoringTest {

	@Test
	void capsAnActualAboveTheTarget() {
		RowScore score = MOF.score(row("≥650万元", "850万元", "5"));
		assertEquals(d("5.00"), score.score());
		assertTrue(score.has(ScoreFlag.CAPPED));
		assertTrue(score.has(ScoreFlag.OVER_ACHIEVED));
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertEquals("5 × 850/650 = 6.54 → capped at 5.00; actual/target = 130.77% ≥ 130%: over-achievement, explain the cause",
				score.explanation());
	}

	@Test
	void scoresFullWhenTheActualEqualsTheTarget() {
		RowScore score = MOF.score(row("≥30名", "30名", "5"));
		assertEquals(d("5.00"), score.score());
		assertFalse(score.has(ScoreFlag.CAPPED));
		assertFalse(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertEquals("5 × 30/30 = 5.00", score.explanation());
	}

	@Test
	void scoresAShortfallProportionally() {
		RowScore score = MOF.score(row("≥30名", "28名", "5"));
		assertEquals(d("4.67"), score.score());
		assertEquals("5 × 28/30 = 4.67", score.explanation());
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION), "score < weight");
	}

	@ParameterizedTest(name = "actual {0} of 100 → over-achieved {1}")
	@CsvSource({ "129.99,false", "130,true", "130.00,true", "200,true", "100,false" })
	void flagsOverAchievementFrom130Percent(String actual, boolean over) {
		for (String target : new String[] { "≥100", ">100", "=100" }) {
			RowScore score = MOF.score(row(target, actual, "5"));
			assertEquals(over, score.has(ScoreFlag.OVER_ACHIEVED), target);
			assertEquals(over, score.has(ScoreFlag.NEEDS_EXPLANATION), target);
			assertEquals(d("5.00"), score.score());
		}
	}

	@Test
	void readsSatisfactionAsAPositivePercentage() {
		assertEquals(d("10.00"), MOF.score(row("≥90%", "95%", "10")).score());
		assertEquals(d("9.44"), MOF.score(row("≥90%", "85%", "10")).score());
	}

	@Test
	void scoresEqualLikePositive() {
		assertEquals(d("4.75"), MOF.score(row("=100%", "95%", "5")).score());
		assertEquals(d("5.00"), MOF.score(row("=100%", "105%", "5")).score());
	}

	@ParameterizedTest(name = "{0} target 0, actual {1} → {2}")
	@CsvSource({ "≥0,0,5.00", "≥0,3,5.00", "≥0,-1,0.00", "=0,0,5.00", "=0,-1,5.00", "=0,1,0.00", "≤0,0,5.00", "≤0,1,0.00",
			"≤0,-2,5.00" })
	void handlesAZeroTarget(String target, String actual, String expected) {
		assertEquals(d(expected), MOF.score(row(target, actual, "5")).score());
		assertEquals(d(expected), TRANSFER.score(row(target, actual, "5")).score());
	}

	@Test
	void explainsAZeroTarget() {
		assertEquals("target 0, actual 3 → 5.00", MOF.score(row("≥0起", "3起", "5")).explanation());
		assertEquals("target 0, actual 3 → 0.00", MOF.score(row("≤0起", "3起", "5")).explanation());
	}

	@Test
	void scoresReverseLinearlyInMof2020() {
		RowScore score = MOF.score(row("≤2天", "3天", "4"));
		assertEquals(d("2.00"), score.score());
		assertEquals("4 × (1 − (3 − 2)/2) = 2.00", score.explanation());
	}

	@Test
	void scoresReverseByRatioInTransfer2020() {
		RowScore score = TRANSFER.score(row("≤2天", "3天", "4"));
		assertEquals(d("2.67"), score.score());
		assertEquals("4 × 2/3 = 2.67", score.explanation());
	}

	@ParameterizedTest(name = "≤2, actual {0}: mof {1}, transfer {2}")
	@CsvSource({ "1,4.00,4.00", "2,4.00,4.00", "2.5,3.00,3.20", "3.99,0.02,2.01", "4,0.00,2.00", "5,0.00,1.60" })
	void scoresReverseAtItsBoundaries(String actual, String mof, String transfer) {
		assertEquals(d(mof), MOF.score(row("≤2", actual, "4")).score());
		assertEquals(d(transfer), TRANSFER.score(row("≤2", actual, "4")).score());
	}

	@Test
	void explainsTheLinearFloor() {
		assertEquals("4 ≥ 2 × 2 → 0.00", MOF.score(row("≤2天", "4天", "4")).explanation());
		assertEquals("2 ≤ 2 → 4.00", MOF.score(row("2天以内", "2天", "4")).explanation());
	}

	@Test
	void scoresRanksAsReverse() {
		assertEquals(d("5.00"), MOF.score(row("前三名", "位列园区首位", "5")).score());
		assertEquals(d("5.00"), MOF.score(row("第一", "第一", "5")).score());
		assertEquals(d("0.00"), MOF.score(row("第一", "第2名", "5")).score());
		assertEquals(d("2.50"), TRANSFER.score(row("第一", "第2名", "5")).score());
	}

	@Test
	void convertsAnActualInAnotherUnit() {
		RowScore score = MOF.score(row("≥650万元", "6,000,000元", "5"));
		assertEquals(d("4.62"), score.score());
		assertTrue(score.has(ScoreFlag.UNIT_CONVERTED));
		assertEquals("5 × 600/650 = 4.62; actual '6,000,000元' taken as 600万元", score.explanation());
	}

	@Test
	void requiresTheOfficerForAnotherDimension() {
		RowScore score = MOF.score(row("≤650万元", "30名", "5"));
		assertEquals(d("0.00"), score.score());
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		ScoreProblem problem = score.problems().getFirst();
		assertEquals(ScoreProblem.Code.OFFICER_SCORE_REQUIRED, problem.code());
		assertEquals("'30名': 名 (count) cannot be converted to 万元 (money)", problem.message());
	}

	@Test
	void requiresTheOfficerForANonNumericActual() {
		RowScore score = MOF.score(row("≥30名", "完成", "5"));
		assertEquals(d("0.00"), score.score());
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertTrue(score.hasErrors());
		assertEquals("'完成' is not a figure: the officer scores this row → 0.00", score.explanation());
	}

	@Test
	void requiresTheOfficerForAnActualThatDoesNotParse() {
		RowScore score = MOF.score(row("≥30名", "30-35名", "5"));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertEquals("'30-35名': a range or period is not a single value", score.problems().getFirst().message());
	}

	@Test
	void requiresTheOfficerForAnActualOfAnotherDimension() {
		RowScore score = MOF.score(row("≥30名", "30斤", "5"));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertEquals("'30斤': 斤 (weight) cannot be converted to 名 (count)", score.problems().getFirst().message());
	}

	@Test
	void reportsATargetThatDoesNotParse() {
		RowScore score = MOF.score(row("≥三三名", "30名", "5"));
		assertEquals(d("0.00"), score.score());
		assertEquals(ScoreProblem.Code.TARGET_NOT_SCORABLE, score.problems().getFirst().code());
		assertEquals("'≥三三名': 三三 is not a number", score.problems().getFirst().message());
	}

	@Test
	void reportsAComparatorThatDoesNotFitTheTarget() {
		RowScore score = MOF.score(row(Comparator.AT_LEAST, "有效改善", "有效改善", "5"));
		assertEquals(ScoreProblem.Code.TARGET_NOT_SCORABLE, score.problems().getFirst().code());
		assertEquals("target '有效改善' has no figure to compare with → 0.00", score.explanation());
	}

	@Test
	void takesTheComparatorFromTheTableColumn() {
		assertEquals(d("5.00"), MOF.score(row(Comparator.AT_MOST, "650", "600", "5")).score());
		assertEquals(d("4.62"), MOF.score(row(Comparator.AT_LEAST, "650", "600", "5")).score());
	}

	@Test
	void refusesANegativeTarget() {
		RowScore score = MOF.score(row("≥-5%", "-3%", "5"));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
	}

	@Test
	void neverScoresBelowZero() {
		RowScore score = MOF.score(row("≥30", "-3", "5"));
		assertEquals(d("0.00"), score.score());
		assertEquals("5 × -3/30 = -0.50 → 0.00", score.explanation());
	}

	@ParameterizedTest(name = "5 × {0}/8 rounds to {1}")
	@CsvSource({ "3.4,2.13", "3.396,2.12", "3.404,2.13" })
	void roundsHalfUpAtTheThirdDecimal(String actual, String expected) {
		assertEquals(d(expected), MOF.score(row("≥8", actual, "5")).score(), "5 × 3.4/8 = 2.125 exactly");
	}

	@Test
	void roundsAnExactHalfCentUp() {
		assertEquals(d("5.01"), MOF.score(row("≥200", "100.1", "10")).score(), "10 × 100.1/200 = 5.005");
		assertEquals(d("5.00"), MOF.score(row("≥200", "100.0999", "10")).score());
		assertEquals(List.of(), MOF.score(row("≥200", "100.1", "10")).problems());
	}
}
