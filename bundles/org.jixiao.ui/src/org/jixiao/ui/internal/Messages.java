package org.jixiao.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Text of the workbench window that a person reads. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.jixiao.ui.internal.messages"; //$NON-NLS-1$

	public static String BudgetPage_addProject;
	public static String BudgetPage_breakdowns;
	public static String BudgetPage_explanation;
	public static String BudgetPage_newProject;
	public static String BudgetPage_none;
	public static String BudgetPage_projects;
	public static String BudgetPage_rate;
	public static String BudgetPage_removeProject;
	public static String BudgetPage_score;
	public static String BudgetPage_title;
	public static String BudgetPage_total;
	public static String Column_achieved;
	public static String Column_actual;
	public static String Column_adjustedBudget;
	public static String Column_deviationReason;
	public static String Column_executed;
	public static String Column_expected;
	public static String Column_expenditureType;
	public static String Column_improvementMeasures;
	public static String Column_indicator;
	public static String Column_initialBudget;
	public static String Column_label;
	public static String Column_module;
	public static String Column_number;
	public static String Column_project;
	public static String Column_row;
	public static String Column_score;
	public static String Column_scoreExplanation;
	public static String Column_target;
	public static String Column_weight;
	public static String DeviationPage_hint;
	public static String DeviationPage_title;
	public static String Editor_autosaving;
	public static String Editor_cannotOpen;
	public static String Editor_otherIndicators;
	public static String Editor_recoveryQuestion;
	public static String Editor_recoveryTitle;
	public static String Editor_saveFailedTitle;
	public static String Editor_saving;
	public static String Editor_title;
	public static String Fields_notADecimal;
	public static String Fields_notAnInteger;
	public static String Repository_badKey;
	public static String FolderRepository_broken;
	public static String FolderRepository_unreadable;
	public static String FolderRepository_unwritable;
	public static String GoalsPage_add;
	public static String GoalsPage_remove;
	public static String GoalsPage_title;
	public static String ModulePage_add;
	public static String ModulePage_detail;
	public static String ModulePage_newIndicator;
	public static String ModulePage_remove;
	public static String NarrativePage_paragraphs;
	public static String NarrativePage_sectionTitle;
	public static String NarrativePage_title;
	public static String Navigator_empty;
	public static String Navigator_entry;
	public static String Navigator_loading;
	public static String Navigator_noRepository;
	public static String NewEvaluation_create;
	public static String NewEvaluation_departmentMissing;
	public static String NewEvaluation_title;
	public static String OverviewPage_department;
	public static String OverviewPage_preparer;
	public static String OverviewPage_ruleSet;
	public static String OverviewPage_score;
	public static String OverviewPage_status;
	public static String OverviewPage_title;
	public static String OverviewPage_year;
	public static String Preferences_database;
	public static String Preferences_embedded;
	public static String Preferences_fontBody;
	public static String Preferences_fontTable;
	public static String Preferences_fontTitle;
	public static String Preferences_fonts;
	public static String Preferences_notSaved;
	public static String Preferences_path;
	public static String Preferences_ruleSet;
	public static String Preferences_scoring;
	public static String Preferences_server;
	public static String Preferences_title;
	public static String Preferences_url;
	public static String Preferences_user;
	public static String Preferences_userName;
	public static String ProblemsPart_error;
	public static String ProblemsPart_info;
	public static String ProblemsPart_message;
	public static String ProblemsPart_path;
	public static String ProblemsPart_severity;
	public static String ProblemsPart_summary;
	public static String ProblemsPart_warning;
	public static String PropertiesPart_property;
	public static String PropertiesPart_value;
	public static String Recovery_notDeleted;
	public static String RevertHandler_question;
	public static String RevertHandler_title;
	public static String ScorePage_attainment;
	public static String ScorePage_budget;
	public static String ScorePage_title;
	public static String ScorePage_total;
	public static String Status_draft;
	public static String Status_final;
	public static String WelcomePart_text;
	public static String FolderRepository_noCopy;
	public static String ModulePage_addFromTemplates;
	public static String TemplateDialog_title;
	public static String TemplateDialog_message;
	public static String Column_group;
	public static String NewEvaluation_modules;
	public static String NewEvaluation_module;
	public static String NewEvaluation_noModules;
	public static String NewEvaluation_modulesMissing;
	public static String CopyYear_title;
	public static String CopyYear_message;
	public static String CopyYear_badYear;
	public static String Delete_title;
	public static String Delete_confirm;
	public static String Delete_open;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
