package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The score band of a qualitative grade, as percentages of the row's weight: the lower bound is
 * included, the upper bound excluded, except 100 %, which is included ([80%, 100%] · [60%, 80%) · [0, 60%)).
 *
 * @param grade the grade
 * @param fromPercent the lower bound, inclusive
 * @param toPercent the upper bound, exclusive unless 100
 */
public record QualitativeBand(QualitativeGrade grade, BigDecimal fromPercent, BigDecimal toPercent) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** Checks that the components are present. */
	public QualitativeBand {
		Objects.requireNonNull(grade);
		Objects.requireNonNull(fromPercent);
		Objects.requireNonNull(toPercent);
	}

	/** @return whether the upper bound belongs to the band (it is 100 %) */
	public boolean includesUpperBound() {
		return toPercent.compareTo(HUNDRED) == 0;
	}

	/**
	 * @param weight the row's weight
	 * @return the exact lowest score of the band
	 */
	public BigDecimal lowest(BigDecimal weight) {
		return weight.multiply(fromPercent).divide(HUNDRED);
	}

	/**
	 * @param weight the row's weight
	 * @return the exact upper bound of the band's scores
	 */
	public BigDecimal upperBound(BigDecimal weight) {
		return weight.multiply(toPercent).divide(HUNDRED);
	}

	/**
	 * @param weight the row's weight
	 * @param scale the rounding scale of scores
	 * @return the lowest score of the band at the scale, rounded up so that it stays inside the band
	 */
	public BigDecimal floor(BigDecimal weight, int scale) {
		return lowest(weight).setScale(scale, RoundingMode.CEILING);
	}

	/**
	 * @param score a score
	 * @param weight the row's weight
	 * @return whether the score lies in the band
	 */
	public boolean contains(BigDecimal score, BigDecimal weight) {
		int upper = score.compareTo(upperBound(weight));
		return score.compareTo(lowest(weight)) >= 0 && (upper < 0 || upper == 0 && includesUpperBound());
	}
}
