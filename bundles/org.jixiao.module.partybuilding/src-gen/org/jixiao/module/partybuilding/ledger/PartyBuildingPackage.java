/**
 */
package org.jixiao.module.partybuilding.ledger;

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
 * The ledgers (台账) of the Party Building module (党建): party member development, meetings and the non-public-sector party-building instructors.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingFactory
 * @model kind="package"
 * @generated
 */
public interface PartyBuildingPackage extends EPackage {
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
	String eNS_URI = "http://jixiao.org/module/partybuilding/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "partybuilding"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	PartyBuildingPackage eINSTANCE = org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getPartyBuildingData()
	 * @generated
	 */
	int PARTY_BUILDING_DATA = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA__MODULE_ID = EvaluationPackage.MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA__MEMBERS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Meetings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA__MEETINGS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Instructors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA__INSTRUCTORS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA_FEATURE_COUNT = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARTY_BUILDING_DATA_OPERATION_COUNT = EvaluationPackage.MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl <em>Member Development</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMemberDevelopment()
	 * @generated
	 */
	int MEMBER_DEVELOPMENT = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__NAME = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__BRANCH = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__STAGE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Applied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__APPLIED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Activist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__ACTIVIST = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Candidate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__CANDIDATE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Admitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__ADMITTED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Full Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT__FULL_MEMBER = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Member Development</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Member Development</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEMBER_DEVELOPMENT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl <em>Meeting</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.impl.MeetingImpl
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMeeting()
	 * @generated
	 */
	int MEETING = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__DATE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__KIND = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__TOPIC = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING__ATTENDEES = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Meeting</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MEETING_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl <em>Instructor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.impl.InstructorImpl
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getInstructor()
	 * @generated
	 */
	int INSTRUCTOR = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__NAME = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__ENTERPRISE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subsidy Paid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__SUBSIDY_PAID = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Subsidy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__SUBSIDY = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Unpaid Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR__UNPAID_REASON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Instructor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Instructor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTRUCTOR_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.MemberStage <em>Member Stage</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.MemberStage
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMemberStage()
	 * @generated
	 */
	int MEMBER_STAGE = 4;

	/**
	 * The meta object id for the '{@link org.jixiao.module.partybuilding.ledger.MeetingKind <em>Meeting Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.partybuilding.ledger.MeetingKind
	 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMeetingKind()
	 * @generated
	 */
	int MEETING_KIND = 5;


	/**
	 * Returns the meta object for class '{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingData
	 * @generated
	 */
	EClass getPartyBuildingData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMembers()
	 * @see #getPartyBuildingData()
	 * @generated
	 */
	EReference getPartyBuildingData_Members();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMeetings <em>Meetings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Meetings</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMeetings()
	 * @see #getPartyBuildingData()
	 * @generated
	 */
	EReference getPartyBuildingData_Meetings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getInstructors <em>Instructors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instructors</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingData#getInstructors()
	 * @see #getPartyBuildingData()
	 * @generated
	 */
	EReference getPartyBuildingData_Instructors();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment <em>Member Development</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Member Development</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment
	 * @generated
	 */
	EClass getMemberDevelopment();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getName()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getBranch <em>Branch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Branch</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getBranch()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Branch();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getStage()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Stage();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getApplied <em>Applied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applied</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getApplied()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Applied();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getActivist <em>Activist</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activist</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getActivist()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Activist();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getCandidate <em>Candidate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Candidate</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getCandidate()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Candidate();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getAdmitted <em>Admitted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Admitted</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getAdmitted()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_Admitted();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getFullMember <em>Full Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Full Member</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberDevelopment#getFullMember()
	 * @see #getMemberDevelopment()
	 * @generated
	 */
	EAttribute getMemberDevelopment_FullMember();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.partybuilding.ledger.Meeting <em>Meeting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Meeting</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Meeting
	 * @generated
	 */
	EClass getMeeting();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Meeting#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Meeting#getDate()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Meeting#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Meeting#getKind()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Meeting#getTopic <em>Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Topic</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Meeting#getTopic()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Topic();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Meeting#getAttendees <em>Attendees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Attendees</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Meeting#getAttendees()
	 * @see #getMeeting()
	 * @generated
	 */
	EAttribute getMeeting_Attendees();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.partybuilding.ledger.Instructor <em>Instructor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instructor</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor
	 * @generated
	 */
	EClass getInstructor();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Instructor#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor#getName()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Instructor#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor#getEnterprise()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Instructor#isSubsidyPaid <em>Subsidy Paid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsidy Paid</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor#isSubsidyPaid()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_SubsidyPaid();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Instructor#getSubsidy <em>Subsidy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subsidy</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor#getSubsidy()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_Subsidy();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.partybuilding.ledger.Instructor#getUnpaidReason <em>Unpaid Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unpaid Reason</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.Instructor#getUnpaidReason()
	 * @see #getInstructor()
	 * @generated
	 */
	EAttribute getInstructor_UnpaidReason();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.partybuilding.ledger.MemberStage <em>Member Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Member Stage</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MemberStage
	 * @generated
	 */
	EEnum getMemberStage();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.partybuilding.ledger.MeetingKind <em>Meeting Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Meeting Kind</em>'.
	 * @see org.jixiao.module.partybuilding.ledger.MeetingKind
	 * @generated
	 */
	EEnum getMeetingKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	PartyBuildingFactory getPartyBuildingFactory();

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
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getPartyBuildingData()
		 * @generated
		 */
		EClass PARTY_BUILDING_DATA = eINSTANCE.getPartyBuildingData();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY_BUILDING_DATA__MEMBERS = eINSTANCE.getPartyBuildingData_Members();

