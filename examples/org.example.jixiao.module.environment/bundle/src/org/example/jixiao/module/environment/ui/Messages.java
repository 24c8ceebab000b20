package org.example.jixiao.module.environment.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the environment page that a person reads. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.example.jixiao.module.environment.ui.messages"; //$NON-NLS-1$

	public static String EnvironmentPage_complaints;
	public static String EnvironmentPage_count;
	public static String EnvironmentPage_open;
	public static String EnvironmentPage_patrols;
	public static String EnvironmentPage_separator;
	public static String EnvironmentPage_summary;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
