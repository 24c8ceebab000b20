package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RULES §4 rounding, §7 stated scores, §3 breakdowns and §9 grades. */
class TotalAndGradeTest {

	@Test
	void sumsTheRoundedRows() {
		List<RowScore> rows = List.of(MOF.score(row("≥3", "1", "1")), MOF.score(row("≥3", "1", "1")),
				MOF.score(row("≥3", "1", "1")));
		assertEquals(d("0.33"), rows.getFirst().score());
		assertEquals(d("0.99"), MOF.total(rows), "3 × 0.33, not round(3 × 1/3) = 1.00");
	}

	@Test
	void totalsNothingToZero() {
		assertEquals(d("0.00"), MOF.total(List.of()));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({ "100,EXCELLENT", "99.3,EXCELLENT", "90,EXCELLENT", "90.00,EXCELLENT", "89.99,GOOD", "80,GOOD", "79.99,FAIR",
			"60,FAIR", "59.99,POOR", "0,POOR" })
	void gradesTheTotal(String total, Grade grade) {
		assertEquals(grade, MOF.grade(d(total)));
	}

	@Test
	void labelsGrades() {
		assertEquals("Excellent", Grade.EXCELLENT.label());
		assertEquals("Poor", Grade.POOR.label());
	}

	@ParameterizedTest(name = "stated {0} against 4.67 → warning {1}")
	@CsvSource({ "4.67,false", "4.68,false", "4.66,false", "4.69,true", "4.65,true", "4.6701,false" })
	void warnsOfAStatedScoreMoreThan001Off(String stated, boolean warning) {
		RowScore computed = MOF.score(row("≥30名", "28名", "5"));
		assertEquals(warning, MOF.compareStated(computed, d(stated)).isPresent());
	}

	@Test
	void namesBothNumbersOfADifferingStatedScore() {
		ScoreProblem problem = MOF.compareStated(MOF.score(row("≥30名", "28名", "5")), d("5")).orElseThrow();
		assertEquals(ScoreProblem.Severity.WARNING, problem.severity());
		assertEquals("the stated score 5 differs from the computed score 4.67", problem.message());
	}

	@Test
	void warnsOfABreakdownThatDoesNotAddUp() {
		assertEquals(Optional.empty(), MOF.checkBreakdown(d("25567092.46"), List.of(d("25000000"), d("567092.46"))));
		ScoreProblem problem = MOF.checkBreakdown(d("25567092.46"), List.of(d("25000000"), d("567000.00"))).orElseThrow();
		assertEquals(ScoreProblem.Code.BREAKDOWN_MISMATCH, problem.code());
		assertTrue(problem.message().endsWith("25,567,092.46 differ from the sum of their breakdown 25,567,000.00 by 92.46"),
				problem.message());
	}
}
