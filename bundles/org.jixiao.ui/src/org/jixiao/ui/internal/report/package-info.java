/**
 * Generating an evaluation's formal documents from the workbench: the dialog that asks for formats
 * and folder and runs {@link org.jixiao.report.EvaluationReports} in a job, the part that previews
 * the HTML rendering, and the add-on that warms the report engine up once the window is there.
 */
package org.jixiao.ui.internal.report;
