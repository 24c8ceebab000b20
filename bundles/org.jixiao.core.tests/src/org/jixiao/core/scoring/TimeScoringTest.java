package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.jixiao.core.value.Comparator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §4 Time: on or before the deadline → w; later → the officer, at most 80 % of w. */
class TimeScoringTest {

	@ParameterizedTest(name = "{1} for {0} → on time")
	@CsvSource({ "9月前,9月20日", "9月前,2023年8月", "12月底前,2023年12月31日", "2023年11月30日前,2023年11月30日",
			"2023年11月30日前,11月", "第三季度前,9月30日", "按时,按时", "及时,及时", "按时,按时完成", "12月底前,按时",
			"12月底前,已完成" })
	void scoresFullOnTime(String deadline, String actual) {
		RowScore score = MOF.score(row(deadline, actual, "3"));
		assertEquals(d("3.00"), score.score(), score.explanation());
		assertEquals(Set.of(), score.flags());
	}

	@Test
	void explainsAnOnTimeRow() {
		assertEquals("'9月20日' is on or before '9月前' → 3.00", MOF.score(row("9月前", "9月20日", "3")).explanation());
	}

	@ParameterizedTest(name = "{1} for {0} → late")
	@CsvSource({ "9月前,10月1日", "2023年11月30日前,2023年12月1日", "12月底前,2024年1月", "2023年11月30日前,12月", "按时,延期完成",
			"按时,未按时完成" })
	void leavesALateRowToTheOfficer(String deadline, String actual) {
		RowScore score = MOF.score(row(deadline, actual, "3"));
		assertEquals(d("0.00"), score.score());
		assertTrue(score.has(ScoreFlag.LATE));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertTrue(score.hasErrors());
	}

	@Test
	void explainsALateRowWithTheCap() {
		RowScore score = MOF.score(row("9月底前", "10月15日", "3"));
		assertEquals("'10月15日' is later than '9月底前': the officer scores this row, at most 2.40 (80% of the weight) → 0.00",
				score.explanation());
	}

	@Test
	void letsTheOfficerScoreALateRowUpTo80Percent() {
		RowScore atCap = MOF.score(row("9月底前", "10月15日", "3"), new OfficerScore(d("2.40"), "两周内补办完成"));
		assertEquals(d("2.40"), atCap.score());
		assertTrue(atCap.has(ScoreFlag.ADJUSTED));
		assertTrue(atCap.has(ScoreFlag.LATE));
		assertFalse(atCap.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertFalse(atCap.hasErrors());
		RowScore above = MOF.score(row("9月底前", "10月15日", "3"), new OfficerScore(d("2.41"), "两周内补办完成"));
		assertEquals(d("0.00"), above.score());
		assertEquals(ScoreProblem.Code.OFFICER_SCORE_ABOVE_LATE_CAP, above.problems().getLast().code());
		assertEquals("the officer's score 2.41 is above 2.40, the cap of a late row (80% of the weight)",
				above.problems().getLast().message());
	}

	@Test
	void leavesADateAgainstATimeWordToTheOfficer() {
		RowScore score = MOF.score(row("按时", "9月20日", "3"));
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertFalse(score.has(ScoreFlag.LATE));
	}

	@Test
	void leavesAFigureOrUnknownWordingToTheOfficer() {
		assertTrue(MOF.score(row("9月前", "30名", "3")).has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertTrue(MOF.score(row("9月前", "进行中", "3")).has(ScoreFlag.OFFICER_SCORE_REQUIRED));
	}

	@Test
	void reportsATargetThatIsNoDeadline() {
		RowScore score = MOF.score(row(Comparator.TIME, "≥30名", "9月", "3"));
		assertEquals(ScoreProblem.Code.TARGET_NOT_SCORABLE, score.problems().getFirst().code());
	}
}
