package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §7: the officer's score needs a reason and stays within [0, w], the band and the late cap. */
class OfficerScoreTest {

	@Test
	void scoresANonNumericActual() {
		RowScore score = MOF.score(row("≥30名", "完成", "5"), new OfficerScore(d("4"), "已完成全部任务"));
		assertEquals(d("4.00"), score.score());
		assertTrue(score.has(ScoreFlag.ADJUSTED));
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertFalse(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
		assertEquals(List.of(), score.problems());
		assertEquals("'完成' is not a figure: the officer scores this row → 0.00; officer's score 4.00: 已完成全部任务",
				score.explanation());
	}

	@Test
	void deductsForOverAchievement() {
		RowScore score = MOF.score(row("≥4个", "9个", "10"), new OfficerScore(d("8"), "目标设定偏低"));
		assertEquals(d("8.00"), score.score());
		assertTrue(score.has(ScoreFlag.OVER_ACHIEVED));
		assertTrue(score.has(ScoreFlag.ADJUSTED));
		assertFalse(score.hasErrors());
	}

	@Test
	void refusesAScoreWithoutReason() {
		RowScore score = MOF.score(row("≥4个", "9个", "10"), new OfficerScore(d("8"), "  "));
		assertEquals(d("10.00"), score.score(), "the computed score stands");
		assertFalse(score.has(ScoreFlag.ADJUSTED));
		assertEquals(ScoreProblem.Code.OFFICER_REASON_MISSING, score.problems().getFirst().code());
		assertEquals("the officer's score 8.00 has no reason", score.problems().getFirst().message());
	}

	@ParameterizedTest(name = "officer {0} of 5 → accepted {1}")
	@CsvSource({ "0,true", "5,true", "5.00,true", "5.004,true", "5.005,false", "5.01,false", "-0.01,false", "-0.004,true" })
	void keepsTheScoreWithinZeroAndTheWeight(String officer, boolean accepted) {
		RowScore score = MOF.score(row("≥30名", "完成", "5"), new OfficerScore(d(officer), "复核"));
		assertEquals(accepted, score.has(ScoreFlag.ADJUSTED));
		if (!accepted) {
			assertEquals(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_RANGE, score.problems().getLast().code());
			assertTrue(score.problems().getLast().message().endsWith("is outside [0, 5]"));
			assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED), "still awaiting a valid score");
		}
	}

	@Test
	void roundsTheOfficersScoreLikeAnyRow() {
		assertEquals(d("3.34"), MOF.score(row("≥30名", "完成", "5"), new OfficerScore(d("3.335"), "复核")).score());
	}

	@Test
	void keepsATargetProblemAfterTheOfficerScored() {
		RowScore score = MOF.score(row("≥三三名", "完成", "5"), new OfficerScore(d("4"), "复核"));
		assertEquals(d("4.00"), score.score());
		assertTrue(score.hasErrors(), "the target text must still be corrected");
		assertEquals(ScoreProblem.Code.TARGET_NOT_SCORABLE, score.problems().getFirst().code());
	}

	@Test
	void ignoresTheOfficerOnARowWithoutWeight() {
		RowScore score = MOF.score(row("≥30名", "完成", "0"), new OfficerScore(d("0"), "复核"));
		assertFalse(score.has(ScoreFlag.ADJUSTED));
		assertEquals(ScoreProblem.Code.WEIGHT_NOT_POSITIVE, score.problems().getFirst().code());
	}
}
