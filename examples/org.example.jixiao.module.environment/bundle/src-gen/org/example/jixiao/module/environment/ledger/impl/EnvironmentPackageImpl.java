/**
 */
package org.example.jixiao.module.environment.ledger.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.example.jixiao.module.environment.ledger.AirPatrol;
import org.example.jixiao.module.environment.ledger.Complaint;
import org.example.jixiao.module.environment.ledger.ComplaintSource;
import org.example.jixiao.module.environment.ledger.EnvironmentData;
import org.example.jixiao.module.environment.ledger.EnvironmentFactory;
import org.example.jixiao.module.environment.ledger.EnvironmentPackage;

import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class EnvironmentPackageImpl extends EPackageImpl implements EnvironmentPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass environmentDataEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass complaintEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass airPatrolEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum complaintSourceEEnum = null;

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
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private EnvironmentPackageImpl() {
		super(eNS_URI, EnvironmentFactory.eINSTANCE);
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
	 * <p>This method is used to initialize {@link EnvironmentPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static EnvironmentPackage init() {
		if (isInited) return (EnvironmentPackage)EPackage.Registry.INSTANCE.getEPackage(EnvironmentPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredEnvironmentPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		EnvironmentPackageImpl theEnvironmentPackage = registeredEnvironmentPackage instanceof EnvironmentPackageImpl ? (EnvironmentPackageImpl)registeredEnvironmentPackage : new EnvironmentPackageImpl();

		isInited = true;

		// Initialize simple dependencies
		EvaluationPackage.eINSTANCE.eClass();

		// Create package meta-data objects
		theEnvironmentPackage.createPackageContents();

		// Initialize created meta-data
		theEnvironmentPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theEnvironmentPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(EnvironmentPackage.eNS_URI, theEnvironmentPackage);
		return theEnvironmentPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEnvironmentData() {
		return environmentDataEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvironmentData_Complaints() {
		return (EReference)environmentDataEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getEnvironmentData_Patrols() {
		return (EReference)environmentDataEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getComplaint() {
		return complaintEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Received() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Source() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Subject() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_Closed() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getComplaint_PendingReason() {
		return (EAttribute)complaintEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAirPatrol() {
		return airPatrolEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAirPatrol_Date() {
		return (EAttribute)airPatrolEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAirPatrol_Area() {
		return (EAttribute)airPatrolEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAirPatrol_Findings() {
		return (EAttribute)airPatrolEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getComplaintSource() {
		return complaintSourceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnvironmentFactory getEnvironmentFactory() {
		return (EnvironmentFactory)getEFactoryInstance();
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
		environmentDataEClass = createEClass(ENVIRONMENT_DATA);
		createEReference(environmentDataEClass, ENVIRONMENT_DATA__COMPLAINTS);
		createEReference(environmentDataEClass, ENVIRONMENT_DATA__PATROLS);

		complaintEClass = createEClass(COMPLAINT);
		createEAttribute(complaintEClass, COMPLAINT__RECEIVED);
		createEAttribute(complaintEClass, COMPLAINT__SOURCE);
		createEAttribute(complaintEClass, COMPLAINT__SUBJECT);
		createEAttribute(complaintEClass, COMPLAINT__CLOSED);
		createEAttribute(complaintEClass, COMPLAINT__PENDING_REASON);

		airPatrolEClass = createEClass(AIR_PATROL);
		createEAttribute(airPatrolEClass, AIR_PATROL__DATE);
		createEAttribute(airPatrolEClass, AIR_PATROL__AREA);
		createEAttribute(airPatrolEClass, AIR_PATROL__FINDINGS);

		// Create enums
		complaintSourceEEnum = createEEnum(COMPLAINT_SOURCE);
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
		environmentDataEClass.getESuperTypes().add(theEvaluationPackage.getModuleData());
		complaintEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());
		airPatrolEClass.getESuperTypes().add(theEvaluationPackage.getLedgerEntry());

		// Initialize classes, features, and operations; add parameters
		initEClass(environmentDataEClass, EnvironmentData.class, "EnvironmentData", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEReference(getEnvironmentData_Complaints(), this.getComplaint(), null, "complaints", null, 0, -1, EnvironmentData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEReference(getEnvironmentData_Patrols(), this.getAirPatrol(), null, "patrols", null, 0, -1, EnvironmentData.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(complaintEClass, Complaint.class, "Complaint", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getComplaint_Received(), ecorePackage.getEDate(), "received", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getComplaint_Source(), this.getComplaintSource(), "source", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getComplaint_Subject(), ecorePackage.getEString(), "subject", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getComplaint_Closed(), ecorePackage.getEBoolean(), "closed", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getComplaint_PendingReason(), ecorePackage.getEString(), "pendingReason", null, 0, 1, Complaint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		initEClass(airPatrolEClass, AirPatrol.class, "AirPatrol", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS); //$NON-NLS-1$
		initEAttribute(getAirPatrol_Date(), ecorePackage.getEDate(), "date", null, 0, 1, AirPatrol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAirPatrol_Area(), ecorePackage.getEString(), "area", null, 0, 1, AirPatrol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$
		initEAttribute(getAirPatrol_Findings(), ecorePackage.getEString(), "findings", null, 0, 1, AirPatrol.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED); //$NON-NLS-1$

		// Initialize enums and add enum literals
		initEEnum(complaintSourceEEnum, ComplaintSource.class, "ComplaintSource"); //$NON-NLS-1$
		addEEnumLiteral(complaintSourceEEnum, ComplaintSource.HOTLINE_12345);
		addEEnumLiteral(complaintSourceEEnum, ComplaintSource.HOTLINE_12369);
		addEEnumLiteral(complaintSourceEEnum, ComplaintSource.LETTERS_AND_VISITS);

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
		  (environmentDataEClass,
		   source,
		   new String[] {
			   "label", "\u751f\u6001\u73af\u4fdd\u53f0\u8d26", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Ecology and environment ledgers" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnvironmentData_Complaints(),
		   source,
		   new String[] {
			   "label", "\u73af\u5883\u4fe1\u8bbf\u4ef6", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Environmental complaints" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getEnvironmentData_Patrols(),
		   source,
		   new String[] {
			   "label", "\u5927\u6c14\u6c61\u67d3\u9632\u6cbb\u5de1\u67e5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Air pollution patrols" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (complaintEClass,
		   source,
		   new String[] {
			   "label", "\u73af\u5883\u4fe1\u8bbf\u4ef6", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Complaint" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getComplaint_Received(),
		   source,
		   new String[] {
			   "label", "\u53d7\u7406\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Received" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getComplaint_Source(),
		   source,
		   new String[] {
			   "label", "\u6765\u6e90", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Source" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getComplaint_Subject(),
		   source,
		   new String[] {
			   "label", "\u53cd\u6620\u95ee\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Subject" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getComplaint_Closed(),
		   source,
		   new String[] {
			   "label", "\u662f\u5426\u529e\u7ed3", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getComplaint_PendingReason(),
		   source,
		   new String[] {
			   "label", "\u672a\u529e\u7ed3\u539f\u56e0", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Reason not closed" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (complaintSourceEEnum,
		   source,
		   new String[] {
			   "label", "\u4fe1\u8bbf\u6765\u6e90", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Complaint source" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (complaintSourceEEnum.getELiterals().get(0),
		   source,
		   new String[] {
			   "label", "12345\u70ed\u7ebf", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "12345 hotline" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (complaintSourceEEnum.getELiterals().get(1),
		   source,
		   new String[] {
			   "label", "12369\u73af\u4fdd\u70ed\u7ebf", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "12369 environment hotline" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (complaintSourceEEnum.getELiterals().get(2),
		   source,
		   new String[] {
			   "label", "\u6765\u4fe1\u6765\u8bbf", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Letters and visits" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (airPatrolEClass,
		   source,
		   new String[] {
			   "label", "\u5927\u6c14\u6c61\u67d3\u9632\u6cbb\u5de1\u67e5", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Air pollution patrol" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAirPatrol_Date(),
		   source,
		   new String[] {
			   "label", "\u5de1\u67e5\u65e5\u671f", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Date" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAirPatrol_Area(),
		   source,
		   new String[] {
			   "label", "\u5de1\u67e5\u533a\u57df", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Area" //$NON-NLS-1$ //$NON-NLS-2$
		   });
		addAnnotation
		  (getAirPatrol_Findings(),
		   source,
		   new String[] {
			   "label", "\u53d1\u73b0\u95ee\u9898", //$NON-NLS-1$ //$NON-NLS-2$
			   "label.en", "Findings" //$NON-NLS-1$ //$NON-NLS-2$
		   });
	}

} //EnvironmentPackageImpl
