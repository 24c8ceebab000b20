package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of {@code jixiao consolidate} that a person reads. */
final class ConsolidateMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.consolidatemessages"; //$NON-NLS-1$

	public static String Consolidate_badLowExecution;
	public static String Consolidate_badSample;
	public static String Consolidate_seedWithoutSample;
	public static String Consolidate_decisionWithoutSample;
	public static String Consolidate_badOut;
	public static String Consolidate_noFolder;
	public static String Consolidate_accessDenied;
	public static String Consolidate_unwritable;
	public static String Consolidate_failed;
	public static String Consolidate_reading;
	public static String Consolidate_read;
	public static String Consolidate_sampleDrawn;
	public static String Consolidate_weighted;
	public static String Consolidate_sampleRead;
	public static String Consolidate_sampleWritten;
	public static String Consolidate_sampleOtherYear;
	public static String Consolidate_sampleDiffers;
	public static String Consolidate_notInYear;
	public static String Consolidate_writing;
	public static String Consolidate_sampleHeading;
	public static String Consolidate_rank;
	public static String Consolidate_id;
	public static String Consolidate_department;
	public static String Consolidate_rate;
	public static String Consolidate_self;
	public static String Consolidate_review;
	public static String Consolidate_grade;
	public static String Consolidate_deviations;
	public static String Consolidate_state;
	public static String Consolidate_change;
	public static String Consolidate_hearing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ConsolidateMessages.class);
	}

	private ConsolidateMessages() {
	}
}
