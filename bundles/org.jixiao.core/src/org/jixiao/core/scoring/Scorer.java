package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.Descriptive;
import org.jixiao.core.value.ParseProblem;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.ParsedValue;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.TimePoint;
import org.jixiao.core.value.ValueFlag;

/**
 * Scores rows by the rules of a {@link RuleSet} (RULES §3–§9). Every method is a pure function of its
 * arguments and the rule set; bad user input yields problems in the result, never an exception.
 * Scores are exact decimals rounded once per row; the total is the sum of the rounded rows. Explanations
 * are worked out only when {@link RowScore#explanation()} is first called.
 */
public final class Scorer {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal TWO = BigDecimal.valueOf(2);
	private static final BigDecimal STATED_TOLERANCE = new BigDecimal("0.01"); //$NON-NLS-1$

	private final RuleSet rules;

	/**
	 * @param rules the rule set to apply
	 */
	public Scorer(RuleSet rules) {
		this.rules = Objects.requireNonNull(rules);
	}

	/** @return the rule set applied */
	public RuleSet rules() {
		return rules;
	}

	/**
	 * Scores the budget execution row: 分值 × min(全年执行数 / 全年预算数, cap) (RULES §3).
	 *
	 * @param row the 年度资金总额 row
	 * @return the score; 0 with a {@link ScoreProblem.Code#ZERO_BUDGET} error when 全年预算数 is 0
	 */
	public RowScore score(BudgetRow row) {
		Outcome out = new Outcome(row.weight());
		if (!checkWeight(out)) {
			return out.result();
		}
		for (BigDecimal amount : List.of(row.initialBudget(), row.budget(), row.executed())) {
			if (amount.signum() < 0) {
				out.fail(ScoreProblem.Code.NEGATIVE_AMOUNT, NLS.bind(Messages.Scorer_negativeAmount, Format.number(amount)));
				return out.result();
			}
		}
		BigDecimal budget = row.budget();
		BigDecimal executed = row.executed();
		if (budget.signum() == 0) {
			out.fail(ScoreProblem.Code.ZERO_BUDGET, Messages.Scorer_zeroBudget);
			return out.result();
		}
		BigDecimal w = row.weight();
		BigDecimal cap = rules.executionCapPercent();
		boolean aboveCap = executed.multiply(HUNDRED).compareTo(budget.multiply(cap)) > 0;
		out.score = aboveCap ? rules.round(w.multiply(cap).divide(HUNDRED))
				: w.multiply(executed).divide(budget, rules.scale(), rules.roundingMode());
		BigDecimal score = out.score;
		out.note(() -> NLS.bind(Messages.Scorer_budgetFormula, new Object[] { Format.plain(w), Format.number(executed),
				Format.number(budget), Format.percent(cap), show(score) }));
		if (aboveCap) {
			out.flag(ScoreFlag.CAPPED);
		}
		if (executed.compareTo(budget) > 0) {
			out.flag(ScoreFlag.OVER_EXECUTED);
			out.note(() -> NLS.bind(Messages.Scorer_budgetOverExecuted, Format.ratio(executed, budget)));
		}
		BigDecimal threshold = rules.executionExplanationPercent();
		if (executed.multiply(HUNDRED).compareTo(budget.multiply(threshold)) < 0) {
			out.flag(ScoreFlag.LOW_EXECUTION);
			out.flag(ScoreFlag.NEEDS_EXPLANATION);
			out.note(() -> NLS.bind(Messages.Scorer_budgetLow, Format.ratio(executed, budget), Format.percent(threshold)));
		}
		if (row.initialBudget().compareTo(budget) != 0) {
			out.flag(ScoreFlag.BUDGET_ADJUSTED);
			out.flag(ScoreFlag.NEEDS_EXPLANATION);
			out.note(() -> NLS.bind(Messages.Scorer_budgetAdjusted, Format.number(row.initialBudget()), Format.number(budget)));
		}
		return out.result();
	}

