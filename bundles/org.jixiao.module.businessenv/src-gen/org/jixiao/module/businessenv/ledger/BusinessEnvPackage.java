/**
 */
package org.jixiao.module.businessenv.ledger;

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
 * The ledgers (台账) of the 营商环境 module: enterprise requests, enterprise visits, forums and on-site office events.
 * <!-- end-model-doc -->
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvFactory
 * @model kind="package"
 *        annotation="http://jixiao.org/ledger label='\u8425\u5546\u73af\u5883\u53f0\u8d26' label.en='Business environment ledgers'"
 * @generated
 */
public interface BusinessEnvPackage extends EPackage {
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
	String eNS_URI = "http://jixiao.org/module/businessenv/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "businessenv"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BusinessEnvPackage eINSTANCE = org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getBusinessEnvData()
	 * @generated
	 */
	int BUSINESS_ENV_DATA = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA__MODULE_ID = EvaluationPackage.MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Requests</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA__REQUESTS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visits</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA__VISITS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Events</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA__EVENTS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA_FEATURE_COUNT = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BUSINESS_ENV_DATA_OPERATION_COUNT = EvaluationPackage.MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl <em>Enterprise Request</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseRequest()
	 * @generated
	 */
	int ENTERPRISE_REQUEST = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__ENTERPRISE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__SUMMARY = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__RECEIVED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__CLOSED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__CLOSED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Satisfied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__SATISFIED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST__PENDING_REASON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Enterprise Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Enterprise Request</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_REQUEST_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl <em>Enterprise Visit</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseVisit()
	 * @generated
	 */
	int ENTERPRISE_VISIT = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__ENTERPRISE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Visited On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__VISITED_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Four Above</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__FOUR_ABOVE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__PROJECT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Key Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__KEY_PROJECT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT__FINDINGS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Enterprise Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Enterprise Visit</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_VISIT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl <em>Enterprise Event</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseEvent()
	 * @generated
	 */
	int ENTERPRISE_EVENT = 3;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT__TITLE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT__KIND = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT__HELD_ON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Enterprises</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT__ENTERPRISES = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Enterprise Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Enterprise Event</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENTERPRISE_EVENT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.jixiao.module.businessenv.ledger.EventKind <em>Event Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.jixiao.module.businessenv.ledger.EventKind
	 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEventKind()
	 * @generated
	 */
	int EVENT_KIND = 4;


	/**
	 * Returns the meta object for class '{@link org.jixiao.module.businessenv.ledger.BusinessEnvData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvData
	 * @generated
	 */
	EClass getBusinessEnvData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getRequests <em>Requests</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requests</em>'.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvData#getRequests()
	 * @see #getBusinessEnvData()
	 * @generated
	 */
	EReference getBusinessEnvData_Requests();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getVisits <em>Visits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Visits</em>'.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvData#getVisits()
	 * @see #getBusinessEnvData()
	 * @generated
	 */
	EReference getBusinessEnvData_Visits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getEvents <em>Events</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Events</em>'.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvData#getEvents()
	 * @see #getBusinessEnvData()
	 * @generated
	 */
	EReference getBusinessEnvData_Events();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest <em>Enterprise Request</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise Request</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest
	 * @generated
	 */
	EClass getEnterpriseRequest();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#getEnterprise()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#getSummary()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_Summary();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#getReceivedOn()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_ReceivedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#isClosed()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_Closed();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#getClosedOn()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_ClosedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isSatisfied <em>Satisfied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Satisfied</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#isSatisfied()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_Satisfied();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getPendingReason <em>Pending Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Reason</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseRequest#getPendingReason()
	 * @see #getEnterpriseRequest()
	 * @generated
	 */
	EAttribute getEnterpriseRequest_PendingReason();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit <em>Enterprise Visit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise Visit</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit
	 * @generated
	 */
	EClass getEnterpriseVisit();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getEnterprise <em>Enterprise</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprise</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#getEnterprise()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_Enterprise();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getVisitedOn <em>Visited On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Visited On</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#getVisitedOn()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_VisitedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isFourAbove <em>Four Above</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Four Above</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#isFourAbove()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_FourAbove();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getProject <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Project</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#getProject()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_Project();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isKeyProject <em>Key Project</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key Project</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#isKeyProject()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_KeyProject();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseVisit#getFindings()
	 * @see #getEnterpriseVisit()
	 * @generated
	 */
	EAttribute getEnterpriseVisit_Findings();

