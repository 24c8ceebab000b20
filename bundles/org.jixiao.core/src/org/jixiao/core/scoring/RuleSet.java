package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

/**
 * The configurable numbers of the scoring rules (RULES.md). Read one with {@link RuleSets}; the
 * constructor checks the values and throws {@link IllegalArgumentException} with a translated message.
 *
 * @param id the identifier, e.g. {@code mof-2020}
 * @param name the rule set's name as shown to people
 * @param weights the default weights template (sums to 100)
 * @param executionCapPercent the highest execution rate that scores (100)
 * @param executionExplanationPercent an execution rate below this needs an explanation (90)
 * @param overAchievementPercent actual/target at or above this is over-achievement (130)
 * @param reverseFormula the formula for a reverse indicator whose actual exceeds its target
 * @param qualitativeBands the score bands of the qualitative grades, covering 0–100 %
 * @param lateScoreCapPercent the highest score of a late time indicator, as a percentage of its weight (80)
 * @param gradeBands the grades by descending minimum total (90 优, 80 良, 60 中, 0 差)
 * @param scale the decimals of a row's score (2)
 * @param roundingMode the rounding of a row's score ({@link RoundingMode#HALF_UP})
 * @param projectWeights the default weights of a project evaluation and where its 满意度 weight goes
 *            without a 满意度 indicator ({@link ProjectWeights#DEFAULT} unless the rule set says otherwise)
 */