	/**
	 * Scores an indicator row by its comparator: positive and equal (≥ &gt; =), reverse (≤ &lt;), time or
	 * qualitative (RULES §4–§6). Rows the rules leave to the officer score 0 and carry
	 * {@link ScoreFlag#OFFICER_SCORE_REQUIRED} with an error.
	 *
	 * @param row the row
	 * @return the score
	 */
	public RowScore score(IndicatorRow row) {
		return engine(row).result();
	}

	/**
	 * Scores an indicator row and applies the officer's score (RULES §7). The officer's score, rounded
	 * like any row, replaces the computed one when it has a reason, lies within [0, weight], within the
	 * qualitative grade's band and, for a late time indicator, at most at the late cap; otherwise the
	 * computed score stands and the result carries an error naming the limit.
	 *
	 * @param row the row
	 * @param officer the officer's score and reason
	 * @return the score, flagged {@link ScoreFlag#ADJUSTED} when the officer's score was applied
	 */
	public RowScore score(IndicatorRow row, OfficerScore officer) {
		Outcome out = engine(row);
		if (out.weight.signum() > 0) {
			applyOfficer(out, officer);
		}
		return out.result();
	}

	/**
	 * Scores a row of an imported table whose 得分 column states a score (RULES §7). Where the rules
	 * leave the row to the officer (a late time indicator, a partial or unmet qualitative grade, wording
	 * the rules cannot grade, a word where a figure is due), the stated score is the officer's: it
	 * replaces the computed one when it lies within [0, weight], within the qualitative grade's band and,
	 * for a late row, at most at the late cap, else the computed score stands with an error naming the
	 * limit. Everywhere else the computed score stands, with a warning when the stated one differs by
	 * more than 0.01. A row whose values cannot be read keeps scoring 0 whatever the table states, and so
	 * does a stated 0, which cannot be told apart from a row nobody has scored yet (as an exported draft
	 * states it): the officer sets a score of 0 in the evaluation itself.
	 *
	 * @param row the row
	 * @param stated the table's 得分
	 * @return the score, flagged {@link ScoreFlag#STATED} when the stated score was applied
	 */
	public RowScore scoreImported(IndicatorRow row, BigDecimal stated) {
		Outcome out = engine(row);
		if (out.judged && out.weight.signum() > 0 && stated.signum() != 0) {
			applyStated(out, stated);
			return out.result();
		}
		RowScore score = out.result();
		return compareStated(score, stated).map(score::withProblem).orElse(score);
	}

	/**
	 * @param rows scored rows
	 * @return the sum of the rounded row scores (总分)
	 */
	public BigDecimal total(Collection<RowScore> rows) {
		return rows.stream().map(RowScore::score).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(rules.scale());
	}

	/**
	 * The row of an indicator that does not apply (不适用): it scores nothing and is left out of the total.
	 *
	 * @param weight the row's weight (分值)
	 * @return a score of 0 flagged {@link ScoreFlag#NOT_APPLICABLE}
	 */
	public RowScore notApplicable(BigDecimal weight) {
		return new RowScore(rules.round(BigDecimal.ZERO), weight, EnumSet.of(ScoreFlag.NOT_APPLICABLE),
				() -> NLS.bind(Messages.Scorer_notApplicable, Format.plain(weight)), List.of());
	}

