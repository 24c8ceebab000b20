package org.jixiao.core.consolidation;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the consolidation. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.consolidation.messages"; //$NON-NLS-1$

	public static String Consolidation_noGrade;
	public static String Consolidation_noRate;
	public static String HearingFlag_lowExecution;
	public static String HearingFlag_lowGrade;
	public static String ReviewStates_bureauReview;
	public static String ReviewStates_confirmed;
	public static String ReviewStates_draft;
	public static String ReviewStates_returned;
	public static String ReviewStates_submitted;
	public static String ReviewStates_supervisorReview;
	public static String SampleEntry_excluded;
	public static String SampleEntry_included;
	public static String SampleEntry_proposed;
	public static String SampleFile_format;
	public static String SampleFile_invalid;
	public static String SampleFile_missing;
	public static String SampleFile_missingMember;
	public static String Sample_badPercent;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
