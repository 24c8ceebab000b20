package org.jixiao.store.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.UninstalledModuleData;

/**
 * Turns a copy of last year's evaluation into this year's draft: what was planned stays (structure,
 * targets, weights, planned amounts, headings); what happened is cleared (actuals, executed amounts,
 * scores, analyses, paragraphs, ledger entries; the data of a module not installed is kept as it is).
 */
final class NewYearDraft {

	private NewYearDraft() {
	}

	static void prepare(Evaluation evaluation, int fiscalYear) {
		evaluation.setFiscalYear(fiscalYear);
		evaluation.setStatus(EvaluationStatus.DRAFT);
		unset(evaluation, Literals.EVALUATION__PREPARED_ON, Literals.EVALUATION__FINALIZED_ON, Literals.EVALUATION__TOTAL_SCORE);
		evaluation.unsetGrade();
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			unset(budget, Literals.AMOUNTS__EXECUTED, Literals.BUDGET__EXPLANATION, Literals.BUDGET__EXECUTION_RATE, Literals.BUDGET__SCORE,
					Literals.BUDGET__SCORE_EXPLANATION);
			for (BudgetLine line : budget.getBreakdowns()) {
				unset(line, Literals.AMOUNTS__EXECUTED);
			}
			for (BudgetProject project : budget.getProjects()) {
				unset(project, Literals.AMOUNTS__EXECUTED);
			}
		}
		for (Goal goal : evaluation.getGoals()) {
			unset(goal, Literals.GOAL__ACHIEVED);
		}
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					unset(indicator, Literals.INDICATOR__ACTUAL_TEXT, Literals.INDICATOR__ACTUAL_VALUE, Literals.INDICATOR__ACTUAL_UNIT,
							Literals.INDICATOR__STATED_SCORE, Literals.INDICATOR__SCORE, Literals.INDICATOR__SCORE_EXPLANATION,
							Literals.INDICATOR__ADJUSTMENT, Literals.INDICATOR__DEVIATION_REASON, Literals.INDICATOR__IMPROVEMENT_MEASURES,
							Literals.INDICATOR__EVIDENCE, Literals.INDICATOR__ILLUSTRATIVE, Literals.INDICATOR__ACTUAL_BY_HAND);
					for (IndicatorDetail detail : indicator.getDetails()) {
						unset(detail, Literals.INDICATOR_DETAIL__ACTUAL_TEXT);
					}
				}
			}
		}
		clearParagraphs(evaluation.getNarrative());
		evaluation.getModuleData().replaceAll(data -> data instanceof UninstalledModuleData ? data : ModuleLedgers.emptied(data));
	}

	private static void clearParagraphs(Iterable<NarrativeSection> sections) {
		for (NarrativeSection section : sections) {
			section.getParagraphs().clear();
			clearParagraphs(section.getSubsections());
		}
	}

	private static void unset(EObject object, EStructuralFeature... features) {
		for (EStructuralFeature feature : features) {
			object.eUnset(feature);
		}
	}
}
