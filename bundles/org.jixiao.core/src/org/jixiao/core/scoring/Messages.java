package org.jixiao.core.scoring;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the scoring package. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.scoring.messages"; //$NON-NLS-1$

	public static String Grade_excellent;
	public static String Grade_fair;
	public static String Grade_good;
	public static String Grade_poor;
	public static String QualitativeGrade_achieved;
	public static String QualitativeGrade_notAchieved;
	public static String QualitativeGrade_partial;
	public static String RuleSet_bands;
	public static String RuleSet_grades;
	public static String RuleSet_percent;
	public static String RuleSet_roundingMode;
	public static String RuleSet_scale;
	public static String RuleSet_weights;
	public static String RuleSets_badChoice;
	public static String RuleSets_idMismatch;
	public static String RuleSets_missing;
	public static String RuleSets_typeInteger;
	public static String RuleSets_typeList;
	public static String RuleSets_typeNumber;
	public static String RuleSets_typeObject;
	public static String RuleSets_typeText;
	public static String RuleSets_unexpected;
	public static String RuleSets_unknownId;
	public static String RuleSets_unreadable;
	public static String RuleSets_wrongType;
	public static String RuleSets_syntaxAt;
	public static String RuleSets_syntax;
	public static String RuleSets_noSuchFile;
	public static String Scorer_band;
	public static String Scorer_breakdownDiffers;
	public static String Scorer_budgetAdjusted;
	public static String Scorer_budgetFormula;
	public static String Scorer_budgetLow;
	public static String Scorer_budgetOverExecuted;
	public static String Scorer_cappedAt;
	public static String Scorer_converted;
	public static String Scorer_excludedRow;
	public static String Scorer_excludedSeparator;
	public static String Scorer_late;
	public static String Scorer_negativeAmount;
	public static String Scorer_negativeTarget;
	public static String Scorer_noDeadline;
	public static String Scorer_noneApplicable;
	public static String Scorer_notADate;
	public static String Scorer_notANumber;
	public static String Scorer_notApplicable;
	public static String Scorer_officerAboveLateCap;
	public static String Scorer_officerApplied;
	public static String Scorer_officerOutOfBand;
	public static String Scorer_officerOutOfRange;
	public static String Scorer_officerReasonMissing;
	public static String Scorer_onTime;
	public static String Scorer_onTimeInYear;
	public static String Scorer_onTimeWord;
	public static String Scorer_overAchieved;
	public static String Scorer_qualitativeAchieved;
	public static String Scorer_qualitativeBand;
	public static String Scorer_qualitativeUnclassified;
	public static String Scorer_ratio;
	public static String Scorer_rescaled;
	public static String Scorer_reverseLinear;
	public static String Scorer_reverseLinearZero;
	public static String Scorer_reverseMet;
	public static String Scorer_separator;
	public static String Scorer_statedAboveLateCap;
	public static String Scorer_statedApplied;
	public static String Scorer_statedDiffers;
	public static String Scorer_statedOutOfBand;
	public static String Scorer_statedOutOfRange;
	public static String Scorer_targetNoDeadline;
	public static String Scorer_targetNoFigure;
	public static String Scorer_then;
	public static String Scorer_unitsDiffer;
	public static String Scorer_weightNotPositive;
	public static String Scorer_zeroBudget;
	public static String Scorer_zeroTarget;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