	/**
	 * The total of an evaluation some of whose indicators do not apply (不适用): the applicable rows'
	 * scores summed, divided by the sum of their weights and brought to a scale of 100 (得分 a / 适用分值 b ×
	 * 100), rounded like a row, as the central table's scoring notes prescribe (不适用的指标不予考核，以适用
	 * 指标得分按百分制折算). Without rows left out it is {@link #total(Collection)}.
	 *
	 * @param applicable the scored rows that count, the budget row included
	 * @param excluded the name and weight of each row left out, in table order
	 * @return the total and how it was computed (empty when nothing was left out)
	 */
	public Total total(Collection<RowScore> applicable, List<Excluded> excluded) {
		BigDecimal sum = total(applicable);
		if (excluded.isEmpty()) {
			return new Total(sum, ""); //$NON-NLS-1$
		}
		BigDecimal weights = applicable.stream().map(RowScore::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		String left = excluded.stream().map(row -> NLS.bind(Messages.Scorer_excludedRow, row.name(), Format.plain(row.weight())))
				.collect(Collectors.joining(Messages.Scorer_excludedSeparator));
		if (weights.signum() <= 0) {
			BigDecimal zero = rules.round(BigDecimal.ZERO);
			return new Total(zero, NLS.bind(Messages.Scorer_noneApplicable, left, show(zero)));
		}
		BigDecimal score = sum.multiply(HUNDRED).divide(weights, rules.scale(), rules.roundingMode());
		return new Total(score, NLS.bind(Messages.Scorer_rescaled,
				new Object[] { left, show(sum), Format.plain(weights), show(score) }));
	}

	/**
	 * A row left out of the total.
	 *
	 * @param name the indicator's name
	 * @param weight its weight (分值)
	 */
	public record Excluded(String name, BigDecimal weight) {
	}

	/**
	 * A total score with how it was computed.
	 *
	 * @param score the total (总分)
	 * @param explanation how it was rescaled, numbers substituted; empty when it is the plain sum
	 */
	public record Total(BigDecimal score, String explanation) {
	}

	/**
	 * @param total a total score
	 * @return its grade (自评等级)
	 */
	public Grade grade(BigDecimal total) {
		return rules.grade(total);
	}

	/**
	 * Compares an imported table's 得分 with the computed score (RULES §7).
	 *
	 * @param computed the computed score
	 * @param stated the table's 得分
	 * @return a warning naming both numbers when they differ by more than 0.01
	 */
	public Optional<ScoreProblem> compareStated(RowScore computed, BigDecimal stated) {
		if (stated.subtract(computed.score()).abs().compareTo(STATED_TOLERANCE) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new ScoreProblem(ScoreProblem.Severity.WARNING, ScoreProblem.Code.STATED_SCORE_DIFFERS,
				NLS.bind(Messages.Scorer_statedDiffers, Format.number(stated), show(computed.score()))));
	}

	/**
	 * Checks that 年度资金总额 equals the sum of one of its breakdowns (RULES §3).
	 *
	 * @param total the 年度资金总额 amount
	 * @param parts the amounts of one breakdown (income nature, expenditure nature or budget projects)
	 * @return a warning naming the difference when the sum differs
	 */
	public Optional<ScoreProblem> checkBreakdown(BigDecimal total, Collection<BigDecimal> parts) {
		BigDecimal sum = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(total) == 0) {
			return Optional.empty();
		}
		return Optional.of(new ScoreProblem(ScoreProblem.Severity.WARNING, ScoreProblem.Code.BREAKDOWN_MISMATCH,
				NLS.bind(Messages.Scorer_breakdownDiffers,
						new Object[] { Format.number(total), Format.number(sum), Format.number(total.subtract(sum)) })));
	}

	private Outcome engine(IndicatorRow row) {
		Outcome out = new Outcome(row.weight());
		if (!checkWeight(out)) {
			return out;
		}
		if (row.target() instanceof ParseProblem problem) {
			out.targetProblem(problem.message());
			return out;
		}
		ParsedValue target = (ParsedValue) row.target();
		Comparator comparator = row.comparator();
		if (comparator.isQuantitative()) {
			quantitative(comparator, target, row.actual(), out);
		} else if (comparator == Comparator.TIME) {
			time(target, row.actual(), row.year(), out);
		} else {
			qualitative(target, row.actual(), out);
		}
		if (out.score.compareTo(out.weight) < 0) {
			out.flag(ScoreFlag.NEEDS_EXPLANATION);
		}
		return out;
	}

	private boolean checkWeight(Outcome out) {
		if (out.weight.signum() > 0) {
			return true;
		}
		out.fail(ScoreProblem.Code.WEIGHT_NOT_POSITIVE, NLS.bind(Messages.Scorer_weightNotPositive, Format.plain(out.weight)));
		return false;
	}

