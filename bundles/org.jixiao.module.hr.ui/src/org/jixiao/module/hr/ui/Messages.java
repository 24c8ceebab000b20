package org.jixiao.module.hr.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the HR and Talent page that a person reads. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.module.hr.ui.messages"; //$NON-NLS-1$

	public static String HrPage_appraisals;
	public static String HrPage_count;
	public static String HrPage_recruits;
	public static String HrPage_separator;
	public static String HrPage_summary;
	public static String HrPage_talents;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
