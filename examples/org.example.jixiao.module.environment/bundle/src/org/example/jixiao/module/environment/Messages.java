package org.example.jixiao.module.environment;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the environment module. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.example.jixiao.module.environment.messages"; //$NON-NLS-1$

	public static String GoodAirDaysConstraint_tooMany;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
