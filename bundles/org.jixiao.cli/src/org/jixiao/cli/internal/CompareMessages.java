package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of {@code jixiao compare} that a person reads. */
final class CompareMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.comparemessages"; //$NON-NLS-1$

	public static String CompareCommand_title;
	public static String CompareCommand_none;
	public static String CompareCommand_row;
	public static String CompareCommand_match;
	public static String CompareCommand_priorTarget;
	public static String CompareCommand_priorActual;
	public static String CompareCommand_priorScore;
	public static String CompareCommand_target;
	public static String CompareCommand_actual;
	public static String CompareCommand_score;
	public static String CompareCommand_change;
	public static String CompareCommand_new;
	public static String CompareCommand_total;
	public static String CompareCommand_matched;
	public static String CompareCommand_dropped;

	static {
		NLS.initializeMessages(BUNDLE_NAME, CompareMessages.class);
	}

	private CompareMessages() {
	}
}
