/**
 * Generating an evaluation's formal documents from the workbench: the dialog that asks for formats
 * and folder and runs {@link org.jixiao.report.EvaluationReports} in a job, and the part that
 * previews the HTML rendering.
 */
package org.jixiao.ui.internal.report;
