package org.jixiao.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.Sample;
import org.jixiao.report.internal.ConsolidationReportData;
import org.jixiao.report.internal.ConsolidationWorkbook;
import org.jixiao.report.internal.DesignPreparer;

/**
 * The finance bureau's consolidation of a fiscal year as documents: a workbook (POI; the ranking, the
 * distributions and the 抽评 sample, each on a sheet) and a BIRT summary report
 * ({@value #DESIGN}: totals, a grade-distribution and an execution-rate chart, the ranking, the
 * evaluations for the budget hearing and the sample), in Chinese, or in English through NLS.
 */
public final class ConsolidationReports {

	/** The summary report's design under {@code reports/}. */
	public static final String DESIGN = "consolidation-summary.rptdesign"; //$NON-NLS-1$

	private final ReportRenderer renderer;

	/** @param renderer the application's report engine */
	public ConsolidationReports(ReportRenderer renderer) {
		this.renderer = renderer;
	}

	/**
	 * Renders the summary report.
	 *
	 * @param consolidation the year's consolidation
	 * @param sample the 抽评 sample, or {@code null} for none
	 * @param format the format (PDF, or DOCX and HTML)
	 * @param options the fonts
	 * @param out where the document is written; not closed
	 * @throws ReportException when the fonts cannot be registered or the design fails to render
	 */
	public void render(Consolidation consolidation, Sample sample, ReportFormat format, ReportOptions options, OutputStream out)
			throws ReportException {
		options.register();
		ConsolidationReportData data = new ConsolidationReportData(consolidation, sample, options);
		renderer.render(DESIGN, data.parameters(), Map.of(ConsolidationReportData.KEY, data, DesignPreparer.KEY, data), format, out);
	}

	/**
	 * Writes the workbook: the sheets 排名, 分布 and, with a sample, 抽评.
	 *
	 * @param consolidation the year's consolidation
	 * @param sample the 抽评 sample, or {@code null} for none
	 * @param out where the workbook is written; not closed
	 * @throws IOException when writing fails
	 */
	public static void writeWorkbook(Consolidation consolidation, Sample sample, OutputStream out) throws IOException {
		ConsolidationWorkbook.write(consolidation, sample, out);
	}
}
