/**
 */
package org.jixiao.module.partybuilding.ledger.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jixiao.model.evaluation.EvaluationPackage;

import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.Meeting;
import org.jixiao.module.partybuilding.ledger.MeetingKind;
import org.jixiao.module.partybuilding.ledger.MemberDevelopment;
import org.jixiao.module.partybuilding.ledger.MemberStage;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingFactory;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class PartyBuildingPackageImpl extends EPackageImpl implements PartyBuildingPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass partyBuildingDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass memberDevelopmentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass meetingEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass instructorEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum memberStageEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum meetingKindEEnum = null;

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
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private PartyBuildingPackageImpl() {
		super(eNS_URI, PartyBuildingFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link PartyBuildingPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static PartyBuildingPackage init() {
		if (isInited) return (PartyBuildingPackage)EPackage.Registry.INSTANCE.getEPackage(PartyBuildingPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredPartyBuildingPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		PartyBuildingPackageImpl thePartyBuildingPackage = registeredPartyBuildingPackage instanceof PartyBuildingPackageImpl ? (PartyBuildingPackageImpl)registeredPartyBuildingPackage : new PartyBuildingPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EvaluationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		thePartyBuildingPackage.createPackageContents();

		// Initialize created meta-data
		thePartyBuildingPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		thePartyBuildingPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(PartyBuildingPackage.eNS_URI, thePartyBuildingPackage);
		return thePartyBuildingPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPartyBuildingData() {
		return partyBuildingDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartyBuildingData_Members() {
		return (EReference)partyBuildingDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartyBuildingData_Meetings() {
		return (EReference)partyBuildingDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPartyBuildingData_Instructors() {
		return (EReference)partyBuildingDataEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMemberDevelopment() {
		return memberDevelopmentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Name() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Branch() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Stage() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Applied() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Activist() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Candidate() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_Admitted() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMemberDevelopment_FullMember() {
		return (EAttribute)memberDevelopmentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMeeting() {
		return meetingEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Date() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Kind() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Topic() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMeeting_Attendees() {
		return (EAttribute)meetingEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getInstructor() {
		return instructorEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_Name() {
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_Enterprise() {
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_SubsidyPaid() {
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_Subsidy() {
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getInstructor_UnpaidReason() {
		return (EAttribute)instructorEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMemberStage() {
		return memberStageEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getMeetingKind() {
		return meetingKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PartyBuildingFactory getPartyBuildingFactory() {
		return (PartyBuildingFactory)getEFactoryInstance();
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
		partyBuildingDataEClass = createEClass(PARTY_BUILDING_DATA);
		createEReference(partyBuildingDataEClass, PARTY_BUILDING_DATA__MEMBERS);
		createEReference(partyBuildingDataEClass, PARTY_BUILDING_DATA__MEETINGS);
		createEReference(partyBuildingDataEClass, PARTY_BUILDING_DATA__INSTRUCTORS);

		memberDevelopmentEClass = createEClass(MEMBER_DEVELOPMENT);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__NAME);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__BRANCH);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__STAGE);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__APPLIED);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__ACTIVIST);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__CANDIDATE);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__ADMITTED);
		createEAttribute(memberDevelopmentEClass, MEMBER_DEVELOPMENT__FULL_MEMBER);

		meetingEClass = createEClass(MEETING);
		createEAttribute(meetingEClass, MEETING__DATE);
		createEAttribute(meetingEClass, MEETING__KIND);
		createEAttribute(meetingEClass, MEETING__TOPIC);
		createEAttribute(meetingEClass, MEETING__ATTENDEES);

		instructorEClass = createEClass(INSTRUCTOR);
		createEAttribute(instructorEClass, INSTRUCTOR__NAME);
		createEAttribute(instructorEClass, INSTRUCTOR__ENTERPRISE);
		createEAttribute(instructorEClass, INSTRUCTOR__SUBSIDY_PAID);
		createEAttribute(instructorEClass, INSTRUCTOR__SUBSIDY);
		createEAttribute(instructorEClass, INSTRUCTOR__UNPAID_REASON);

		// Create enums
		memberStageEEnum = createEEnum(MEMBER_STAGE);
		meetingKindEEnum = createEEnum(MEETING_KIND);
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
		partyBuildingDataEClass.getESuperTypes().add(theEvaluationPackage.getModuleData());
		memberDevelopmentEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		meetingEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		instructorEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(partyBuildingDataEClass, PartyBuildingData.class, "PartyBuildingData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getPartyBuildingData_Members(), this.getMemberDevelopment(), null, "members", null, 0, -1, PartyBuildingData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPartyBuildingData_Meetings(), this.getMeeting(), null, "meetings", null, 0, -1, PartyBuildingData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getPartyBuildingData_Instructors(), this.getInstructor(), null, "instructors", null, 0, -1, PartyBuildingData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(memberDevelopmentEClass, MemberDevelopment.class, "MemberDevelopment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Name(), ecorePackage.getEString(), "name", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Branch(), ecorePackage.getEString(), "branch", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Stage(), this.getMemberStage(), "stage", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Applied(), ecorePackage.getEDate(), "applied", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Activist(), ecorePackage.getEDate(), "activist", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Candidate(), ecorePackage.getEDate(), "candidate", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_Admitted(), ecorePackage.getEDate(), "admitted", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMemberDevelopment_FullMember(), ecorePackage.getEDate(), "fullMember", null, 0, 1, MemberDevelopment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(meetingEClass, Meeting.class, "Meeting", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getMeeting_Date(), ecorePackage.getEDate(), "date", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Kind(), this.getMeetingKind(), "kind", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Topic(), ecorePackage.getEString(), "topic", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getMeeting_Attendees(), ecorePackage.getEInt(), "attendees", null, 0, 1, Meeting.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(instructorEClass, Instructor.class, "Instructor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getInstructor_Name(), ecorePackage.getEString(), "name", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstructor_Enterprise(), ecorePackage.getEString(), "enterprise", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstructor_SubsidyPaid(), ecorePackage.getEBoolean(), "subsidyPaid", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstructor_Subsidy(), ecorePackage.getEBigDecimal(), "subsidy", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getInstructor_UnpaidReason(), ecorePackage.getEString(), "unpaidReason", null, 0, 1, Instructor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(memberStageEEnum, MemberStage.class, "MemberStage"); //$NON-NLS-1$
		addEEnumLiteral(memberStageEEnum, MemberStage.APPLICANT);
		addEEnumLiteral(memberStageEEnum, MemberStage.ACTIVIST);
		addEEnumLiteral(memberStageEEnum, MemberStage.CANDIDATE);
		addEEnumLiteral(memberStageEEnum, MemberStage.PROBATIONARY);
		addEEnumLiteral(memberStageEEnum, MemberStage.FULL);

		initEEnum(meetingKindEEnum, MeetingKind.class, "MeetingKind"); //$NON-NLS-1$
		addEEnumLiteral(meetingKindEEnum, MeetingKind.THREE_MEETINGS_ONE_LESSON);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.WORKING_COMMITTEE);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.CENTRAL_GROUP);
		addEEnumLiteral(meetingKindEEnum, MeetingKind.THEME_DAY);

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
		  (partyBuildingDataEClass,
		   source,
		   new String[] {
			   "label", "\u515a\u5efa\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party building ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPartyBuildingData_Members(),
		   source,
		   new String[] {
			   "label", "\u515a\u5458\u53d1\u5c55", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party member development" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPartyBuildingData_Meetings(),
		   source,
		   new String[] {
			   "label", "\u4f1a\u8bae\u5b66\u4e60", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Meetings and study sessions" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getPartyBuildingData_Instructors(),
		   source,
		   new String[] {
			   "label", "\u975e\u516c\u515a\u5efa\u5de5\u4f5c\u6307\u5bfc\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Non-public-sector party-building instructors" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberDevelopmentEClass,
		   source,
		   new String[] {
			   "label", "\u515a\u5458\u53d1\u5c55", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party member development" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Name(),
		   source,
		   new String[] {
			   "label", "\u59d3\u540d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Branch(),
		   source,
		   new String[] {
			   "label", "\u6240\u5728\u515a\u652f\u90e8", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party branch" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Stage(),
		   source,
		   new String[] {
			   "label", "\u53d1\u5c55\u9636\u6bb5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Stage" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Applied(),
		   source,
		   new String[] {
			   "label", "\u9012\u4ea4\u5165\u515a\u7533\u8bf7\u4e66\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Application date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Activist(),
		   source,
		   new String[] {
			   "label", "\u786e\u5b9a\u4e3a\u5165\u515a\u79ef\u6781\u5206\u5b50\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Activist date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Candidate(),
		   source,
		   new String[] {
			   "label", "\u786e\u5b9a\u4e3a\u53d1\u5c55\u5bf9\u8c61\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Candidate date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_Admitted(),
		   source,
		   new String[] {
			   "label", "\u63a5\u6536\u4e3a\u9884\u5907\u515a\u5458\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Admission date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMemberDevelopment_FullMember(),
		   source,
		   new String[] {
			   "label", "\u8f6c\u4e3a\u6b63\u5f0f\u515a\u5458\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Full membership date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum,
		   source,
		   new String[] {
			   "label", "\u53d1\u5c55\u9636\u6bb5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Stage" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u5165\u515a\u7533\u8bf7\u4eba", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Applicant" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u5165\u515a\u79ef\u6781\u5206\u5b50", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Activist" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u53d1\u5c55\u5bf9\u8c61", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Candidate for development" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "\u9884\u5907\u515a\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Probationary member" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (memberStageEEnum.getELiterals().get(4),
		   source,
		   new String[] {
			   "label", "\u6b63\u5f0f\u515a\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Full member" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingEClass,
		   source,
		   new String[] {
			   "label", "\u4f1a\u8bae\u5b66\u4e60", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Meeting" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeeting_Date(),
		   source,
		   new String[] {
			   "label", "\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeeting_Kind(),
		   source,
		   new String[] {
			   "label", "\u7c7b\u578b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeeting_Topic(),
		   source,
		   new String[] {
			   "label", "\u4e3b\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Topic" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getMeeting_Attendees(),
		   source,
		   new String[] {
			   "label", "\u53c2\u52a0\u4eba\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Attendees" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingKindEEnum,
		   source,
		   new String[] {
			   "label", "\u4f1a\u8bae\u7c7b\u578b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Meeting kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u4e09\u4f1a\u4e00\u8bfe", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Three meetings and one lesson" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u515a\u5de5\u59d4\u4f1a\u8bae", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party working committee meeting" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingKindEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u4e2d\u5fc3\u7ec4\u5b66\u4e60", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Central group study" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (meetingKindEEnum.getELiterals().get(3),
		   source,
		   new String[] {
			   "label", "\u4e3b\u9898\u515a\u65e5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party theme day" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (instructorEClass,
		   source,
		   new String[] {
			   "label", "\u975e\u516c\u515a\u5efa\u5de5\u4f5c\u6307\u5bfc\u5458", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Party-building instructor" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstructor_Name(),
		   source,
		   new String[] {
			   "label", "\u59d3\u540d", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Name" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstructor_Enterprise(),
		   source,
		   new String[] {
			   "label", "\u6307\u5bfc\u4f01\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstructor_SubsidyPaid(),
		   source,
		   new String[] {
			   "label", "\u8865\u52a9\u5df2\u53d1\u653e", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Subsidy paid" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstructor_Subsidy(),
		   source,
		   new String[] {
			   "label", "\u8865\u52a9\u91d1\u989d\uff08\u5143\uff09", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Subsidy (yuan)" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getInstructor_UnpaidReason(),
		   source,
		   new String[] {
			   "label", "\u672a\u53d1\u653e\u539f\u56e0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Reason not paid" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //PartyBuildingPackageImpl
