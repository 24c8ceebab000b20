/**
 * The finance bureau's consolidation of one fiscal year: one {@link org.jixiao.core.consolidation.ConsolidationRow}
 * per evaluation (budget, execution rate, 自评得分, 复核得分, grade, deviations, review state and last
 * year's figures of the same unit), as the store reads them; the ranking, the grade and execution-rate
 * distributions and the flags for the budget hearing ({@link org.jixiao.core.consolidation.Consolidation});
 * and the reproducible 抽评 sample with the reviewer's decisions ({@link org.jixiao.core.consolidation.Sample},
 * kept in a file by {@link org.jixiao.core.consolidation.SampleFile}).
 * <p>
 * Everything here is immutable and needs no store, engine or display: a view, the command line and
 * the reports compute the same figures from the same rows.
 */
package org.jixiao.core.consolidation;
