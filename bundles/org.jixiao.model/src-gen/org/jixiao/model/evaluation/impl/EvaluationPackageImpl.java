/**
 */
package org.jixiao.model.evaluation.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.ExpenditureType;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.model.evaluation.TargetBasis;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.jixiao.model.evaluation.WeightedGroup;

import org.jixiao.model.evaluation.util.EvaluationValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationPackageImpl extends EPackageImpl implements EvaluationPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass evaluationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass departmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass amountsEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetLineEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass budgetProjectEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass goalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass weightedGroupEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorCategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorSubcategoryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass indicatorDetailEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass scoreAdjustmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass narrativeSectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass moduleDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass ledgerEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass uninstalledModuleDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum evaluationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum moneyUnitEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum budgetCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum expenditureTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum comparatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum gradeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sectionKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum targetBasisEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.jixiao.model.evaluation.EvaluationPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EvaluationPackageImpl() {
		super(eNS_URI, EvaluationFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link EvaluationPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EvaluationPackage init() {
		if (isInited) return (EvaluationPackage)EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEvaluationPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EvaluationPackageImpl theEvaluationPackage = registeredEvaluationPackage instanceof EvaluationPackageImpl ? (EvaluationPackageImpl)registeredEvaluationPackage : new EvaluationPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theEvaluationPackage.createPackageContents();

		// Initialize created meta-data
		theEvaluationPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theEvaluationPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return EvaluationValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theEvaluationPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EvaluationPackage.eNS_URI, theEvaluationPackage);
		return theEvaluationPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEvaluation() {
		return evaluationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_FiscalYear() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Department() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_MoneyUnit() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_RuleSetId() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Status() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Preparer() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_PreparedOn() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_FinalizedOn() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Budget() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Goals() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Categories() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_Narrative() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEvaluation_ModuleData() {
		return (EReference)evaluationEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_TotalScore() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Grade() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Kind() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_ProjectName() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_ProjectCode() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_Illustrative() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEvaluation_FormatId() {
		return (EAttribute)evaluationEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDepartment() {
		return departmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Name() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_Code() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_CompetentDepartment() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDepartment_CompetentDepartmentCode() {
		return (EAttribute)departmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAmounts() {
		return amountsEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmounts_InitialBudget() {
		return (EAttribute)amountsEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmounts_AdjustedBudget() {
		return (EAttribute)amountsEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAmounts_Executed() {
		return (EAttribute)amountsEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudget() {
		return budgetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Weight() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Breakdowns() {
		return (EReference)budgetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBudget_Projects() {
		return (EReference)budgetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Explanation() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_ExecutionRate() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_Score() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudget_ScoreExplanation() {
		return (EAttribute)budgetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetLine() {
		return budgetLineEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Label() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetLine_Category() {
		return (EAttribute)budgetLineEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBudgetProject() {
		return budgetProjectEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetProject_Name() {
		return (EAttribute)budgetProjectEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetProject_ExpenditureType() {
		return (EAttribute)budgetProjectEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetProject_ModuleId() {
		return (EAttribute)budgetProjectEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBudgetProject_Code() {
		return (EAttribute)budgetProjectEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getGoal() {
		return goalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Number() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Expected() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getGoal_Achieved() {
		return (EAttribute)goalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWeightedGroup() {
		return weightedGroupEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightedGroup_Name() {
		return (EAttribute)weightedGroupEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWeightedGroup_Weight() {
		return (EAttribute)weightedGroupEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorCategory() {
		return indicatorCategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorCategory_Subcategories() {
		return (EReference)indicatorCategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorSubcategory() {
		return indicatorSubcategoryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicatorSubcategory_Indicators() {
		return (EReference)indicatorSubcategoryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicator() {
		return indicatorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Name() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ModuleId() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Comparator() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetText() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetValue() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetUnit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ActualText() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ActualValue() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ActualUnit() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Weight() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_StatedScore() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Score() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ScoreExplanation() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Adjustment() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_DeviationReason() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ImprovementMeasures() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Core() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIndicator_Details() {
		return (EReference)indicatorEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Evidence() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Uid() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ActualByHand() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_Illustrative() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_NotApplicable() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_InitialTargetText() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_TargetBasis() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicator_ScoringCriterion() {
		return (EAttribute)indicatorEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIndicatorDetail() {
		return indicatorDetailEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDetail_Name() {
		return (EAttribute)indicatorDetailEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDetail_TargetText() {
		return (EAttribute)indicatorDetailEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIndicatorDetail_ActualText() {
		return (EAttribute)indicatorDetailEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getScoreAdjustment() {
		return scoreAdjustmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreAdjustment_Score() {
		return (EAttribute)scoreAdjustmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreAdjustment_Reason() {
		return (EAttribute)scoreAdjustmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreAdjustment_AdjustedBy() {
		return (EAttribute)scoreAdjustmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getScoreAdjustment_AdjustedOn() {
		return (EAttribute)scoreAdjustmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNarrativeSection() {
		return narrativeSectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Kind() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Number() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Title() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_ModuleId() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNarrativeSection_Paragraphs() {
		return (EAttribute)narrativeSectionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNarrativeSection_Subsections() {
		return (EReference)narrativeSectionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getModuleData() {
		return moduleDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getModuleData_ModuleId() {
		return (EAttribute)moduleDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getLedgerEntry() {
		return ledgerEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getLedgerEntry_Uid() {
		return (EAttribute)ledgerEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getUninstalledModuleData() {
		return uninstalledModuleDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUninstalledModuleData_NsURI() {
		return (EAttribute)uninstalledModuleDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getUninstalledModuleData_Content() {
		return (EAttribute)uninstalledModuleDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationStatus() {
		return evaluationStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEvaluationKind() {
		return evaluationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMoneyUnit() {
		return moneyUnitEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBudgetCategory() {
		return budgetCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getExpenditureType() {
		return expenditureTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComparator() {
		return comparatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getGrade() {
		return gradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSectionKind() {
		return sectionKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTargetBasis() {
		return targetBasisEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationFactory getEvaluationFactory() {
		return (EvaluationFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		evaluationEClass = createEClass(EVALUATION);
		createEAttribute(evaluationEClass, EVALUATION__FISCAL_YEAR);
		createEReference(evaluationEClass, EVALUATION__DEPARTMENT);
		createEAttribute(evaluationEClass, EVALUATION__MONEY_UNIT);
		createEAttribute(evaluationEClass, EVALUATION__RULE_SET_ID);
		createEAttribute(evaluationEClass, EVALUATION__STATUS);
		createEAttribute(evaluationEClass, EVALUATION__PREPARER);
		createEAttribute(evaluationEClass, EVALUATION__PREPARED_ON);
		createEAttribute(evaluationEClass, EVALUATION__FINALIZED_ON);
		createEReference(evaluationEClass, EVALUATION__BUDGET);
		createEReference(evaluationEClass, EVALUATION__GOALS);
		createEReference(evaluationEClass, EVALUATION__CATEGORIES);
		createEReference(evaluationEClass, EVALUATION__NARRATIVE);
		createEReference(evaluationEClass, EVALUATION__MODULE_DATA);
		createEAttribute(evaluationEClass, EVALUATION__TOTAL_SCORE);
		createEAttribute(evaluationEClass, EVALUATION__GRADE);
		createEAttribute(evaluationEClass, EVALUATION__KIND);
		createEAttribute(evaluationEClass, EVALUATION__PROJECT_NAME);
		createEAttribute(evaluationEClass, EVALUATION__PROJECT_CODE);
		createEAttribute(evaluationEClass, EVALUATION__ILLUSTRATIVE);
		createEAttribute(evaluationEClass, EVALUATION__FORMAT_ID);

		departmentEClass = createEClass(DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__NAME);
		createEAttribute(departmentEClass, DEPARTMENT__CODE);
		createEAttribute(departmentEClass, DEPARTMENT__COMPETENT_DEPARTMENT);
		createEAttribute(departmentEClass, DEPARTMENT__COMPETENT_DEPARTMENT_CODE);

		amountsEClass = createEClass(AMOUNTS);
		createEAttribute(amountsEClass, AMOUNTS__INITIAL_BUDGET);
		createEAttribute(amountsEClass, AMOUNTS__ADJUSTED_BUDGET);
		createEAttribute(amountsEClass, AMOUNTS__EXECUTED);

		budgetEClass = createEClass(BUDGET);
		createEAttribute(budgetEClass, BUDGET__WEIGHT);
		createEReference(budgetEClass, BUDGET__BREAKDOWNS);
		createEReference(budgetEClass, BUDGET__PROJECTS);
		createEAttribute(budgetEClass, BUDGET__EXPLANATION);
		createEAttribute(budgetEClass, BUDGET__EXECUTION_RATE);
		createEAttribute(budgetEClass, BUDGET__SCORE);
		createEAttribute(budgetEClass, BUDGET__SCORE_EXPLANATION);

		budgetLineEClass = createEClass(BUDGET_LINE);
		createEAttribute(budgetLineEClass, BUDGET_LINE__LABEL);
		createEAttribute(budgetLineEClass, BUDGET_LINE__CATEGORY);

		budgetProjectEClass = createEClass(BUDGET_PROJECT);
		createEAttribute(budgetProjectEClass, BUDGET_PROJECT__NAME);
		createEAttribute(budgetProjectEClass, BUDGET_PROJECT__EXPENDITURE_TYPE);
		createEAttribute(budgetProjectEClass, BUDGET_PROJECT__MODULE_ID);
		createEAttribute(budgetProjectEClass, BUDGET_PROJECT__CODE);

		goalEClass = createEClass(GOAL);
		createEAttribute(goalEClass, GOAL__NUMBER);
		createEAttribute(goalEClass, GOAL__EXPECTED);
		createEAttribute(goalEClass, GOAL__ACHIEVED);

		weightedGroupEClass = createEClass(WEIGHTED_GROUP);
		createEAttribute(weightedGroupEClass, WEIGHTED_GROUP__NAME);
		createEAttribute(weightedGroupEClass, WEIGHTED_GROUP__WEIGHT);

		indicatorCategoryEClass = createEClass(INDICATOR_CATEGORY);
		createEReference(indicatorCategoryEClass, INDICATOR_CATEGORY__SUBCATEGORIES);

		indicatorSubcategoryEClass = createEClass(INDICATOR_SUBCATEGORY);
		createEReference(indicatorSubcategoryEClass, INDICATOR_SUBCATEGORY__INDICATORS);

		indicatorEClass = createEClass(INDICATOR);
		createEAttribute(indicatorEClass, INDICATOR__NAME);
		createEAttribute(indicatorEClass, INDICATOR__MODULE_ID);
		createEAttribute(indicatorEClass, INDICATOR__COMPARATOR);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_TEXT);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_VALUE);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_UNIT);
		createEAttribute(indicatorEClass, INDICATOR__ACTUAL_TEXT);
		createEAttribute(indicatorEClass, INDICATOR__ACTUAL_VALUE);
		createEAttribute(indicatorEClass, INDICATOR__ACTUAL_UNIT);
		createEAttribute(indicatorEClass, INDICATOR__WEIGHT);
		createEAttribute(indicatorEClass, INDICATOR__STATED_SCORE);
		createEAttribute(indicatorEClass, INDICATOR__SCORE);
		createEAttribute(indicatorEClass, INDICATOR__SCORE_EXPLANATION);
		createEReference(indicatorEClass, INDICATOR__ADJUSTMENT);
		createEAttribute(indicatorEClass, INDICATOR__DEVIATION_REASON);
		createEAttribute(indicatorEClass, INDICATOR__IMPROVEMENT_MEASURES);
		createEAttribute(indicatorEClass, INDICATOR__CORE);
		createEReference(indicatorEClass, INDICATOR__DETAILS);
		createEAttribute(indicatorEClass, INDICATOR__EVIDENCE);
		createEAttribute(indicatorEClass, INDICATOR__UID);
		createEAttribute(indicatorEClass, INDICATOR__ACTUAL_BY_HAND);
		createEAttribute(indicatorEClass, INDICATOR__ILLUSTRATIVE);
		createEAttribute(indicatorEClass, INDICATOR__NOT_APPLICABLE);
		createEAttribute(indicatorEClass, INDICATOR__INITIAL_TARGET_TEXT);
		createEAttribute(indicatorEClass, INDICATOR__TARGET_BASIS);
		createEAttribute(indicatorEClass, INDICATOR__SCORING_CRITERION);

		indicatorDetailEClass = createEClass(INDICATOR_DETAIL);
		createEAttribute(indicatorDetailEClass, INDICATOR_DETAIL__NAME);
		createEAttribute(indicatorDetailEClass, INDICATOR_DETAIL__TARGET_TEXT);
		createEAttribute(indicatorDetailEClass, INDICATOR_DETAIL__ACTUAL_TEXT);

		scoreAdjustmentEClass = createEClass(SCORE_ADJUSTMENT);
		createEAttribute(scoreAdjustmentEClass, SCORE_ADJUSTMENT__SCORE);
		createEAttribute(scoreAdjustmentEClass, SCORE_ADJUSTMENT__REASON);
		createEAttribute(scoreAdjustmentEClass, SCORE_ADJUSTMENT__ADJUSTED_BY);
		createEAttribute(scoreAdjustmentEClass, SCORE_ADJUSTMENT__ADJUSTED_ON);

		narrativeSectionEClass = createEClass(NARRATIVE_SECTION);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__KIND);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__NUMBER);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__TITLE);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__MODULE_ID);
		createEAttribute(narrativeSectionEClass, NARRATIVE_SECTION__PARAGRAPHS);
		createEReference(narrativeSectionEClass, NARRATIVE_SECTION__SUBSECTIONS);

		moduleDataEClass = createEClass(MODULE_DATA);
		createEAttribute(moduleDataEClass, MODULE_DATA__MODULE_ID);

		ledgerEntryEClass = createEClass(LEDGER_ENTRY);
		createEAttribute(ledgerEntryEClass, LEDGER_ENTRY__UID);

		uninstalledModuleDataEClass = createEClass(UNINSTALLED_MODULE_DATA);
		createEAttribute(uninstalledModuleDataEClass, UNINSTALLED_MODULE_DATA__NS_URI);
		createEAttribute(uninstalledModuleDataEClass, UNINSTALLED_MODULE_DATA__CONTENT);

		// Create enums
		evaluationStatusEEnum = createEEnum(EVALUATION_STATUS);
		evaluationKindEEnum = createEEnum(EVALUATION_KIND);
		moneyUnitEEnum = createEEnum(MONEY_UNIT);
		budgetCategoryEEnum = createEEnum(BUDGET_CATEGORY);
		expenditureTypeEEnum = createEEnum(EXPENDITURE_TYPE);
		comparatorEEnum = createEEnum(COMPARATOR);
		gradeEEnum = createEEnum(GRADE);
		sectionKindEEnum = createEEnum(SECTION_KIND);
		targetBasisEEnum = createEEnum(TARGET_BASIS);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		budgetEClass.getESuperTypes().add(this.getAmounts());
		budgetLineEClass.getESuperTypes().add(this.getAmounts());
		budgetProjectEClass.getESuperTypes().add(this.getAmounts());
		indicatorCategoryEClass.getESuperTypes().add(this.getWeightedGroup());
		indicatorSubcategoryEClass.getESuperTypes().add(this.getWeightedGroup());
		uninstalledModuleDataEClass.getESuperTypes().add(this.getModuleData());

		// Initialize classes, features, and operations; add parameters
		initEClass(evaluationEClass, Evaluation.class, "Evaluation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEvaluation_FiscalYear(), ecorePackage.getEInt(), "fiscalYear", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Department(), this.getDepartment(), null, "department", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_MoneyUnit(), this.getMoneyUnit(), "moneyUnit", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_RuleSetId(), ecorePackage.getEString(), "ruleSetId", "mof-2020", 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getEvaluation_Status(), this.getEvaluationStatus(), "status", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_Preparer(), ecorePackage.getEString(), "preparer", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_PreparedOn(), ecorePackage.getEDate(), "preparedOn", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_FinalizedOn(), ecorePackage.getEDate(), "finalizedOn", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Budget(), this.getBudget(), null, "budget", null, 1, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Goals(), this.getGoal(), null, "goals", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Categories(), this.getIndicatorCategory(), null, "categories", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_Narrative(), this.getNarrativeSection(), null, "narrative", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEvaluation_ModuleData(), this.getModuleData(), null, "moduleData", null, 0, -1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_TotalScore(), ecorePackage.getEBigDecimal(), "totalScore", null, 0, 1, Evaluation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_Grade(), this.getGrade(), "grade", null, 0, 1, Evaluation.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_Kind(), this.getEvaluationKind(), "kind", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_ProjectName(), ecorePackage.getEString(), "projectName", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_ProjectCode(), ecorePackage.getEString(), "projectCode", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_Illustrative(), ecorePackage.getEBoolean(), "illustrative", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEvaluation_FormatId(), ecorePackage.getEString(), "formatId", null, 0, 1, Evaluation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(departmentEClass, Department.class, "Department", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getDepartment_Name(), ecorePackage.getEString(), "name", null, 1, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDepartment_Code(), ecorePackage.getEString(), "code", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDepartment_CompetentDepartment(), ecorePackage.getEString(), "competentDepartment", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getDepartment_CompetentDepartmentCode(), ecorePackage.getEString(), "competentDepartmentCode", null, 0, 1, Department.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(amountsEClass, Amounts.class, "Amounts", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAmounts_InitialBudget(), ecorePackage.getEBigDecimal(), "initialBudget", null, 0, 1, Amounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAmounts_AdjustedBudget(), ecorePackage.getEBigDecimal(), "adjustedBudget", null, 0, 1, Amounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAmounts_Executed(), ecorePackage.getEBigDecimal(), "executed", null, 0, 1, Amounts.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(budgetEClass, Budget.class, "Budget", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudget_Weight(), ecorePackage.getEBigDecimal(), "weight", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBudget_Breakdowns(), this.getBudgetLine(), null, "breakdowns", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBudget_Projects(), this.getBudgetProject(), null, "projects", null, 0, -1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_Explanation(), ecorePackage.getEString(), "explanation", null, 0, 1, Budget.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_ExecutionRate(), ecorePackage.getEBigDecimal(), "executionRate", null, 0, 1, Budget.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_Score(), ecorePackage.getEBigDecimal(), "score", null, 0, 1, Budget.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudget_ScoreExplanation(), ecorePackage.getEString(), "scoreExplanation", null, 0, 1, Budget.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(budgetLineEClass, BudgetLine.class, "BudgetLine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Label(), ecorePackage.getEString(), "label", null, 1, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetLine_Category(), this.getBudgetCategory(), "category", null, 0, 1, BudgetLine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(budgetProjectEClass, BudgetProject.class, "BudgetProject", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getBudgetProject_Name(), ecorePackage.getEString(), "name", null, 1, 1, BudgetProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetProject_ExpenditureType(), this.getExpenditureType(), "expenditureType", null, 0, 1, BudgetProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetProject_ModuleId(), ecorePackage.getEString(), "moduleId", null, 0, 1, BudgetProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getBudgetProject_Code(), ecorePackage.getEString(), "code", null, 0, 1, BudgetProject.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(goalEClass, Goal.class, "Goal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getGoal_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoal_Expected(), ecorePackage.getEString(), "expected", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getGoal_Achieved(), ecorePackage.getEString(), "achieved", null, 0, 1, Goal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(weightedGroupEClass, WeightedGroup.class, "WeightedGroup", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getWeightedGroup_Name(), ecorePackage.getEString(), "name", null, 1, 1, WeightedGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWeightedGroup_Weight(), ecorePackage.getEBigDecimal(), "weight", null, 0, 1, WeightedGroup.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorCategoryEClass, IndicatorCategory.class, "IndicatorCategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getIndicatorCategory_Subcategories(), this.getIndicatorSubcategory(), null, "subcategories", null, 0, -1, IndicatorCategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorSubcategoryEClass, IndicatorSubcategory.class, "IndicatorSubcategory", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getIndicatorSubcategory_Indicators(), this.getIndicator(), null, "indicators", null, 0, -1, IndicatorSubcategory.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorEClass, Indicator.class, "Indicator", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIndicator_Name(), ecorePackage.getEString(), "name", null, 1, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ModuleId(), ecorePackage.getEString(), "moduleId", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Comparator(), this.getComparator(), "comparator", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetText(), ecorePackage.getEString(), "targetText", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetValue(), ecorePackage.getEBigDecimal(), "targetValue", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetUnit(), ecorePackage.getEString(), "targetUnit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ActualText(), ecorePackage.getEString(), "actualText", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ActualValue(), ecorePackage.getEBigDecimal(), "actualValue", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ActualUnit(), ecorePackage.getEString(), "actualUnit", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Weight(), ecorePackage.getEBigDecimal(), "weight", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_StatedScore(), ecorePackage.getEBigDecimal(), "statedScore", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Score(), ecorePackage.getEBigDecimal(), "score", null, 0, 1, Indicator.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ScoreExplanation(), ecorePackage.getEString(), "scoreExplanation", null, 0, 1, Indicator.class, IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIndicator_Adjustment(), this.getScoreAdjustment(), null, "adjustment", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_DeviationReason(), ecorePackage.getEString(), "deviationReason", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ImprovementMeasures(), ecorePackage.getEString(), "improvementMeasures", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Core(), ecorePackage.getEBoolean(), "core", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getIndicator_Details(), this.getIndicatorDetail(), null, "details", null, 0, -1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Evidence(), ecorePackage.getEString(), "evidence", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Uid(), ecorePackage.getEString(), "uid", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ActualByHand(), ecorePackage.getEBoolean(), "actualByHand", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_Illustrative(), ecorePackage.getEBoolean(), "illustrative", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_NotApplicable(), ecorePackage.getEBoolean(), "notApplicable", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_InitialTargetText(), ecorePackage.getEString(), "initialTargetText", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_TargetBasis(), this.getTargetBasis(), "targetBasis", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicator_ScoringCriterion(), ecorePackage.getEString(), "scoringCriterion", null, 0, 1, Indicator.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(indicatorDetailEClass, IndicatorDetail.class, "IndicatorDetail", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getIndicatorDetail_Name(), ecorePackage.getEString(), "name", null, 1, 1, IndicatorDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicatorDetail_TargetText(), ecorePackage.getEString(), "targetText", null, 0, 1, IndicatorDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getIndicatorDetail_ActualText(), ecorePackage.getEString(), "actualText", null, 0, 1, IndicatorDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(scoreAdjustmentEClass, ScoreAdjustment.class, "ScoreAdjustment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getScoreAdjustment_Score(), ecorePackage.getEBigDecimal(), "score", null, 1, 1, ScoreAdjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoreAdjustment_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, ScoreAdjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoreAdjustment_AdjustedBy(), ecorePackage.getEString(), "adjustedBy", null, 0, 1, ScoreAdjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getScoreAdjustment_AdjustedOn(), ecorePackage.getEDate(), "adjustedOn", null, 0, 1, ScoreAdjustment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(narrativeSectionEClass, NarrativeSection.class, "NarrativeSection", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getNarrativeSection_Kind(), this.getSectionKind(), "kind", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNarrativeSection_Number(), ecorePackage.getEString(), "number", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNarrativeSection_Title(), ecorePackage.getEString(), "title", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNarrativeSection_ModuleId(), ecorePackage.getEString(), "moduleId", null, 0, 1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getNarrativeSection_Paragraphs(), ecorePackage.getEString(), "paragraphs", null, 0, -1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getNarrativeSection_Subsections(), this.getNarrativeSection(), null, "subsections", null, 0, -1, NarrativeSection.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(moduleDataEClass, ModuleData.class, "ModuleData", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getModuleData_ModuleId(), ecorePackage.getEString(), "moduleId", null, 1, 1, ModuleData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(ledgerEntryEClass, LedgerEntry.class, "LedgerEntry", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getLedgerEntry_Uid(), ecorePackage.getEString(), "uid", null, 0, 1, LedgerEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(uninstalledModuleDataEClass, UninstalledModuleData.class, "UninstalledModuleData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getUninstalledModuleData_NsURI(), ecorePackage.getEString(), "nsURI", null, 0, 1, UninstalledModuleData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getUninstalledModuleData_Content(), ecorePackage.getEString(), "content", null, 0, 1, UninstalledModuleData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(evaluationStatusEEnum, EvaluationStatus.class, "EvaluationStatus"); //$NON-NLS-1$
		addEEnumLiteral(evaluationStatusEEnum, EvaluationStatus.DRAFT);
		addEEnumLiteral(evaluationStatusEEnum, EvaluationStatus.FINAL);

		initEEnum(evaluationKindEEnum, EvaluationKind.class, "EvaluationKind"); //$NON-NLS-1$
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.DEPARTMENT);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.PROJECT);
		addEEnumLiteral(evaluationKindEEnum, EvaluationKind.CARRIED_OVER);

		initEEnum(moneyUnitEEnum, MoneyUnit.class, "MoneyUnit"); //$NON-NLS-1$
		addEEnumLiteral(moneyUnitEEnum, MoneyUnit.YUAN);
		addEEnumLiteral(moneyUnitEEnum, MoneyUnit.WAN_YUAN);

		initEEnum(budgetCategoryEEnum, BudgetCategory.class, "BudgetCategory"); //$NON-NLS-1$
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.INCOME);
		addEEnumLiteral(budgetCategoryEEnum, BudgetCategory.EXPENDITURE);

		initEEnum(expenditureTypeEEnum, ExpenditureType.class, "ExpenditureType"); //$NON-NLS-1$
		addEEnumLiteral(expenditureTypeEEnum, ExpenditureType.BASIC);
		addEEnumLiteral(expenditureTypeEEnum, ExpenditureType.PROJECT);

		initEEnum(comparatorEEnum, Comparator.class, "Comparator"); //$NON-NLS-1$
		addEEnumLiteral(comparatorEEnum, Comparator.AT_LEAST);
		addEEnumLiteral(comparatorEEnum, Comparator.MORE_THAN);
		addEEnumLiteral(comparatorEEnum, Comparator.EQUAL);
		addEEnumLiteral(comparatorEEnum, Comparator.AT_MOST);
		addEEnumLiteral(comparatorEEnum, Comparator.LESS_THAN);
		addEEnumLiteral(comparatorEEnum, Comparator.TIME);
		addEEnumLiteral(comparatorEEnum, Comparator.QUALITATIVE);

		initEEnum(gradeEEnum, Grade.class, "Grade"); //$NON-NLS-1$
		addEEnumLiteral(gradeEEnum, Grade.EXCELLENT);
		addEEnumLiteral(gradeEEnum, Grade.GOOD);
		addEEnumLiteral(gradeEEnum, Grade.FAIR);
		addEEnumLiteral(gradeEEnum, Grade.POOR);

		initEEnum(sectionKindEEnum, SectionKind.class, "SectionKind"); //$NON-NLS-1$
		addEEnumLiteral(sectionKindEEnum, SectionKind.WORK);
		addEEnumLiteral(sectionKindEEnum, SectionKind.RESULTS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.NEXT_STEPS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.ATTACHMENTS);
		addEEnumLiteral(sectionKindEEnum, SectionKind.OTHER);

		initEEnum(targetBasisEEnum, TargetBasis.class, "TargetBasis"); //$NON-NLS-1$
		addEEnumLiteral(targetBasisEEnum, TargetBasis.PLAN);
		addEEnumLiteral(targetBasisEEnum, TargetBasis.INDUSTRY);
		addEEnumLiteral(targetBasisEEnum, TargetBasis.HISTORY);
		addEEnumLiteral(targetBasisEEnum, TargetBasis.OTHER);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore"; //$NON-NLS-1$
		addAnnotation
		  (evaluationEClass,
		   source,
		   new String[] {
			   "constraints", "weightsSumToHundred" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (budgetEClass,
		   source,
		   new String[] {
			   "constraints", "breakdownsAddUp adjustmentExplained" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (indicatorCategoryEClass,
		   source,
		   new String[] {
			   "constraints", "subcategoryWeightsSum" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (indicatorSubcategoryEClass,
		   source,
		   new String[] {
			   "constraints", "indicatorWeightsSum" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (indicatorEClass,
		   source,
		   new String[] {
			   "constraints", "weightPositive targetParses actualParses unitsCompatible scoreDetermined qualitativeScoreInBand deviationExplained adjustmentValid statedScoreMatches" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //EvaluationPackageImpl
