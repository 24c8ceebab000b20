/**
 * Rendering of Jixiao's formal documents with the BIRT report engine: the 自评报告 and the
 * 附件：部门整体支出绩效自评表 of an evaluation, as PDF (CJK TrueType fonts embedded), DOCX, XLSX and HTML.
 * {@link org.jixiao.report.ReportRenderer} is the application's one engine (a DS service);
 * {@link org.jixiao.report.EvaluationReports} renders an evaluation's documents through it, and
 * {@link org.jixiao.report.ConsolidationReports} the finance bureau's consolidation of a year: a
 * summary report ({@code consolidation-summary.rptdesign}, fed the same way, with a grade-distribution
 * and an execution-rate chart built like the 自评报告's) and a POI workbook of the ranking, the
 * distributions and the 抽评 sample; their texts are Chinese, or English through NLS
 * ({@code internal.ConsolidationMessages}), the design's Chinese labels replaced by name.
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
 * <p>
 * <b>Why a design runs once and renders many times.</b> When several of its formats are wanted (the
 * {@code report} and {@code demo} commands, the workbench's report dialog, the submission package),
 * {@code EvaluationReports} runs each design once with BIRT's {@code IRunTask} into a report document
 * (a temporary {@code .rptdocument}, deleted when its formats are written) and renders that document
 * to each format with an {@code IRenderTask}: BIRT's run-then-render split. The data sets, the scripts,
 * the design's preparation and the charts' data are done once per document instead of once per
 * format. A single format (the preview, {@code report --format pdf}) is still run and rendered in one
 * task, which writes no document. The post-processing is the same on both paths.
 * <p>
 * <b>Why the two documents are rendered at once.</b> When both the 自评报告 and the 自评表 are wanted
 * and the machine has more than one processor, {@code EvaluationReports} writes the second document's
 * formats on a thread of its own while the calling thread writes the first's: the engine runs tasks
 * side by side, each on its own copy of the design, and a failure of one document stops the other
 * before its next file. The files and their order in the result are those of one thread.
 * <p>
 * <b>Why the 自评表's spreadsheet is not BIRT's.</b> The 自评表 as XLSX is the workbook that
 * {@code org.jixiao.interchange.XlsxExporter} writes with POI, for {@code demo}, {@code report},
 * the workbench's report dialog and {@code export} alike ({@code internal.OfficialTableWorkbook}; a
 * draft gets 草稿 in its page header). BIRT's spreadsheet emitter lays out what it renders for a page:
 * it gives a column the width the design gives it and never the height a wrapped cell needs, so the
 * printed table was clipped (amounts cut to {@code 7,092.46}, the title to {@code 整体支出绩效自评表}),
 * and it knows neither fit-to-width printing nor repeated heading rows. A spreadsheet is a grid of cells
 * whose size the writer must choose for the text it holds; POI writes that grid directly: merged
 * regions, borders, wrapping, row heights from the longest texts, A4 landscape fitted to one page
 * wide, the indicator heading repeated on every page. The table the user submits as a spreadsheet
 * is also the one {@code import} reads back, so one writer serves both. PDF, DOCX and HTML stay
 * BIRT's, from the design; the DOCX emitter's grid column widths are moved to the attribute the
 * standard names ({@code internal.DocxGridRepair}), without which LibreOffice drew every table with
 * equal columns, and a chart's caption gets the {@code w:keepNext} the emitter drops. The 自评报告
 * follows GB/T 9704 (37/35/28/26 mm margins, 16 pt body on 29 lines a page, headings kept with their
 * paragraph); {@code PageLayoutTest} measures its pages from the PDF. {@code releng/document-checks} renders every DOCX and XLSX in LibreOffice and checks
 * the word boxes against the PDF's cells.
 */
package org.jixiao.report;
