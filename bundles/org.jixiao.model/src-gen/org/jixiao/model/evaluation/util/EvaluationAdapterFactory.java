/**
 */
package org.jixiao.model.evaluation.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.jixiao.model.evaluation.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.model.evaluation.EvaluationPackage
 * @generated
 */
public class EvaluationAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static EvaluationPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = EvaluationPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationSwitch<Adapter> modelSwitch =
		new EvaluationSwitch<Adapter>() {
			@Override
			public Adapter caseEvaluation(Evaluation object) {
				return createEvaluationAdapter();
			}
			@Override
			public Adapter caseDepartment(Department object) {
				return createDepartmentAdapter();
			}
			@Override
			public Adapter caseAmounts(Amounts object) {
				return createAmountsAdapter();
			}
			@Override
			public Adapter caseBudget(Budget object) {
				return createBudgetAdapter();
			}
			@Override
			public Adapter caseBudgetLine(BudgetLine object) {
				return createBudgetLineAdapter();
			}
			@Override
			public Adapter caseBudgetProject(BudgetProject object) {
				return createBudgetProjectAdapter();
			}
			@Override
			public Adapter caseGoal(Goal object) {
				return createGoalAdapter();
			}
			@Override
			public Adapter caseWeightedGroup(WeightedGroup object) {
				return createWeightedGroupAdapter();
			}
			@Override
			public Adapter caseIndicatorCategory(IndicatorCategory object) {
				return createIndicatorCategoryAdapter();
			}
			@Override
			public Adapter caseIndicatorSubcategory(IndicatorSubcategory object) {
				return createIndicatorSubcategoryAdapter();
			}
			@Override
			public Adapter caseIndicator(Indicator object) {
				return createIndicatorAdapter();
			}
			@Override
			public Adapter caseIndicatorDetail(IndicatorDetail object) {
				return createIndicatorDetailAdapter();
			}
			@Override
			public Adapter caseScoreAdjustment(ScoreAdjustment object) {
				return createScoreAdjustmentAdapter();
			}
			@Override
			public Adapter caseNarrativeSection(NarrativeSection object) {
				return createNarrativeSectionAdapter();
			}
			@Override
			public Adapter caseModuleData(ModuleData object) {
				return createModuleDataAdapter();
			}
			@Override
			public Adapter caseLedgerEntry(LedgerEntry object) {
				return createLedgerEntryAdapter();
			}
			@Override
			public Adapter caseUninstalledModuleData(UninstalledModuleData object) {
				return createUninstalledModuleDataAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Evaluation
	 * @generated
	 */
	public Adapter createEvaluationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Department
	 * @generated
	 */
	public Adapter createDepartmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Amounts <em>Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Amounts
	 * @generated
	 */
	public Adapter createAmountsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Budget
	 * @generated
	 */
	public Adapter createBudgetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.BudgetLine
	 * @generated
	 */
	public Adapter createBudgetLineAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.BudgetProject <em>Budget Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.BudgetProject
	 * @generated
	 */
	public Adapter createBudgetProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Goal
	 * @generated
	 */
	public Adapter createGoalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.WeightedGroup <em>Weighted Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.WeightedGroup
	 * @generated
	 */
	public Adapter createWeightedGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.IndicatorCategory <em>Indicator Category</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.IndicatorCategory
	 * @generated
	 */
	public Adapter createIndicatorCategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.IndicatorSubcategory <em>Indicator Subcategory</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.IndicatorSubcategory
	 * @generated
	 */
	public Adapter createIndicatorSubcategoryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.Indicator
	 * @generated
	 */
	public Adapter createIndicatorAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.IndicatorDetail <em>Indicator Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.IndicatorDetail
	 * @generated
	 */
	public Adapter createIndicatorDetailAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.ScoreAdjustment <em>Score Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment
	 * @generated
	 */
	public Adapter createScoreAdjustmentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.NarrativeSection <em>Narrative Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.NarrativeSection
	 * @generated
	 */
	public Adapter createNarrativeSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.ModuleData <em>Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.ModuleData
	 * @generated
	 */
	public Adapter createModuleDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.LedgerEntry <em>Ledger Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.LedgerEntry
	 * @generated
	 */
	public Adapter createLedgerEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.UninstalledModuleData <em>Uninstalled Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.UninstalledModuleData
	 * @generated
	 */
	public Adapter createUninstalledModuleDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //EvaluationAdapterFactory