	private void quantitative(Comparator comparator, ParsedValue target, ParseResult actual, Outcome out) {
		if (!(target instanceof Quantity a)) {
			out.targetProblem(NLS.bind(Messages.Scorer_targetNoFigure, target.text()));
			return;
		}
		Quantity b;
		switch (actual) {
			case ParseProblem problem -> {
				out.officerRequired(problem.message());
				return;
			}
			case Quantity q -> {
				ParseResult aligned = q.alignTo(a);
				if (aligned instanceof ParseProblem problem) {
					out.officerRequired(problem.message());
					return;
				}
				b = (Quantity) aligned;
			}
			default -> {
				out.judgedByOfficer(NLS.bind(Messages.Scorer_notANumber, actual.text()));
				return;
			}
		}
		if (a.number().signum() < 0) {
			out.judgedByOfficer(NLS.bind(Messages.Scorer_negativeTarget, a.text()));
			return;
		}
		if (comparator.isPositive()) {
			positive(comparator, a.number(), b.number(), out);
		} else {
			reverse(a.number(), b.number(), out);
		}
		if (b.has(ValueFlag.CONVERTED)) {
			Quantity converted = b;
			out.flag(ScoreFlag.UNIT_CONVERTED);
			out.note(() -> NLS.bind(Messages.Scorer_converted, converted.text(),
					Format.number(converted.number()) + converted.unit().symbol()));
		}
		if (b.has(ValueFlag.UNIT_DIFFERS)) {
			String message = NLS.bind(Messages.Scorer_unitsDiffer, new Object[] { b.text(), a.text(), a.unit().symbol() });
			out.problems.add(new ScoreProblem(ScoreProblem.Severity.WARNING, ScoreProblem.Code.UNITS_DIFFER, message));
		}
	}

	/** ≥, &gt; and =: B ≥ A → w, else w × B / A; A = 0 → w when B ≥ 0 (for =: when B ≤ 0). */
	private void positive(Comparator comparator, BigDecimal a, BigDecimal b, Outcome out) {
		BigDecimal w = out.weight;
		if (a.signum() == 0) {
			boolean met = comparator == Comparator.EQUAL ? b.signum() <= 0 : b.signum() >= 0;
			out.score = met ? rules.round(w) : rules.round(BigDecimal.ZERO);
			zeroTarget(out, b);
			return;
		}
		BigDecimal raw = w.multiply(b).divide(a, rules.scale(), rules.roundingMode());
		Supplier<String> formula = () -> NLS.bind(Messages.Scorer_ratio,
				new Object[] { Format.plain(w), Format.number(b), Format.number(a), show(raw) });
		if (b.compareTo(a) >= 0) {
			out.score = rules.round(w);
			if (raw.compareTo(w) > 0) {
				out.flag(ScoreFlag.CAPPED);
				out.note(() -> NLS.bind(Messages.Scorer_cappedAt, formula.get(), show(w)));
			} else {
				out.note(formula);
			}
		} else if (raw.signum() < 0) {
			out.score = rules.round(BigDecimal.ZERO);
			out.note(() -> NLS.bind(Messages.Scorer_then, formula.get(), show(BigDecimal.ZERO)));
		} else {
			out.score = raw;
			out.note(formula);
		}
		BigDecimal over = rules.overAchievementPercent();
		if (b.multiply(HUNDRED).compareTo(a.multiply(over)) >= 0) {
			out.flag(ScoreFlag.OVER_ACHIEVED);
			out.flag(ScoreFlag.NEEDS_EXPLANATION);
			out.note(() -> NLS.bind(Messages.Scorer_overAchieved, Format.ratio(b, a), Format.percent(over)));
		}
	}