		/**
		 * The meta object literal for the '<em><b>Meetings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY_BUILDING_DATA__MEETINGS = eINSTANCE.getPartyBuildingData_Meetings();

		/**
		 * The meta object literal for the '<em><b>Instructors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PARTY_BUILDING_DATA__INSTRUCTORS = eINSTANCE.getPartyBuildingData_Instructors();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl <em>Member Development</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMemberDevelopment()
		 * @generated
		 */
		EClass MEMBER_DEVELOPMENT = eINSTANCE.getMemberDevelopment();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__NAME = eINSTANCE.getMemberDevelopment_Name();

		/**
		 * The meta object literal for the '<em><b>Branch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__BRANCH = eINSTANCE.getMemberDevelopment_Branch();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__STAGE = eINSTANCE.getMemberDevelopment_Stage();

		/**
		 * The meta object literal for the '<em><b>Applied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__APPLIED = eINSTANCE.getMemberDevelopment_Applied();

		/**
		 * The meta object literal for the '<em><b>Activist</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__ACTIVIST = eINSTANCE.getMemberDevelopment_Activist();

		/**
		 * The meta object literal for the '<em><b>Candidate</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__CANDIDATE = eINSTANCE.getMemberDevelopment_Candidate();

		/**
		 * The meta object literal for the '<em><b>Admitted</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__ADMITTED = eINSTANCE.getMemberDevelopment_Admitted();

		/**
		 * The meta object literal for the '<em><b>Full Member</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEMBER_DEVELOPMENT__FULL_MEMBER = eINSTANCE.getMemberDevelopment_FullMember();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl <em>Meeting</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.impl.MeetingImpl
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMeeting()
		 * @generated
		 */
		EClass MEETING = eINSTANCE.getMeeting();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__DATE = eINSTANCE.getMeeting_Date();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__KIND = eINSTANCE.getMeeting_Kind();

		/**
		 * The meta object literal for the '<em><b>Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__TOPIC = eINSTANCE.getMeeting_Topic();

		/**
		 * The meta object literal for the '<em><b>Attendees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MEETING__ATTENDEES = eINSTANCE.getMeeting_Attendees();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl <em>Instructor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.impl.InstructorImpl
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getInstructor()
		 * @generated
		 */
		EClass INSTRUCTOR = eINSTANCE.getInstructor();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__NAME = eINSTANCE.getInstructor_Name();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__ENTERPRISE = eINSTANCE.getInstructor_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Subsidy Paid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__SUBSIDY_PAID = eINSTANCE.getInstructor_SubsidyPaid();

		/**
		 * The meta object literal for the '<em><b>Subsidy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__SUBSIDY = eINSTANCE.getInstructor_Subsidy();

		/**
		 * The meta object literal for the '<em><b>Unpaid Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTRUCTOR__UNPAID_REASON = eINSTANCE.getInstructor_UnpaidReason();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.MemberStage <em>Member Stage</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.MemberStage
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMemberStage()
		 * @generated
		 */
		EEnum MEMBER_STAGE = eINSTANCE.getMemberStage();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.partybuilding.ledger.MeetingKind <em>Meeting Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.partybuilding.ledger.MeetingKind
		 * @see org.jixiao.module.partybuilding.ledger.impl.PartyBuildingPackageImpl#getMeetingKind()
		 * @generated
		 */
		EEnum MEETING_KIND = eINSTANCE.getMeetingKind();

	}

} //PartyBuildingPackage
