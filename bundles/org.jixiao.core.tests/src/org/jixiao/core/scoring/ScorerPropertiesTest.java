package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.TRANSFER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Random;

import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.Unit;
import org.junit.jupiter.api.Test;

/** Properties over many generated rows, with a fixed seed so that a failure can be replayed. */
class ScorerPropertiesTest {

	private static final Comparator[] QUANTITATIVE = { Comparator.AT_LEAST, Comparator.MORE_THAN, Comparator.EQUAL,
			Comparator.AT_MOST, Comparator.LESS_THAN };
	private static final int RUNS = 5_000;

	private final Random random = new Random(20231231L);

	/** A decimal in [min, max) with 0–3 decimals. */
	private BigDecimal decimal(int min, int max) {
		int scale = random.nextInt(4);
		long unscaled = random.nextLong((long) min * pow10(scale), (long) max * pow10(scale));
		return BigDecimal.valueOf(unscaled, scale);
	}

	private static long pow10(int scale) {
		return BigDecimal.TEN.pow(scale).longValueExact();
	}

	private static Quantity quantity(Comparator comparator, BigDecimal number) {
		return new Quantity(number.toPlainString(), comparator, number, Unit.NONE, java.util.Set.of());
	}

	private BigDecimal weight() {
		return BigDecimal.valueOf(random.nextInt(1, 400), random.nextInt(2));
	}

	private static void assertWithin(RowScore score, BigDecimal weight, String what) {
		assertTrue(score.score().signum() >= 0 && score.score().compareTo(weight) <= 0, () -> what + " → " + score);
		assertEquals(2, score.score().scale(), what);
	}

	@Test
	void indicatorScoresStayWithinZeroAndTheWeight() {
		for (int i = 0; i < RUNS; i++) {
			Comparator comparator = QUANTITATIVE[random.nextInt(QUANTITATIVE.length)];
			BigDecimal a = random.nextInt(10) == 0 ? BigDecimal.ZERO : decimal(0, 1000);
			BigDecimal b = decimal(-100, 3000);
			BigDecimal w = weight();
			IndicatorRow row = new IndicatorRow(comparator, quantity(comparator, a), quantity(Comparator.AT_LEAST, b), w);
			for (Scorer scorer : new Scorer[] { MOF, TRANSFER }) {
				assertWithin(scorer.score(row), w, comparator + " A=" + a + " B=" + b + " w=" + w);
			}
		}
	}

	@Test
	void budgetScoresStayWithinZeroAndTheWeight() {
		for (int i = 0; i < RUNS; i++) {
			BigDecimal budget = decimal(0, 100_000_000);
			BigDecimal executed = decimal(0, 150_000_000);
			BigDecimal w = weight();
			RowScore score = MOF.score(new BudgetRow(budget, executed, w));
			if (budget.signum() == 0) {
				assertTrue(score.hasErrors());
			}
			assertWithin(score, w, "budget " + budget + " executed " + executed);
		}
	}

	@Test
	void positiveScoresRiseWithTheActualAndReverseScoresFall() {
		for (int i = 0; i < RUNS / 10; i++) {
			BigDecimal a = decimal(1, 1000);
			BigDecimal w = weight();
			BigDecimal b = decimal(0, 10);
			for (Scorer scorer : new Scorer[] { MOF, TRANSFER }) {
				BigDecimal previousPositive = BigDecimal.ZERO;
				BigDecimal previousReverse = w;
				BigDecimal actual = b;
				for (int step = 0; step < 40; step++) {
					actual = actual.add(decimal(0, 100));
					BigDecimal positive = score(scorer, Comparator.AT_LEAST, a, actual, w);
					BigDecimal reverse = score(scorer, Comparator.AT_MOST, a, actual, w);
					assertTrue(positive.compareTo(previousPositive) >= 0, "positive A=" + a + " B=" + actual);
					assertTrue(reverse.compareTo(previousReverse) <= 0, "reverse A=" + a + " B=" + actual);
					previousPositive = positive;
					previousReverse = reverse;
				}
			}
		}
	}

	@Test
	void budgetScoresRiseWithExecution() {
		for (int i = 0; i < RUNS / 10; i++) {
			BigDecimal budget = decimal(1, 10_000_000);
			BigDecimal w = weight();
			BigDecimal executed = BigDecimal.ZERO;
			BigDecimal previous = BigDecimal.ZERO;
			for (int step = 0; step < 30; step++) {
				executed = executed.add(decimal(0, 1_000_000));
				BigDecimal score = MOF.score(new BudgetRow(budget, executed, w)).score();
				assertTrue(score.compareTo(previous) >= 0, "budget " + budget + " executed " + executed);
				previous = score;
			}
		}
	}

	@Test
	void officerScoresAreAcceptedExactlyWithinTheBand() {
		String[] actuals = { "达成年度指标", "部分达成", "未达成" };
		for (int i = 0; i < RUNS; i++) {
			Scorer scorer = random.nextBoolean() ? MOF : TRANSFER;
			BigDecimal w = weight();
			String actual = actuals[random.nextInt(actuals.length)];
			BigDecimal officer = BigDecimal.valueOf(random.nextLong(-100, w.movePointRight(2).longValue() + 100), 2);
			IndicatorRow row = new IndicatorRow(Rows.PARSER.parse("有效改善"), Rows.PARSER.parse(actual), w);
			QualitativeBand band = scorer.rules().band(QualitativeGrade.classify("有效改善", actual).orElseThrow());
			boolean expected = officer.signum() >= 0 && officer.compareTo(w) <= 0 && band.contains(officer, w);
			RowScore score = scorer.score(row, new OfficerScore(officer, "复核"));
			assertEquals(expected, score.has(ScoreFlag.ADJUSTED), actual + " w=" + w + " officer=" + officer);
			assertWithin(score, w, actual + " w=" + w + " officer=" + officer);
		}
	}

	private static BigDecimal score(Scorer scorer, Comparator comparator, BigDecimal a, BigDecimal b, BigDecimal w) {
		return scorer.score(new IndicatorRow(comparator, quantity(comparator, a), quantity(Comparator.AT_LEAST, b), w)).score();
	}
}
