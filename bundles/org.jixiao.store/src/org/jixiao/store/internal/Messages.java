package org.jixiao.store.internal;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the store: the messages of {@link org.jixiao.store.StoreException}. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.store.internal.messages"; //$NON-NLS-1$

	public static String Store_authentication;
	public static String Store_backupFailed;
	public static String Store_cannotOpen;
	public static String Store_deleted;
	public static String Store_failed;
	public static String Store_holder;
	public static String Store_holderUnknown;
	public static String Store_locked;
	public static String Store_migrationFailed;
	public static String Store_newerSchema;
	public static String Store_notABackup;
	public static String Store_notFound;
	public static String Store_readOnly;
	public static String Store_restoreFailed;
	public static String Store_restoreInUse;
	public static String Store_saveFailed;
	public static String Server_notOwner;
	public static String Server_startFailed;
	public static String Server_stopFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