	/** ≤ and &lt;: B ≤ A → w; otherwise the rule set's reverse formula; A = 0 → 0 when B &gt; 0. */
	private void reverse(BigDecimal a, BigDecimal b, Outcome out) {
		BigDecimal w = out.weight;
		if (b.compareTo(a) <= 0) {
			out.score = rules.round(w);
			out.note(() -> NLS.bind(Messages.Scorer_reverseMet, new Object[] { Format.number(b), Format.number(a), show(w) }));
			return;
		}
		if (a.signum() == 0) {
			out.score = rules.round(BigDecimal.ZERO);
			zeroTarget(out, b);
			return;
		}
		switch (rules.reverseFormula()) {
			case LINEAR -> {
				if (b.compareTo(a.multiply(TWO)) >= 0) {
					out.score = rules.round(BigDecimal.ZERO);
					out.note(() -> NLS.bind(Messages.Scorer_reverseLinearZero,
							new Object[] { Format.number(b), Format.number(a), show(BigDecimal.ZERO) }));
				} else {
					BigDecimal score = w.multiply(a.multiply(TWO).subtract(b)).divide(a, rules.scale(), rules.roundingMode());
					out.score = score;
					out.note(() -> NLS.bind(Messages.Scorer_reverseLinear,
							new Object[] { Format.plain(w), Format.number(b), Format.number(a), show(score) }));
				}
			}
			case RATIO -> {
				BigDecimal score = w.multiply(a).divide(b, rules.scale(), rules.roundingMode());
				out.score = score;
				out.note(() -> NLS.bind(Messages.Scorer_ratio,
						new Object[] { Format.plain(w), Format.number(a), Format.number(b), show(score) }));
			}
		}
	}

	/** Notes the score of a zero target, already set: 0 or the weight depending on the actual. */
	private void zeroTarget(Outcome out, BigDecimal actual) {
		BigDecimal score = out.score;
		out.note(() -> NLS.bind(Messages.Scorer_zeroTarget, Format.number(actual), show(score)));
	}

	/**
	 * On or before the deadline → w; later → the officer scores, at most the late cap. A target that says
	 * only 按时 or 及时 is due by the end of the evaluation year.
	 */
	private void time(ParsedValue target, ParseResult actual, Year year, Outcome out) {
		boolean timeWord = target instanceof Descriptive word && word.comparator() == Comparator.TIME;
		if (!(target instanceof TimePoint) && !timeWord) {
			out.targetProblem(NLS.bind(Messages.Scorer_targetNoDeadline, target.text()));
			return;
		}
		switch (actual) {
			case ParseProblem problem -> out.officerRequired(problem.message());
			case TimePoint done when target instanceof TimePoint deadline -> {
				if (done.isOnOrBefore(deadline)) {
					full(out, () -> NLS.bind(Messages.Scorer_onTime, new Object[] { done.text(), deadline.text(), show(out.weight) }));
				} else {
					late(out, done.text(), target.text());
				}
			}
			case TimePoint done when year != null -> {
				if (done.isOnOrBefore(new TimePoint(target.text(), year, Set.of()))) {
					full(out, () -> NLS.bind(Messages.Scorer_onTimeInYear,
							new Object[] { done.text(), target.text(), String.valueOf(year.getValue()), show(out.weight) }));
				} else {
					late(out, done.text(), target.text());
				}
			}
			case TimePoint done -> out.judgedByOfficer(NLS.bind(Messages.Scorer_noDeadline, target.text(), done.text()));
			case Descriptive word when word.comparator() == Comparator.TIME -> full(out,
					() -> NLS.bind(Messages.Scorer_onTimeWord, word.text(), show(out.weight)));
			case Descriptive text -> {
				Optional<QualitativeGrade> grade = QualitativeGrade.classify(target.text(), text.text());
				if (grade.isEmpty()) {
					out.judgedByOfficer(NLS.bind(Messages.Scorer_qualitativeUnclassified, text.text()));
				} else if (grade.get() == QualitativeGrade.ACHIEVED) {
					full(out, () -> NLS.bind(Messages.Scorer_qualitativeAchieved,
							new Object[] { text.text(), grade.get().label(), show(out.weight) }));
				} else {
					late(out, text.text(), target.text());
				}
			}
			case Quantity quantity -> out.judgedByOfficer(NLS.bind(Messages.Scorer_notADate, quantity.text()));
		}
	}

	private void full(Outcome out, Supplier<String> explanation) {
		out.score = rules.round(out.weight);
		out.note(explanation);
	}

