package org.jixiao.core.consolidation;

import java.math.BigDecimal;

/**
 * One bar of a distribution: a grade or a range of execution rates.
 *
 * @param label the bar's name, e.g. 优 or 90%–100%
 * @param count how many evaluations fall in it
 * @param percent their share of all evaluations, in percent with 2 decimals (0 when there are none)
 */
public record Band(String label, int count, BigDecimal percent) {
}
