package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.PARSER;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.Optional;

import org.jixiao.core.value.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wordings of published tables scored by the rules: a table's own 得分 where the rules leave a row to
 * the officer (RULES §7), 按时 against a date, measure words of their own, and the qualitative wordings
 * departments write.
 */
class RealTableScoringTest {

	private static IndicatorRow inYear(String target, String actual, String weight) {
		return new IndicatorRow(Comparator.TIME, PARSER.parse(target), PARSER.parse(actual), d(weight), Year.of(2023));
	}

	@Test
	void aStatedScoreIsTheOfficersWhereAWordStandsForAFigure() {
		RowScore score = MOF.scoreImported(row(Comparator.AT_MOST, "≤30万元", "完成", "90"), d("90"));
		assertEquals(d("90.00"), score.score(), score.explanation());
		assertTrue(score.has(ScoreFlag.STATED));
		assertFalse(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertFalse(score.has(ScoreFlag.NEEDS_EXPLANATION), "the full weight needs no explanation");
		assertFalse(score.hasErrors(), score.problems().toString());
		assertTrue(score.explanation().contains("90.00"), score.explanation());
	}

	@Test
	void aStatedScoreBelowTheWeightNeedsAnExplanation() {
		RowScore score = MOF.scoreImported(row("有效改善", "部分达成", "5"), d("3.5"));
		assertEquals(d("3.50"), score.score());
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
	}

	@Test
	void aStatedScoreOutsideTheGradesBandIsAnErrorAndTheFloorStands() {
		RowScore score = MOF.scoreImported(row("有效改善", "部分达成", "5"), d("4.5"));
		assertEquals(d("3.00"), score.score());
		assertEquals(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_BAND, score.problems().getLast().code());
		assertEquals("the stated score 4.50 is outside the band [60%, 80%) of 5 = [3.00, 4.00) of "
				+ "'partly achieved the annual target, with some effect'", score.problems().getLast().message());
	}

	@Test
	void aStatedScoreOfALateRowIsCappedAt80Percent() {
		RowScore score = MOF.scoreImported(row("9月底前", "10月15日", "3"), d("3"));
		assertEquals(d("0.00"), score.score());
		assertEquals(ScoreProblem.Code.OFFICER_SCORE_ABOVE_LATE_CAP, score.problems().getLast().code());
		assertEquals(d("2.40"), MOF.scoreImported(row("9月底前", "10月15日", "3"), d("2.4")).score());
	}

	@Test
	void aStatedZeroLeavesTheRowToTheOfficer() {
		RowScore score = MOF.scoreImported(row(Comparator.AT_MOST, "≤30万元", "完成", "90"), d("0"));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertTrue(score.hasErrors());
	}

	@Test
	void aStatedScoreDoesNotScoreAValueThatCannotBeRead() {
		RowScore score = MOF.scoreImported(row("≥三三名", "30名", "5"), d("5"));
		assertEquals(d("0.00"), score.score());
		assertTrue(score.hasErrors());
		assertEquals(ScoreProblem.Code.STATED_SCORE_DIFFERS, score.problems().getLast().code());
	}

	@Test
	void aStatedScoreOfAComputedRowIsOnlyCompared() {
		RowScore score = MOF.scoreImported(row("≥30名", "15名", "6"), d("6"));
		assertEquals(d("3.00"), score.score());
		assertFalse(score.has(ScoreFlag.STATED));
		assertEquals(ScoreProblem.Severity.WARNING, score.problems().getLast().severity());
	}

	@ParameterizedTest(name = "{1} for {0} in 2023 → on time")
	@CsvSource({ "按时,2023年10月20日", "及时,10月", "按时,2023-10-20", "按期,2023年" })
	void aTimeWordIsDueByTheEndOfTheYear(String target, String actual) {
		RowScore score = MOF.score(inYear(target, actual, "4"));
		assertEquals(d("4.00"), score.score(), score.explanation());
		assertFalse(score.hasErrors());
	}

	@Test
	void explainsADateAgainstATimeWord() {
		assertEquals("'2023年10月20日' lies within 2023, as '按时' requires → 4.00",
				MOF.score(inYear("按时", "2023年10月20日", "4")).explanation());
	}

	@Test
	void aDateAfterTheYearIsLate() {
		RowScore score = MOF.score(inYear("按时", "2024年2月", "4"));
		assertTrue(score.has(ScoreFlag.LATE));
		assertEquals(d("0.00"), score.score());
	}

	@ParameterizedTest(name = "{1} for {0}")
	@CsvSource({ "12月底前,10月", "2023年12月31日前,2023年10月20日", "第三季度,2023-09-30", "12月底前,按时完成",
			"2023年12月31日前,2023年12月31日" })
	void scoresTheTimeWordingsOfPublishedTables(String target, String actual) {
		assertEquals(d("4.00"), MOF.score(inYear(target, actual, "4")).score());
	}

	@Test
	void aMeasureWordOfItsOwnComparesWithTheSameWord() {
		RowScore score = MOF.score(row("≥192只", "200只", "5"));
		assertEquals(d("5.00"), score.score());
		assertEquals(java.util.List.of(), score.problems());
	}

	@Test
	void anotherMeasureWordIsComparedOneToOneWithAWarning() {
		RowScore score = MOF.score(row("≥12樘", "6扇", "5"));
		assertEquals(d("2.50"), score.score());
		assertFalse(score.hasErrors());
		assertEquals(ScoreProblem.Code.UNITS_DIFFER, score.problems().getFirst().code());
		assertEquals(ScoreProblem.Severity.WARNING, score.problems().getFirst().severity());
	}

	@Test
	void chineseNumeralsAndApproximateActualsScoreAsNumbers() {
		assertEquals(d("5.00"), MOF.score(row("≥4个", "四个", "5")).score());
		assertEquals(d("4.00"), MOF.score(row("≥25场", "二十余场", "5")).score());
		assertEquals(d("5.00"), MOF.score(row("≥3万人", "3万余人", "5")).score());
		assertEquals(d("5.00"), MOF.score(row("≥95%", "约95%", "5")).score());
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "有效提升,ACHIEVED", "明显改善,ACHIEVED", "达到预期,ACHIEVED", "达到预期目标,ACHIEVED", "效果明显,ACHIEVED",
			"显著提升,ACHIEVED", "达成预期指标,ACHIEVED", "达标,ACHIEVED", "良好,ACHIEVED", "基本达成,PARTIAL", "部分达成,PARTIAL",
			"有所提升,PARTIAL", "未达标,NOT_ACHIEVED", "未完成,NOT_ACHIEVED" })
	void gradesTheWordingsOfPublishedTables(String actual, QualitativeGrade grade) {
		assertEquals(Optional.of(grade), QualitativeGrade.classify("有效提升群众满意度", actual));
	}

	@Test
	void showsTheGradeInTheExplanation() {
		assertEquals("'明显改善': achieved the annual target → 5.00", MOF.score(row("有效提升", "明显改善", "5")).explanation());
		assertTrue(MOF.score(row("有效提升", "基本达成", "5")).explanation().contains("partly achieved the annual target"));
	}
}
