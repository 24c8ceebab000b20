package org.jixiao.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the workbench window that a person reads. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.ui.internal.messages"; //$NON-NLS-1$

	public static String WelcomePart_text;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
