/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The evaluation metamodel of Jixiao Workbench: everything the 部门整体支出绩效自评表 and the self-evaluation report hold.
 * <!-- end-model-doc -->
 * @see org.jixiao.model.evaluation.EvaluationFactory
 * @model kind="package"
 * @generated
 */
public interface EvaluationPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "evaluation"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://jixiao.org/evaluation/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "evaluation"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EvaluationPackage eINSTANCE = org.jixiao.model.evaluation.impl.EvaluationPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.EvaluationImpl <em>Evaluation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.EvaluationImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluation()
	 * @generated
	 */
	int EVALUATION = 0;

	/**
	 * The feature id for the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FISCAL_YEAR = 0;

	/**
	 * The feature id for the '<em><b>Department</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__DEPARTMENT = 1;

	/**
	 * The feature id for the '<em><b>Money Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__MONEY_UNIT = 2;

	/**
	 * The feature id for the '<em><b>Rule Set Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__RULE_SET_ID = 3;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__STATUS = 4;

	/**
	 * The feature id for the '<em><b>Preparer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PREPARER = 5;

	/**
	 * The feature id for the '<em><b>Prepared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PREPARED_ON = 6;

	/**
	 * The feature id for the '<em><b>Finalized On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FINALIZED_ON = 7;

	/**
	 * The feature id for the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__BUDGET = 8;

	/**
	 * The feature id for the '<em><b>Goals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__GOALS = 9;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__CATEGORIES = 10;

	/**
	 * The feature id for the '<em><b>Narrative</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__NARRATIVE = 11;

	/**
	 * The feature id for the '<em><b>Module Data</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__MODULE_DATA = 12;

	/**
	 * The feature id for the '<em><b>Total Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__TOTAL_SCORE = 13;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__GRADE = 14;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__KIND = 15;

	/**
	 * The feature id for the '<em><b>Project Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PROJECT_NAME = 16;

	/**
	 * The feature id for the '<em><b>Project Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__PROJECT_CODE = 17;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__ILLUSTRATIVE = 18;

	/**
	 * The feature id for the '<em><b>Format Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION__FORMAT_ID = 19;

	/**
	 * The number of structural features of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_FEATURE_COUNT = 20;

	/**
	 * The number of operations of the '<em>Evaluation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EVALUATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.DepartmentImpl <em>Department</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.DepartmentImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getDepartment()
	 * @generated
	 */
	int DEPARTMENT = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__CODE = 1;

	/**
	 * The feature id for the '<em><b>Competent Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__COMPETENT_DEPARTMENT = 2;

	/**
	 * The feature id for the '<em><b>Competent Department Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT__COMPETENT_DEPARTMENT_CODE = 3;

	/**
	 * The number of structural features of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Department</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEPARTMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.AmountsImpl <em>Amounts</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.AmountsImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getAmounts()
	 * @generated
	 */
	int AMOUNTS = 2;

	/**
	 * The feature id for the '<em><b>Initial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNTS__INITIAL_BUDGET = 0;

	/**
	 * The feature id for the '<em><b>Adjusted Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNTS__ADJUSTED_BUDGET = 1;

	/**
	 * The feature id for the '<em><b>Executed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNTS__EXECUTED = 2;

	/**
	 * The number of structural features of the '<em>Amounts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNTS_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Amounts</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AMOUNTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.BudgetImpl <em>Budget</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.BudgetImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudget()
	 * @generated
	 */
	int BUDGET = 3;

	/**
	 * The feature id for the '<em><b>Initial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__INITIAL_BUDGET = AMOUNTS__INITIAL_BUDGET;

	/**
	 * The feature id for the '<em><b>Adjusted Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__ADJUSTED_BUDGET = AMOUNTS__ADJUSTED_BUDGET;

	/**
	 * The feature id for the '<em><b>Executed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__EXECUTED = AMOUNTS__EXECUTED;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__WEIGHT = AMOUNTS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Breakdowns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__BREAKDOWNS = AMOUNTS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Projects</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__PROJECTS = AMOUNTS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__EXPLANATION = AMOUNTS_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Execution Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__EXECUTION_RATE = AMOUNTS_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__SCORE = AMOUNTS_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Score Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET__SCORE_EXPLANATION = AMOUNTS_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_FEATURE_COUNT = AMOUNTS_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Budget</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_OPERATION_COUNT = AMOUNTS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.BudgetLineImpl <em>Budget Line</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.BudgetLineImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetLine()
	 * @generated
	 */
	int BUDGET_LINE = 4;

	/**
	 * The feature id for the '<em><b>Initial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__INITIAL_BUDGET = AMOUNTS__INITIAL_BUDGET;

	/**
	 * The feature id for the '<em><b>Adjusted Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__ADJUSTED_BUDGET = AMOUNTS__ADJUSTED_BUDGET;

	/**
	 * The feature id for the '<em><b>Executed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__EXECUTED = AMOUNTS__EXECUTED;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__LABEL = AMOUNTS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE__CATEGORY = AMOUNTS_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_FEATURE_COUNT = AMOUNTS_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Budget Line</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_LINE_OPERATION_COUNT = AMOUNTS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl <em>Budget Project</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.BudgetProjectImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetProject()
	 * @generated
	 */
	int BUDGET_PROJECT = 5;

	/**
	 * The feature id for the '<em><b>Initial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__INITIAL_BUDGET = AMOUNTS__INITIAL_BUDGET;

	/**
	 * The feature id for the '<em><b>Adjusted Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__ADJUSTED_BUDGET = AMOUNTS__ADJUSTED_BUDGET;

	/**
	 * The feature id for the '<em><b>Executed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__EXECUTED = AMOUNTS__EXECUTED;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__NAME = AMOUNTS_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Expenditure Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__EXPENDITURE_TYPE = AMOUNTS_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__MODULE_ID = AMOUNTS_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT__CODE = AMOUNTS_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Budget Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT_FEATURE_COUNT = AMOUNTS_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Budget Project</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUDGET_PROJECT_OPERATION_COUNT = AMOUNTS_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.GoalImpl <em>Goal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.GoalImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getGoal()
	 * @generated
	 */
	int GOAL = 6;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Expected</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__EXPECTED = 1;

	/**
	 * The feature id for the '<em><b>Achieved</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL__ACHIEVED = 2;

	/**
	 * The number of structural features of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Goal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GOAL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.WeightedGroupImpl <em>Weighted Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.WeightedGroupImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getWeightedGroup()
	 * @generated
	 */
	int WEIGHTED_GROUP = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHTED_GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHTED_GROUP__WEIGHT = 1;

	/**
	 * The number of structural features of the '<em>Weighted Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHTED_GROUP_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Weighted Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WEIGHTED_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.IndicatorCategoryImpl <em>Indicator Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.IndicatorCategoryImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorCategory()
	 * @generated
	 */
	int INDICATOR_CATEGORY = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_CATEGORY__NAME = WEIGHTED_GROUP__NAME;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_CATEGORY__WEIGHT = WEIGHTED_GROUP__WEIGHT;

	/**
	 * The feature id for the '<em><b>Subcategories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_CATEGORY__SUBCATEGORIES = WEIGHTED_GROUP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Indicator Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_CATEGORY_FEATURE_COUNT = WEIGHTED_GROUP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Indicator Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_CATEGORY_OPERATION_COUNT = WEIGHTED_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.IndicatorSubcategoryImpl <em>Indicator Subcategory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.IndicatorSubcategoryImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorSubcategory()
	 * @generated
	 */
	int INDICATOR_SUBCATEGORY = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SUBCATEGORY__NAME = WEIGHTED_GROUP__NAME;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SUBCATEGORY__WEIGHT = WEIGHTED_GROUP__WEIGHT;

	/**
	 * The feature id for the '<em><b>Indicators</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SUBCATEGORY__INDICATORS = WEIGHTED_GROUP_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Indicator Subcategory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SUBCATEGORY_FEATURE_COUNT = WEIGHTED_GROUP_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Indicator Subcategory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_SUBCATEGORY_OPERATION_COUNT = WEIGHTED_GROUP_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.IndicatorImpl <em>Indicator</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.IndicatorImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicator()
	 * @generated
	 */
	int INDICATOR = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NAME = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__MODULE_ID = 1;

	/**
	 * The feature id for the '<em><b>Comparator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__COMPARATOR = 2;

	/**
	 * The feature id for the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_TEXT = 3;

	/**
	 * The feature id for the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_VALUE = 4;

	/**
	 * The feature id for the '<em><b>Target Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_UNIT = 5;

	/**
	 * The feature id for the '<em><b>Actual Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACTUAL_TEXT = 6;

	/**
	 * The feature id for the '<em><b>Actual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACTUAL_VALUE = 7;

	/**
	 * The feature id for the '<em><b>Actual Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACTUAL_UNIT = 8;

	/**
	 * The feature id for the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__WEIGHT = 9;

	/**
	 * The feature id for the '<em><b>Stated Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__STATED_SCORE = 10;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SCORE = 11;

	/**
	 * The feature id for the '<em><b>Score Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SCORE_EXPLANATION = 12;

	/**
	 * The feature id for the '<em><b>Adjustment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ADJUSTMENT = 13;

	/**
	 * The feature id for the '<em><b>Deviation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DEVIATION_REASON = 14;

	/**
	 * The feature id for the '<em><b>Improvement Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__IMPROVEMENT_MEASURES = 15;

	/**
	 * The feature id for the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__CORE = 16;

	/**
	 * The feature id for the '<em><b>Details</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__DETAILS = 17;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__EVIDENCE = 18;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__UID = 19;

	/**
	 * The feature id for the '<em><b>Actual By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ACTUAL_BY_HAND = 20;

	/**
	 * The feature id for the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__ILLUSTRATIVE = 21;

	/**
	 * The feature id for the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__NOT_APPLICABLE = 22;

	/**
	 * The feature id for the '<em><b>Initial Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__INITIAL_TARGET_TEXT = 23;

	/**
	 * The feature id for the '<em><b>Target Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__TARGET_BASIS = 24;

	/**
	 * The feature id for the '<em><b>Scoring Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR__SCORING_CRITERION = 25;

	/**
	 * The number of structural features of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_FEATURE_COUNT = 26;

	/**
	 * The number of operations of the '<em>Indicator</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.IndicatorDetailImpl <em>Indicator Detail</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.IndicatorDetailImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorDetail()
	 * @generated
	 */
	int INDICATOR_DETAIL = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DETAIL__NAME = 0;

	/**
	 * The feature id for the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DETAIL__TARGET_TEXT = 1;

	/**
	 * The feature id for the '<em><b>Actual Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DETAIL__ACTUAL_TEXT = 2;

	/**
	 * The number of structural features of the '<em>Indicator Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DETAIL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Indicator Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INDICATOR_DETAIL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl <em>Score Adjustment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getScoreAdjustment()
	 * @generated
	 */
	int SCORE_ADJUSTMENT = 12;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT__SCORE = 0;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT__REASON = 1;

	/**
	 * The feature id for the '<em><b>Adjusted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT__ADJUSTED_BY = 2;

	/**
	 * The feature id for the '<em><b>Adjusted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT__ADJUSTED_ON = 3;

	/**
	 * The number of structural features of the '<em>Score Adjustment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Score Adjustment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SCORE_ADJUSTMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl <em>Narrative Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.NarrativeSectionImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getNarrativeSection()
	 * @generated
	 */
	int NARRATIVE_SECTION = 13;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__KIND = 0;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__NUMBER = 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__TITLE = 2;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__MODULE_ID = 3;

	/**
	 * The feature id for the '<em><b>Paragraphs</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__PARAGRAPHS = 4;

	/**
	 * The feature id for the '<em><b>Subsections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION__SUBSECTIONS = 5;

	/**
	 * The number of structural features of the '<em>Narrative Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Narrative Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NARRATIVE_SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.ModuleDataImpl <em>Module Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.ModuleDataImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getModuleData()
	 * @generated
	 */
	int MODULE_DATA = 14;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_DATA__MODULE_ID = 0;

	/**
	 * The number of structural features of the '<em>Module Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_DATA_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Module Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MODULE_DATA_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.LedgerEntryImpl <em>Ledger Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.LedgerEntryImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getLedgerEntry()
	 * @generated
	 */
	int LEDGER_ENTRY = 15;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY__UID = 0;

	/**
	 * The number of structural features of the '<em>Ledger Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Ledger Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LEDGER_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.impl.UninstalledModuleDataImpl <em>Uninstalled Module Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.impl.UninstalledModuleDataImpl
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getUninstalledModuleData()
	 * @generated
	 */
	int UNINSTALLED_MODULE_DATA = 16;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNINSTALLED_MODULE_DATA__MODULE_ID = MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Ns URI</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNINSTALLED_MODULE_DATA__NS_URI = MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNINSTALLED_MODULE_DATA__CONTENT = MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Uninstalled Module Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNINSTALLED_MODULE_DATA_FEATURE_COUNT = MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Uninstalled Module Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNINSTALLED_MODULE_DATA_OPERATION_COUNT = MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.EvaluationStatus <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.EvaluationStatus
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluationStatus()
	 * @generated
	 */
	int EVALUATION_STATUS = 17;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.EvaluationKind <em>Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.EvaluationKind
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluationKind()
	 * @generated
	 */
	int EVALUATION_KIND = 18;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.MoneyUnit <em>Money Unit</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.MoneyUnit
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getMoneyUnit()
	 * @generated
	 */
	int MONEY_UNIT = 19;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.BudgetCategory <em>Budget Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.BudgetCategory
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetCategory()
	 * @generated
	 */
	int BUDGET_CATEGORY = 20;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.ExpenditureType <em>Expenditure Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.ExpenditureType
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getExpenditureType()
	 * @generated
	 */
	int EXPENDITURE_TYPE = 21;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.Comparator <em>Comparator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.Comparator
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getComparator()
	 * @generated
	 */
	int COMPARATOR = 22;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.Grade <em>Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.Grade
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getGrade()
	 * @generated
	 */
	int GRADE = 23;

	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.SectionKind <em>Section Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.SectionKind
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getSectionKind()
	 * @generated
	 */
	int SECTION_KIND = 24;


	/**
	 * The meta object id for the '{@link org.jixiao.model.evaluation.TargetBasis <em>Target Basis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.model.evaluation.TargetBasis
	 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getTargetBasis()
	 * @generated
	 */
	int TARGET_BASIS = 25;


	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Evaluation <em>Evaluation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Evaluation</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation
	 * @generated
	 */
	EClass getEvaluation();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getFiscalYear <em>Fiscal Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fiscal Year</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getFiscalYear()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_FiscalYear();

	/**
	 * Returns the meta object for the containment reference '{@link org.jixiao.model.evaluation.Evaluation#getDepartment <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Department</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getDepartment()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Department();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getMoneyUnit <em>Money Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Money Unit</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getMoneyUnit()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_MoneyUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getRuleSetId <em>Rule Set Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule Set Id</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getRuleSetId()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_RuleSetId();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getStatus()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getPreparer <em>Preparer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preparer</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getPreparer()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Preparer();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getPreparedOn <em>Prepared On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prepared On</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getPreparedOn()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_PreparedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getFinalizedOn <em>Finalized On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Finalized On</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getFinalizedOn()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_FinalizedOn();

	/**
	 * Returns the meta object for the containment reference '{@link org.jixiao.model.evaluation.Evaluation#getBudget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Budget</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getBudget()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Budget();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Evaluation#getGoals <em>Goals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Goals</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getGoals()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Goals();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Evaluation#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Categories</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getCategories()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Categories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Evaluation#getNarrative <em>Narrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Narrative</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getNarrative()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_Narrative();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Evaluation#getModuleData <em>Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Module Data</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getModuleData()
	 * @see #getEvaluation()
	 * @generated
	 */
	EReference getEvaluation_ModuleData();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getTotalScore <em>Total Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Total Score</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getTotalScore()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_TotalScore();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getGrade()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getKind()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getProjectName <em>Project Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Name</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getProjectName()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_ProjectName();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getProjectCode <em>Project Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project Code</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getProjectCode()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_ProjectCode();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#isIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illustrative</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#isIllustrative()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_Illustrative();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Evaluation#getFormatId <em>Format Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Id</em>'.
	 * @see org.jixiao.model.evaluation.Evaluation#getFormatId()
	 * @see #getEvaluation()
	 * @generated
	 */
	EAttribute getEvaluation_FormatId();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Department <em>Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Department</em>'.
	 * @see org.jixiao.model.evaluation.Department
	 * @generated
	 */
	EClass getDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Department#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.model.evaluation.Department#getName()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Department#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.jixiao.model.evaluation.Department#getCode()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Department#getCompetentDepartment <em>Competent Department</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Competent Department</em>'.
	 * @see org.jixiao.model.evaluation.Department#getCompetentDepartment()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_CompetentDepartment();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Department#getCompetentDepartmentCode <em>Competent Department Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Competent Department Code</em>'.
	 * @see org.jixiao.model.evaluation.Department#getCompetentDepartmentCode()
	 * @see #getDepartment()
	 * @generated
	 */
	EAttribute getDepartment_CompetentDepartmentCode();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Amounts <em>Amounts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Amounts</em>'.
	 * @see org.jixiao.model.evaluation.Amounts
	 * @generated
	 */
	EClass getAmounts();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Amounts#getInitialBudget <em>Initial Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Budget</em>'.
	 * @see org.jixiao.model.evaluation.Amounts#getInitialBudget()
	 * @see #getAmounts()
	 * @generated
	 */
	EAttribute getAmounts_InitialBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Amounts#getAdjustedBudget <em>Adjusted Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjusted Budget</em>'.
	 * @see org.jixiao.model.evaluation.Amounts#getAdjustedBudget()
	 * @see #getAmounts()
	 * @generated
	 */
	EAttribute getAmounts_AdjustedBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Amounts#getExecuted <em>Executed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Executed</em>'.
	 * @see org.jixiao.model.evaluation.Amounts#getExecuted()
	 * @see #getAmounts()
	 * @generated
	 */
	EAttribute getAmounts_Executed();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Budget <em>Budget</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget</em>'.
	 * @see org.jixiao.model.evaluation.Budget
	 * @generated
	 */
	EClass getBudget();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Budget#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getWeight()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Weight();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Budget#getBreakdowns <em>Breakdowns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Breakdowns</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getBreakdowns()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Breakdowns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Budget#getProjects <em>Projects</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Projects</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getProjects()
	 * @see #getBudget()
	 * @generated
	 */
	EReference getBudget_Projects();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Budget#getExplanation <em>Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Explanation</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getExplanation()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Explanation();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Budget#getExecutionRate <em>Execution Rate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Execution Rate</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getExecutionRate()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_ExecutionRate();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Budget#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getScore()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Budget#getScoreExplanation <em>Score Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Explanation</em>'.
	 * @see org.jixiao.model.evaluation.Budget#getScoreExplanation()
	 * @see #getBudget()
	 * @generated
	 */
	EAttribute getBudget_ScoreExplanation();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.BudgetLine <em>Budget Line</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Line</em>'.
	 * @see org.jixiao.model.evaluation.BudgetLine
	 * @generated
	 */
	EClass getBudgetLine();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetLine#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.jixiao.model.evaluation.BudgetLine#getLabel()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetLine#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.jixiao.model.evaluation.BudgetLine#getCategory()
	 * @see #getBudgetLine()
	 * @generated
	 */
	EAttribute getBudgetLine_Category();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.BudgetProject <em>Budget Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Budget Project</em>'.
	 * @see org.jixiao.model.evaluation.BudgetProject
	 * @generated
	 */
	EClass getBudgetProject();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetProject#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.model.evaluation.BudgetProject#getName()
	 * @see #getBudgetProject()
	 * @generated
	 */
	EAttribute getBudgetProject_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetProject#getExpenditureType <em>Expenditure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expenditure Type</em>'.
	 * @see org.jixiao.model.evaluation.BudgetProject#getExpenditureType()
	 * @see #getBudgetProject()
	 * @generated
	 */
	EAttribute getBudgetProject_ExpenditureType();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetProject#getModuleId <em>Module Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Id</em>'.
	 * @see org.jixiao.model.evaluation.BudgetProject#getModuleId()
	 * @see #getBudgetProject()
	 * @generated
	 */
	EAttribute getBudgetProject_ModuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.BudgetProject#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.jixiao.model.evaluation.BudgetProject#getCode()
	 * @see #getBudgetProject()
	 * @generated
	 */
	EAttribute getBudgetProject_Code();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Goal <em>Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Goal</em>'.
	 * @see org.jixiao.model.evaluation.Goal
	 * @generated
	 */
	EClass getGoal();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Goal#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.jixiao.model.evaluation.Goal#getNumber()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Goal#getExpected <em>Expected</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected</em>'.
	 * @see org.jixiao.model.evaluation.Goal#getExpected()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Expected();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Goal#getAchieved <em>Achieved</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Achieved</em>'.
	 * @see org.jixiao.model.evaluation.Goal#getAchieved()
	 * @see #getGoal()
	 * @generated
	 */
	EAttribute getGoal_Achieved();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.WeightedGroup <em>Weighted Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Weighted Group</em>'.
	 * @see org.jixiao.model.evaluation.WeightedGroup
	 * @generated
	 */
	EClass getWeightedGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.WeightedGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.model.evaluation.WeightedGroup#getName()
	 * @see #getWeightedGroup()
	 * @generated
	 */
	EAttribute getWeightedGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.WeightedGroup#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.jixiao.model.evaluation.WeightedGroup#getWeight()
	 * @see #getWeightedGroup()
	 * @generated
	 */
	EAttribute getWeightedGroup_Weight();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.IndicatorCategory <em>Indicator Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Category</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorCategory
	 * @generated
	 */
	EClass getIndicatorCategory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.IndicatorCategory#getSubcategories <em>Subcategories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subcategories</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorCategory#getSubcategories()
	 * @see #getIndicatorCategory()
	 * @generated
	 */
	EReference getIndicatorCategory_Subcategories();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.IndicatorSubcategory <em>Indicator Subcategory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Subcategory</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorSubcategory
	 * @generated
	 */
	EClass getIndicatorSubcategory();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.IndicatorSubcategory#getIndicators <em>Indicators</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Indicators</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorSubcategory#getIndicators()
	 * @see #getIndicatorSubcategory()
	 * @generated
	 */
	EReference getIndicatorSubcategory_Indicators();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.Indicator <em>Indicator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator</em>'.
	 * @see org.jixiao.model.evaluation.Indicator
	 * @generated
	 */
	EClass getIndicator();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getName()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getModuleId <em>Module Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Id</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getModuleId()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ModuleId();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getComparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Comparator</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getComparator()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Comparator();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getTargetText <em>Target Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Text</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getTargetText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetText();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getTargetValue <em>Target Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Value</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getTargetValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetValue();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getTargetUnit <em>Target Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Unit</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getTargetUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getActualText <em>Actual Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Text</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getActualText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ActualText();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getActualValue <em>Actual Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Value</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getActualValue()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ActualValue();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getActualUnit <em>Actual Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Unit</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getActualUnit()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ActualUnit();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getWeight <em>Weight</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Weight</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getWeight()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Weight();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getStatedScore <em>Stated Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stated Score</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getStatedScore()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_StatedScore();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getScore()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getScoreExplanation <em>Score Explanation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score Explanation</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getScoreExplanation()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ScoreExplanation();

	/**
	 * Returns the meta object for the containment reference '{@link org.jixiao.model.evaluation.Indicator#getAdjustment <em>Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Adjustment</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getAdjustment()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Adjustment();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getDeviationReason <em>Deviation Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deviation Reason</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getDeviationReason()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_DeviationReason();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getImprovementMeasures <em>Improvement Measures</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Improvement Measures</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getImprovementMeasures()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ImprovementMeasures();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#isCore <em>Core</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Core</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#isCore()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Core();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.Indicator#getDetails <em>Details</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Details</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getDetails()
	 * @see #getIndicator()
	 * @generated
	 */
	EReference getIndicator_Details();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Evidence</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getEvidence()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getUid()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Uid();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#isActualByHand <em>Actual By Hand</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual By Hand</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#isActualByHand()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ActualByHand();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#isIllustrative <em>Illustrative</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Illustrative</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#isIllustrative()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_Illustrative();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#isNotApplicable <em>Not Applicable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Not Applicable</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#isNotApplicable()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_NotApplicable();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getInitialTargetText <em>Initial Target Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initial Target Text</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getInitialTargetText()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_InitialTargetText();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getTargetBasis <em>Target Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Basis</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getTargetBasis()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_TargetBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.Indicator#getScoringCriterion <em>Scoring Criterion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Scoring Criterion</em>'.
	 * @see org.jixiao.model.evaluation.Indicator#getScoringCriterion()
	 * @see #getIndicator()
	 * @generated
	 */
	EAttribute getIndicator_ScoringCriterion();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.IndicatorDetail <em>Indicator Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Indicator Detail</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorDetail
	 * @generated
	 */
	EClass getIndicatorDetail();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.IndicatorDetail#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorDetail#getName()
	 * @see #getIndicatorDetail()
	 * @generated
	 */
	EAttribute getIndicatorDetail_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.IndicatorDetail#getTargetText <em>Target Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target Text</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorDetail#getTargetText()
	 * @see #getIndicatorDetail()
	 * @generated
	 */
	EAttribute getIndicatorDetail_TargetText();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.IndicatorDetail#getActualText <em>Actual Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Actual Text</em>'.
	 * @see org.jixiao.model.evaluation.IndicatorDetail#getActualText()
	 * @see #getIndicatorDetail()
	 * @generated
	 */
	EAttribute getIndicatorDetail_ActualText();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.ScoreAdjustment <em>Score Adjustment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Score Adjustment</em>'.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment
	 * @generated
	 */
	EClass getScoreAdjustment();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.ScoreAdjustment#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment#getScore()
	 * @see #getScoreAdjustment()
	 * @generated
	 */
	EAttribute getScoreAdjustment_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.ScoreAdjustment#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment#getReason()
	 * @see #getScoreAdjustment()
	 * @generated
	 */
	EAttribute getScoreAdjustment_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedBy <em>Adjusted By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjusted By</em>'.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedBy()
	 * @see #getScoreAdjustment()
	 * @generated
	 */
	EAttribute getScoreAdjustment_AdjustedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedOn <em>Adjusted On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adjusted On</em>'.
	 * @see org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedOn()
	 * @see #getScoreAdjustment()
	 * @generated
	 */
	EAttribute getScoreAdjustment_AdjustedOn();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.NarrativeSection <em>Narrative Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Narrative Section</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection
	 * @generated
	 */
	EClass getNarrativeSection();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.NarrativeSection#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getKind()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.NarrativeSection#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getNumber()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.NarrativeSection#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getTitle()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.NarrativeSection#getModuleId <em>Module Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Id</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getModuleId()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_ModuleId();

	/**
	 * Returns the meta object for the attribute list '{@link org.jixiao.model.evaluation.NarrativeSection#getParagraphs <em>Paragraphs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Paragraphs</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getParagraphs()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EAttribute getNarrativeSection_Paragraphs();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.model.evaluation.NarrativeSection#getSubsections <em>Subsections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Subsections</em>'.
	 * @see org.jixiao.model.evaluation.NarrativeSection#getSubsections()
	 * @see #getNarrativeSection()
	 * @generated
	 */
	EReference getNarrativeSection_Subsections();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.ModuleData <em>Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Module Data</em>'.
	 * @see org.jixiao.model.evaluation.ModuleData
	 * @generated
	 */
	EClass getModuleData();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.ModuleData#getModuleId <em>Module Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Module Id</em>'.
	 * @see org.jixiao.model.evaluation.ModuleData#getModuleId()
	 * @see #getModuleData()
	 * @generated
	 */
	EAttribute getModuleData_ModuleId();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.LedgerEntry <em>Ledger Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ledger Entry</em>'.
	 * @see org.jixiao.model.evaluation.LedgerEntry
	 * @generated
	 */
	EClass getLedgerEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.LedgerEntry#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see org.jixiao.model.evaluation.LedgerEntry#getUid()
	 * @see #getLedgerEntry()
	 * @generated
	 */
	EAttribute getLedgerEntry_Uid();

	/**
	 * Returns the meta object for class '{@link org.jixiao.model.evaluation.UninstalledModuleData <em>Uninstalled Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Uninstalled Module Data</em>'.
	 * @see org.jixiao.model.evaluation.UninstalledModuleData
	 * @generated
	 */
	EClass getUninstalledModuleData();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.UninstalledModuleData#getNsURI <em>Ns URI</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ns URI</em>'.
	 * @see org.jixiao.model.evaluation.UninstalledModuleData#getNsURI()
	 * @see #getUninstalledModuleData()
	 * @generated
	 */
	EAttribute getUninstalledModuleData_NsURI();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.model.evaluation.UninstalledModuleData#getContent <em>Content</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content</em>'.
	 * @see org.jixiao.model.evaluation.UninstalledModuleData#getContent()
	 * @see #getUninstalledModuleData()
	 * @generated
	 */
	EAttribute getUninstalledModuleData_Content();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.EvaluationStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.jixiao.model.evaluation.EvaluationStatus
	 * @generated
	 */
	EEnum getEvaluationStatus();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.EvaluationKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Kind</em>'.
	 * @see org.jixiao.model.evaluation.EvaluationKind
	 * @generated
	 */
	EEnum getEvaluationKind();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.MoneyUnit <em>Money Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Money Unit</em>'.
	 * @see org.jixiao.model.evaluation.MoneyUnit
	 * @generated
	 */
	EEnum getMoneyUnit();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.BudgetCategory <em>Budget Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Budget Category</em>'.
	 * @see org.jixiao.model.evaluation.BudgetCategory
	 * @generated
	 */
	EEnum getBudgetCategory();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.ExpenditureType <em>Expenditure Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expenditure Type</em>'.
	 * @see org.jixiao.model.evaluation.ExpenditureType
	 * @generated
	 */
	EEnum getExpenditureType();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.Comparator <em>Comparator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Comparator</em>'.
	 * @see org.jixiao.model.evaluation.Comparator
	 * @generated
	 */
	EEnum getComparator();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.Grade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Grade</em>'.
	 * @see org.jixiao.model.evaluation.Grade
	 * @generated
	 */
	EEnum getGrade();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.SectionKind <em>Section Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Section Kind</em>'.
	 * @see org.jixiao.model.evaluation.SectionKind
	 * @generated
	 */
	EEnum getSectionKind();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.model.evaluation.TargetBasis <em>Target Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target Basis</em>'.
	 * @see org.jixiao.model.evaluation.TargetBasis
	 * @generated
	 */
	EEnum getTargetBasis();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EvaluationFactory getEvaluationFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.EvaluationImpl <em>Evaluation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.EvaluationImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluation()
		 * @generated
		 */
		EClass EVALUATION = eINSTANCE.getEvaluation();

		/**
		 * The meta object literal for the '<em><b>Fiscal Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FISCAL_YEAR = eINSTANCE.getEvaluation_FiscalYear();

		/**
		 * The meta object literal for the '<em><b>Department</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__DEPARTMENT = eINSTANCE.getEvaluation_Department();

		/**
		 * The meta object literal for the '<em><b>Money Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__MONEY_UNIT = eINSTANCE.getEvaluation_MoneyUnit();

		/**
		 * The meta object literal for the '<em><b>Rule Set Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__RULE_SET_ID = eINSTANCE.getEvaluation_RuleSetId();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__STATUS = eINSTANCE.getEvaluation_Status();

		/**
		 * The meta object literal for the '<em><b>Preparer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PREPARER = eINSTANCE.getEvaluation_Preparer();

		/**
		 * The meta object literal for the '<em><b>Prepared On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PREPARED_ON = eINSTANCE.getEvaluation_PreparedOn();

		/**
		 * The meta object literal for the '<em><b>Finalized On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FINALIZED_ON = eINSTANCE.getEvaluation_FinalizedOn();

		/**
		 * The meta object literal for the '<em><b>Budget</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__BUDGET = eINSTANCE.getEvaluation_Budget();

		/**
		 * The meta object literal for the '<em><b>Goals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__GOALS = eINSTANCE.getEvaluation_Goals();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__CATEGORIES = eINSTANCE.getEvaluation_Categories();

		/**
		 * The meta object literal for the '<em><b>Narrative</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__NARRATIVE = eINSTANCE.getEvaluation_Narrative();

		/**
		 * The meta object literal for the '<em><b>Module Data</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EVALUATION__MODULE_DATA = eINSTANCE.getEvaluation_ModuleData();

		/**
		 * The meta object literal for the '<em><b>Total Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__TOTAL_SCORE = eINSTANCE.getEvaluation_TotalScore();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__GRADE = eINSTANCE.getEvaluation_Grade();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__KIND = eINSTANCE.getEvaluation_Kind();

		/**
		 * The meta object literal for the '<em><b>Project Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PROJECT_NAME = eINSTANCE.getEvaluation_ProjectName();

		/**
		 * The meta object literal for the '<em><b>Project Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__PROJECT_CODE = eINSTANCE.getEvaluation_ProjectCode();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__ILLUSTRATIVE = eINSTANCE.getEvaluation_Illustrative();

		/**
		 * The meta object literal for the '<em><b>Format Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EVALUATION__FORMAT_ID = eINSTANCE.getEvaluation_FormatId();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.DepartmentImpl <em>Department</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.DepartmentImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getDepartment()
		 * @generated
		 */
		EClass DEPARTMENT = eINSTANCE.getDepartment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__NAME = eINSTANCE.getDepartment_Name();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__CODE = eINSTANCE.getDepartment_Code();

		/**
		 * The meta object literal for the '<em><b>Competent Department</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__COMPETENT_DEPARTMENT = eINSTANCE.getDepartment_CompetentDepartment();

		/**
		 * The meta object literal for the '<em><b>Competent Department Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEPARTMENT__COMPETENT_DEPARTMENT_CODE = eINSTANCE.getDepartment_CompetentDepartmentCode();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.AmountsImpl <em>Amounts</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.AmountsImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getAmounts()
		 * @generated
		 */
		EClass AMOUNTS = eINSTANCE.getAmounts();

		/**
		 * The meta object literal for the '<em><b>Initial Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMOUNTS__INITIAL_BUDGET = eINSTANCE.getAmounts_InitialBudget();

		/**
		 * The meta object literal for the '<em><b>Adjusted Budget</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMOUNTS__ADJUSTED_BUDGET = eINSTANCE.getAmounts_AdjustedBudget();

		/**
		 * The meta object literal for the '<em><b>Executed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AMOUNTS__EXECUTED = eINSTANCE.getAmounts_Executed();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.BudgetImpl <em>Budget</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.BudgetImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudget()
		 * @generated
		 */
		EClass BUDGET = eINSTANCE.getBudget();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__WEIGHT = eINSTANCE.getBudget_Weight();

		/**
		 * The meta object literal for the '<em><b>Breakdowns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__BREAKDOWNS = eINSTANCE.getBudget_Breakdowns();

		/**
		 * The meta object literal for the '<em><b>Projects</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUDGET__PROJECTS = eINSTANCE.getBudget_Projects();

		/**
		 * The meta object literal for the '<em><b>Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__EXPLANATION = eINSTANCE.getBudget_Explanation();

		/**
		 * The meta object literal for the '<em><b>Execution Rate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__EXECUTION_RATE = eINSTANCE.getBudget_ExecutionRate();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__SCORE = eINSTANCE.getBudget_Score();

		/**
		 * The meta object literal for the '<em><b>Score Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET__SCORE_EXPLANATION = eINSTANCE.getBudget_ScoreExplanation();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.BudgetLineImpl <em>Budget Line</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.BudgetLineImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetLine()
		 * @generated
		 */
		EClass BUDGET_LINE = eINSTANCE.getBudgetLine();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__LABEL = eINSTANCE.getBudgetLine_Label();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_LINE__CATEGORY = eINSTANCE.getBudgetLine_Category();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl <em>Budget Project</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.BudgetProjectImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetProject()
		 * @generated
		 */
		EClass BUDGET_PROJECT = eINSTANCE.getBudgetProject();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_PROJECT__NAME = eINSTANCE.getBudgetProject_Name();

		/**
		 * The meta object literal for the '<em><b>Expenditure Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_PROJECT__EXPENDITURE_TYPE = eINSTANCE.getBudgetProject_ExpenditureType();

		/**
		 * The meta object literal for the '<em><b>Module Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_PROJECT__MODULE_ID = eINSTANCE.getBudgetProject_ModuleId();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BUDGET_PROJECT__CODE = eINSTANCE.getBudgetProject_Code();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.GoalImpl <em>Goal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.GoalImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getGoal()
		 * @generated
		 */
		EClass GOAL = eINSTANCE.getGoal();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__NUMBER = eINSTANCE.getGoal_Number();

		/**
		 * The meta object literal for the '<em><b>Expected</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__EXPECTED = eINSTANCE.getGoal_Expected();

		/**
		 * The meta object literal for the '<em><b>Achieved</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GOAL__ACHIEVED = eINSTANCE.getGoal_Achieved();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.WeightedGroupImpl <em>Weighted Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.WeightedGroupImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getWeightedGroup()
		 * @generated
		 */
		EClass WEIGHTED_GROUP = eINSTANCE.getWeightedGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHTED_GROUP__NAME = eINSTANCE.getWeightedGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WEIGHTED_GROUP__WEIGHT = eINSTANCE.getWeightedGroup_Weight();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.IndicatorCategoryImpl <em>Indicator Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.IndicatorCategoryImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorCategory()
		 * @generated
		 */
		EClass INDICATOR_CATEGORY = eINSTANCE.getIndicatorCategory();

		/**
		 * The meta object literal for the '<em><b>Subcategories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_CATEGORY__SUBCATEGORIES = eINSTANCE.getIndicatorCategory_Subcategories();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.IndicatorSubcategoryImpl <em>Indicator Subcategory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.IndicatorSubcategoryImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorSubcategory()
		 * @generated
		 */
		EClass INDICATOR_SUBCATEGORY = eINSTANCE.getIndicatorSubcategory();

		/**
		 * The meta object literal for the '<em><b>Indicators</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR_SUBCATEGORY__INDICATORS = eINSTANCE.getIndicatorSubcategory_Indicators();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.IndicatorImpl <em>Indicator</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.IndicatorImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicator()
		 * @generated
		 */
		EClass INDICATOR = eINSTANCE.getIndicator();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NAME = eINSTANCE.getIndicator_Name();

		/**
		 * The meta object literal for the '<em><b>Module Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__MODULE_ID = eINSTANCE.getIndicator_ModuleId();

		/**
		 * The meta object literal for the '<em><b>Comparator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__COMPARATOR = eINSTANCE.getIndicator_Comparator();

		/**
		 * The meta object literal for the '<em><b>Target Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_TEXT = eINSTANCE.getIndicator_TargetText();

		/**
		 * The meta object literal for the '<em><b>Target Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_VALUE = eINSTANCE.getIndicator_TargetValue();

		/**
		 * The meta object literal for the '<em><b>Target Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_UNIT = eINSTANCE.getIndicator_TargetUnit();

		/**
		 * The meta object literal for the '<em><b>Actual Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACTUAL_TEXT = eINSTANCE.getIndicator_ActualText();

		/**
		 * The meta object literal for the '<em><b>Actual Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACTUAL_VALUE = eINSTANCE.getIndicator_ActualValue();

		/**
		 * The meta object literal for the '<em><b>Actual Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACTUAL_UNIT = eINSTANCE.getIndicator_ActualUnit();

		/**
		 * The meta object literal for the '<em><b>Weight</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__WEIGHT = eINSTANCE.getIndicator_Weight();

		/**
		 * The meta object literal for the '<em><b>Stated Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__STATED_SCORE = eINSTANCE.getIndicator_StatedScore();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SCORE = eINSTANCE.getIndicator_Score();

		/**
		 * The meta object literal for the '<em><b>Score Explanation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SCORE_EXPLANATION = eINSTANCE.getIndicator_ScoreExplanation();

		/**
		 * The meta object literal for the '<em><b>Adjustment</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__ADJUSTMENT = eINSTANCE.getIndicator_Adjustment();

		/**
		 * The meta object literal for the '<em><b>Deviation Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__DEVIATION_REASON = eINSTANCE.getIndicator_DeviationReason();

		/**
		 * The meta object literal for the '<em><b>Improvement Measures</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__IMPROVEMENT_MEASURES = eINSTANCE.getIndicator_ImprovementMeasures();

		/**
		 * The meta object literal for the '<em><b>Core</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__CORE = eINSTANCE.getIndicator_Core();

		/**
		 * The meta object literal for the '<em><b>Details</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INDICATOR__DETAILS = eINSTANCE.getIndicator_Details();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__EVIDENCE = eINSTANCE.getIndicator_Evidence();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__UID = eINSTANCE.getIndicator_Uid();

		/**
		 * The meta object literal for the '<em><b>Actual By Hand</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ACTUAL_BY_HAND = eINSTANCE.getIndicator_ActualByHand();

		/**
		 * The meta object literal for the '<em><b>Illustrative</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__ILLUSTRATIVE = eINSTANCE.getIndicator_Illustrative();

		/**
		 * The meta object literal for the '<em><b>Not Applicable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__NOT_APPLICABLE = eINSTANCE.getIndicator_NotApplicable();

		/**
		 * The meta object literal for the '<em><b>Initial Target Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__INITIAL_TARGET_TEXT = eINSTANCE.getIndicator_InitialTargetText();

		/**
		 * The meta object literal for the '<em><b>Target Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__TARGET_BASIS = eINSTANCE.getIndicator_TargetBasis();

		/**
		 * The meta object literal for the '<em><b>Scoring Criterion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR__SCORING_CRITERION = eINSTANCE.getIndicator_ScoringCriterion();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.IndicatorDetailImpl <em>Indicator Detail</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.IndicatorDetailImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getIndicatorDetail()
		 * @generated
		 */
		EClass INDICATOR_DETAIL = eINSTANCE.getIndicatorDetail();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DETAIL__NAME = eINSTANCE.getIndicatorDetail_Name();

		/**
		 * The meta object literal for the '<em><b>Target Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DETAIL__TARGET_TEXT = eINSTANCE.getIndicatorDetail_TargetText();

		/**
		 * The meta object literal for the '<em><b>Actual Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INDICATOR_DETAIL__ACTUAL_TEXT = eINSTANCE.getIndicatorDetail_ActualText();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl <em>Score Adjustment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getScoreAdjustment()
		 * @generated
		 */
		EClass SCORE_ADJUSTMENT = eINSTANCE.getScoreAdjustment();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ADJUSTMENT__SCORE = eINSTANCE.getScoreAdjustment_Score();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ADJUSTMENT__REASON = eINSTANCE.getScoreAdjustment_Reason();

		/**
		 * The meta object literal for the '<em><b>Adjusted By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ADJUSTMENT__ADJUSTED_BY = eINSTANCE.getScoreAdjustment_AdjustedBy();

		/**
		 * The meta object literal for the '<em><b>Adjusted On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SCORE_ADJUSTMENT__ADJUSTED_ON = eINSTANCE.getScoreAdjustment_AdjustedOn();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl <em>Narrative Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.NarrativeSectionImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getNarrativeSection()
		 * @generated
		 */
		EClass NARRATIVE_SECTION = eINSTANCE.getNarrativeSection();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__KIND = eINSTANCE.getNarrativeSection_Kind();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__NUMBER = eINSTANCE.getNarrativeSection_Number();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__TITLE = eINSTANCE.getNarrativeSection_Title();

		/**
		 * The meta object literal for the '<em><b>Module Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__MODULE_ID = eINSTANCE.getNarrativeSection_ModuleId();

		/**
		 * The meta object literal for the '<em><b>Paragraphs</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NARRATIVE_SECTION__PARAGRAPHS = eINSTANCE.getNarrativeSection_Paragraphs();

		/**
		 * The meta object literal for the '<em><b>Subsections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NARRATIVE_SECTION__SUBSECTIONS = eINSTANCE.getNarrativeSection_Subsections();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.ModuleDataImpl <em>Module Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.ModuleDataImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getModuleData()
		 * @generated
		 */
		EClass MODULE_DATA = eINSTANCE.getModuleData();

		/**
		 * The meta object literal for the '<em><b>Module Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MODULE_DATA__MODULE_ID = eINSTANCE.getModuleData_ModuleId();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.LedgerEntryImpl <em>Ledger Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.LedgerEntryImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getLedgerEntry()
		 * @generated
		 */
		EClass LEDGER_ENTRY = eINSTANCE.getLedgerEntry();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LEDGER_ENTRY__UID = eINSTANCE.getLedgerEntry_Uid();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.impl.UninstalledModuleDataImpl <em>Uninstalled Module Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.impl.UninstalledModuleDataImpl
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getUninstalledModuleData()
		 * @generated
		 */
		EClass UNINSTALLED_MODULE_DATA = eINSTANCE.getUninstalledModuleData();

		/**
		 * The meta object literal for the '<em><b>Ns URI</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNINSTALLED_MODULE_DATA__NS_URI = eINSTANCE.getUninstalledModuleData_NsURI();

		/**
		 * The meta object literal for the '<em><b>Content</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UNINSTALLED_MODULE_DATA__CONTENT = eINSTANCE.getUninstalledModuleData_Content();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.EvaluationStatus <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.EvaluationStatus
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluationStatus()
		 * @generated
		 */
		EEnum EVALUATION_STATUS = eINSTANCE.getEvaluationStatus();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.EvaluationKind <em>Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.EvaluationKind
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getEvaluationKind()
		 * @generated
		 */
		EEnum EVALUATION_KIND = eINSTANCE.getEvaluationKind();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.MoneyUnit <em>Money Unit</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.MoneyUnit
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getMoneyUnit()
		 * @generated
		 */
		EEnum MONEY_UNIT = eINSTANCE.getMoneyUnit();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.BudgetCategory <em>Budget Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.BudgetCategory
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getBudgetCategory()
		 * @generated
		 */
		EEnum BUDGET_CATEGORY = eINSTANCE.getBudgetCategory();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.ExpenditureType <em>Expenditure Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.ExpenditureType
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getExpenditureType()
		 * @generated
		 */
		EEnum EXPENDITURE_TYPE = eINSTANCE.getExpenditureType();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.Comparator <em>Comparator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.Comparator
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getComparator()
		 * @generated
		 */
		EEnum COMPARATOR = eINSTANCE.getComparator();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.Grade <em>Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.Grade
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getGrade()
		 * @generated
		 */
		EEnum GRADE = eINSTANCE.getGrade();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.SectionKind <em>Section Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.SectionKind
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getSectionKind()
		 * @generated
		 */
		EEnum SECTION_KIND = eINSTANCE.getSectionKind();

		/**
		 * The meta object literal for the '{@link org.jixiao.model.evaluation.TargetBasis <em>Target Basis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.model.evaluation.TargetBasis
		 * @see org.jixiao.model.evaluation.impl.EvaluationPackageImpl#getTargetBasis()
		 * @generated
		 */
		EEnum TARGET_BASIS = eINSTANCE.getTargetBasis();

	}

} //EvaluationPackage
