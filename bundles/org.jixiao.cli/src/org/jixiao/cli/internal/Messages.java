package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the command line that a person reads. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.messages"; //$NON-NLS-1$

	public static String EvidenceCommand_ambiguousRow;
	public static String EvidenceCommand_badLimit;
	public static String EvidenceCommand_count;
	public static String EvidenceCommand_differs;
	public static String EvidenceCommand_gone;
	public static String EvidenceCommand_otherEvaluation;
	public static String EvidenceCommand_progress;
	public static String EvidenceCommand_refused;
	public static String EvidenceCommand_removed;
	public static String EvidenceCommand_row;
	public static String EvidenceCommand_subcommand;
	public static String EvidenceCommand_unknownRow;
	public static String EvidenceCommand_unwritable;
	public static String CheckCommand_derby;
	public static String CheckCommand_emf;
	public static String CheckCommand_birt;
	public static String CheckCommand_pdfText;
	public static String CheckCommand_derbyFailed;
	public static String CheckCommand_birtFailed;
	public static String CheckCommand_ioFailed;
	public static String CheckCommand_noRenderer;
	public static String ModulesCommand_lines;
	public static String ModulesCommand_module;
	public static String ModulesCommand_none;
	public static String ModulesCommand_separator;
	public static String ModulesCommand_skipped;
	public static String NewCommand_badHeader;
	public static String NewCommand_created;
	public static String NewCommand_exists;
	public static String NewCommand_failed;
	public static String NewCommand_unknownModule;
	public static String ScoreCommand_failed;
	public static String ScoreCommand_importProblems;
	public static String ScoreTable_actual;
	public static String ScoreTable_budget;
	public static String ScoreTable_diagnostics;
	public static String ScoreTable_explanation;
	public static String ScoreTable_flagged;
	public static String ScoreTable_row;
	public static String ScoreTable_score;
	public static String ScoreTable_target;
	public static String ScoreTable_title;
	public static String ScoreTable_total;
	public static String ScoreTable_weight;
	public static String StoreCommand_failed;
	public static String ListCommand_badStatus;
	public static String ListCommand_by;
	public static String ListCommand_problems;
	public static String ListCommand_count;
	public static String ListCommand_department;
	public static String ListCommand_grade;
	public static String ListCommand_id;
	public static String ListCommand_modified;
	public static String ListCommand_score;
	public static String ListCommand_status;
	public static String ListCommand_year;
	public static String DeleteCommand_done;
	public static String CopyCommand_done;
	public static String AuditCommand_none;
	public static String BackupCommand_running;
	public static String RestoreCommand_embeddedOnly;
	public static String RestoreCommand_running;
	public static String RestoreCommand_done;
	public static String ServerCommand_noPassword;
	public static String ServerCommand_running;
	public static String ServerCommand_stopped;
	public static String ServerCommand_stopRequested;
	public static String KeystoreCommand_badClient;
	public static String KeystoreCommand_badHost;
	public static String KeystoreCommand_createOnly;
	public static String KeystoreCommand_done;
	public static String KeystoreCommand_exists;
	public static String KeystoreCommand_password;
	public static String ServerCommand_badSsl;
	public static String ServerCommand_keystoreRequired;
	public static String ServerCommand_noFile;
	public static String ServerCommand_noKeystorePassword;
	public static String ServerCommand_plainOnNetwork;
	public static String ServerCommand_stopTruststoreRequired;
	public static String ServerCommand_truststoreRequired;
	public static String ServerCommand_unknownHost;
	public static String UsersCommand_added;
	public static String UsersCommand_badName;
	public static String UsersCommand_badRole;
	public static String UsersCommand_by;
	public static String UsersCommand_count;
	public static String UsersCommand_created;
	public static String UsersCommand_departmentRequired;
	public static String UsersCommand_noNewPassword;
	public static String UsersCommand_passwordSet;
	public static String UsersCommand_removed;
	public static String UsersCommand_roleColumn;
	public static String UsersCommand_scope;
	public static String UsersCommand_unitRequired;
	public static String UsersCommand_user;

	public static String ImportCommand_reading;
	public static String ImportCommand_warning;
	public static String ImportCommand_error;
	public static String ImportCommand_doneWithErrors;
	public static String ImportCommand_failed;
	public static String ImportCommand_done;
	public static String ImportCommand_duplicate;
	public static String ImportCommand_newVersion;
	public static String ExportCommand_noFolder;
	public static String ExportCommand_failed;
	public static String ExportCommand_accessDenied;
	public static String ExportCommand_noSuchFolder;

	public static String NewCommand_stored;

	public static String DemoCommand_store;
	public static String DemoCommand_found;
	public static String DemoCommand_loaded;
	public static String DemoCommand_scoring;
	public static String DemoCommand_rendering;
	public static String DemoCommand_failed;
	public static String DemoCommand_result;

	public static String RulesCommand_row;
	public static String RulesCommand_builtIn;
	public static String RulesCommand_customized;
	public static String RulesCommand_unusable;
	public static String RulesCommand_folder;
	public static String RulesCommand_failed;
	public static String RulesCommand_title;
	public static String RulesCommand_sourceBuiltIn;
	public static String RulesCommand_sourceCustomized;
	public static String RulesCommand_weights;
	public static String RulesCommand_execution;
	public static String RulesCommand_overAchievement;
	public static String RulesCommand_reverse;
	public static String RulesCommand_reverseLinear;
	public static String RulesCommand_reverseRatio;
	public static String RulesCommand_bands;
	public static String RulesCommand_band;
	public static String RulesCommand_late;
	public static String RulesCommand_grades;
	public static String RulesCommand_grade;
	public static String RulesCommand_rounding;
	public static String RulesCommand_exists;
	public static String RulesCommand_imported;
	public static String RulesCommand_notCustomized;
	public static String RulesCommand_removed;

	public static String CommandFailures_bug;
	public static String CommandFailures_badInput;
	public static String BatchCommand_badLine;
	public static String BatchCommand_failed;
	public static String CheckCommand_deep;
	public static String CheckCommand_deepMissing;
	public static String CheckCommand_deepDone;
	public static String CheckCommand_deepFailed;
	public static String LedgerCommand_none;
	public static String LedgerCommand_uninstalled;
	public static String LedgerCommand_byHand;
	public static String LedgerCommand_unwritable;
	public static String LedgerCommand_exported;
	public static String LedgerCommand_fed;
	public static String LedgerCommand_imported;
	public static String LedgerCommand_importedWithErrors;
	public static String LedgerCommand_noLedgers;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
