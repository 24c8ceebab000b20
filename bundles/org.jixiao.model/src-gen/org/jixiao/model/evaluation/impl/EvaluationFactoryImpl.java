/**
 */
package org.jixiao.model.evaluation.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.jixiao.model.evaluation.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationFactoryImpl extends EFactoryImpl implements EvaluationFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static EvaluationFactory init() {
		try {
			EvaluationFactory theEvaluationFactory = (EvaluationFactory)EPackage.Registry.INSTANCE.getEFactory(EvaluationPackage.eNS_URI);
			if (theEvaluationFactory != null) {
				return theEvaluationFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new EvaluationFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case EvaluationPackage.EVALUATION: return createEvaluation();
			case EvaluationPackage.DEPARTMENT: return createDepartment();
			case EvaluationPackage.BUDGET: return createBudget();
			case EvaluationPackage.BUDGET_LINE: return createBudgetLine();
			case EvaluationPackage.BUDGET_PROJECT: return createBudgetProject();
			case EvaluationPackage.GOAL: return createGoal();
			case EvaluationPackage.INDICATOR_CATEGORY: return createIndicatorCategory();
			case EvaluationPackage.INDICATOR_SUBCATEGORY: return createIndicatorSubcategory();
			case EvaluationPackage.INDICATOR: return createIndicator();
			case EvaluationPackage.INDICATOR_DETAIL: return createIndicatorDetail();
			case EvaluationPackage.SCORE_ADJUSTMENT: return createScoreAdjustment();
			case EvaluationPackage.NARRATIVE_SECTION: return createNarrativeSection();
			case EvaluationPackage.UNINSTALLED_MODULE_DATA: return createUninstalledModuleData();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.EVALUATION_STATUS:
				return createEvaluationStatusFromString(eDataType, initialValue);
			case EvaluationPackage.EVALUATION_KIND:
				return createEvaluationKindFromString(eDataType, initialValue);
			case EvaluationPackage.MONEY_UNIT:
				return createMoneyUnitFromString(eDataType, initialValue);
			case EvaluationPackage.BUDGET_CATEGORY:
				return createBudgetCategoryFromString(eDataType, initialValue);
			case EvaluationPackage.EXPENDITURE_TYPE:
				return createExpenditureTypeFromString(eDataType, initialValue);
			case EvaluationPackage.COMPARATOR:
				return createComparatorFromString(eDataType, initialValue);
			case EvaluationPackage.GRADE:
				return createGradeFromString(eDataType, initialValue);
			case EvaluationPackage.SECTION_KIND:
				return createSectionKindFromString(eDataType, initialValue);
			case EvaluationPackage.TARGET_BASIS:
				return createTargetBasisFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case EvaluationPackage.EVALUATION_STATUS:
				return convertEvaluationStatusToString(eDataType, instanceValue);
			case EvaluationPackage.EVALUATION_KIND:
				return convertEvaluationKindToString(eDataType, instanceValue);
			case EvaluationPackage.MONEY_UNIT:
				return convertMoneyUnitToString(eDataType, instanceValue);
			case EvaluationPackage.BUDGET_CATEGORY:
				return convertBudgetCategoryToString(eDataType, instanceValue);
			case EvaluationPackage.EXPENDITURE_TYPE:
				return convertExpenditureTypeToString(eDataType, instanceValue);
			case EvaluationPackage.COMPARATOR:
				return convertComparatorToString(eDataType, instanceValue);
			case EvaluationPackage.GRADE:
				return convertGradeToString(eDataType, instanceValue);
			case EvaluationPackage.SECTION_KIND:
				return convertSectionKindToString(eDataType, instanceValue);
			case EvaluationPackage.TARGET_BASIS:
				return convertTargetBasisToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Evaluation createEvaluation() {
		EvaluationImpl evaluation = new EvaluationImpl();
		return evaluation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department createDepartment() {
		DepartmentImpl department = new DepartmentImpl();
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget createBudget() {
		BudgetImpl budget = new BudgetImpl();
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetLine createBudgetLine() {
		BudgetLineImpl budgetLine = new BudgetLineImpl();
		return budgetLine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BudgetProject createBudgetProject() {
		BudgetProjectImpl budgetProject = new BudgetProjectImpl();
		return budgetProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Goal createGoal() {
		GoalImpl goal = new GoalImpl();
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorCategory createIndicatorCategory() {
		IndicatorCategoryImpl indicatorCategory = new IndicatorCategoryImpl();
		return indicatorCategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorSubcategory createIndicatorSubcategory() {
		IndicatorSubcategoryImpl indicatorSubcategory = new IndicatorSubcategoryImpl();
		return indicatorSubcategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Indicator createIndicator() {
		IndicatorImpl indicator = new IndicatorImpl();
		return indicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IndicatorDetail createIndicatorDetail() {
		IndicatorDetailImpl indicatorDetail = new IndicatorDetailImpl();
		return indicatorDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreAdjustment createScoreAdjustment() {
		ScoreAdjustmentImpl scoreAdjustment = new ScoreAdjustmentImpl();
		return scoreAdjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NarrativeSection createNarrativeSection() {
		NarrativeSectionImpl narrativeSection = new NarrativeSectionImpl();
		return narrativeSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UninstalledModuleData createUninstalledModuleData() {
		UninstalledModuleDataImpl uninstalledModuleData = new UninstalledModuleDataImpl();
		return uninstalledModuleData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationStatus createEvaluationStatusFromString(EDataType eDataType, String initialValue) {
		EvaluationStatus result = EvaluationStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EvaluationKind createEvaluationKindFromString(EDataType eDataType, String initialValue) {
		EvaluationKind result = EvaluationKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEvaluationKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MoneyUnit createMoneyUnitFromString(EDataType eDataType, String initialValue) {
		MoneyUnit result = MoneyUnit.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMoneyUnitToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BudgetCategory createBudgetCategoryFromString(EDataType eDataType, String initialValue) {
		BudgetCategory result = BudgetCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBudgetCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ExpenditureType createExpenditureTypeFromString(EDataType eDataType, String initialValue) {
		ExpenditureType result = ExpenditureType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertExpenditureTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Comparator createComparatorFromString(EDataType eDataType, String initialValue) {
		Comparator result = Comparator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertComparatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Grade createGradeFromString(EDataType eDataType, String initialValue) {
		Grade result = Grade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SectionKind createSectionKindFromString(EDataType eDataType, String initialValue) {
		SectionKind result = SectionKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSectionKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TargetBasis createTargetBasisFromString(EDataType eDataType, String initialValue) {
		TargetBasis result = TargetBasis.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTargetBasisToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationPackage getEvaluationPackage() {
		return (EvaluationPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static EvaluationPackage getPackage() {
		return EvaluationPackage.eINSTANCE;
	}

} //EvaluationFactoryImpl
