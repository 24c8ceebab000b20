/**
 */
package org.jixiao.module.socialinsurance.ledger;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.jixiao.model.evaluation.EvaluationPackage;

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
 * The ledgers (台账) of the 人社 module: wage arrears cases, insured-person increases, trainee and public-welfare posts, skills training.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceFactory
 * @model kind="package"
 *        annotation="http://jixiao.org/ledger label='\u4eba\u793e\u53f0\u8d26' label.en='Human resources and social security ledgers'"
 * @generated
 */
public interface SocialInsurancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "ledger"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://jixiao.org/module/socialinsurance/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "socialinsurance"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SocialInsurancePackage eINSTANCE = org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getSocialInsuranceData()
	 * @generated
	 */
	int SOCIAL_INSURANCE_DATA = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA__MODULE_ID = EvaluationPackage.MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Arrears Cases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA__ARREARS_CASES = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Insured Increases</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA__INSURED_INCREASES = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Posts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA__POSTS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Trainings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA__TRAININGS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA_FEATURE_COUNT = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SOCIAL_INSURANCE_DATA_OPERATION_COUNT = EvaluationPackage.MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl <em>Wage Arrears Case</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getWageArrearsCase()
	 * @generated
	 */
	int WAGE_ARREARS_CASE = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__CASE_NUMBER = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__SOURCE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__ENTERPRISE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__WORKERS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__RECEIVED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__CLOSED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__CLOSED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE__PENDING_REASON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Wage Arrears Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Wage Arrears Case</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WAGE_ARREARS_CASE_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl <em>Insured Increase</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getInsuredIncrease()
	 * @generated
	 */
	int INSURED_INCREASE = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE__ENTERPRISE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Insurance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE__INSURANCE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Persons</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE__PERSONS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Registered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE__REGISTERED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Insured Increase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Insured Increase</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSURED_INCREASE_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl <em>Job Post</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getJobPost()
	 * @generated
	 */
	int JOB_POST = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__EMPLOYER = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__KIND = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__TITLE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Positions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__POSITIONS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Developed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST__DEVELOPED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Job Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Job Post</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int JOB_POST_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl <em>Training Class</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getTrainingClass()
	 * @generated
	 */
	int TRAINING_CLASS = 4;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__TITLE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__KIND = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__PROVIDER = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__STARTED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Trainees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__TRAINEES = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Migrant Workers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS__MIGRANT_WORKERS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Training Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Training Class</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRAINING_CLASS_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.ArrearsSource <em>Arrears Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.ArrearsSource
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getArrearsSource()
	 * @generated
	 */
	int ARREARS_SOURCE = 5;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.InsuranceType <em>Insurance Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.InsuranceType
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getInsuranceType()
	 * @generated
	 */
	int INSURANCE_TYPE = 6;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.PostKind <em>Post Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.PostKind
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getPostKind()
	 * @generated
	 */
	int POST_KIND = 7;

	/**
	 * The meta object id for the '{@link org.jixiao.module.socialinsurance.ledger.TrainingKind <em>Training Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingKind
	 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getTrainingKind()
	 * @generated
	 */
	int TRAINING_KIND = 8;


	/**
	 * Returns the meta object for class '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData
	 * @generated
	 */
	EClass getSocialInsuranceData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getArrearsCases <em>Arrears Cases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Arrears Cases</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getArrearsCases()
	 * @see #getSocialInsuranceData()
	 * @generated
	 */
	EReference getSocialInsuranceData_ArrearsCases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getInsuredIncreases <em>Insured Increases</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Insured Increases</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getInsuredIncreases()
	 * @see #getSocialInsuranceData()
	 * @generated
	 */
	EReference getSocialInsuranceData_InsuredIncreases();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getPosts <em>Posts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Posts</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getPosts()
	 * @see #getSocialInsuranceData()
	 * @generated
	 */
	EReference getSocialInsuranceData_Posts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getTrainings <em>Trainings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Trainings</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getTrainings()
	 * @see #getSocialInsuranceData()
	 * @generated
	 */
	EReference getSocialInsuranceData_Trainings();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase <em>Wage Arrears Case</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Wage Arrears Case</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase
	 * @generated
	 */
	EClass getWageArrearsCase();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getCaseNumber <em>Case Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Case Number</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getCaseNumber()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_CaseNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getSource()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getEnterprise()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getWorkers <em>Workers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Workers</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getWorkers()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_Workers();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getReceivedOn()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_ReceivedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#isClosed()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_Closed();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getClosedOn()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getPendingReason <em>Pending Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Reason</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getPendingReason()
	 * @see #getWageArrearsCase()
	 * @generated
	 */
	EAttribute getWageArrearsCase_PendingReason();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease <em>Insured Increase</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Insured Increase</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease
	 * @generated
	 */
	EClass getInsuredIncrease();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getEnterprise()
	 * @see #getInsuredIncrease()
	 * @generated
	 */
	EAttribute getInsuredIncrease_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getInsurance <em>Insurance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Insurance</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getInsurance()
	 * @see #getInsuredIncrease()
	 * @generated
	 */
	EAttribute getInsuredIncrease_Insurance();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getPersons <em>Persons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Persons</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getPersons()
	 * @see #getInsuredIncrease()
	 * @generated
	 */
	EAttribute getInsuredIncrease_Persons();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getRegisteredOn <em>Registered On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered On</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getRegisteredOn()
	 * @see #getInsuredIncrease()
	 * @generated
	 */
	EAttribute getInsuredIncrease_RegisteredOn();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.socialinsurance.ledger.JobPost <em>Job Post</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Job Post</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost
	 * @generated
	 */
	EClass getJobPost();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost#getEmployer()
	 * @see #getJobPost()
	 * @generated
	 */
	EAttribute getJobPost_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost#getKind()
	 * @see #getJobPost()
	 * @generated
	 */
	EAttribute getJobPost_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost#getTitle()
	 * @see #getJobPost()
	 * @generated
	 */
	EAttribute getJobPost_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getPositions <em>Positions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Positions</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost#getPositions()
	 * @see #getJobPost()
	 * @generated
	 */
	EAttribute getJobPost_Positions();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getDevelopedOn <em>Developed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Developed On</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost#getDevelopedOn()
	 * @see #getJobPost()
	 * @generated
	 */
	EAttribute getJobPost_DevelopedOn();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass <em>Training Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Training Class</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass
	 * @generated
	 */
	EClass getTrainingClass();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getTitle()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getKind()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getProvider()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getStartedOn <em>Started On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started On</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getStartedOn()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_StartedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTrainees <em>Trainees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trainees</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getTrainees()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_Trainees();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getMigrantWorkers <em>Migrant Workers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Migrant Workers</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass#getMigrantWorkers()
	 * @see #getTrainingClass()
	 * @generated
	 */
	EAttribute getTrainingClass_MigrantWorkers();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.socialinsurance.ledger.ArrearsSource <em>Arrears Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Arrears Source</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.ArrearsSource
	 * @generated
	 */
	EEnum getArrearsSource();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.socialinsurance.ledger.InsuranceType <em>Insurance Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Insurance Type</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuranceType
	 * @generated
	 */
	EEnum getInsuranceType();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.socialinsurance.ledger.PostKind <em>Post Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Post Kind</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.PostKind
	 * @generated
	 */
	EEnum getPostKind();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.socialinsurance.ledger.TrainingKind <em>Training Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Training Kind</em>'.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingKind
	 * @generated
	 */
	EEnum getTrainingKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	SocialInsuranceFactory getSocialInsuranceFactory();

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
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getSocialInsuranceData()
		 * @generated
		 */
		EClass SOCIAL_INSURANCE_DATA = eINSTANCE.getSocialInsuranceData();

		/**
		 * The meta object literal for the '<em><b>Arrears Cases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOCIAL_INSURANCE_DATA__ARREARS_CASES = eINSTANCE.getSocialInsuranceData_ArrearsCases();

		/**
		 * The meta object literal for the '<em><b>Insured Increases</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOCIAL_INSURANCE_DATA__INSURED_INCREASES = eINSTANCE.getSocialInsuranceData_InsuredIncreases();

		/**
		 * The meta object literal for the '<em><b>Posts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOCIAL_INSURANCE_DATA__POSTS = eINSTANCE.getSocialInsuranceData_Posts();

		/**
		 * The meta object literal for the '<em><b>Trainings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SOCIAL_INSURANCE_DATA__TRAININGS = eINSTANCE.getSocialInsuranceData_Trainings();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl <em>Wage Arrears Case</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getWageArrearsCase()
		 * @generated
		 */
		EClass WAGE_ARREARS_CASE = eINSTANCE.getWageArrearsCase();

		/**
		 * The meta object literal for the '<em><b>Case Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__CASE_NUMBER = eINSTANCE.getWageArrearsCase_CaseNumber();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__SOURCE = eINSTANCE.getWageArrearsCase_Source();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__ENTERPRISE = eINSTANCE.getWageArrearsCase_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Workers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__WORKERS = eINSTANCE.getWageArrearsCase_Workers();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__RECEIVED_ON = eINSTANCE.getWageArrearsCase_ReceivedOn();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__CLOSED = eINSTANCE.getWageArrearsCase_Closed();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__CLOSED_ON = eINSTANCE.getWageArrearsCase_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Pending Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WAGE_ARREARS_CASE__PENDING_REASON = eINSTANCE.getWageArrearsCase_PendingReason();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl <em>Insured Increase</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getInsuredIncrease()
		 * @generated
		 */
		EClass INSURED_INCREASE = eINSTANCE.getInsuredIncrease();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSURED_INCREASE__ENTERPRISE = eINSTANCE.getInsuredIncrease_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Insurance</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSURED_INCREASE__INSURANCE = eINSTANCE.getInsuredIncrease_Insurance();

		/**
		 * The meta object literal for the '<em><b>Persons</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSURED_INCREASE__PERSONS = eINSTANCE.getInsuredIncrease_Persons();

		/**
		 * The meta object literal for the '<em><b>Registered On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSURED_INCREASE__REGISTERED_ON = eINSTANCE.getInsuredIncrease_RegisteredOn();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl <em>Job Post</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getJobPost()
		 * @generated
		 */
		EClass JOB_POST = eINSTANCE.getJobPost();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_POST__EMPLOYER = eINSTANCE.getJobPost_Employer();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_POST__KIND = eINSTANCE.getJobPost_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_POST__TITLE = eINSTANCE.getJobPost_Title();

		/**
		 * The meta object literal for the '<em><b>Positions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_POST__POSITIONS = eINSTANCE.getJobPost_Positions();

		/**
		 * The meta object literal for the '<em><b>Developed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute JOB_POST__DEVELOPED_ON = eINSTANCE.getJobPost_DevelopedOn();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl <em>Training Class</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getTrainingClass()
		 * @generated
		 */
		EClass TRAINING_CLASS = eINSTANCE.getTrainingClass();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__TITLE = eINSTANCE.getTrainingClass_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__KIND = eINSTANCE.getTrainingClass_Kind();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__PROVIDER = eINSTANCE.getTrainingClass_Provider();

		/**
		 * The meta object literal for the '<em><b>Started On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__STARTED_ON = eINSTANCE.getTrainingClass_StartedOn();

		/**
		 * The meta object literal for the '<em><b>Trainees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__TRAINEES = eINSTANCE.getTrainingClass_Trainees();

		/**
		 * The meta object literal for the '<em><b>Migrant Workers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRAINING_CLASS__MIGRANT_WORKERS = eINSTANCE.getTrainingClass_MigrantWorkers();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.ArrearsSource <em>Arrears Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.ArrearsSource
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getArrearsSource()
		 * @generated
		 */
		EEnum ARREARS_SOURCE = eINSTANCE.getArrearsSource();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.InsuranceType <em>Insurance Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.InsuranceType
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getInsuranceType()
		 * @generated
		 */
		EEnum INSURANCE_TYPE = eINSTANCE.getInsuranceType();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.PostKind <em>Post Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.PostKind
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getPostKind()
		 * @generated
		 */
		EEnum POST_KIND = eINSTANCE.getPostKind();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.socialinsurance.ledger.TrainingKind <em>Training Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.socialinsurance.ledger.TrainingKind
		 * @see org.jixiao.module.socialinsurance.ledger.impl.SocialInsurancePackageImpl#getTrainingKind()
		 * @generated
		 */
		EEnum TRAINING_KIND = eINSTANCE.getTrainingKind();

	}

} //SocialInsurancePackage