public record RuleSet(String id, String name, WeightTemplate weights, BigDecimal executionCapPercent,
		BigDecimal executionExplanationPercent, BigDecimal overAchievementPercent, ReverseFormula reverseFormula,
		List<QualitativeBand> qualitativeBands, BigDecimal lateScoreCapPercent, List<GradeBand> gradeBands, int scale,
		RoundingMode roundingMode, ProjectWeights projectWeights) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final int MAX_SCALE = 6;

	/** Checks every value and copies the lists, bands sorted from the lowest up, grades from the highest down. */
	public RuleSet {
		Objects.requireNonNull(id);
		Objects.requireNonNull(name);
		Objects.requireNonNull(weights);
		Objects.requireNonNull(reverseFormula);
		Objects.requireNonNull(roundingMode);
		Objects.requireNonNull(projectWeights);
		checkWeights(weights);
		checkWeights(projectWeights.weights());
		checkPercent("executionCapPercent", executionCapPercent, BigDecimal.ONE, HUNDRED); //$NON-NLS-1$
		checkPercent("executionExplanationPercent", executionExplanationPercent, BigDecimal.ZERO, HUNDRED); //$NON-NLS-1$
		checkPercent("overAchievementPercent", overAchievementPercent, HUNDRED, BigDecimal.valueOf(1000)); //$NON-NLS-1$
		checkPercent("lateScoreCapPercent", lateScoreCapPercent, BigDecimal.ZERO, HUNDRED); //$NON-NLS-1$
		if (roundingMode == RoundingMode.UNNECESSARY) {
			throw new IllegalArgumentException(NLS.bind(Messages.RuleSet_roundingMode, roundingMode.name()));
		}
		if (scale < 0 || scale > MAX_SCALE) {
			throw new IllegalArgumentException(NLS.bind(Messages.RuleSet_scale, Integer.valueOf(scale)));
		}
		qualitativeBands = sortedBands(qualitativeBands);
		gradeBands = sortedGrades(gradeBands);
	}

	/**
	 * A rule set with the default project weights ({@link ProjectWeights#DEFAULT}).
	 *
	 * @see #RuleSet(String, String, WeightTemplate, BigDecimal, BigDecimal, BigDecimal, ReverseFormula, List, BigDecimal,
	 *      List, int, RoundingMode, ProjectWeights)
	 */
	public RuleSet(String id, String name, WeightTemplate weights, BigDecimal executionCapPercent,
			BigDecimal executionExplanationPercent, BigDecimal overAchievementPercent, ReverseFormula reverseFormula,
			List<QualitativeBand> qualitativeBands, BigDecimal lateScoreCapPercent, List<GradeBand> gradeBands, int scale,
			RoundingMode roundingMode) {
		this(id, name, weights, executionCapPercent, executionExplanationPercent, overAchievementPercent, reverseFormula,
				qualitativeBands, lateScoreCapPercent, gradeBands, scale, roundingMode, ProjectWeights.DEFAULT);
	}

	/**
	 * @param grade a qualitative grade
	 * @return its band
	 */
	public QualitativeBand band(QualitativeGrade grade) {
		return qualitativeBands.stream().filter(band -> band.grade() == grade).findFirst().orElseThrow();
	}

	/**
	 * @param total a total score
	 * @return the grade of the first band, from the top, whose minimum the total reaches
	 */
	public Grade grade(BigDecimal total) {
		return gradeBands.stream().filter(band -> total.compareTo(band.minScore()) >= 0).findFirst()
				.map(GradeBand::grade).orElse(gradeBands.getLast().grade());
	}

	/**
	 * @param value a score
	 * @return the score rounded to {@link #scale()} with {@link #roundingMode()}
	 */
	public BigDecimal round(BigDecimal value) {
		return value.setScale(scale, roundingMode);
	}

	private static void checkWeights(WeightTemplate weights) {
		if (weights.total().compareTo(HUNDRED) != 0 || weights.budgetExecution().signum() < 0
				|| weights.output().signum() < 0 || weights.benefit().signum() < 0 || weights.satisfaction().signum() < 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.RuleSet_weights, weights.total().toPlainString()));
		}
	}

	private static void checkPercent(String key, BigDecimal value, BigDecimal min, BigDecimal max) {
		Objects.requireNonNull(value, key);
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.RuleSet_percent,
					new Object[] { key, value.toPlainString(), min.toPlainString(), max.toPlainString() }));
		}
	}

	/** Bands sorted upwards, contiguous from 0 to 100, one per grade, in the order 未达成 < 部分达成 < 达成. */
	private static List<QualitativeBand> sortedBands(List<QualitativeBand> bands) {
		List<QualitativeBand> sorted = new ArrayList<>(bands);
		sorted.sort(Comparator.comparing(QualitativeBand::fromPercent));
		List<QualitativeGrade> expected = List.of(QualitativeGrade.NOT_ACHIEVED, QualitativeGrade.PARTIAL,
				QualitativeGrade.ACHIEVED);
		boolean valid = sorted.size() == expected.size();
		BigDecimal next = BigDecimal.ZERO;
		for (int i = 0; valid && i < sorted.size(); i++) {
			QualitativeBand band = sorted.get(i);
			valid = band.grade() == expected.get(i) && band.fromPercent().compareTo(next) == 0
					&& band.toPercent().compareTo(band.fromPercent()) > 0;
			next = band.toPercent();
		}
		if (!valid || next.compareTo(HUNDRED) != 0) {
			throw new IllegalArgumentException(Messages.RuleSet_bands);
		}
		return List.copyOf(sorted);
	}

	/** Grades sorted downwards by minimum, better grades higher, each at most once, the lowest minimum 0. */
	private static List<GradeBand> sortedGrades(List<GradeBand> grades) {
		List<GradeBand> sorted = new ArrayList<>(grades);
		sorted.sort(Comparator.comparing(GradeBand::minScore).reversed());
		boolean valid = !sorted.isEmpty() && sorted.getLast().minScore().signum() == 0;
		for (int i = 1; valid && i < sorted.size(); i++) {
			GradeBand previous = sorted.get(i - 1);
			valid = sorted.get(i).grade().ordinal() > previous.grade().ordinal()
					&& sorted.get(i).minScore().compareTo(previous.minScore()) < 0;
		}
		if (!valid) {
			throw new IllegalArgumentException(Messages.RuleSet_grades);
		}
		return List.copyOf(sorted);
	}
}
