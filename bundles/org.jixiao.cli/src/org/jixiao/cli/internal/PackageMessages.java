package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of {@code jixiao package} and {@code jixiao verify} that a person reads. */
final class PackageMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.packagemessages"; //$NON-NLS-1$

	public static String PackageCommand_refused;
	public static String PackageCommand_notFinal;
	public static String PackageCommand_hasErrors;
	public static String PackageCommand_failed;
	public static String PackageCommand_unwritable;
	public static String VerifyCommand_notAPackage;
	public static String VerifyCommand_changed;
	public static String VerifyCommand_unlisted;
	public static String VerifyCommand_missing;
	public static String VerifyCommand_unreadable;
	public static String VerifyCommand_ruleSetDiffers;
	public static String VerifyCommand_scoreDiffers;
	public static String VerifyCommand_agrees;
	public static String VerifyCommand_noField;

	static {
		NLS.initializeMessages(BUNDLE_NAME, PackageMessages.class);
	}

	private PackageMessages() {
	}
}
