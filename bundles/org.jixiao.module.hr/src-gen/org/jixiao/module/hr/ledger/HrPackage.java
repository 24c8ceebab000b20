/**
 */
package org.jixiao.module.hr.ledger;

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
 * The ledgers (台账) of the HR and Talent module (人事人才): recruitment, the talent pool and the annual appraisal.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.hr.ledger.HrFactory
 * @model kind="package"
 * @generated
 */
public interface HrPackage extends EPackage {
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
	String eNS_URI = "http://jixiao.org/module/hr/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "hr"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HrPackage eINSTANCE = org.jixiao.module.hr.ledger.impl.HrPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.impl.HrDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.impl.HrDataImpl
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getHrData()
	 * @generated
	 */
	int HR_DATA = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA__MODULE_ID = EvaluationPackage.MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Recruits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA__RECRUITS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Talents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA__TALENTS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Appraisals</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA__APPRAISALS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA_FEATURE_COUNT = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HR_DATA_OPERATION_COUNT = EvaluationPackage.MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.impl.RecruitImpl <em>Recruit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.impl.RecruitImpl
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getRecruit()
	 * @generated
	 */
	int RECRUIT = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__NAME = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__POSITION = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__CHANNEL = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Announced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__ANNOUNCED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT__HIRED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Recruit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Recruit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECRUIT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.impl.TalentImpl <em>Talent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.impl.TalentImpl
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getTalent()
	 * @generated
	 */
	int TALENT = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT__NAME = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT__CATEGORY = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT__EMPLOYER = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT__REGISTERED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Talent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Talent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TALENT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.impl.AppraisalImpl <em>Appraisal</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.impl.AppraisalImpl
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getAppraisal()
	 * @generated
	 */
	int APPRAISAL = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__NAME = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__YEAR = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Grade</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__GRADE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL__COMPLETED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Appraisal</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPRAISAL_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.RecruitmentChannel <em>Recruitment Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.RecruitmentChannel
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getRecruitmentChannel()
	 * @generated
	 */
	int RECRUITMENT_CHANNEL = 4;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.TalentCategory <em>Talent Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.TalentCategory
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getTalentCategory()
	 * @generated
	 */
	int TALENT_CATEGORY = 5;

	/**
	 * The meta object id for the '{@link org.jixiao.module.hr.ledger.AppraisalGrade <em>Appraisal Grade</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.hr.ledger.AppraisalGrade
	 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getAppraisalGrade()
	 * @generated
	 */
	int APPRAISAL_GRADE = 6;


	/**
	 * Returns the meta object for class '{@link org.jixiao.module.hr.ledger.HrData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see org.jixiao.module.hr.ledger.HrData
	 * @generated
	 */
	EClass getHrData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.hr.ledger.HrData#getRecruits <em>Recruits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recruits</em>'.
	 * @see org.jixiao.module.hr.ledger.HrData#getRecruits()
	 * @see #getHrData()
	 * @generated
	 */
	EReference getHrData_Recruits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.hr.ledger.HrData#getTalents <em>Talents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Talents</em>'.
	 * @see org.jixiao.module.hr.ledger.HrData#getTalents()
	 * @see #getHrData()
	 * @generated
	 */
	EReference getHrData_Talents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.hr.ledger.HrData#getAppraisals <em>Appraisals</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Appraisals</em>'.
	 * @see org.jixiao.module.hr.ledger.HrData#getAppraisals()
	 * @see #getHrData()
	 * @generated
	 */
	EReference getHrData_Appraisals();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.hr.ledger.Recruit <em>Recruit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recruit</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit
	 * @generated
	 */
	EClass getRecruit();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Recruit#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit#getName()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Recruit#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit#getPosition()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Position();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Recruit#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit#getChannel()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Channel();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Recruit#getAnnounced <em>Announced</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Announced</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit#getAnnounced()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Announced();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Recruit#getHired <em>Hired</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hired</em>'.
	 * @see org.jixiao.module.hr.ledger.Recruit#getHired()
	 * @see #getRecruit()
	 * @generated
	 */
	EAttribute getRecruit_Hired();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.hr.ledger.Talent <em>Talent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Talent</em>'.
	 * @see org.jixiao.module.hr.ledger.Talent
	 * @generated
	 */
	EClass getTalent();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Talent#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.module.hr.ledger.Talent#getName()
	 * @see #getTalent()
	 * @generated
	 */
	EAttribute getTalent_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Talent#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.jixiao.module.hr.ledger.Talent#getCategory()
	 * @see #getTalent()
	 * @generated
	 */
	EAttribute getTalent_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Talent#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer</em>'.
	 * @see org.jixiao.module.hr.ledger.Talent#getEmployer()
	 * @see #getTalent()
	 * @generated
	 */
	EAttribute getTalent_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Talent#getRegistered <em>Registered</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered</em>'.
	 * @see org.jixiao.module.hr.ledger.Talent#getRegistered()
	 * @see #getTalent()
	 * @generated
	 */
	EAttribute getTalent_Registered();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.hr.ledger.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appraisal</em>'.
	 * @see org.jixiao.module.hr.ledger.Appraisal
	 * @generated
	 */
	EClass getAppraisal();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Appraisal#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.module.hr.ledger.Appraisal#getName()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Appraisal#getYear <em>Year</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Year</em>'.
	 * @see org.jixiao.module.hr.ledger.Appraisal#getYear()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Year();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Appraisal#getGrade <em>Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grade</em>'.
	 * @see org.jixiao.module.hr.ledger.Appraisal#getGrade()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Grade();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.hr.ledger.Appraisal#getCompleted <em>Completed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Completed</em>'.
	 * @see org.jixiao.module.hr.ledger.Appraisal#getCompleted()
	 * @see #getAppraisal()
	 * @generated
	 */
	EAttribute getAppraisal_Completed();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.hr.ledger.RecruitmentChannel <em>Recruitment Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recruitment Channel</em>'.
	 * @see org.jixiao.module.hr.ledger.RecruitmentChannel
	 * @generated
	 */
	EEnum getRecruitmentChannel();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.hr.ledger.TalentCategory <em>Talent Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Talent Category</em>'.
	 * @see org.jixiao.module.hr.ledger.TalentCategory
	 * @generated
	 */
	EEnum getTalentCategory();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.hr.ledger.AppraisalGrade <em>Appraisal Grade</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Appraisal Grade</em>'.
	 * @see org.jixiao.module.hr.ledger.AppraisalGrade
	 * @generated
	 */
	EEnum getAppraisalGrade();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	HrFactory getHrFactory();

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
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.impl.HrDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.impl.HrDataImpl
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getHrData()
		 * @generated
		 */
		EClass HR_DATA = eINSTANCE.getHrData();

