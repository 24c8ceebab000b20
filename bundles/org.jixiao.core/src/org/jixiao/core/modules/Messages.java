package org.jixiao.core.modules;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the module registry, template libraries and module validation. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.modules.messages"; //$NON-NLS-1$

	public static String EvaluationTemplates_noTemplates;
	public static String ModuleConstraintValidator_failed;
	public static String ModuleRegistry_badId;
	public static String ModuleRegistry_badOrder;
	public static String ModuleRegistry_dataType;
	public static String ModuleRegistry_dataUnknown;
	public static String ModuleRegistry_feedField;
	public static String ModuleRegistry_feedInvalid;
	public static String ModuleRegistry_feedLedger;
	public static String ModuleRegistry_feedWithoutData;
	public static String ModuleRegistry_constraintFailed;
	public static String ModuleRegistry_constraintType;
	public static String ModuleRegistry_duplicate;
	public static String ModuleRegistry_gone;
	public static String ModuleRegistry_missingResource;
	public static String ModuleRegistry_noName;
	public static String ModuleRegistry_noTemplates;
	public static String ModuleRegistry_skipped;
	public static String ModuleRegistry_templatesUnreadable;
	public static String NonNegativeConstraint_actual;
	public static String NonNegativeConstraint_target;
	public static String ProjectEvaluations_codeTaken;
	public static String ProjectEvaluations_noCode;
	public static String ProjectEvaluations_notAProjectKind;
	public static String RateCeilingConstraint_actual;
	public static String RateCeilingConstraint_target;
	public static String TemplateLibrary_comparator;
	public static String TemplateLibrary_duplicate;
	public static String TemplateLibrary_feed;
	public static String TemplateLibrary_feedCondition;
	public static String TemplateLibrary_feedMeasure;
	public static String TemplateLibrary_invalid;
	public static String TemplateLibrary_missing;
	public static String TemplateLibrary_noTemplates;
	public static String TemplateLibrary_notObject;
	public static String TemplateLibrary_notObjectShort;
	public static String TemplateLibrary_number;
	public static String TemplateLibrary_place;
	public static String TemplateLibrary_placement;
	public static String TemplateLibrary_targetComparator;
	public static String TemplateLibrary_unit;
	public static String TemplateLibrary_unreadable;
	public static String TemplateLibrary_weight;
	public static String TemplateLibrary_weightTotal;
	public static String TemplateLibrary_basis;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
