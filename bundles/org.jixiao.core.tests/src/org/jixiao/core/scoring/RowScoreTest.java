package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.MOF;
import static org.jixiao.core.scoring.Rows.d;
import static org.jixiao.core.scoring.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@link RowScore} as a value: its explanation, worked out late, and equality. */
class RowScoreTest {

	private static final ScoreProblem DIFFERS = new ScoreProblem(ScoreProblem.Severity.WARNING,
			ScoreProblem.Code.STATED_SCORE_DIFFERS, "differs");

	@Test
	void explanationIsWorkedOutOnceAndKept() {
		RowScore score = MOF.score(row("≥650万元", "850万元", "5"));
		String explanation = score.explanation();
		assertTrue(explanation.startsWith("5 × 850/650 = 6.54"), explanation);
		assertSame(explanation, score.explanation());
	}

	@Test
	void withProblemKeepsEverythingElse() {
		RowScore score = MOF.score(row("≥30名", "28名", "5"));
		RowScore more = score.withProblem(DIFFERS);
		assertEquals(score.score(), more.score());
		assertEquals(score.flags(), more.flags());
		assertEquals(score.explanation(), more.explanation());
		assertEquals(List.of(DIFFERS), more.problems());
		assertNotEquals(score, more);
	}

	@Test
	void scoresOfTheSameRowAreEqual() {
		RowScore first = MOF.score(row("≤2天", "3天", "1.5"));
		RowScore second = MOF.score(row("≤2天", "3天", "1.5"));
		assertEquals(first, second);
		assertEquals(first.hashCode(), second.hashCode());
		assertEquals(first.toString(), second.toString());
		assertTrue(first.toString().contains(first.explanation()), first.toString());
	}

	@Test
	void givenExplanationEqualsTheWorkedOutOne() {
		RowScore computed = MOF.score(row("=100%", "98%", "1.5"));
		RowScore given = new RowScore(computed.score(), computed.weight(), computed.flags(), computed.explanation(),
				computed.problems());
		assertEquals(computed, given);
		assertNotEquals(given, new RowScore(d("1.47"), d("1.5"), Set.of(), "other", List.of()));
	}
}