		/**
		 * The meta object literal for the '<em><b>Recruits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HR_DATA__RECRUITS = eINSTANCE.getHrData_Recruits();

		/**
		 * The meta object literal for the '<em><b>Talents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HR_DATA__TALENTS = eINSTANCE.getHrData_Talents();

		/**
		 * The meta object literal for the '<em><b>Appraisals</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HR_DATA__APPRAISALS = eINSTANCE.getHrData_Appraisals();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.impl.RecruitImpl <em>Recruit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.impl.RecruitImpl
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getRecruit()
		 * @generated
		 */
		EClass RECRUIT = eINSTANCE.getRecruit();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__NAME = eINSTANCE.getRecruit_Name();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__POSITION = eINSTANCE.getRecruit_Position();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__CHANNEL = eINSTANCE.getRecruit_Channel();

		/**
		 * The meta object literal for the '<em><b>Announced</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__ANNOUNCED = eINSTANCE.getRecruit_Announced();

		/**
		 * The meta object literal for the '<em><b>Hired</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECRUIT__HIRED = eINSTANCE.getRecruit_Hired();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.impl.TalentImpl <em>Talent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.impl.TalentImpl
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getTalent()
		 * @generated
		 */
		EClass TALENT = eINSTANCE.getTalent();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALENT__NAME = eINSTANCE.getTalent_Name();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALENT__CATEGORY = eINSTANCE.getTalent_Category();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALENT__EMPLOYER = eINSTANCE.getTalent_Employer();

		/**
		 * The meta object literal for the '<em><b>Registered</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TALENT__REGISTERED = eINSTANCE.getTalent_Registered();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.impl.AppraisalImpl <em>Appraisal</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.impl.AppraisalImpl
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getAppraisal()
		 * @generated
		 */
		EClass APPRAISAL = eINSTANCE.getAppraisal();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__NAME = eINSTANCE.getAppraisal_Name();

		/**
		 * The meta object literal for the '<em><b>Year</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__YEAR = eINSTANCE.getAppraisal_Year();

		/**
		 * The meta object literal for the '<em><b>Grade</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__GRADE = eINSTANCE.getAppraisal_Grade();

		/**
		 * The meta object literal for the '<em><b>Completed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPRAISAL__COMPLETED = eINSTANCE.getAppraisal_Completed();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.RecruitmentChannel <em>Recruitment Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.RecruitmentChannel
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getRecruitmentChannel()
		 * @generated
		 */
		EEnum RECRUITMENT_CHANNEL = eINSTANCE.getRecruitmentChannel();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.TalentCategory <em>Talent Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.TalentCategory
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getTalentCategory()
		 * @generated
		 */
		EEnum TALENT_CATEGORY = eINSTANCE.getTalentCategory();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.hr.ledger.AppraisalGrade <em>Appraisal Grade</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.hr.ledger.AppraisalGrade
		 * @see org.jixiao.module.hr.ledger.impl.HrPackageImpl#getAppraisalGrade()
		 * @generated
		 */
		EEnum APPRAISAL_GRADE = eINSTANCE.getAppraisalGrade();

	}

} //HrPackage
