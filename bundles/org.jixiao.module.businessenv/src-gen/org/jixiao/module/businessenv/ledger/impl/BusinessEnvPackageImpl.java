/**
 */
package org.jixiao.module.businessenv.ledger.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.jixiao.model.evaluation.EvaluationPackage;

import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.BusinessEnvFactory;
import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseEvent;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;
import org.jixiao.module.businessenv.ledger.EnterpriseVisit;
import org.jixiao.module.businessenv.ledger.EventKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class BusinessEnvPackageImpl extends EPackageImpl implements BusinessEnvPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass businessEnvDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseRequestEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseVisitEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass enterpriseEventEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventKindEEnum = null;

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
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private BusinessEnvPackageImpl() {
		super(eNS_URI, BusinessEnvFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link BusinessEnvPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static BusinessEnvPackage init() {
		if (isInited) return (BusinessEnvPackage)EPackage.Registry.INSTANCE.getEPackage(BusinessEnvPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredBusinessEnvPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		BusinessEnvPackageImpl theBusinessEnvPackage = registeredBusinessEnvPackage instanceof BusinessEnvPackageImpl ? (BusinessEnvPackageImpl)registeredBusinessEnvPackage : new BusinessEnvPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EvaluationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theBusinessEnvPackage.createPackageContents();

		// Initialize created meta-data
		theBusinessEnvPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theBusinessEnvPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(BusinessEnvPackage.eNS_URI, theBusinessEnvPackage);
		return theBusinessEnvPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBusinessEnvData() {
		return businessEnvDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessEnvData_Requests() {
		return (EReference)businessEnvDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessEnvData_Visits() {
		return (EReference)businessEnvDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBusinessEnvData_Events() {
		return (EReference)businessEnvDataEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterpriseRequest() {
		return enterpriseRequestEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_Enterprise() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_Summary() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_ReceivedOn() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_Closed() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_ClosedOn() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_Satisfied() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseRequest_PendingReason() {
		return (EAttribute)enterpriseRequestEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterpriseVisit() {
		return enterpriseVisitEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_Enterprise() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_VisitedOn() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_FourAbove() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_Project() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_KeyProject() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseVisit_Findings() {
		return (EAttribute)enterpriseVisitEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnterpriseEvent() {
		return enterpriseEventEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseEvent_Title() {
		return (EAttribute)enterpriseEventEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseEvent_Kind() {
		return (EAttribute)enterpriseEventEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseEvent_HeldOn() {
		return (EAttribute)enterpriseEventEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEnterpriseEvent_Enterprises() {
		return (EAttribute)enterpriseEventEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventKind() {
		return eventKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessEnvFactory getBusinessEnvFactory() {
		return (BusinessEnvFactory)getEFactoryInstance();
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
		businessEnvDataEClass = createEClass(BUSINESS_ENV_DATA);
		createEReference(businessEnvDataEClass, BUSINESS_ENV_DATA__REQUESTS);
		createEReference(businessEnvDataEClass, BUSINESS_ENV_DATA__VISITS);
		createEReference(businessEnvDataEClass, BUSINESS_ENV_DATA__EVENTS);

		enterpriseRequestEClass = createEClass(ENTERPRISE_REQUEST);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__ENTERPRISE);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__SUMMARY);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__RECEIVED_ON);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__CLOSED);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__CLOSED_ON);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__SATISFIED);
		createEAttribute(enterpriseRequestEClass, ENTERPRISE_REQUEST__PENDING_REASON);

		enterpriseVisitEClass = createEClass(ENTERPRISE_VISIT);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__ENTERPRISE);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__VISITED_ON);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__FOUR_ABOVE);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__PROJECT);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__KEY_PROJECT);
		createEAttribute(enterpriseVisitEClass, ENTERPRISE_VISIT__FINDINGS);

		enterpriseEventEClass = createEClass(ENTERPRISE_EVENT);
		createEAttribute(enterpriseEventEClass, ENTERPRISE_EVENT__TITLE);
		createEAttribute(enterpriseEventEClass, ENTERPRISE_EVENT__KIND);
		createEAttribute(enterpriseEventEClass, ENTERPRISE_EVENT__HELD_ON);
		createEAttribute(enterpriseEventEClass, ENTERPRISE_EVENT__ENTERPRISES);

		// Create enums
		eventKindEEnum = createEEnum(EVENT_KIND);
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
		businessEnvDataEClass.getESuperTypes().add(theEvaluationPackage.getModuleData());
		enterpriseRequestEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		enterpriseVisitEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		enterpriseEventEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(businessEnvDataEClass, BusinessEnvData.class, "BusinessEnvData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getBusinessEnvData_Requests(), this.getEnterpriseRequest(), null, "requests", null, 0, -1, BusinessEnvData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBusinessEnvData_Visits(), this.getEnterpriseVisit(), null, "visits", null, 0, -1, BusinessEnvData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getBusinessEnvData_Events(), this.getEnterpriseEvent(), null, "events", null, 0, -1, BusinessEnvData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(enterpriseRequestEClass, EnterpriseRequest.class, "EnterpriseRequest", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEnterpriseRequest_Enterprise(), ecorePackage.getEString(), "enterprise", null, 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseRequest_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseRequest_ReceivedOn(), ecorePackage.getEDate(), "receivedOn", null, 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseRequest_Closed(), ecorePackage.getEBoolean(), "closed", "false", 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getEnterpriseRequest_ClosedOn(), ecorePackage.getEDate(), "closedOn", null, 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseRequest_Satisfied(), ecorePackage.getEBoolean(), "satisfied", "false", 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getEnterpriseRequest_PendingReason(), ecorePackage.getEString(), "pendingReason", null, 0, 1, EnterpriseRequest.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(enterpriseVisitEClass, EnterpriseVisit.class, "EnterpriseVisit", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEnterpriseVisit_Enterprise(), ecorePackage.getEString(), "enterprise", null, 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseVisit_VisitedOn(), ecorePackage.getEDate(), "visitedOn", null, 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseVisit_FourAbove(), ecorePackage.getEBoolean(), "fourAbove", "false", 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getEnterpriseVisit_Project(), ecorePackage.getEString(), "project", null, 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseVisit_KeyProject(), ecorePackage.getEBoolean(), "keyProject", "false", 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$
		initEAttribute(getEnterpriseVisit_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, EnterpriseVisit.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(enterpriseEventEClass, EnterpriseEvent.class, "EnterpriseEvent", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getEnterpriseEvent_Title(), ecorePackage.getEString(), "title", null, 0, 1, EnterpriseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseEvent_Kind(), this.getEventKind(), "kind", null, 0, 1, EnterpriseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseEvent_HeldOn(), ecorePackage.getEDate(), "heldOn", null, 0, 1, EnterpriseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getEnterpriseEvent_Enterprises(), ecorePackage.getEInt(), "enterprises", "0", 0, 1, EnterpriseEvent.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$ //$NON-NLS-2$

		// Initialize enums and add enum literals
		initEEnum(eventKindEEnum, EventKind.class, "EventKind"); //$NON-NLS-1$
		addEEnumLiteral(eventKindEEnum, EventKind.FORUM);
		addEEnumLiteral(eventKindEEnum, EventKind.ONSITE_OFFICE);

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
			   "label", "\u8425\u5546\u73af\u5883\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Business environment ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (businessEnvDataEClass,
		   source,
		   new String[] {
			   "label", "\u8425\u5546\u73af\u5883\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Business environment ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBusinessEnvData_Requests(),
		   source,
		   new String[] {
			   "label", "\u4e3a\u4f01\u670d\u52a1\u5e73\u53f0\u6536\u529e\u95ee\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise requests" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBusinessEnvData_Visits(),
		   source,
		   new String[] {
			   "label", "\u5305\u4fdd\u8d70\u8bbf", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise visits" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getBusinessEnvData_Events(),
		   source,
		   new String[] {
			   "label", "\u5ea7\u8c08\u4f1a\u548c\u73b0\u573a\u529e\u516c", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Forums and on-site office" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (enterpriseRequestEClass,
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a\u8bc9\u6c42", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise request" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_Enterprise(),
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_Summary(),
		   source,
		   new String[] {
			   "label", "\u95ee\u9898\u6458\u8981", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Summary" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_ReceivedOn(),
		   source,
		   new String[] {
			   "label", "\u6536\u529e\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Received on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_Closed(),
		   source,
		   new String[] {
			   "label", "\u5df2\u529e\u7ed3", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_ClosedOn(),
		   source,
		   new String[] {
			   "label", "\u529e\u7ed3\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Closed on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_Satisfied(),
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a\u6ee1\u610f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Satisfied" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseRequest_PendingReason(),
		   source,
		   new String[] {
			   "label", "\u672a\u529e\u7ed3\u539f\u56e0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Why not closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (enterpriseVisitEClass,
		   source,
		   new String[] {
			   "label", "\u8d70\u8bbf", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Visit" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_Enterprise(),
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_VisitedOn(),
		   source,
		   new String[] {
			   "label", "\u8d70\u8bbf\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Visited on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_FourAbove(),
		   source,
		   new String[] {
			   "label", "\u201c\u56db\u4e0a\u201d\u4f01\u4e1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Above designated size" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_Project(),
		   source,
		   new String[] {
			   "label", "\u9879\u76ee", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Project" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_KeyProject(),
		   source,
		   new String[] {
			   "label", "\u91cd\u70b9\u9879\u76ee", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Key project" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseVisit_Findings(),
		   source,
		   new String[] {
			   "label", "\u6536\u96c6\u95ee\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Problems raised" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (enterpriseEventEClass,
		   source,
		   new String[] {
			   "label", "\u6d3b\u52a8", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Event" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseEvent_Title(),
		   source,
		   new String[] {
			   "label", "\u4e3b\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Title" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseEvent_Kind(),
		   source,
		   new String[] {
			   "label", "\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseEvent_HeldOn(),
		   source,
		   new String[] {
			   "label", "\u4e3e\u529e\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Held on" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnterpriseEvent_Enterprises(),
		   source,
		   new String[] {
			   "label", "\u53c2\u52a0\u4f01\u4e1a\u6570", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprises attending" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (eventKindEEnum,
		   source,
		   new String[] {
			   "label", "\u6d3b\u52a8\u7c7b\u522b", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Event kind" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (eventKindEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "\u4f01\u4e1a\u5ea7\u8c08\u4f1a", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Enterprise forum" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (eventKindEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "\u73b0\u573a\u96c6\u4e2d\u529e\u516c\u6d3b\u52a8", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "On-site office event" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //BusinessEnvPackageImpl