	private void late(Outcome out, String actual, String deadline) {
		BigDecimal percent = rules.lateScoreCapPercent();
		out.lateCap = out.weight.multiply(percent).divide(HUNDRED);
		out.flag(ScoreFlag.LATE);
		out.judgedByOfficer(NLS.bind(Messages.Scorer_late,
				new Object[] { actual, deadline, show(rules.round(out.lateCap)), Format.percent(percent) }));
	}

	/** 达成 → w; 部分达成 and 未达成 → the band's floor, to be confirmed; other wording → the officer. */
	private void qualitative(ParsedValue target, ParseResult actual, Outcome out) {
		if (actual instanceof ParseProblem problem) {
			out.officerRequired(problem.message());
			return;
		}
		Optional<QualitativeGrade> grade = QualitativeGrade.classify(target.text(), actual.text());
		if (grade.isEmpty()) {
			out.judgedByOfficer(NLS.bind(Messages.Scorer_qualitativeUnclassified, actual.text()));
			return;
		}
		QualitativeBand band = rules.band(grade.get());
		out.band = band;
		if (grade.get() == QualitativeGrade.ACHIEVED) {
			full(out, () -> NLS.bind(Messages.Scorer_qualitativeAchieved,
					new Object[] { actual.text(), grade.get().label(), show(out.weight) }));
			return;
		}
		BigDecimal floor = band.floor(out.weight, rules.scale());
		out.score = floor;
		out.judged = true;
		out.flag(ScoreFlag.SCORE_TO_CONFIRM);
		out.note(() -> NLS.bind(Messages.Scorer_qualitativeBand,
				new Object[] { actual.text(), grade.get().label(), bandText(band, out.weight), show(floor) }));
	}

