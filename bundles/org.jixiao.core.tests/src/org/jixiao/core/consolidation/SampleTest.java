package org.jixiao.core.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.jixiao.core.consolidation.SampleEntry.Decision;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.model.evaluation.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeded 抽评 draw: reproducible, weighted by budget when asked, kept with its decisions in a file. */
class SampleTest {

	private static final BigDecimal TEN_PERCENT = BigDecimal.TEN;

	@TempDir
	Path dir;

	/** @return {@code count} evaluations, the budget of number i being {@code budget(i)} */
	private static List<ConsolidationRow> rows(int count, java.util.function.IntFunction<String> budget) {
		List<ConsolidationRow> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(ConsolidationTest.row(i, "单位" + i, budget.apply(i), budget.apply(i), "90.00", null, Grade.EXCELLENT)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return rows;
	}

	private static List<Long> ids(Sample sample) {
		return sample.entries().stream().map(SampleEntry::evaluationId).toList();
	}

	@Test
	void theSameSeedDrawsTheSameSampleWhateverTheOrderOfTheRows() {
		List<ConsolidationRow> rows = rows(200, i -> i * 1000 + ".00"); //$NON-NLS-1$
		List<ConsolidationRow> shuffled = new ArrayList<>(rows);
		Collections.shuffle(shuffled, new Random(7));
		for (boolean weighted : new boolean[] { false, true }) {
			Sample first = Sample.draw(2024, rows, TEN_PERCENT, 20241207L, weighted);
			assertEquals(20, first.entries().size());
			assertEquals(ids(first), ids(Sample.draw(2024, shuffled, TEN_PERCENT, 20241207L, weighted)));
			assertNotEquals(ids(first), ids(Sample.draw(2024, rows, TEN_PERCENT, 20241208L, weighted)), "another seed, another sample"); //$NON-NLS-1$
			assertEquals(20, first.entries().stream().map(SampleEntry::evaluationId).distinct().count(), "without replacement"); //$NON-NLS-1$
		}
		assertEquals(1, Sample.draw(2024, rows(3, i -> "1.00"), BigDecimal.ONE, 1, false).entries().size(), "rounded up"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(3, Sample.draw(2024, rows(3, i -> "1.00"), new BigDecimal("100"), 1, true).entries().size()); //$NON-NLS-1$ //$NON-NLS-2$
		assertThrows(IllegalArgumentException.class, () -> Sample.draw(2024, rows, BigDecimal.ZERO, 1, false));
	}

	@Test
	void aWeightedDrawPrefersBigBudgetsOverManySeeds() {
		// one evaluation of 1,000,000 yuan among 19 of 10,000: weighted, it is drawn first in about 84 %
		// of the draws (1,000,000 / 1,190,000); unweighted, in 5 %
		List<ConsolidationRow> rows = rows(20, i -> i == 13 ? "1000000.00" : "10000.00"); //$NON-NLS-1$ //$NON-NLS-2$
		int weightedHits = 0;
		int plainHits = 0;
		for (long seed = 0; seed < 1000; seed++) {
			weightedHits += Sample.draw(2024, rows, new BigDecimal("5"), seed, true).entries().get(0).evaluationId() == 13 ? 1 : 0; //$NON-NLS-1$
			plainHits += Sample.draw(2024, rows, new BigDecimal("5"), seed, false).entries().get(0).evaluationId() == 13 ? 1 : 0; //$NON-NLS-1$
		}
		int weightedFirst = weightedHits;
		int plainFirst = plainHits;
		assertTrue(weightedFirst > 780 && weightedFirst < 900, () -> "weighted: " + weightedFirst); //$NON-NLS-1$
		assertTrue(plainFirst > 20 && plainFirst < 90, () -> "unweighted: " + plainFirst); //$NON-NLS-1$

		// budgets 1..100 thousand, 20 % drawn: the weighted samples hold the bigger budgets
		List<ConsolidationRow> graded = rows(100, i -> i + "000.00"); //$NON-NLS-1$
		double weightedMean = 0;
		double plainMean = 0;
		for (long seed = 0; seed < 200; seed++) {
			weightedMean += mean(Sample.draw(2024, graded, new BigDecimal("20"), seed, true)) / 200; //$NON-NLS-1$
			plainMean += mean(Sample.draw(2024, graded, new BigDecimal("20"), seed, false)) / 200; //$NON-NLS-1$
		}
		double weighted = weightedMean;
		double plain = plainMean;
		assertTrue(weighted > 60_000 && plain > 45_000 && plain < 56_000, () -> "mean budget weighted " + weighted + ", unweighted " + plain); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void budgetlessEvaluationsComeLastInAWeightedDraw() {
		List<ConsolidationRow> rows = rows(10, i -> i <= 5 ? null : "100.00"); //$NON-NLS-1$
		for (long seed = 0; seed < 50; seed++) {
			List<Long> drawn = ids(Sample.draw(2024, rows, new BigDecimal("50"), seed, true)); //$NON-NLS-1$
			assertTrue(drawn.stream().allMatch(id -> id > 5), drawn::toString);
		}
	}

	@Test
	void theReviewersDecisionsAreKeptInTheFile() throws Exception {
		List<ConsolidationRow> rows = rows(30, i -> i + "00.50"); //$NON-NLS-1$
		Sample drawn = Sample.draw(2024, rows, TEN_PERCENT, 42, true);
		long first = drawn.entries().get(0).evaluationId();
		ConsolidationRow other = rows.stream().filter(r -> drawn.entry(r.evaluationId()) == null).findFirst().orElseThrow();
		Instant at = Instant.parse("2026-12-07T02:30:00Z"); //$NON-NLS-1$
		Sample decided = drawn.decide(rows.get((int) first - 1), Decision.EXCLUDED, "复核员", at) //$NON-NLS-1$
				.decide(other, Decision.INCLUDED, "复核员", at); //$NON-NLS-1$
		assertEquals(4, decided.entries().size());
		assertEquals(3, decided.selected().size());
		assertFalse(decided.entry(other.evaluationId()).drawn());
		assertEquals(Decision.PROPOSED, drawn.entry(first).decision(), "the drawn sample is unchanged"); //$NON-NLS-1$

		Path file = dir.resolve("抽评-2024.json"); //$NON-NLS-1$
		SampleFile.write(decided, file);
		Sample read = SampleFile.read(file);
		assertEquals(decided, read);
		assertTrue(read.drawnWith(2024, new BigDecimal("10.0"), 42, true)); //$NON-NLS-1$
		assertFalse(read.drawnWith(2024, TEN_PERCENT, 43, true));

		Files.writeString(file, "{\"format\": \"jixiao-sample/1\", \"fiscalYear\": 2024}", StandardCharsets.UTF_8); //$NON-NLS-1$
		EvaluationFileException refused = assertThrows(EvaluationFileException.class, () -> SampleFile.read(file));
		assertTrue(refused.getMessage().contains(file.toString()) && refused.getMessage().contains("entries"), refused::getMessage); //$NON-NLS-1$
	}

	private static double mean(Sample sample) {
		return sample.entries().stream().mapToDouble(entry -> entry.budget().doubleValue()).average().orElseThrow();
	}
}
