package org.jixiao.interchange;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the interchange bundle. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.interchange.messages"; //$NON-NLS-1$

	public static String EvaluationFiles_empty;
	public static String EvaluationFiles_unknown;
	public static String SheetGrid_formulaError;
	public static String SheetGrid_missingSharedString;
	public static String SheetGrid_notANumber;
	public static String SheetGrid_unreadable;
	public static String SpreadsheetFiles_badXml;
	public static String SpreadsheetFiles_damaged;
	public static String SpreadsheetFiles_dtd;
	public static String SpreadsheetFiles_encrypted;
	public static String SpreadsheetFiles_notASpreadsheet;
	public static String SpreadsheetFiles_notAWorkbook;
	public static String SpreadsheetFiles_otherOpenDocument;
	public static String SpreadsheetFiles_tooLarge;
	public static String SpreadsheetFiles_tooManyCells;
	public static String SpreadsheetFiles_unreadable;
	public static String SpreadsheetFiles_zipBomb;
	public static String TableReader_actualColumn;
	public static String TableReader_actualMissing;
	public static String TableReader_amountTooLarge;
	public static String TableReader_badDate;
	public static String TableReader_badValue;
	public static String TableReader_budgetScoreDiffers;
	public static String TableReader_departmentTooLong;
	public static String TableReader_gradeDiffers;
	public static String TableReader_groupMissing;
	public static String TableReader_level1Column;
	public static String TableReader_level2Column;
	public static String TableReader_level3Column;
	public static String TableReader_missingColumn;
	public static String TableReader_nameMissing;
	public static String TableReader_natureConflicts;
	public static String TableReader_negativeAmount;
	public static String TableReader_negativeWeight;
	public static String TableReader_noBudgetBlock;
	public static String TableReader_noDepartment;
	public static String TableReader_noMoneyUnit;
	public static String TableReader_noYear;
	public static String TableReader_notANumber;
	public static String TableReader_notAnAmount;
	public static String TableReader_scoreColumn;
	public static String TableReader_scoreOutOfRange;
	public static String TableReader_targetColumn;
	public static String TableReader_targetMissing;
	public static String TableReader_tooLong;
	public static String TableReader_totalDiffers;
	public static String TableReader_totalRow;
	public static String TableReader_unknownNature;
	public static String TableReader_unreadable;
	public static String TableReader_unreadableBlank;
	public static String TableReader_weightColumn;
	public static String TableReader_weightMissing;
	public static String TableReader_weightTooLarge;
	public static String TableReader_weightsSum;
	public static String TableReader_weightsTotal;
	public static String XlsxImporter_denied;
	public static String XlsxImporter_directory;
	public static String XlsxImporter_missing;
	public static String XlsxImporter_noIndicatorBlock;
	public static String XlsxImporter_noIndicatorBlockUnreadable;
	public static String XlsxImporter_noSheet;
	public static String EvaluationFiles_nameCleaned;
	public static String XmiInterchange_dangling;
	public static String XmiInterchange_line;
	public static String XmiInterchange_notWritten;
	public static String LedgerWorkbooks_noSheet;
	public static String LedgerWorkbooks_noLedger;
	public static String LedgerWorkbooks_separator;
	public static String LedgerWorkbooks_noHeader;
	public static String LedgerWorkbooks_noColumn;
	public static String LedgerWorkbooks_cell;
	public static String FolderImport_task;
	public static String FolderImport_lockFile;
	public static String FolderImport_otherFile;
	public static String FolderImport_duplicate;
	public static String FolderImport_storeFailed;
	public static String TableFormats_unknownId;
	public static String TableFormats_unreadable;
	public static String TableFormats_noSuchFile;
	public static String TableFormats_syntaxAt;
	public static String TableFormats_syntax;
	public static String TableFormats_wrongType;
	public static String TableFormats_typeObject;
	public static String TableFormats_typeText;
	public static String TableFormats_typeList;
	public static String TableFormats_typeNumber;
	public static String TableFormats_typeInteger;
	public static String TableFormats_missing;
	public static String TableFormats_unexpected;
	public static String TableFormats_badChoice;
	public static String TableFormats_outOfRange;
	public static String TableFormats_badId;
	public static String TableFormats_idMismatch;
	public static String TableFormats_noIndicators;
	public static String TableFormats_missingColumn;
	public static String TableFormats_badPattern;
	public static String TableFormats_tooWide;
	public static String TableFormats_detected;
	public static String TableFormats_detectedProject;
	public static String TableFormats_detectedDefault;
	public static String TableReader_unknownBasis;
	public static String TableReader_textTooLong;
	public static String XlsxImporter_formatChosen;
	public static String XlsxImporter_formatAsked;
	public static String TableFormat_textTooLong;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
