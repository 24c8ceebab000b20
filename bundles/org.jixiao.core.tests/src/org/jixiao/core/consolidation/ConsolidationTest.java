package org.jixiao.core.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Grade;
import org.junit.jupiter.api.Test;

/** Ranking, distributions and the flags for the budget hearing. */
class ConsolidationTest {

	static ConsolidationRow row(long id, String department, String budget, String executed, String self, String review, Grade grade) {
		return new ConsolidationRow(id, department, EvaluationKind.DEPARTMENT, null, "区财政局", 2024, budget == null ? null : new BigDecimal(budget), //$NON-NLS-1$
				executed == null ? null : new BigDecimal(executed), self == null ? null : new BigDecimal(self),
				review == null ? null : new BigDecimal(review), grade, 0, review == null ? ReviewStates.SUBMITTED : ReviewStates.CONFIRMED, 0,
				null, null);
	}

	@Test
	void rankedByReviewScoreThenSelfScoreWithSharedRanks() {
		List<ConsolidationRow> rows = List.of(row(1, "甲", "100", "100", "95.00", null, Grade.EXCELLENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(2, "乙", "100", "100", "99.00", "80.00", Grade.GOOD), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				row(3, "丙", "100", "100", "90.00", "92.00", Grade.EXCELLENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				row(4, "丁", "100", "100", "99.00", "80.00", Grade.GOOD), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				row(5, "戊", "100", "100", null, null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Consolidation consolidation = Consolidation.of(2024, rows, Consolidation.DEFAULT_LOW_EXECUTION);
		// equal scores: by the department's name in Chinese order (丁 ding before 乙 yi)
		assertEquals(List.of(3L, 4L, 2L, 1L, 5L), consolidation.rows().stream().map(ConsolidationRow::evaluationId).toList());
		assertEquals(List.of(1, 2, 2, 4, 0), consolidation.ranking().stream().map(RankedRow::rank).toList());
	}

	@Test
	void lowExecutionAndGradesFairOrPoorAreFlagged() {
		List<ConsolidationRow> rows = List.of(row(1, "甲", "1000.00", "899.90", "95.00", null, Grade.EXCELLENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(2, "乙", "1000.00", "900.00", "75.00", null, Grade.FAIR), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(3, "丙", "1000.00", "100.00", "55.00", null, Grade.POOR), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(4, "丁", null, null, "85.00", null, Grade.GOOD)); //$NON-NLS-1$ //$NON-NLS-2$
		Consolidation consolidation = Consolidation.of(2024, rows, Consolidation.DEFAULT_LOW_EXECUTION);
		assertEquals(Set.of(HearingFlag.LOW_EXECUTION), consolidation.row(1).orElseThrow().flags(), "89.99 % < 90 %"); //$NON-NLS-1$
		assertEquals(Set.of(HearingFlag.LOW_GRADE), consolidation.row(2).orElseThrow().flags(), "90.00 % is not below 90 %"); //$NON-NLS-1$
		assertEquals(Set.of(HearingFlag.LOW_EXECUTION, HearingFlag.LOW_GRADE), consolidation.row(3).orElseThrow().flags());
		assertEquals(Set.of(), consolidation.row(4).orElseThrow().flags(), "no budget, no rate"); //$NON-NLS-1$
		assertEquals(List.of(1L, 2L, 3L), consolidation.flagged().stream().map(r -> r.row().evaluationId()).sorted().toList());
		assertEquals(Set.of(HearingFlag.LOW_GRADE),
				Consolidation.of(2024, rows, new BigDecimal("80")).row(2).orElseThrow().flags(), "a lower threshold"); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(IllegalArgumentException.class, () -> Consolidation.of(2024, rows, new BigDecimal("101"))); //$NON-NLS-1$
	}

	@Test
	void gradeAndExecutionDistributionsCountEveryEvaluationOnce() {
		List<ConsolidationRow> rows = List.of(row(1, "甲", "100", "50", "95.00", null, Grade.EXCELLENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(2, "乙", "100", "60", "91.00", null, Grade.EXCELLENT), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(3, "丙", "100", "100", "75.00", null, Grade.FAIR), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				row(4, "丁", "0", "0", null, null, null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Consolidation consolidation = Consolidation.of(2024, rows, Consolidation.DEFAULT_LOW_EXECUTION);
		assertEquals(List.of(2, 0, 1, 0, 1), consolidation.gradeDistribution().stream().map(Band::count).toList());
		assertEquals(new BigDecimal("50.00"), consolidation.gradeDistribution().get(0).percent()); //$NON-NLS-1$
		assertEquals(List.of(1, 1, 0, 0, 1, 1), consolidation.executionDistribution().stream().map(Band::count).toList());
		Consolidation empty = Consolidation.of(2024, List.of(), Consolidation.DEFAULT_LOW_EXECUTION);
		assertEquals(List.of(0, 0, 0, 0, 0), empty.gradeDistribution().stream().map(Band::count).toList());
		assertEquals(new BigDecimal("0.00"), empty.gradeDistribution().get(0).percent()); //$NON-NLS-1$
	}
}
