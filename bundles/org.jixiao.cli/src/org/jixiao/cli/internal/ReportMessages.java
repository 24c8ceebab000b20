package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of {@code jixiao report} that a person reads. */
final class ReportMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.reportmessages"; //$NON-NLS-1$

	public static String ReportCommand_failed;
	public static String ReportCommand_unknownFormat;
	public static String ReportCommand_noFormat;
	public static String ReportCommand_unwritable;
	public static String ReportCommand_notADirectory;
	public static String ReportCommand_noRenderer;
	public static String ReportCommand_loading;
	public static String ReportCommand_cancelled;

	static {
		NLS.initializeMessages(BUNDLE_NAME, ReportMessages.class);
	}

	private ReportMessages() {
	}
}
