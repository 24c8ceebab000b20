/**
 */
package org.jixiao.model.evaluation.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.jixiao.model.evaluation.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.model.evaluation.EvaluationPackage
 * @generated
 */
public class EvaluationValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final EvaluationValidator INSTANCE = new EvaluationValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.jixiao.model.evaluation"; //$NON-NLS-1$

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return EvaluationPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case EvaluationPackage.EVALUATION:
				return validateEvaluation((Evaluation)value, diagnostics, context);
			case EvaluationPackage.DEPARTMENT:
				return validateDepartment((Department)value, diagnostics, context);
			case EvaluationPackage.AMOUNTS:
				return validateAmounts((Amounts)value, diagnostics, context);
			case EvaluationPackage.BUDGET:
				return validateBudget((Budget)value, diagnostics, context);
			case EvaluationPackage.BUDGET_LINE:
				return validateBudgetLine((BudgetLine)value, diagnostics, context);
			case EvaluationPackage.BUDGET_PROJECT:
				return validateBudgetProject((BudgetProject)value, diagnostics, context);
			case EvaluationPackage.GOAL:
				return validateGoal((Goal)value, diagnostics, context);
			case EvaluationPackage.WEIGHTED_GROUP:
				return validateWeightedGroup((WeightedGroup)value, diagnostics, context);
			case EvaluationPackage.INDICATOR_CATEGORY:
				return validateIndicatorCategory((IndicatorCategory)value, diagnostics, context);
			case EvaluationPackage.INDICATOR_SUBCATEGORY:
				return validateIndicatorSubcategory((IndicatorSubcategory)value, diagnostics, context);
			case EvaluationPackage.INDICATOR:
				return validateIndicator((Indicator)value, diagnostics, context);
			case EvaluationPackage.INDICATOR_DETAIL:
				return validateIndicatorDetail((IndicatorDetail)value, diagnostics, context);
			case EvaluationPackage.SCORE_ADJUSTMENT:
				return validateScoreAdjustment((ScoreAdjustment)value, diagnostics, context);
			case EvaluationPackage.NARRATIVE_SECTION:
				return validateNarrativeSection((NarrativeSection)value, diagnostics, context);
			case EvaluationPackage.MODULE_DATA:
				return validateModuleData((ModuleData)value, diagnostics, context);
			case EvaluationPackage.LEDGER_ENTRY:
				return validateLedgerEntry((LedgerEntry)value, diagnostics, context);
			case EvaluationPackage.UNINSTALLED_MODULE_DATA:
				return validateUninstalledModuleData((UninstalledModuleData)value, diagnostics, context);
			case EvaluationPackage.EVALUATION_STATUS:
				return validateEvaluationStatus((EvaluationStatus)value, diagnostics, context);
			case EvaluationPackage.EVALUATION_KIND:
				return validateEvaluationKind((EvaluationKind)value, diagnostics, context);
			case EvaluationPackage.MONEY_UNIT:
				return validateMoneyUnit((MoneyUnit)value, diagnostics, context);
			case EvaluationPackage.BUDGET_CATEGORY:
				return validateBudgetCategory((BudgetCategory)value, diagnostics, context);
			case EvaluationPackage.EXPENDITURE_TYPE:
				return validateExpenditureType((ExpenditureType)value, diagnostics, context);
			case EvaluationPackage.COMPARATOR:
				return validateComparator((Comparator)value, diagnostics, context);
			case EvaluationPackage.GRADE:
				return validateGrade((Grade)value, diagnostics, context);
			case EvaluationPackage.SECTION_KIND:
				return validateSectionKind((SectionKind)value, diagnostics, context);
			case EvaluationPackage.TARGET_BASIS:
				return validateTargetBasis((TargetBasis)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(evaluation, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(evaluation, diagnostics, context);
		if (result || diagnostics != null) result &= validateEvaluation_weightsSumToHundred(evaluation, diagnostics, context);
		return result;
	}

	/**
	 * Validates the weightsSumToHundred constraint of '<em>Evaluation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluation_weightsSumToHundred(Evaluation evaluation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "weightsSumToHundred", getObjectLabel(evaluation, context) }, //$NON-NLS-1$
						 new Object[] { evaluation },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDepartment(Department department, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(department, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAmounts(Amounts amounts, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(amounts, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(budget, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudget_breakdownsAddUp(budget, diagnostics, context);
		if (result || diagnostics != null) result &= validateBudget_adjustmentExplained(budget, diagnostics, context);
		return result;
	}

	/**
	 * Validates the breakdownsAddUp constraint of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget_breakdownsAddUp(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "breakdownsAddUp", getObjectLabel(budget, context) }, //$NON-NLS-1$
						 new Object[] { budget },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the adjustmentExplained constraint of '<em>Budget</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudget_adjustmentExplained(Budget budget, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "adjustmentExplained", getObjectLabel(budget, context) }, //$NON-NLS-1$
						 new Object[] { budget },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetLine(BudgetLine budgetLine, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(budgetLine, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetProject(BudgetProject budgetProject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(budgetProject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGoal(Goal goal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(goal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateWeightedGroup(WeightedGroup weightedGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(weightedGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorCategory(IndicatorCategory indicatorCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicatorCategory, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicatorCategory, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicatorCategory_subcategoryWeightsSum(indicatorCategory, diagnostics, context);
		return result;
	}

	/**
	 * Validates the subcategoryWeightsSum constraint of '<em>Indicator Category</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorCategory_subcategoryWeightsSum(IndicatorCategory indicatorCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "subcategoryWeightsSum", getObjectLabel(indicatorCategory, context) }, //$NON-NLS-1$
						 new Object[] { indicatorCategory },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorSubcategory(IndicatorSubcategory indicatorSubcategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicatorSubcategory, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicatorSubcategory, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicatorSubcategory_indicatorWeightsSum(indicatorSubcategory, diagnostics, context);
		return result;
	}

	/**
	 * Validates the indicatorWeightsSum constraint of '<em>Indicator Subcategory</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorSubcategory_indicatorWeightsSum(IndicatorSubcategory indicatorSubcategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "indicatorWeightsSum", getObjectLabel(indicatorSubcategory, context) }, //$NON-NLS-1$
						 new Object[] { indicatorSubcategory },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(indicator, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_weightPositive(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_targetParses(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_actualParses(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_unitsCompatible(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_scoreDetermined(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_qualitativeScoreInBand(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_deviationExplained(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_adjustmentValid(indicator, diagnostics, context);
		if (result || diagnostics != null) result &= validateIndicator_statedScoreMatches(indicator, diagnostics, context);
		return result;
	}

	/**
	 * Validates the weightPositive constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_weightPositive(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "weightPositive", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the targetParses constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_targetParses(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "targetParses", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the actualParses constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_actualParses(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "actualParses", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the unitsCompatible constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_unitsCompatible(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "unitsCompatible", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the scoreDetermined constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_scoreDetermined(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "scoreDetermined", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the qualitativeScoreInBand constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_qualitativeScoreInBand(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "qualitativeScoreInBand", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the deviationExplained constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_deviationExplained(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "deviationExplained", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the adjustmentValid constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_adjustmentValid(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "adjustmentValid", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * Validates the statedScoreMatches constraint of '<em>Indicator</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicator_statedScoreMatches(Indicator indicator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// TODO implement the constraint
		// -> specify the condition that violates the constraint
		// -> verify the diagnostic details, including severity, code, and message
		// Ensure that you remove @generated or mark it @generated NOT
		if (false) {
			if (diagnostics != null) {
				diagnostics.add
					(createDiagnostic
						(Diagnostic.ERROR,
						 DIAGNOSTIC_SOURCE,
						 0,
						 "_UI_GenericConstraint_diagnostic", //$NON-NLS-1$
						 new Object[] { "statedScoreMatches", getObjectLabel(indicator, context) }, //$NON-NLS-1$
						 new Object[] { indicator },
						 context));
			}
			return false;
		}
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIndicatorDetail(IndicatorDetail indicatorDetail, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(indicatorDetail, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateScoreAdjustment(ScoreAdjustment scoreAdjustment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(scoreAdjustment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNarrativeSection(NarrativeSection narrativeSection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(narrativeSection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateModuleData(ModuleData moduleData, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(moduleData, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLedgerEntry(LedgerEntry ledgerEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(ledgerEntry, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateUninstalledModuleData(UninstalledModuleData uninstalledModuleData, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(uninstalledModuleData, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluationStatus(EvaluationStatus evaluationStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEvaluationKind(EvaluationKind evaluationKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateMoneyUnit(MoneyUnit moneyUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBudgetCategory(BudgetCategory budgetCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExpenditureType(ExpenditureType expenditureType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComparator(Comparator comparator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGrade(Grade grade, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSectionKind(SectionKind sectionKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTargetBasis(TargetBasis targetBasis, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //EvaluationValidator
