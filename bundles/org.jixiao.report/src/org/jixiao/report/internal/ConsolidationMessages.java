package org.jixiao.report.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the consolidation's workbook and summary report: Chinese, or English through NLS. */
public final class ConsolidationMessages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.report.internal.consolidationmessages"; //$NON-NLS-1$

	public static String ConsolidationReportData_title;
	public static String ConsolidationReportData_summary;
	public static String ConsolidationReportData_footer;
	public static String ConsolidationReportData_sampleCaption;
	public static String ConsolidationReportData_weighted;
	public static String ConsolidationReportData_gradeCaption;
	public static String ConsolidationReportData_executionCaption;
	public static String ConsolidationReportData_rankingCaption;
	public static String ConsolidationReportData_flaggedCaption;
	public static String ConsolidationReportData_rank;
	public static String ConsolidationReportData_department;
	public static String ConsolidationReportData_supervisor;
	public static String ConsolidationReportData_budget;
	public static String ConsolidationReportData_executed;
	public static String ConsolidationReportData_rate;
	public static String ConsolidationReportData_self;
	public static String ConsolidationReportData_review;
	public static String ConsolidationReportData_grade;
	public static String ConsolidationReportData_deviations;
	public static String ConsolidationReportData_state;
	public static String ConsolidationReportData_scoreChange;
	public static String ConsolidationReportData_rateChange;
	public static String ConsolidationWorkbook_previousScore;
	public static String ConsolidationWorkbook_previousRate;
	public static String ConsolidationReportData_flags;
	public static String ConsolidationReportData_reasons;
	public static String ConsolidationReportData_number;
	public static String ConsolidationReportData_source;
	public static String ConsolidationReportData_decision;
	public static String ConsolidationWorkbook_decidedBy;
	public static String ConsolidationWorkbook_decidedAt;
	public static String ConsolidationReportData_drawn;
	public static String ConsolidationReportData_added;
	public static String ConsolidationWorkbook_id;
	public static String ConsolidationWorkbook_count;
	public static String ConsolidationWorkbook_share;
	public static String ConsolidationWorkbook_rateBand;
	public static String ConsolidationWorkbook_rankingSheet;
	public static String ConsolidationWorkbook_distributionSheet;
	public static String ConsolidationWorkbook_sampleSheet;
	public static String ConsolidationWorkbook_gradeHeading;
	public static String ConsolidationWorkbook_executionHeading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ConsolidationMessages.class);
	}

	private ConsolidationMessages() {
	}
}
