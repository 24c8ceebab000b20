/**
 * The official scoring rules of 部门整体支出绩效自评 as pure functions.
 * <p>
 * A {@link org.jixiao.core.scoring.RuleSet} holds every configurable number of the rules (weights
 * template, execution cap, thresholds, reverse formula, qualitative bands, grade bands, rounding); the
 * built-in sets {@code mof-2020} (财预〔2020〕10号) and {@code transfer-2020} ship as JSON resources
 * in {@code rulesets/} beside these classes, and a department may load its own JSON file through
 * {@link org.jixiao.core.scoring.RuleSets}.
 * <p>
 * {@link org.jixiao.core.scoring.Scorer} scores a budget row or an indicator row into a
 * {@link org.jixiao.core.scoring.RowScore}: the score rounded per row, flags, a translated
 * explanation with the numbers substituted, and problems. Money and scores are {@code BigDecimal};
 * no floating point is used. The package depends on {@code org.jixiao.core.value} and no model.
 */
package org.jixiao.core.scoring;
