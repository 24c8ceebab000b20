package org.jixiao.interchange;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the interchange bundle. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.interchange.messages"; //$NON-NLS-1$

	public static String TableReader_actualColumn;
	public static String TableReader_actualMissing;
	public static String TableReader_badDate;
	public static String TableReader_badNature;
	public static String TableReader_badValue;
	public static String TableReader_budgetScoreDiffers;
	public static String TableReader_gradeDiffers;
	public static String TableReader_groupMissing;
	public static String TableReader_level1Column;
	public static String TableReader_level2Column;
	public static String TableReader_missingColumn;
	public static String TableReader_nameMissing;
	public static String TableReader_noBudgetBlock;
	public static String TableReader_noDepartment;
	public static String TableReader_noMoneyUnit;
	public static String TableReader_noUnit;
	public static String TableReader_noYear;
	public static String TableReader_notANumber;
	public static String TableReader_notANumberOfUnit;
	public static String TableReader_notAnAmount;
	public static String TableReader_scoreColumn;
	public static String TableReader_targetColumn;
	public static String TableReader_targetMissing;
	public static String TableReader_totalDiffers;
	public static String TableReader_totalRow;
	public static String TableReader_unknownUnit;
	public static String TableReader_weightColumn;
	public static String TableReader_weightMissing;
	public static String XlsxImporter_missing;
	public static String XlsxImporter_noIndicatorBlock;
	public static String XlsxImporter_noSheet;
	public static String XlsxImporter_notAWorkbook;
	public static String XlsxImporter_unknownFormat;
	public static String XlsxImporter_unreadable;
	public static String XmiInterchange_dangling;
	public static String XmiInterchange_line;
	public static String XmiInterchange_notWritten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
