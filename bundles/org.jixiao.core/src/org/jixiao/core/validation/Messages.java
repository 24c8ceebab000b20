package org.jixiao.core.validation;

import org.eclipse.osgi.util.NLS;

/** Translated texts of validation. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.validation.messages"; //$NON-NLS-1$

	public static String Reconciliation_adjusted;
	public static String Reconciliation_amountDiffers;
	public static String Reconciliation_duplicate;
	public static String Reconciliation_executed;
	public static String Reconciliation_initial;
	public static String Reconciliation_noCode;
	public static String Reconciliation_noEvaluation;
	public static String Reconciliation_notInBudget;
	public static String Validator_actualMissing;
	public static String Validator_approximate;
	public static String Validator_budgetExplanationMissing;
	public static String Validator_chineseNumeral;
	public static String Validator_deviationMissing;
	public static String Validator_expenditureNature;
	public static String Validator_incomeNature;
	public static String Validator_negativeAmount;
	public static String Validator_projects;
	public static String Validator_targetMissing;
	public static String Validator_weightMissing;
	public static String Validator_weightNotPositive;
	public static String Validator_weightsSum;
	public static String Validator_weightsSumToHundred;
	public static String CrossCheck_disagrees;
	public static String Ledger_disagrees;
	public static String CrossCheck_paragraph;
	public static String CrossCheck_total;
	public static String CrossCheck_projects;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
