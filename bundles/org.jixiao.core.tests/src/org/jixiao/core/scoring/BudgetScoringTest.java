package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §3: 得分 = 分值 × min(全年执行数 / 全年预算数, 100%). */
class BudgetScoringTest {

	@Test
	void scoresFullExecutionOfTheReferenceBudget() {
		RowScore score = MOF.score(new BudgetRow(d("25567092.46"), d("25567092.46"), d("10")));
		assertEquals(d("10.00"), score.score());
		assertEquals("10 × min(25,567,092.46/25,567,092.46, 100%) = 10.00", score.explanation());
		assertEquals(Set.of(), score.flags());
		assertEquals(List.of(), score.problems());
	}

	@Test
	void capsExecutionAbove100PercentAndFlagsIt() {
		RowScore score = MOF.score(new BudgetRow(d("25567092.46"), d("26229300.15"), d("10")));
		assertEquals(d("10.00"), score.score());
		assertTrue(score.has(ScoreFlag.CAPPED));
		assertTrue(score.has(ScoreFlag.OVER_EXECUTED));
		assertFalse(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertEquals("10 × min(26,229,300.15/25,567,092.46, 100%) = 10.00; execution rate 102.59% exceeds 100%",
				score.explanation());
	}

	@Test
	void scoresPartialExecutionProportionally() {
		RowScore score = MOF.score(new BudgetRow(d("25567092.46"), d("24000000.00"), d("10")));
		assertEquals(d("9.39"), score.score());
		assertEquals("10 × min(24,000,000.00/25,567,092.46, 100%) = 9.39", score.explanation());
		assertFalse(score.has(ScoreFlag.NEEDS_EXPLANATION), "93.87% is above the 90% threshold");
	}

	@ParameterizedTest(name = "executed {0} of 1000 → low execution {1}")
	@CsvSource({ "899.99,true", "900,false", "900.00,false", "1000,false" })
	void asksForAnExplanationBelow90Percent(String executed, boolean low) {
		RowScore score = MOF.score(new BudgetRow(d("1000"), d(executed), d("10")));
		assertEquals(low, score.has(ScoreFlag.LOW_EXECUTION));
		assertEquals(low, score.has(ScoreFlag.NEEDS_EXPLANATION));
	}

	@Test
	void explainsLowExecutionWithTheRate() {
		RowScore score = MOF.score(new BudgetRow(d("1000"), d("850"), d("10")));
		assertEquals(d("8.50"), score.score());
		assertEquals("10 × min(850/1,000, 100%) = 8.50; execution rate 85.00% is below 90%: explain the deviation",
				score.explanation());
	}

	@Test
	void asksForAnExplanationOfAMidYearAdjustment() {
		RowScore score = MOF.score(new BudgetRow(d("20000000"), d("25567092.46"), d("25567092.46"), d("10")));
		assertEquals(d("10.00"), score.score());
		assertTrue(score.has(ScoreFlag.BUDGET_ADJUSTED));
		assertTrue(score.has(ScoreFlag.NEEDS_EXPLANATION));
		assertTrue(score.explanation().endsWith(
				"initial budget 20,000,000 differs from the adjusted budget 25,567,092.46: explain the adjustment"));
	}

	@Test
	void reportsAZeroBudgetInsteadOfDividing() {
		for (String executed : new String[] { "0", "100" }) {
			RowScore score = MOF.score(new BudgetRow(d("0"), d(executed), d("10")));
			assertEquals(d("0.00"), score.score());
			assertEquals(ScoreProblem.Code.ZERO_BUDGET, score.problems().getFirst().code());
			assertTrue(score.hasErrors());
			assertEquals("the adjusted budget (全年预算数) is 0: the execution rate is undefined → 0.00", score.explanation());
		}
	}

	@Test
	void reportsNegativeAmountsAndWeights() {
		assertEquals(ScoreProblem.Code.NEGATIVE_AMOUNT,
				MOF.score(new BudgetRow(d("100"), d("-1"), d("10"))).problems().getFirst().code());
		RowScore zeroWeight = MOF.score(new BudgetRow(d("100"), d("100"), d("0")));
		assertEquals(ScoreProblem.Code.WEIGHT_NOT_POSITIVE, zeroWeight.problems().getFirst().code());
		assertEquals(d("0.00"), zeroWeight.score());
	}

	@Test
	void roundsTheRateHalfUpOnce() {
		assertEquals(d("3.34"), MOF.score(new BudgetRow(d("3"), d("1.0005"), d("10"))).score(), "10 × 1.0005/3 = 3.335");
		assertEquals(d("3.33"), MOF.score(new BudgetRow(d("3"), d("1.0004"), d("10"))).score());
	}
}
