package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.TRANSFER;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §5: qualitative grades, default scores and band edges of both rule sets. */
class QualitativeScoringTest {

	@ParameterizedTest(name = "{1} for {0} → {2}")
	@CsvSource({ "有效改善,达成年度指标,ACHIEVED", "有效改善,达成预期指标,ACHIEVED", "有效改善,有效改善,ACHIEVED",
			"按时完成,完成,ACHIEVED", "园区前列,位于园区前列,ACHIEVED", "有效改善,部分达成年度指标并具有一定效果,PARTIAL",
			"有效改善,部分达成,PARTIAL", "有效改善,基本完成,PARTIAL", "有效改善,未达成年度指标且效果较差,NOT_ACHIEVED",
			"有效改善,未达成,NOT_ACHIEVED", "按时完成,未完成,NOT_ACHIEVED" })
	void classifiesActualTexts(String target, String actual, QualitativeGrade grade) {
		assertEquals(Optional.of(grade), QualitativeGrade.classify(target, actual));
	}

	@Test
	void leavesOtherWordingUnclassified() {
		assertEquals(Optional.empty(), QualitativeGrade.classify("有效改善", "情况良好"));
		assertEquals(Optional.empty(), QualitativeGrade.classify("有效改善", ""));
		assertEquals(Optional.empty(), QualitativeGrade.classify("按时完成", "按"));
	}

	@Test
	void scoresAchievedFull() {
		RowScore score = MOF.score(row("有效改善", "有效改善", "5"));
		assertEquals(d("5.00"), score.score());
		assertEquals("'有效改善': achieved the annual target → 5.00", score.explanation());
		assertFalse(score.has(ScoreFlag.NEEDS_EXPLANATION));
	}

	@ParameterizedTest(name = "{0}: mof {1}, transfer {2}")
	@CsvSource({ "部分达成,3.00,2.50", "未达成,0.00,0.00" })
	void scoresOtherGradesAtTheirFloorToBeConfirmed(String actual, String mof, String transfer) {
		for (Scorer scorer : new Scorer[] { MOF, TRANSFER }) {
			RowScore score = scorer.score(row("有效改善", actual, "5"));
			assertEquals(d(scorer == MOF ? mof : transfer), score.score());
			assertTrue(score.has(ScoreFlag.SCORE_TO_CONFIRM));
			assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
			assertFalse(score.hasErrors());
		}
	}

	@Test
	void explainsTheBand() {
		assertEquals("'部分达成': partly achieved the annual target, with some effect, band [60%, 80%) of 5 = [3.00, 4.00) → 3.00, "
				+ "to be confirmed by the officer", MOF.score(row("有效改善", "部分达成", "5")).explanation());
	}

	@Test
	void roundsTheFloorUpIntoTheBand() {
		RowScore score = MOF.score(row("有效改善", "部分达成", "1.005"));
		assertEquals(d("0.61"), score.score(), "60% of 1.005 = 0.603: 0.60 would lie below the band");
	}

	@Test
	void leavesUnknownWordingToTheOfficer() {
		RowScore score = MOF.score(row("有效改善", "情况良好", "5"));
		assertEquals(d("0.00"), score.score());
		assertTrue(score.has(ScoreFlag.OFFICER_SCORE_REQUIRED));
	}

	/** Officer's scores on each side of every band edge, weight 5. */
	@ParameterizedTest(name = "{0} {1}: officer {2} accepted {3}")
	@CsvSource({ "mof,达成,4.00,true", "mof,达成,3.99,false", "mof,达成,5.00,true", "mof,部分达成,3.00,true",
			"mof,部分达成,2.99,false", "mof,部分达成,3.99,true", "mof,部分达成,4.00,false", "mof,未达成,0.00,true",
			"mof,未达成,2.99,true", "mof,未达成,3.00,false", "transfer,达成,4.00,true", "transfer,达成,3.99,false",
			"transfer,部分达成,2.50,true", "transfer,部分达成,2.49,false", "transfer,部分达成,3.99,true",
			"transfer,部分达成,4.00,false", "transfer,未达成,2.49,true", "transfer,未达成,2.50,false" })
	void checksTheOfficersScoreAgainstTheBand(String rules, String actual, String officer, boolean accepted) {
		Scorer scorer = "mof".equals(rules) ? MOF : TRANSFER;
		RowScore score = scorer.score(row("有效改善", actual, "5"), new OfficerScore(d(officer), "评价组复核"));
		assertEquals(accepted, score.has(ScoreFlag.ADJUSTED));
		assertEquals(!accepted, score.hasErrors());
		if (accepted) {
			assertEquals(d(officer), score.score());
			assertFalse(score.has(ScoreFlag.SCORE_TO_CONFIRM));
		} else {
			assertEquals(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_BAND, score.problems().getLast().code());
		}
	}

	@Test
	void namesTheBandOfARefusedScore() {
		RowScore score = MOF.score(row("有效改善", "部分达成", "5"), new OfficerScore(d("4.50"), "评价组复核"));
		assertEquals(d("3.00"), score.score(), "the default stands");
		assertEquals("the officer's score 4.50 is outside the band [60%, 80%) of 5 = [3.00, 4.00) of "
				+ "'partly achieved the annual target, with some effect'", score.problems().getLast().message());
	}

	@Test
	void knowsTheBandsOfBothRuleSets() {
		BigDecimal w = d("10");
		QualitativeBand partial = MOF.rules().band(QualitativeGrade.PARTIAL);
		assertTrue(partial.contains(d("6.00"), w));
		assertFalse(partial.contains(d("8.00"), w));
		assertTrue(MOF.rules().band(QualitativeGrade.ACHIEVED).contains(d("10.00"), w));
		assertTrue(TRANSFER.rules().band(QualitativeGrade.PARTIAL).contains(d("5.00"), w));
		assertFalse(MOF.rules().band(QualitativeGrade.PARTIAL).contains(d("5.00"), w));
	}
}
