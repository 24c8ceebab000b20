package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A row's score, rounded per the rule set, with what led to it. Immutable and safe to share between
 * threads. The explanation is worked out on the first call to {@link #explanation()}, since most
 * scores are never explained to anyone.
 */
public final class RowScore {

	private final BigDecimal score;
	private final BigDecimal weight;
	private final Set<ScoreFlag> flags;
	private final List<ScoreProblem> problems;
	/** Works out the explanation; pure, so a race between threads only computes it twice. */
	private final Supplier<String> explainer;
	/** The explanation once worked out; a String is safe to publish through a data race. */
	private String explanation;

	/**
	 * @param score the score, in [0, weight]
	 * @param weight the row's weight
	 * @param flags remarks on the score
	 * @param explanation a translated explanation with the numbers substituted, e.g.
	 *            {@code 5 × 850/650 = 6.54 → capped at 5.00}
	 * @param problems errors and warnings
	 */
	public RowScore(BigDecimal score, BigDecimal weight, Set<ScoreFlag> flags, String explanation,
			List<ScoreProblem> problems) {
		this(score, weight, flags, constant(Objects.requireNonNull(explanation)), problems);
		this.explanation = explanation;
	}

	/** A score whose explanation {@code explainer} works out when first asked for. */
	RowScore(BigDecimal score, BigDecimal weight, Set<ScoreFlag> flags, Supplier<String> explainer,
			List<ScoreProblem> problems) {
		this.score = Objects.requireNonNull(score);
		this.weight = Objects.requireNonNull(weight);
		this.explainer = Objects.requireNonNull(explainer);
		EnumSet<ScoreFlag> copy = EnumSet.noneOf(ScoreFlag.class);
		copy.addAll(flags);
		this.flags = Collections.unmodifiableSet(copy);
		this.problems = List.copyOf(problems);
	}

	private static Supplier<String> constant(String text) {
		return () -> text;
	}

	/** @return the score, in [0, weight] */
	public BigDecimal score() {
		return score;
	}

	/** @return the row's weight */
	public BigDecimal weight() {
		return weight;
	}

	/** @return remarks on the score, unmodifiable */
	public Set<ScoreFlag> flags() {
		return flags;
	}

	/**
	 * @return a translated explanation with the numbers substituted, e.g.
	 *         {@code 5 × 850/650 = 6.54 → capped at 5.00}
	 */
	public String explanation() {
		String text = explanation;
		if (text == null) {
			text = Objects.requireNonNull(explainer.get());
			explanation = text;
		}
		return text;
	}

	/** @return errors and warnings, unmodifiable */
	public List<ScoreProblem> problems() {
		return problems;
	}

	/**
	 * @param flag a flag
	 * @return whether the score carries it
	 */
	public boolean has(ScoreFlag flag) {
		return flags.contains(flag);
	}

	/**
	 * @param problem a problem found beside the scoring, e.g. a stated score that differs
	 * @return this score with the problem added
	 */
	public RowScore withProblem(ScoreProblem problem) {
		List<ScoreProblem> more = new ArrayList<>(problems);
		more.add(problem);
		return new RowScore(score, weight, flags, this::explanation, more);
	}

	/** @return whether any problem is an error */
	public boolean hasErrors() {
		for (ScoreProblem problem : problems) {
			if (problem.severity() == ScoreProblem.Severity.ERROR) {
				return true;
			}
		}
		return false;
	}

	/** Equal when every accessor returns equal values, the explanation included. */
	@Override
	public boolean equals(Object obj) {
		return obj instanceof RowScore other && score.equals(other.score) && weight.equals(other.weight)
				&& flags.equals(other.flags) && problems.equals(other.problems) && explanation().equals(other.explanation());
	}

	/** Leaves the explanation out, so that hashing does not work it out. */
	@Override
	public int hashCode() {
		return Objects.hash(score, weight, flags, problems);
	}

	@Override
	public String toString() {
		return "RowScore[score=" + score + ", weight=" + weight + ", flags=" + flags + ", explanation=" + explanation() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ ", problems=" + problems + ']'; //$NON-NLS-1$
	}
}
