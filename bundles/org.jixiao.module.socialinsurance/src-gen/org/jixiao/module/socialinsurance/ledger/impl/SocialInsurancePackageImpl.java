/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jixiao.model.evaluation.EvaluationPackage;

import org.jixiao.module.socialinsurance.ledger.ArrearsSource;
import org.jixiao.module.socialinsurance.ledger.InsuranceType;
import org.jixiao.module.socialinsurance.ledger.InsuredIncrease;
import org.jixiao.module.socialinsurance.ledger.JobPost;
import org.jixiao.module.socialinsurance.ledger.PostKind;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceFactory;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;
import org.jixiao.module.socialinsurance.ledger.TrainingClass;
import org.jixiao.module.socialinsurance.ledger.TrainingKind;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SocialInsurancePackageImpl extends EPackageImpl implements SocialInsurancePackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass socialInsuranceDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass wageArrearsCaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass insuredIncreaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass jobPostEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass trainingClassEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum arrearsSourceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum insuranceTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum postKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum trainingKindEEnum = null;

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
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private SocialInsurancePackageImpl() {
		super(eNS_URI, SocialInsuranceFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link SocialInsurancePackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static SocialInsurancePackage init() {
		if (isInited) return (SocialInsurancePackage)EPackage.Registry.INSTANCE.getEPackage(SocialInsurancePackage.eNS_URI);

		// Obtain or create and register package
		Object registeredSocialInsurancePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		SocialInsurancePackageImpl theSocialInsurancePackage = registeredSocialInsurancePackage instanceof SocialInsurancePackageImpl ? (SocialInsurancePackageImpl)registeredSocialInsurancePackage : new SocialInsurancePackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EvaluationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theSocialInsurancePackage.createPackageContents();

		// Initialize created meta-data
		theSocialInsurancePackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theSocialInsurancePackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(SocialInsurancePackage.eNS_URI, theSocialInsurancePackage);
		return theSocialInsurancePackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSocialInsuranceData() {
		return socialInsuranceDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSocialInsuranceData_ArrearsCases() {
		return (EReference)socialInsuranceDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSocialInsuranceData_InsuredIncreases() {
		return (EReference)socialInsuranceDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSocialInsuranceData_Posts() {
		return (EReference)socialInsuranceDataEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSocialInsuranceData_Trainings() {
		return (EReference)socialInsuranceDataEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getWageArrearsCase() {
		return wageArrearsCaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_CaseNumber() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_Source() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_Enterprise() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_Workers() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_ReceivedOn() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_Closed() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_ClosedOn() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getWageArrearsCase_PendingReason() {
		return (EAttribute)wageArrearsCaseEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInsuredIncrease() {
		return insuredIncreaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsuredIncrease_Enterprise() {
		return (EAttribute)insuredIncreaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsuredIncrease_Insurance() {
		return (EAttribute)insuredIncreaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsuredIncrease_Persons() {
		return (EAttribute)insuredIncreaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInsuredIncrease_RegisteredOn() {
		return (EAttribute)insuredIncreaseEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getJobPost() {
		return jobPostEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobPost_Employer() {
		return (EAttribute)jobPostEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobPost_Kind() {
		return (EAttribute)jobPostEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobPost_Title() {
		return (EAttribute)jobPostEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobPost_Positions() {
		return (EAttribute)jobPostEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getJobPost_DevelopedOn() {
		return (EAttribute)jobPostEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTrainingClass() {
		return trainingClassEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_Title() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_Kind() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_Provider() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_StartedOn() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_Trainees() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTrainingClass_MigrantWorkers() {
		return (EAttribute)trainingClassEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getArrearsSource() {
		return arrearsSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInsuranceType() {
		return insuranceTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPostKind() {
		return postKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTrainingKind() {
		return trainingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocialInsuranceFactory getSocialInsuranceFactory() {
		return (SocialInsuranceFactory)getEFactoryInstance();
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
		socialInsuranceDataEClass = createEClass(SOCIAL_INSURANCE_DATA);
		createEReference(socialInsuranceDataEClass, SOCIAL_INSURANCE_DATA__ARREARS_CASES);
		createEReference(socialInsuranceDataEClass, SOCIAL_INSURANCE_DATA__INSURED_INCREASES);
		createEReference(socialInsuranceDataEClass, SOCIAL_INSURANCE_DATA__POSTS);
		createEReference(socialInsuranceDataEClass, SOCIAL_INSURANCE_DATA__TRAININGS);

		wageArrearsCaseEClass = createEClass(WAGE_ARREARS_CASE);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__CASE_NUMBER);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__SOURCE);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__ENTERPRISE);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__WORKERS);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__RECEIVED_ON);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__CLOSED);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__CLOSED_ON);
		createEAttribute(wageArrearsCaseEClass, WAGE_ARREARS_CASE__PENDING_REASON);

		insuredIncreaseEClass = createEClass(INSURED_INCREASE);
		createEAttribute(insuredIncreaseEClass, INSURED_INCREASE__ENTERPRISE);
		createEAttribute(insuredIncreaseEClass, INSURED_INCREASE__INSURANCE);
		createEAttribute(insuredIncreaseEClass, INSURED_INCREASE__PERSONS);
		createEAttribute(insuredIncreaseEClass, INSURED_INCREASE__REGISTERED_ON);

		jobPostEClass = createEClass(JOB_POST);
		createEAttribute(jobPostEClass, JOB_POST__EMPLOYER);
		createEAttribute(jobPostEClass, JOB_POST__KIND);
		createEAttribute(jobPostEClass, JOB_POST__TITLE);
		createEAttribute(jobPostEClass, JOB_POST__POSITIONS);
		createEAttribute(jobPostEClass, JOB_POST__DEVELOPED_ON);

		trainingClassEClass = createEClass(TRAINING_CLASS);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__TITLE);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__KIND);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__PROVIDER);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__STARTED_ON);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__TRAINEES);
		createEAttribute(trainingClassEClass, TRAINING_CLASS__MIGRANT_WORKERS);

		// Create enums
		arrearsSourceEEnum = createEEnum(ARREARS_SOURCE);
		insuranceTypeEEnum = createEEnum(INSURANCE_TYPE);
		postKindEEnum = createEEnum(POST_KIND);
		trainingKindEEnum = createEEnum(TRAINING_KIND);
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

		// Obtain other dependent packages
		EvaluationPackage theEvaluationPackage = (EvaluationPackage)EPackage.Registry.INSTANCE.getEPackage(EvaluationPackage.eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		socialInsuranceDataEClass.getESuperTypes().add(theEvaluationPackage.getModuleData());
		wageArrearsCaseEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		insuredIncreaseEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		jobPostEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		trainingClassEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(socialInsuranceDataEClass, SocialInsuranceData.class, "SocialInsuranceData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getSocialInsuranceData_ArrearsCases(), this.getWageArrearsCase(), null, "arrearsCases", null, 0, -1, SocialInsuranceData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSocialInsuranceData_InsuredIncreases(), this.getInsuredIncrease(), null, "insuredIncreases", null, 0, -1, SocialInsuranceData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSocialInsuranceData_Posts(), this.getJobPost(), null, "posts", null, 0, -1, SocialInsuranceData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getSocialInsuranceData_Trainings(), this.getTrainingClass(), null, "trainings", null, 0, -1, SocialInsuranceData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(wageArrearsCaseEClass, WageArrearsCase.class, "WageArrearsCase", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_CaseNumber(), ecorePackage.getEString(), "caseNumber", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_Source(), this.getArrearsSource(), "source", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_Enterprise(), ecorePackage.getEString(), "enterprise", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_Workers(), ecorePackage.getEInt(), "workers", "0", 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getWageArrearsCase_ReceivedOn(), ecorePackage.getEDate(), "receivedOn", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_Closed(), ecorePackage.getEBoolean(), "closed", "false", 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getWageArrearsCase_ClosedOn(), ecorePackage.getEDate(), "closedOn", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getWageArrearsCase_PendingReason(), ecorePackage.getEString(), "pendingReason", null, 0, 1, WageArrearsCase.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(insuredIncreaseEClass, InsuredIncrease.class, "InsuredIncrease", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInsuredIncrease_Enterprise(), ecorePackage.getEString(), "enterprise", null, 0, 1, InsuredIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInsuredIncrease_Insurance(), this.getInsuranceType(), "insurance", null, 0, 1, InsuredIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInsuredIncrease_Persons(), ecorePackage.getEInt(), "persons", "0", 0, 1, InsuredIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getInsuredIncrease_RegisteredOn(), ecorePackage.getEDate(), "registeredOn", null, 0, 1, InsuredIncrease.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(jobPostEClass, JobPost.class, "JobPost", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getJobPost_Employer(), ecorePackage.getEString(), "employer", null, 0, 1, JobPost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getJobPost_Kind(), this.getPostKind(), "kind", null, 0, 1, JobPost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getJobPost_Title(), ecorePackage.getEString(), "title", null, 0, 1, JobPost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getJobPost_Positions(), ecorePackage.getEInt(), "positions", "0", 0, 1, JobPost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getJobPost_DevelopedOn(), ecorePackage.getEDate(), "developedOn", null, 0, 1, JobPost.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(trainingClassEClass, TrainingClass.class, "TrainingClass", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTrainingClass_Title(), ecorePackage.getEString(), "title", null, 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrainingClass_Kind(), this.getTrainingKind(), "kind", null, 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrainingClass_Provider(), ecorePackage.getEString(), "provider", null, 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrainingClass_StartedOn(), ecorePackage.getEDate(), "startedOn", null, 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTrainingClass_Trainees(), ecorePackage.getEInt(), "trainees", "0", 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getTrainingClass_MigrantWorkers(), ecorePackage.getEInt(), "migrantWorkers", "0", 0, 1, TrainingClass.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		// Initialize enums and add enum literals
		initEEnum(arrearsSourceEEnum, ArrearsSource.class, "ArrearsSource"); //$NON-NLS-1$
		addEEnumLiteral(arrearsSourceEEnum, ArrearsSource.PLATFORM);
		addEEnumLiteral(arrearsSourceEEnum, ArrearsSource.HOTLINE);

		initEEnum(insuranceTypeEEnum, InsuranceType.class, "InsuranceType"); //$NON-NLS-1$
		addEEnumLiteral(insuranceTypeEEnum, InsuranceType.PENSION);
		addEEnumLiteral(insuranceTypeEEnum, InsuranceType.INJURY);
		addEEnumLiteral(insuranceTypeEEnum, InsuranceType.UNEMPLOYMENT);

		initEEnum(postKindEEnum, PostKind.class, "PostKind"); //$NON-NLS-1$
		addEEnumLiteral(postKindEEnum, PostKind.TRAINEE);
		addEEnumLiteral(postKindEEnum, PostKind.PUBLIC_WELFARE);

		initEEnum(trainingKindEEnum, TrainingKind.class, "TrainingKind"); //$NON-NLS-1$
		addEEnumLiteral(trainingKindEEnum, TrainingKind.SUBSIDIZED);
		addEEnumLiteral(trainingKindEEnum, TrainingKind.HUI_CHEF);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://jixiao.org/ledger
		createLedgerAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://jixiao.org/ledger</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createLedgerAnnotations() {
		String source = "http://jixiao.org/ledger"; //$NON-NLS-1$
		addAnnotation
		  (this,
		   source,
		   new String[] {
			   "label", "\u4eba\u793e\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Human resources and social security ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (socialInsuranceDataEClass,
		   source,
		   new String[] {
			   "label", "\u4eba\u793e\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Human resources and social security ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSocialInsuranceData_ArrearsCases(),
		   source,
		   new String[] {
			   "label", "\u6b20\u85aa\u6848\u4ef6\u7ebf\u7d22", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Wage arrears cases" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSocialInsuranceData_InsuredIncreases(),
		   source,
		   new String[] {
			   "label", "\u53c2\u4fdd\u589e\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Insured-person increases" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSocialInsuranceData_Posts(),
		   source,
		   new String[] {
			   "label", "\u89c1\u4e60\u548c\u516c\u76ca\u6027\u5c97\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Trainee and public-welfare posts" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getSocialInsuranceData_Trainings(),
		   source,
		   new String[] {
			   "label", "\u6280\u80fd\u57f9\u8bad", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Skills training" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (wageArrearsCaseEClass,
		   source,
		   new String[] {
			   "label", "\u6b20\u85aa\u6848\u4ef6\u7ebf\u7d22", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Wage arrears case" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_CaseNumber(),
		   source,
		   new String[] {
			   "label", "\u6848\u4ef6\u7f16\u53f7", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Case number" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_Source(),
		   source,
		   new String[] {
			   "label", "\u7ebf\u7d22\u6765\u6e90", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Source" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_Enterprise(),
		   source,
		   new String[] {
			   "label", "\u6d89\u4e8b\u4f01\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_Workers(),
		   source,
		   new String[] {
			   "label", "\u6d89\u53ca\u4eba\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Workers concerned" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_ReceivedOn(),
		   source,
		   new String[] {
			   "label", "\u53d7\u7406\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Received on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_Closed(),
		   source,
		   new String[] {
			   "label", "\u5df2\u529e\u7ed3", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_ClosedOn(),
		   source,
		   new String[] {
			   "label", "\u529e\u7ed3\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Closed on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getWageArrearsCase_PendingReason(),
		   source,
		   new String[] {
			   "label", "\u672a\u529e\u7ed3\u539f\u56e0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Why not closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (insuredIncreaseEClass,
		   source,
		   new String[] {
			   "label", "\u53c2\u4fdd\u589e\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Insured-person increase" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInsuredIncrease_Enterprise(),
		   source,
		   new String[] {
			   "label", "\u53c2\u4fdd\u5355\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInsuredIncrease_Insurance(),
		   source,
		   new String[] {
			   "label", "\u9669\u79cd", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Insurance" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInsuredIncrease_Persons(),
		   source,
		   new String[] {
			   "label", "\u589e\u5458\u4eba\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Persons added" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInsuredIncrease_RegisteredOn(),
		   source,
		   new String[] {
			   "label", "\u529e\u7406\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Registered on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (jobPostEClass,
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Post" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getJobPost_Employer(),
		   source,
		   new String[] {
			   "label", "\u7528\u4eba\u5355\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Employer" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getJobPost_Kind(),
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getJobPost_Title(),
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d\u540d\u79f0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Post" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getJobPost_Positions(),
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Positions" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getJobPost_DevelopedOn(),
		   source,
		   new String[] {
			   "label", "\u5f00\u53d1\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Developed on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (trainingClassEClass,
		   source,
		   new String[] {
			   "label", "\u57f9\u8bad\u73ed", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Training class" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_Title(),
		   source,
		   new String[] {
			   "label", "\u57f9\u8bad\u9879\u76ee", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Course" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_Kind(),
		   source,
		   new String[] {
			   "label", "\u57f9\u8bad\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_Provider(),
		   source,
		   new String[] {
			   "label", "\u57f9\u8bad\u673a\u6784", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Provider" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_StartedOn(),
		   source,
		   new String[] {
			   "label", "\u5f00\u73ed\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Started on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_Trainees(),
		   source,
		   new String[] {
			   "label", "\u7ed3\u4e1a\u4eba\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Trainees completed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTrainingClass_MigrantWorkers(),
		   source,
		   new String[] {
			   "label", "\u5176\u4e2d\u519c\u6c11\u5de5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Of whom migrant workers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (arrearsSourceEEnum,
		   source,
		   new String[] {
			   "label", "\u7ebf\u7d22\u6765\u6e90", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Source" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (arrearsSourceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u56fd\u52a1\u9662\u6b20\u85aa\u7ebf\u7d22\u5e73\u53f0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "State Council wage arrears platform" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (arrearsSourceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "12345", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "12345 hotline" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (insuranceTypeEEnum,
		   source,
		   new String[] {
			   "label", "\u9669\u79cd", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Insurance" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (insuranceTypeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a\u804c\u5de5\u57fa\u672c\u517b\u8001\u4fdd\u9669", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Basic pension" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (insuranceTypeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u5de5\u4f24\u4fdd\u9669", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Work injury insurance" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (insuranceTypeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u5931\u4e1a\u4fdd\u9669", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Unemployment insurance" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (postKindEEnum,
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Post kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (postKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u9752\u5e74\u89c1\u4e60\u5c97\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Youth trainee post" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (postKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u516c\u76ca\u6027\u5c97\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Public-welfare post" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (trainingKindEEnum,
		   source,
		   new String[] {
			   "label", "\u57f9\u8bad\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Training kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (trainingKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u8865\u8d34\u6027\u804c\u4e1a\u6280\u80fd\u57f9\u8bad", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Subsidized vocational training" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (trainingKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u65b0\u5fbd\u83dc\u540d\u5fbd\u53a8\u57f9\u8bad", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Hui cuisine chef training" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //SocialInsurancePackageImpl
