package org.jixiao.core.evaluation;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the evaluation package. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.evaluation.messages"; //$NON-NLS-1$

	public static String EvaluationResources_invalid;
	public static String EvaluationResources_missing;
	public static String EvaluationResources_notAnEvaluation;
	public static String EvaluationResources_unreadable;
	public static String EvaluationResources_unwritable;
	public static String PriorYear_lineage;
	public static String PriorYear_path;
	public static String PriorYear_name;
	public static String RowPaths_budget;
	public static String RowPaths_evaluation;
	public static String RowPaths_goal;
	public static String RuleSetService_unusable;
	public static String SafeFiles_notRegular;
	public static String FieldLimits_tooLong;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
