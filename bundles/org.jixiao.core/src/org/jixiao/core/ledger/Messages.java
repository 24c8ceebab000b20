package org.jixiao.core.ledger;

import org.eclipse.osgi.util.NLS;

/** The texts of the ledger feeds, in the runtime's language. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.ledger.messages"; //$NON-NLS-1$

	public static String LedgerFeeds_computed;
	public static String LedgerFeeds_computedWithNote;
	public static String LedgerFeeds_draft;
	public static String LedgerFeeds_noReason;
	public static String LedgerFeeds_reason;
	public static String LedgerFeeds_reasonSeparator;
	public static String LedgerValues_notAChoice;
	public static String LedgerValues_notYesNo;
	public static String LedgerValues_notANumber;
	public static String LedgerValues_notADate;
	public static String LedgerValues_unsupported;
	public static String LedgerValues_yes;
	public static String LedgerValues_no;
	public static String LedgerValues_choiceSeparator;
	public static String LedgerFeeds_entries;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