	private void applyOfficer(Outcome out, OfficerScore officer) {
		BigDecimal score = rules.round(officer.score());
		String shown = show(score);
		if (officer.reason().isBlank()) {
			out.reject(ScoreProblem.Code.OFFICER_REASON_MISSING, NLS.bind(Messages.Scorer_officerReasonMissing, shown));
		} else if (score.signum() < 0 || score.compareTo(out.weight) > 0) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_RANGE,
					NLS.bind(Messages.Scorer_officerOutOfRange, shown, Format.plain(out.weight)));
		} else if (out.lateCap != null && score.compareTo(out.lateCap) > 0) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_ABOVE_LATE_CAP, NLS.bind(Messages.Scorer_officerAboveLateCap,
					new Object[] { shown, show(rules.round(out.lateCap)), Format.percent(rules.lateScoreCapPercent()) }));
		} else if (out.band != null && !out.band.contains(score, out.weight)) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_BAND, NLS.bind(Messages.Scorer_officerOutOfBand,
					new Object[] { shown, bandText(out.band, out.weight), out.band.grade().label() }));
		} else {
			out.score = score;
			out.flags.remove(ScoreFlag.OFFICER_SCORE_REQUIRED);
			out.flags.remove(ScoreFlag.SCORE_TO_CONFIRM);
			out.flag(ScoreFlag.ADJUSTED);
			out.flag(ScoreFlag.NEEDS_EXPLANATION);
			out.problems.removeIf(problem -> problem.code() == ScoreProblem.Code.OFFICER_SCORE_REQUIRED);
			out.note(() -> NLS.bind(Messages.Scorer_officerApplied, shown, officer.reason().strip()));
		}
	}

	/** The table's 得分 as the officer's score: checked like the officer's, without the need for a reason. */
	private void applyStated(Outcome out, BigDecimal stated) {
		BigDecimal score = rules.round(stated);
		String shown = show(score);
		if (score.signum() < 0 || score.compareTo(out.weight) > 0) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_RANGE,
					NLS.bind(Messages.Scorer_statedOutOfRange, shown, Format.plain(out.weight)));
		} else if (out.lateCap != null && score.compareTo(out.lateCap) > 0) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_ABOVE_LATE_CAP, NLS.bind(Messages.Scorer_statedAboveLateCap,
					new Object[] { shown, show(rules.round(out.lateCap)), Format.percent(rules.lateScoreCapPercent()) }));
		} else if (out.band != null && !out.band.contains(score, out.weight)) {
			out.reject(ScoreProblem.Code.OFFICER_SCORE_OUT_OF_BAND, NLS.bind(Messages.Scorer_statedOutOfBand,
					new Object[] { shown, bandText(out.band, out.weight), out.band.grade().label() }));
		} else {
			out.score = score;
			out.flags.remove(ScoreFlag.OFFICER_SCORE_REQUIRED);
			out.flags.remove(ScoreFlag.SCORE_TO_CONFIRM);
			out.flags.remove(ScoreFlag.NEEDS_EXPLANATION);
			out.flag(ScoreFlag.STATED);
			if (score.compareTo(out.weight) < 0) {
				out.flag(ScoreFlag.NEEDS_EXPLANATION);
			}
			out.problems.removeIf(problem -> problem.code() == ScoreProblem.Code.OFFICER_SCORE_REQUIRED);
			out.note(() -> NLS.bind(Messages.Scorer_statedApplied, shown));
		}
	}

	private String bandText(QualitativeBand band, BigDecimal weight) {
		String close = band.includesUpperBound() ? "]" : ")"; //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.Scorer_band, new Object[] { Format.percent(band.fromPercent()), Format.percent(band.toPercent()),
				close, Format.plain(weight), show(rules.round(band.lowest(weight))), show(rules.round(band.upperBound(weight))) });
	}

	private String show(BigDecimal score) {
		return Format.number(rules.round(score));
	}

	/** The score of a row being worked out. */
	private final class Outcome {
		final BigDecimal weight;
		final EnumSet<ScoreFlag> flags = EnumSet.noneOf(ScoreFlag.class);
		/** The parts of the explanation, worked out when it is first asked for. */
		final List<Supplier<String>> notes = new ArrayList<>();
		final List<ScoreProblem> problems = new ArrayList<>();
		BigDecimal score = BigDecimal.ZERO;
		/** The band an officer's score must lie in, for graded qualitative rows. */
		QualitativeBand band;
		/** The highest officer's score of a late time row. */
		BigDecimal lateCap;
		/**
		 * Whether the rules leave the score to the officer's judgment (late, partial, unclassified, a word
		 * for a figure), as opposed to values that cannot be read or compared.
		 */
		boolean judged;

		Outcome(BigDecimal weight) {
			this.weight = weight;
		}

		void flag(ScoreFlag flag) {
			flags.add(flag);
		}

		void note(Supplier<String> note) {
			notes.add(note);
		}

		/** An error that leaves the row at 0. */
		void fail(ScoreProblem.Code code, String message) {
			score = BigDecimal.ZERO;
			problems.add(new ScoreProblem(ScoreProblem.Severity.ERROR, code, message));
			note(() -> NLS.bind(Messages.Scorer_then, message, show(BigDecimal.ZERO)));
		}

		void officerRequired(String message) {
			flag(ScoreFlag.OFFICER_SCORE_REQUIRED);
			fail(ScoreProblem.Code.OFFICER_SCORE_REQUIRED, message);
		}

		/** A row the rules leave to the officer's judgment: 0 and an error until the officer scores it. */
		void judgedByOfficer(String message) {
			judged = true;
			officerRequired(message);
		}

		void targetProblem(String message) {
			flag(ScoreFlag.OFFICER_SCORE_REQUIRED);
			fail(ScoreProblem.Code.TARGET_NOT_SCORABLE, message);
		}

		/** An officer's score that cannot be applied: the computed score stands. */
		void reject(ScoreProblem.Code code, String message) {
			problems.add(new ScoreProblem(ScoreProblem.Severity.ERROR, code, message));
			note(() -> message);
		}

		/** The score; the outcome must not change afterwards, since the explanation reads its notes later. */
		RowScore result() {
			List<Supplier<String>> parts = notes;
			return new RowScore(rules.round(score), weight, flags,
					() -> parts.stream().map(Supplier::get).collect(Collectors.joining(Messages.Scorer_separator)), problems);
		}
	}
}
