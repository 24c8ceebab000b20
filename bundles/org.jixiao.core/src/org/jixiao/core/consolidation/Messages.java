package org.jixiao.core.consolidation;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the consolidation. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.consolidation.messages"; //$NON-NLS-1$

	public static String Consolidation_noGrade;
	public static String Consolidation_noRate;
	public static String Decision_excluded;
	public static String Decision_included;
	public static String Decision_proposed;
	public static String HearingFlag_lowExecution;
	public static String HearingFlag_lowGrade;
	public static String ReviewState_bureauReview;
	public static String ReviewState_confirmed;
	public static String ReviewState_draft;
	public static String ReviewState_returned;
	public static String ReviewState_submitted;
	public static String ReviewState_supervisorReview;
	public static String Sample_badPercent;
	public static String SampleFile_format;
	public static String SampleFile_invalid;
	public static String SampleFile_missing;
	public static String SampleFile_missingMember;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
