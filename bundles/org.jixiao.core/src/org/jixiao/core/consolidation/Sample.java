package org.jixiao.core.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

import org.jixiao.core.consolidation.SampleEntry.Decision;

/**
 * A reproducible 抽评 sample of one fiscal year: {@code percent} of its evaluations (rounded up) drawn
 * with {@link SplittableRandom} from {@code seed}, so that the same seed on the same evaluations
 * always draws the same sample, with the reviewer's decisions (确认纳入 / 取消纳入) on them. Weighted by
 * budget, it is the weighted sampling without replacement of Efraimidis and Spirakis (2006): each
 * evaluation gets the key u<sup>1/w</sup> (u uniform in (0, 1], w its 全年预算数) and the largest keys
 * are drawn, so that an evaluation's chance to come first is proportional to its budget; one without a
 * budget is drawn only after every one with.
 *
 * @param fiscalYear the year
 * @param percent the share drawn, in percent (more than 0, at most 100)
 * @param seed the seed of the draw
 * @param weighted whether the draw was weighted by 全年预算数
 * @param entries the evaluations drawn, in the order drawn, then those the reviewer added
 */
public record Sample(int fiscalYear, BigDecimal percent, long seed, boolean weighted, List<SampleEntry> entries) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Checks the share and keeps the entries unmodifiable. */
	public Sample {
		checkPercent(percent);
		entries = List.copyOf(entries);
	}

	private static void checkPercent(BigDecimal percent) {
		Objects.requireNonNull(percent, "percent"); //$NON-NLS-1$
		if (percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Sample_badPercent, percent.toPlainString()));
		}
	}

	/**
	 * Draws a sample.
	 *
	 * @param fiscalYear the year
	 * @param rows the year's evaluations, in any order (they are drawn in the order of their ids)
	 * @param percent the share to draw, in percent (more than 0, at most 100); the number drawn is
	 *            rounded up, so at least one of a non-empty year
	 * @param seed the seed
	 * @param weighted whether to weight by 全年预算数
	 * @return the sample, every entry {@link Decision#PROPOSED}
	 * @throws IllegalArgumentException when the share is out of range
	 */
	public static Sample draw(int fiscalYear, List<ConsolidationRow> rows, BigDecimal percent, long seed, boolean weighted) {
		checkPercent(percent);
		List<ConsolidationRow> ordered = rows.stream().sorted(Comparator.comparingLong(ConsolidationRow::evaluationId)).toList();
		int size = BigDecimal.valueOf(ordered.size()).multiply(percent).divide(HUNDRED, 0, RoundingMode.CEILING).intValueExact();
		double largest = ordered.stream().map(ConsolidationRow::adjustedBudget).filter(budget -> budget != null && budget.signum() > 0)
				.mapToDouble(BigDecimal::doubleValue).max().orElse(1);
		SplittableRandom random = new SplittableRandom(seed);
		List<Keyed> keyed = new ArrayList<>(ordered.size());
		for (ConsolidationRow row : ordered) {
			double uniform = 1 - random.nextDouble(); // in (0, 1]
			double key;
			if (!weighted) {
				key = Math.log(uniform);
			} else if (row.adjustedBudget() != null && row.adjustedBudget().signum() > 0) {
				// log(u^(1/w)) = log(u) / w, with w scaled to (0, 1] so that the keys stay apart in a double
				key = Math.log(uniform) / (row.adjustedBudget().doubleValue() / largest);
			} else {
				key = Double.NEGATIVE_INFINITY;
			}
			keyed.add(new Keyed(row, key, uniform));
		}
		keyed.sort(Comparator.comparingDouble(Keyed::key).thenComparingDouble(Keyed::uniform).reversed());
		List<SampleEntry> entries = keyed.stream().limit(size)
				.map(k -> new SampleEntry(k.row().evaluationId(), k.row().name(), k.row().adjustedBudget(), true, Decision.PROPOSED, null, null))
				.toList();
		return new Sample(fiscalYear, percent, seed, weighted, entries);
	}

	private record Keyed(ConsolidationRow row, double key, double uniform) {
	}

	/**
	 * @param row an evaluation of the year, drawn or not
	 * @param decision the reviewer's decision: {@link Decision#INCLUDED} adds an evaluation not drawn
	 * @param user who decides
	 * @param at when
	 * @return the sample with the decision
	 */
	public Sample decide(ConsolidationRow row, Decision decision, String user, Instant at) {
		List<SampleEntry> decided = new ArrayList<>(entries.size() + 1);
		boolean found = false;
		for (SampleEntry entry : entries) {
			if (entry.evaluationId() == row.evaluationId()) {
				decided.add(new SampleEntry(entry.evaluationId(), entry.department(), entry.budget(), entry.drawn(), decision, user, at));
				found = true;
			} else {
				decided.add(entry);
			}
		}
		if (!found) {
			decided.add(new SampleEntry(row.evaluationId(), row.name(), row.adjustedBudget(), false, decision, user, at));
		}
		return new Sample(fiscalYear, percent, seed, weighted, decided);
	}

	/**
	 * @param otherYear a year
	 * @param otherPercent a share
	 * @param otherSeed a seed
	 * @param otherWeighted whether weighted
	 * @return whether this sample was drawn with these arguments, so that drawing again gives it
	 */
	public boolean drawnWith(int otherYear, BigDecimal otherPercent, long otherSeed, boolean otherWeighted) {
		return fiscalYear == otherYear && percent.compareTo(otherPercent) == 0 && seed == otherSeed && weighted == otherWeighted;
	}

	/** @return the evaluations to re-evaluate: drawn or added, and not taken out */
	public List<SampleEntry> selected() {
		return entries.stream().filter(SampleEntry::selected).toList();
	}

	/**
	 * @param evaluationId an evaluation's id
	 * @return its entry, or {@code null} when it is not in the sample
	 */
	public SampleEntry entry(long evaluationId) {
		return entries.stream().filter(entry -> entry.evaluationId() == evaluationId).findFirst().orElse(null);
	}
}
