package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of {@code jixiao consolidate} that a person reads. */
final class ConsolidateMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.consolidatemessages"; //$NON-NLS-1$

	public static String ConsolidateCommand_badLowExecution;
	public static String ConsolidateCommand_badSample;
	public static String ConsolidateCommand_seedWithoutSample;
	public static String ConsolidateCommand_decisionWithoutSample;
	public static String ConsolidateCommand_badOut;
	public static String ConsolidateCommand_noFolder;
	public static String ConsolidateCommand_accessDenied;
	public static String ConsolidateCommand_unwritable;
	public static String ConsolidateCommand_failed;
	public static String ConsolidateCommand_reading;
	public static String ConsolidateCommand_read;
	public static String ConsolidateCommand_sampleDrawn;
	public static String ConsolidateCommand_weighted;
	public static String ConsolidateCommand_sampleRead;
	public static String ConsolidateCommand_sampleWritten;
	public static String ConsolidateCommand_sampleOtherYear;
	public static String ConsolidateCommand_sampleDiffers;
	public static String ConsolidateCommand_notInYear;
	public static String ConsolidateCommand_writing;
	public static String ConsolidateCommand_sampleHeading;
	public static String ConsolidateCommand_rank;
	public static String ConsolidateCommand_id;
	public static String ConsolidateCommand_department;
	public static String ConsolidateCommand_rate;
	public static String ConsolidateCommand_self;
	public static String ConsolidateCommand_review;
	public static String ConsolidateCommand_grade;
	public static String ConsolidateCommand_deviations;
	public static String ConsolidateCommand_state;
	public static String ConsolidateCommand_change;
	public static String ConsolidateCommand_hearing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ConsolidateMessages.class);
	}

	private ConsolidateMessages() {
	}
}
