package org.jixiao.core.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.jixiao.model.evaluation.Grade;

/**
 * The bureau's consolidation of one fiscal year, immutable: every evaluation ranked by 复核得分, then
 * 自评得分; the grade distribution and the distribution of execution rates; and the evaluations
 * flagged for the budget hearing (执行率 below a threshold, or graded 中 or 差).
 */
public final class Consolidation {

	/** The execution rate below which an evaluation is flagged, by default: 90 %, the rules' own threshold. */
	public static final BigDecimal DEFAULT_LOW_EXECUTION = BigDecimal.valueOf(90);

	/**
	 * The ranking's order: 复核得分 from the highest (none last), then 自评得分 likewise, then by
	 * name in Chinese (pinyin) order and by id.
	 */
	public static final Comparator<ConsolidationRow> RANKING = Comparator
			.comparing(ConsolidationRow::reviewScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(ConsolidationRow::selfScore, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
			.thenComparing(ConsolidationRow::name, Collator.getInstance(Locale.CHINA)).thenComparingLong(ConsolidationRow::evaluationId);

	/** The lower bounds of the execution-rate bands, in percent; the last band is open. */
	private static final int[] RATE_BOUNDS = { 60, 80, 90, 100 };
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final int fiscalYear;
	private final BigDecimal lowExecutionPercent;
	private final List<RankedRow> ranking;

	private Consolidation(int fiscalYear, BigDecimal lowExecutionPercent, List<RankedRow> ranking) {
		this.fiscalYear = fiscalYear;
		this.lowExecutionPercent = lowExecutionPercent;
		this.ranking = ranking;
	}

	/**
	 * @param fiscalYear the year consolidated
	 * @param rows its evaluations, in any order
	 * @param lowExecutionPercent the execution rate (percent) below which an evaluation is flagged
	 * @return the consolidation
	 * @throws IllegalArgumentException when the threshold is not between 0 and 100
	 */
	public static Consolidation of(int fiscalYear, List<ConsolidationRow> rows, BigDecimal lowExecutionPercent) {
		Objects.requireNonNull(lowExecutionPercent, "lowExecutionPercent"); //$NON-NLS-1$
		if (lowExecutionPercent.signum() < 0 || lowExecutionPercent.compareTo(HUNDRED) > 0) {
			throw new IllegalArgumentException("the low-execution threshold must be between 0 and 100 %, not " //$NON-NLS-1$
					+ lowExecutionPercent.toPlainString());
		}
		List<ConsolidationRow> sorted = rows.stream().sorted(RANKING).toList();
		List<RankedRow> ranking = new ArrayList<>(sorted.size());
		ConsolidationRow previous = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			ConsolidationRow row = sorted.get(i);
			if (row.score() == null) {
				rank = 0;
			} else if (previous == null || !same(previous.reviewScore(), row.reviewScore()) || !same(previous.selfScore(), row.selfScore())) {
				rank = i + 1;
			}
			ranking.add(new RankedRow(rank, row, flags(row, lowExecutionPercent)));
			previous = row;
		}
		return new Consolidation(fiscalYear, lowExecutionPercent, List.copyOf(ranking));
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

	private static Set<HearingFlag> flags(ConsolidationRow row, BigDecimal lowExecutionPercent) {
		Set<HearingFlag> flags = EnumSet.noneOf(HearingFlag.class);
		BigDecimal rate = row.executionRate();
		if (rate != null && rate.compareTo(lowExecutionPercent) < 0) {
			flags.add(HearingFlag.LOW_EXECUTION);
		}
		if (row.grade() == Grade.FAIR || row.grade() == Grade.POOR) {
			flags.add(HearingFlag.LOW_GRADE);
		}
		return flags;
	}

	/** @return the fiscal year consolidated */
	public int fiscalYear() {
		return fiscalYear;
	}

	/** @return the execution rate (percent) below which an evaluation is flagged */
	public BigDecimal lowExecutionPercent() {
		return lowExecutionPercent;
	}

	/** @return every evaluation in the order of {@link #RANKING}, with its rank and flags */
	public List<RankedRow> ranking() {
		return ranking;
	}

	/** @return the evaluations of the ranking, in its order */
	public List<ConsolidationRow> rows() {
		return ranking.stream().map(RankedRow::row).toList();
	}

	/**
	 * @param order another order, e.g. by execution rate
	 * @return the ranked rows in that order
	 */
	public List<RankedRow> sorted(Comparator<? super RankedRow> order) {
		return ranking.stream().sorted(order).toList();
	}

	/** @return the evaluations flagged for the budget hearing, in the ranking's order */
	public List<RankedRow> flagged() {
		return ranking.stream().filter(RankedRow::flagged).toList();
	}

	/**
	 * @param evaluationId an evaluation's id
	 * @return its place in the consolidation, if it is one of the year's
	 */
	public Optional<RankedRow> row(long evaluationId) {
		return ranking.stream().filter(ranked -> ranked.row().evaluationId() == evaluationId).findFirst();
	}

	/** @return how many evaluations have each grade, 优 to 差, then those without a grade (无等级) */
	public List<Band> gradeDistribution() {
		List<Band> bands = new ArrayList<>();
		for (Grade grade : Grade.VALUES) {
			bands.add(band(grade.getLiteral(), row -> row.grade() == grade));
		}
		bands.add(band(Messages.Consolidation_noGrade, row -> row.grade() == null));
		return bands;
	}

	/**
	 * @return how many evaluations have an execution rate below 60 %, 60–80 %, 80–90 %, 90–100 %, of
	 *         100 % and more, and without one (no 全年预算数)
	 */
	public List<Band> executionDistribution() {
		List<Band> bands = new ArrayList<>();
		bands.add(band("<" + RATE_BOUNDS[0] + "%", row -> below(row, RATE_BOUNDS[0]))); //$NON-NLS-1$ //$NON-NLS-2$
		for (int i = 1; i < RATE_BOUNDS.length; i++) {
			int low = RATE_BOUNDS[i - 1];
			int high = RATE_BOUNDS[i];
			bands.add(band(low + "%–" + high + "%", row -> !below(row, low) && below(row, high))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		int last = RATE_BOUNDS[RATE_BOUNDS.length - 1];
		bands.add(band("≥" + last + "%", row -> row.executionRate() != null && !below(row, last))); //$NON-NLS-1$ //$NON-NLS-2$
		bands.add(band(Messages.Consolidation_noRate, row -> row.executionRate() == null));
		return bands;
	}

	private static boolean below(ConsolidationRow row, int percent) {
		BigDecimal rate = row.executionRate();
		return rate != null && rate.compareTo(BigDecimal.valueOf(percent)) < 0;
	}

	private Band band(String label, Predicate<ConsolidationRow> member) {
		int count = (int) ranking.stream().filter(ranked -> member.test(ranked.row())).count();
		BigDecimal percent = ranking.isEmpty() ? BigDecimal.ZERO.setScale(2)
				: BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(ranking.size()), 2, RoundingMode.HALF_UP);
		return new Band(label, count, percent);
	}
}
