package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A row's score, rounded per the rule set, with what led to it.
 *
 * @param score the score, in [0, weight]
 * @param weight the row's weight
 * @param flags remarks on the score
 * @param explanation a translated explanation with the numbers substituted, e.g.
 *            {@code 5 × 850/650 = 6.54 → capped at 5.00}
 * @param problems errors and warnings
 */
public record RowScore(BigDecimal score, BigDecimal weight, Set<ScoreFlag> flags, String explanation,
		List<ScoreProblem> problems) {

	/** Checks the components and copies the collections. */
	public RowScore {
		Objects.requireNonNull(score);
		Objects.requireNonNull(weight);
		Objects.requireNonNull(explanation);
		EnumSet<ScoreFlag> copy = EnumSet.noneOf(ScoreFlag.class);
		copy.addAll(flags);
		flags = Collections.unmodifiableSet(copy);
		problems = List.copyOf(problems);
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
		return new RowScore(score, weight, flags, explanation, more);
	}

	/** @return whether any problem is an error */
	public boolean hasErrors() {
		return problems.stream().anyMatch(problem -> problem.severity() == ScoreProblem.Severity.ERROR);
	}
}
