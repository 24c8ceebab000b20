/**
 * Rendering of Jixiao's formal documents with the BIRT report engine: the 自评报告 and the
 * 附件：部门整体支出绩效自评表 of an evaluation, as PDF (CJK TrueType fonts embedded), DOCX, XLSX and HTML.
 * {@link org.jixiao.report.ReportRenderer} is the application's one engine (a DS service);
 * {@link org.jixiao.report.EvaluationReports} renders an evaluation's documents through it.
 * <p>
 * <b>How the designs get their data.</b> The designs under {@code reports/} use scripted data sets
 * that read rows from a Java object the application puts into the engine's application context,
 * not a JDBC data source served by the store. The report must render any evaluation in memory: one
 * read from a file ({@code jixiao report FILE.xmi}), one being edited and not yet saved (the
 * preview), one from the store; its scores, deviations and draft state are computed by
 * {@code org.jixiao.core} from the model, not stored columns. Feeding the model keeps one path for
 * all of them, keeps SQL in the store bundle, and keeps file paths and credentials out of the
 * designs. In the stock BIRT Report Designer the data sets are simply empty.
 * <p>
 * The 自评表's 一级 and 二级 cells merge vertically over a number of rows that depends on the data.
 * BIRT tables merge cells only within one band of the design, so the blocks of the 自评表 are added
 * to the opened design as rows with row and column spans just before it runs; every emitter then
 * writes real merged cells (PDF, DOCX {@code vMerge}, XLSX merged regions, HTML {@code rowspan}).
 * The two charts of the 自评报告 (budget execution per project, score attainment per 一级/二级
 * group) are BIRT bar charts, built in the same step in place of placeholder grids, bound to the
 * scripted data sets {@code budgetRates} and {@code scoreRates} and drawn as PNG in the chart fonts
 * of the report, so PDF, DOCX and HTML show the same picture. The rest of each design, including
 * the styles, the page setup and the repeated column headings, is edited in the designer as usual.
 */
package org.jixiao.report;
