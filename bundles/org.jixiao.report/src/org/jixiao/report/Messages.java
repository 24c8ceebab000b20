package org.jixiao.report;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of report rendering. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.report.messages"; //$NON-NLS-1$

	public static String EvaluationReports_task;
	public static String EvaluationReports_rendering;
	public static String EvaluationReports_unwritable;
	public static String EvaluationReports_accessDenied;
	public static String EvaluationReports_formatNotOffered;
	public static String FontFiles_missing;
	public static String FontFiles_notCollection;
	public static String FontFiles_noFace;
	public static String FontFiles_unreadable;
	public static String SubmissionPackage_evidenceDiffers;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
