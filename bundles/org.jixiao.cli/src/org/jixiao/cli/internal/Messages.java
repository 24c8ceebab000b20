package org.jixiao.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the command line that a person reads. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.cli.internal.messages"; //$NON-NLS-1$

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
	public static String ScoreCommand_xlsxNotYet;
	public static String ScoreTable_actual;
	public static String ScoreTable_budget;
	public static String ScoreTable_diagnostics;
	public static String ScoreTable_explanation;
	public static String ScoreTable_row;
	public static String ScoreTable_score;
	public static String ScoreTable_target;
	public static String ScoreTable_title;
	public static String ScoreTable_total;
	public static String ScoreTable_weight;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