	/**
	 * Returns the meta object for class '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent <em>Enterprise Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Enterprise Event</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseEvent
	 * @generated
	 */
	EClass getEnterpriseEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseEvent#getTitle()
	 * @see #getEnterpriseEvent()
	 * @generated
	 */
	EAttribute getEnterpriseEvent_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseEvent#getKind()
	 * @see #getEnterpriseEvent()
	 * @generated
	 */
	EAttribute getEnterpriseEvent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getHeldOn <em>Held On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Held On</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseEvent#getHeldOn()
	 * @see #getEnterpriseEvent()
	 * @generated
	 */
	EAttribute getEnterpriseEvent_HeldOn();

	/**
	 * Returns the meta object for the attribute '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getEnterprises <em>Enterprises</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enterprises</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EnterpriseEvent#getEnterprises()
	 * @see #getEnterpriseEvent()
	 * @generated
	 */
	EAttribute getEnterpriseEvent_Enterprises();

	/**
	 * Returns the meta object for enum '{@link org.jixiao.module.businessenv.ledger.EventKind <em>Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Kind</em>'.
	 * @see org.jixiao.module.businessenv.ledger.EventKind
	 * @generated
	 */
	EEnum getEventKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	BusinessEnvFactory getBusinessEnvFactory();

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
		 * The meta object literal for the '{@link org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getBusinessEnvData()
		 * @generated
		 */
		EClass BUSINESS_ENV_DATA = eINSTANCE.getBusinessEnvData();

		/**
		 * The meta object literal for the '<em><b>Requests</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_ENV_DATA__REQUESTS = eINSTANCE.getBusinessEnvData_Requests();

		/**
		 * The meta object literal for the '<em><b>Visits</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_ENV_DATA__VISITS = eINSTANCE.getBusinessEnvData_Visits();

		/**
		 * The meta object literal for the '<em><b>Events</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BUSINESS_ENV_DATA__EVENTS = eINSTANCE.getBusinessEnvData_Events();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl <em>Enterprise Request</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseRequest()
		 * @generated
		 */
		EClass ENTERPRISE_REQUEST = eINSTANCE.getEnterpriseRequest();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__ENTERPRISE = eINSTANCE.getEnterpriseRequest_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__SUMMARY = eINSTANCE.getEnterpriseRequest_Summary();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__RECEIVED_ON = eINSTANCE.getEnterpriseRequest_ReceivedOn();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__CLOSED = eINSTANCE.getEnterpriseRequest_Closed();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__CLOSED_ON = eINSTANCE.getEnterpriseRequest_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Satisfied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__SATISFIED = eINSTANCE.getEnterpriseRequest_Satisfied();

		/**
		 * The meta object literal for the '<em><b>Pending Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_REQUEST__PENDING_REASON = eINSTANCE.getEnterpriseRequest_PendingReason();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl <em>Enterprise Visit</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseVisit()
		 * @generated
		 */
		EClass ENTERPRISE_VISIT = eINSTANCE.getEnterpriseVisit();

		/**
		 * The meta object literal for the '<em><b>Enterprise</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__ENTERPRISE = eINSTANCE.getEnterpriseVisit_Enterprise();

		/**
		 * The meta object literal for the '<em><b>Visited On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__VISITED_ON = eINSTANCE.getEnterpriseVisit_VisitedOn();

		/**
		 * The meta object literal for the '<em><b>Four Above</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__FOUR_ABOVE = eINSTANCE.getEnterpriseVisit_FourAbove();

		/**
		 * The meta object literal for the '<em><b>Project</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__PROJECT = eINSTANCE.getEnterpriseVisit_Project();

		/**
		 * The meta object literal for the '<em><b>Key Project</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__KEY_PROJECT = eINSTANCE.getEnterpriseVisit_KeyProject();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_VISIT__FINDINGS = eINSTANCE.getEnterpriseVisit_Findings();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl <em>Enterprise Event</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEnterpriseEvent()
		 * @generated
		 */
		EClass ENTERPRISE_EVENT = eINSTANCE.getEnterpriseEvent();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_EVENT__TITLE = eINSTANCE.getEnterpriseEvent_Title();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_EVENT__KIND = eINSTANCE.getEnterpriseEvent_Kind();

		/**
		 * The meta object literal for the '<em><b>Held On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_EVENT__HELD_ON = eINSTANCE.getEnterpriseEvent_HeldOn();

		/**
		 * The meta object literal for the '<em><b>Enterprises</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENTERPRISE_EVENT__ENTERPRISES = eINSTANCE.getEnterpriseEvent_Enterprises();

		/**
		 * The meta object literal for the '{@link org.jixiao.module.businessenv.ledger.EventKind <em>Event Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.jixiao.module.businessenv.ledger.EventKind
		 * @see org.jixiao.module.businessenv.ledger.impl.BusinessEnvPackageImpl#getEventKind()
		 * @generated
		 */
		EEnum EVENT_KIND = eINSTANCE.getEventKind();

	}

} //BusinessEnvPackage
