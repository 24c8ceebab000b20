package org.jixiao.module.businessenv.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the 营商环境 page that a person reads. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.module.businessenv.ui.messages"; //$NON-NLS-1$

	public static String BusinessEnvPage_count;
	public static String BusinessEnvPage_noRate;
	public static String BusinessEnvPage_open;
	public static String BusinessEnvPage_requests;
	public static String BusinessEnvPage_separator;
	public static String BusinessEnvPage_summary;
	public static String BusinessEnvPage_visits;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
