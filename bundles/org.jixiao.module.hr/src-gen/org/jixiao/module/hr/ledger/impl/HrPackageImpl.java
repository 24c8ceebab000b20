/**
 */
package org.jixiao.module.hr.ledger.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jixiao.model.evaluation.EvaluationPackage;

import org.jixiao.module.hr.ledger.Appraisal;
import org.jixiao.module.hr.ledger.AppraisalGrade;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.HrFactory;
import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.module.hr.ledger.Recruit;
import org.jixiao.module.hr.ledger.RecruitmentChannel;
import org.jixiao.module.hr.ledger.Talent;
import org.jixiao.module.hr.ledger.TalentCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class HrPackageImpl extends EPackageImpl implements HrPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass hrDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass recruitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass talentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass appraisalEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recruitmentChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum talentCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum appraisalGradeEEnum = null;

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
	 * @see org.jixiao.module.hr.ledger.HrPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private HrPackageImpl() {
		super(eNS_URI, HrFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link HrPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static HrPackage init() {
		if (isInited) return (HrPackage)EPackage.Registry.INSTANCE.getEPackage(HrPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredHrPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		HrPackageImpl theHrPackage = registeredHrPackage instanceof HrPackageImpl ? (HrPackageImpl)registeredHrPackage : new HrPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EvaluationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theHrPackage.createPackageContents();

		// Initialize created meta-data
		theHrPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theHrPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(HrPackage.eNS_URI, theHrPackage);
		return theHrPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHrData() {
		return hrDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHrData_Recruits() {
		return (EReference)hrDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHrData_Talents() {
		return (EReference)hrDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHrData_Appraisals() {
		return (EReference)hrDataEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getRecruit() {
		return recruitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Name() {
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Position() {
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Channel() {
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Announced() {
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getRecruit_Hired() {
		return (EAttribute)recruitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTalent() {
		return talentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTalent_Name() {
		return (EAttribute)talentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTalent_Category() {
		return (EAttribute)talentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTalent_Employer() {
		return (EAttribute)talentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTalent_Registered() {
		return (EAttribute)talentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAppraisal() {
		return appraisalEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Name() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Year() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Grade() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAppraisal_Completed() {
		return (EAttribute)appraisalEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecruitmentChannel() {
		return recruitmentChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getTalentCategory() {
		return talentCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAppraisalGrade() {
		return appraisalGradeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HrFactory getHrFactory() {
		return (HrFactory)getEFactoryInstance();
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
		hrDataEClass = createEClass(HR_DATA);
		createEReference(hrDataEClass, HR_DATA__RECRUITS);
		createEReference(hrDataEClass, HR_DATA__TALENTS);
		createEReference(hrDataEClass, HR_DATA__APPRAISALS);

		recruitEClass = createEClass(RECRUIT);
		createEAttribute(recruitEClass, RECRUIT__NAME);
		createEAttribute(recruitEClass, RECRUIT__POSITION);
		createEAttribute(recruitEClass, RECRUIT__CHANNEL);
		createEAttribute(recruitEClass, RECRUIT__ANNOUNCED);
		createEAttribute(recruitEClass, RECRUIT__HIRED);

		talentEClass = createEClass(TALENT);
		createEAttribute(talentEClass, TALENT__NAME);
		createEAttribute(talentEClass, TALENT__CATEGORY);
		createEAttribute(talentEClass, TALENT__EMPLOYER);
		createEAttribute(talentEClass, TALENT__REGISTERED);

		appraisalEClass = createEClass(APPRAISAL);
		createEAttribute(appraisalEClass, APPRAISAL__NAME);
		createEAttribute(appraisalEClass, APPRAISAL__YEAR);
		createEAttribute(appraisalEClass, APPRAISAL__GRADE);
		createEAttribute(appraisalEClass, APPRAISAL__COMPLETED);

		// Create enums
		recruitmentChannelEEnum = createEEnum(RECRUITMENT_CHANNEL);
		talentCategoryEEnum = createEEnum(TALENT_CATEGORY);
		appraisalGradeEEnum = createEEnum(APPRAISAL_GRADE);
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
		hrDataEClass.getESuperTypes().add(theEvaluationPackage.getModuleData());
		recruitEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		talentEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		appraisalEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(hrDataEClass, HrData.class, "HrData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getHrData_Recruits(), this.getRecruit(), null, "recruits", null, 0, -1, HrData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHrData_Talents(), this.getTalent(), null, "talents", null, 0, -1, HrData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getHrData_Appraisals(), this.getAppraisal(), null, "appraisals", null, 0, -1, HrData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(recruitEClass, Recruit.class, "Recruit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getRecruit_Name(), ecorePackage.getEString(), "name", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruit_Position(), ecorePackage.getEString(), "position", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruit_Channel(), this.getRecruitmentChannel(), "channel", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruit_Announced(), ecorePackage.getEDate(), "announced", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getRecruit_Hired(), ecorePackage.getEDate(), "hired", null, 0, 1, Recruit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(talentEClass, Talent.class, "Talent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getTalent_Name(), ecorePackage.getEString(), "name", null, 0, 1, Talent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTalent_Category(), this.getTalentCategory(), "category", null, 0, 1, Talent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTalent_Employer(), ecorePackage.getEString(), "employer", null, 0, 1, Talent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getTalent_Registered(), ecorePackage.getEDate(), "registered", null, 0, 1, Talent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(appraisalEClass, Appraisal.class, "Appraisal", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAppraisal_Name(), ecorePackage.getEString(), "name", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppraisal_Year(), ecorePackage.getEInt(), "year", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppraisal_Grade(), this.getAppraisalGrade(), "grade", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAppraisal_Completed(), ecorePackage.getEDate(), "completed", null, 0, 1, Appraisal.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(recruitmentChannelEEnum, RecruitmentChannel.class, "RecruitmentChannel"); //$NON-NLS-1$
		addEEnumLiteral(recruitmentChannelEEnum, RecruitmentChannel.OPEN);
		addEEnumLiteral(recruitmentChannelEEnum, RecruitmentChannel.CAMPUS);
		addEEnumLiteral(recruitmentChannelEEnum, RecruitmentChannel.TRANSFER);
		addEEnumLiteral(recruitmentChannelEEnum, RecruitmentChannel.OTHER);

		initEEnum(talentCategoryEEnum, TalentCategory.class, "TalentCategory"); //$NON-NLS-1$
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.LEADING);
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.INNOVATION);
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.ENTREPRENEUR);
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.MANAGEMENT);
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.SKILLED);
		addEEnumLiteral(talentCategoryEEnum, TalentCategory.YOUNG);

		initEEnum(appraisalGradeEEnum, AppraisalGrade.class, "AppraisalGrade"); //$NON-NLS-1$
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.EXCELLENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.COMPETENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.BASICALLY_COMPETENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.INCOMPETENT);
		addEEnumLiteral(appraisalGradeEEnum, AppraisalGrade.UNGRADED);

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
		  (hrDataEClass,
		   source,
		   new String[] {
			   "label", "\u4eba\u4e8b\u4eba\u624d\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "HR and talent ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHrData_Recruits(),
		   source,
		   new String[] {
			   "label", "\u96c7\u5458\u62db\u8058", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Recruitment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHrData_Talents(),
		   source,
		   new String[] {
			   "label", "\u4eba\u624d\u5e93", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Talent pool" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getHrData_Appraisals(),
		   source,
		   new String[] {
			   "label", "\u5e74\u5ea6\u8003\u6838", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Annual appraisal" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitEClass,
		   source,
		   new String[] {
			   "label", "\u96c7\u5458\u62db\u8058", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Recruit" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRecruit_Name(),
		   source,
		   new String[] {
			   "label", "\u59d3\u540d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRecruit_Position(),
		   source,
		   new String[] {
			   "label", "\u5c97\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Position" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRecruit_Channel(),
		   source,
		   new String[] {
			   "label", "\u62db\u8058\u65b9\u5f0f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Channel" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRecruit_Announced(),
		   source,
		   new String[] {
			   "label", "\u516c\u544a\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Announced" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getRecruit_Hired(),
		   source,
		   new String[] {
			   "label", "\u5230\u5c97\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Start date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitmentChannelEEnum,
		   source,
		   new String[] {
			   "label", "\u62db\u8058\u65b9\u5f0f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Recruitment channel" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitmentChannelEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u516c\u5f00\u62db\u8058", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Open recruitment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitmentChannelEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u6821\u56ed\u62db\u8058", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Campus recruitment" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitmentChannelEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u9009\u8c03", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Transfer" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (recruitmentChannelEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "\u5176\u4ed6", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Other" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentEClass,
		   source,
		   new String[] {
			   "label", "\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Talent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTalent_Name(),
		   source,
		   new String[] {
			   "label", "\u59d3\u540d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTalent_Category(),
		   source,
		   new String[] {
			   "label", "\u4eba\u624d\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Category" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTalent_Employer(),
		   source,
		   new String[] {
			   "label", "\u6240\u5728\u5355\u4f4d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Employer" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getTalent_Registered(),
		   source,
		   new String[] {
			   "label", "\u5165\u5e93\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Registered" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum,
		   source,
		   new String[] {
			   "label", "\u4eba\u624d\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Talent category" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u9ad8\u5c42\u6b21\u9886\u519b\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Leading talent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u79d1\u6280\u521b\u65b0\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Science and technology innovator" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u521b\u4e1a\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Entrepreneur" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "\u7ecf\u8425\u7ba1\u7406\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Business manager" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "\u9ad8\u6280\u80fd\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Highly skilled worker" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (talentCategoryEEnum.getELiterals().get(5),
		   source,
		   new String[] {
			   "label", "\u9752\u5e74\u4eba\u624d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Young talent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalEClass,
		   source,
		   new String[] {
			   "label", "\u5e74\u5ea6\u8003\u6838", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Appraisal" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAppraisal_Name(),
		   source,
		   new String[] {
			   "label", "\u59d3\u540d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAppraisal_Year(),
		   source,
		   new String[] {
			   "label", "\u8003\u6838\u5e74\u5ea6", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Year appraised" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAppraisal_Grade(),
		   source,
		   new String[] {
			   "label", "\u8003\u6838\u7b49\u6b21", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Grade" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAppraisal_Completed(),
		   source,
		   new String[] {
			   "label", "\u5b8c\u6210\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Completed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum,
		   source,
		   new String[] {
			   "label", "\u8003\u6838\u7b49\u6b21", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Appraisal grade" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u4f18\u79c0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Excellent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u79f0\u804c", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Competent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u57fa\u672c\u79f0\u804c", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Basically competent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "\u4e0d\u79f0\u804c", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Incompetent" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (appraisalGradeEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "\u4e0d\u5b9a\u7b49\u6b21", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Not graded" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //HrPackageImpl
