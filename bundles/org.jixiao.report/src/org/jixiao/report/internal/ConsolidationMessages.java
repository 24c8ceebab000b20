package org.jixiao.report.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the consolidation's workbook and summary report: Chinese, or English through NLS. */
public final class ConsolidationMessages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.report.internal.consolidationmessages"; //$NON-NLS-1$

	public static String Consolidation_title;
	public static String Consolidation_summary;
	public static String Consolidation_footer;
	public static String Consolidation_sampleCaption;
	public static String Consolidation_weighted;
	public static String Consolidation_gradeCaption;
	public static String Consolidation_executionCaption;
	public static String Consolidation_rankingCaption;
	public static String Consolidation_flaggedCaption;
	public static String Consolidation_rank;
	public static String Consolidation_department;
	public static String Consolidation_supervisor;
	public static String Consolidation_budget;
	public static String Consolidation_executed;
	public static String Consolidation_rate;
	public static String Consolidation_self;
	public static String Consolidation_review;
	public static String Consolidation_grade;
	public static String Consolidation_deviations;
	public static String Consolidation_state;
	public static String Consolidation_scoreChange;
	public static String Consolidation_rateChange;
	public static String Consolidation_previousScore;
	public static String Consolidation_previousRate;
	public static String Consolidation_flags;
	public static String Consolidation_reasons;
	public static String Consolidation_number;
	public static String Consolidation_source;
	public static String Consolidation_decision;
	public static String Consolidation_decidedBy;
	public static String Consolidation_decidedAt;
	public static String Consolidation_drawn;
	public static String Consolidation_added;
	public static String Consolidation_id;
	public static String Consolidation_count;
	public static String Consolidation_share;
	public static String Consolidation_rateBand;
	public static String Consolidation_rankingSheet;
	public static String Consolidation_distributionSheet;
	public static String Consolidation_sampleSheet;
	public static String Consolidation_gradeHeading;
	public static String Consolidation_executionHeading;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ConsolidationMessages.class);
	}

	private ConsolidationMessages() {
	}
}
