package org.jixiao.module.partybuilding.ui;

import org.eclipse.osgi.util.NLS;

/** Text of the Party Building page that a person reads. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.module.partybuilding.ui.messages"; //$NON-NLS-1$

	public static String PartyBuildingPage_count;
	public static String PartyBuildingPage_meetings;
	public static String PartyBuildingPage_separator;
	public static String PartyBuildingPage_stageSeparator;
	public static String PartyBuildingPage_subsidies;
	public static String PartyBuildingPage_summary;
	public static String PartyBuildingPage_unpaid;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
