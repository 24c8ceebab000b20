package org.jixiao.store.internal;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the store: the messages of {@link org.jixiao.store.StoreException}, and role names. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.store.internal.messages"; //$NON-NLS-1$

	public static String Accounts_departmentRequired;
	public static String AuditDiff_ledger;
	public static String AuditDiff_uninstalled;
	public static String Accounts_exists;
	public static String Accounts_invalidName;
	public static String Accounts_invalidRole;
	public static String Accounts_notFound;
	public static String Accounts_notServed;
	public static String Accounts_owner;
	public static String Accounts_passwordRequired;
	public static String Accounts_removeSelf;
	public static String Accounts_schemaTaken;
	public static String Accounts_unitRequired;
	public static String Evidence_accessDenied;
	public static String Evidence_adding;
	public static String Evidence_audit;
	public static String Evidence_badLimit;
	public static String Evidence_badOwner;
	public static String Evidence_folder;
	public static String Evidence_missing;
	public static String Evidence_notAFile;
	public static String Evidence_notFound;
	public static String Evidence_readFailed;
	public static String Evidence_tooLarge;
	public static String Evidence_unreadable;
	public static String Keys_cannotWrite;
	public static String Keys_exists;
	public static String Keys_keytoolFailed;
	public static String Keys_noKeytool;
	public static String Role_admin;
	public static String Role_bureau;
	public static String Role_filler;
	public static String Role_supervisor;
	public static String Server_alreadyServing;
	public static String Server_clientTrustStoreRequired;
	public static String Server_databaseStopped;
	public static String Server_keyStoreRequired;
	public static String Server_needsOwner;
	public static String Server_noKey;
	public static String Server_notAdministrator;
	public static String Server_notOwner;
	public static String Server_notPrivate;
	public static String Server_processInUse;
	public static String Server_refusedDatabase;
	public static String Server_startFailed;
	public static String Server_stopFailed;
	public static String Server_stopRefused;
	public static String Server_tlsUnreadable;
	public static String Server_trustStoreLacksServer;
	public static String Server_trustStoreRequired;
	public static String Server_unknownHost;
	public static String Store_authentication;
	public static String Store_backupFailed;
	public static String Store_cannotOpen;
	public static String Store_deleted;
	public static String Store_failed;
	public static String Store_holder;
	public static String Store_holderUnknown;
	public static String Store_locked;
	public static String Store_migrationFailed;
	public static String Store_conflict;
	public static String Store_newerSchema;
	public static String Store_notABackup;
	public static String Store_notFound;
	public static String Store_readOnly;
	public static String Store_restoreFailed;
	public static String Store_restoreInUse;
	public static String Store_saveFailed;
	public static String Store_accessDenied;
	public static String Store_noPrivilege;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
