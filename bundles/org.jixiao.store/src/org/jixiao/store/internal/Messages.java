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

	public static String RectificationState_accepted;
	public static String RectificationState_answered;
	public static String RectificationState_issued;
	public static String RectificationState_returned;
	public static String ReviewAction_accept;
	public static String ReviewAction_acceptRectification;
	public static String ReviewAction_answerRectification;
	public static String ReviewAction_confirm;
	public static String ReviewAction_forward;
	public static String ReviewAction_issueRectification;
	public static String ReviewAction_return;
	public static String ReviewAction_returnRectification;
	public static String ReviewAction_submit;
	public static String ReviewAction_withdraw;
	public static String ReviewState_bureauReview;
	public static String ReviewState_confirmed;
	public static String ReviewState_draft;
	public static String ReviewState_returned;
	public static String ReviewState_submitted;
	public static String ReviewState_supervisorReview;
	public static String Workflow_adjustedTwice;
	public static String Workflow_ambiguousRow;
	public static String Workflow_answerRequired;
	public static String Workflow_auditAdjustment;
	public static String Workflow_commentRequired;
	public static String Workflow_decisionCommentRequired;
	public static String Workflow_evaluation;
	public static String Workflow_frozen;
	public static String Workflow_frozenDelete;
	public static String Workflow_hasErrors;
	public static String Workflow_movedMeanwhile;
	public static String Workflow_noRectification;
	public static String Workflow_noRuleSet;
	public static String Workflow_noSubmission;
	public static String Workflow_notAllowed;
	public static String Workflow_outOfBand;
	public static String Workflow_reasonRequired;
	public static String Workflow_rectificationEvent;
	public static String Workflow_rectificationIncomplete;
	public static String Workflow_rectificationIssued;
	public static String Workflow_rectificationMovedMeanwhile;
	public static String Workflow_rectificationState;
	public static String Workflow_rectifyNotConfirmed;
	public static String Workflow_rowCommentBlank;
	public static String Workflow_singleUser;
	public static String Workflow_submissionName;
	public static String Workflow_tampered;
	public static String Workflow_unknownRow;
	public static String Evidence_copying;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
