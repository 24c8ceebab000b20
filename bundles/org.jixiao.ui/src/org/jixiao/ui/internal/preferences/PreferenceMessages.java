package org.jixiao.ui.internal.preferences;

import org.eclipse.osgi.util.NLS;

/** Text of the preferences dialog's table formats tab that a person reads. */
final class PreferenceMessages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.ui.internal.preferences.messages"; //$NON-NLS-1$

	public static String Preferences_formats;
	public static String Preferences_formatDepartment;
	public static String Preferences_formatProject;
	public static String Preferences_formatFolder;
	static {
		NLS.initializeMessages(BUNDLE_NAME, PreferenceMessages.class);
	}

	private PreferenceMessages() {
	}
}
