package org.jixiao.module.socialinsurance.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the 人社 page that a person reads. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.module.socialinsurance.ui.messages"; //$NON-NLS-1$

	public static String SocialInsurancePage_cases;
	public static String SocialInsurancePage_count;
	public static String SocialInsurancePage_insured;
	public static String SocialInsurancePage_open;
	public static String SocialInsurancePage_posts;
	public static String SocialInsurancePage_separator;
	public static String SocialInsurancePage_summary;
	public static String SocialInsurancePage_training;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
