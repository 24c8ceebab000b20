/**
 */
package org.example.jixiao.module.environment.ledger;

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
 * The ledgers (台账) of the example ecology and environment module (生态环保): environmental complaints and air pollution patrols.
 * <!-- end-model-doc -->
 * @see org.example.jixiao.module.environment.ledger.EnvironmentFactory
 * @model kind="package"
 * @generated
 */
public interface EnvironmentPackage extends EPackage {
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
	String eNS_URI = "http://example.org/jixiao/environment/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "environment"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	EnvironmentPackage eINSTANCE = org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl <em>Data</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl
	 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getEnvironmentData()
	 * @generated
	 */
	int ENVIRONMENT_DATA = 0;

	/**
	 * The feature id for the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_DATA__MODULE_ID = EvaluationPackage.MODULE_DATA__MODULE_ID;

	/**
	 * The feature id for the '<em><b>Complaints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_DATA__COMPLAINTS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Patrols</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_DATA__PATROLS = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_DATA_FEATURE_COUNT = EvaluationPackage.MODULE_DATA_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Data</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENVIRONMENT_DATA_OPERATION_COUNT = EvaluationPackage.MODULE_DATA_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl <em>Complaint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.jixiao.module.environment.ledger.impl.ComplaintImpl
	 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getComplaint()
	 * @generated
	 */
	int COMPLAINT = 1;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__RECEIVED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SOURCE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__SUBJECT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__CLOSED = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT__PENDING_REASON = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Complaint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COMPLAINT_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.example.jixiao.module.environment.ledger.impl.AirPatrolImpl <em>Air Patrol</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.jixiao.module.environment.ledger.impl.AirPatrolImpl
	 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getAirPatrol()
	 * @generated
	 */
	int AIR_PATROL = 2;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL__UID = EvaluationPackage.LEDGER_ENTRY__UID;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL__DATE = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL__AREA = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL__FINDINGS = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Air Patrol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL_FEATURE_COUNT = EvaluationPackage.LEDGER_ENTRY_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Air Patrol</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AIR_PATROL_OPERATION_COUNT = EvaluationPackage.LEDGER_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.example.jixiao.module.environment.ledger.ComplaintSource <em>Complaint Source</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.example.jixiao.module.environment.ledger.ComplaintSource
	 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getComplaintSource()
	 * @generated
	 */
	int COMPLAINT_SOURCE = 3;


	/**
	 * Returns the meta object for class '{@link org.example.jixiao.module.environment.ledger.EnvironmentData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Data</em>'.
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentData
	 * @generated
	 */
	EClass getEnvironmentData();

	/**
	 * Returns the meta object for the containment reference list '{@link org.example.jixiao.module.environment.ledger.EnvironmentData#getComplaints <em>Complaints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Complaints</em>'.
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentData#getComplaints()
	 * @see #getEnvironmentData()
	 * @generated
	 */
	EReference getEnvironmentData_Complaints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.example.jixiao.module.environment.ledger.EnvironmentData#getPatrols <em>Patrols</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Patrols</em>'.
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentData#getPatrols()
	 * @see #getEnvironmentData()
	 * @generated
	 */
	EReference getEnvironmentData_Patrols();

	/**
	 * Returns the meta object for class '{@link org.example.jixiao.module.environment.ledger.Complaint <em>Complaint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Complaint</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint
	 * @generated
	 */
	EClass getComplaint();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.Complaint#getReceived <em>Received</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint#getReceived()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Received();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.Complaint#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint#getSource()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.Complaint#getSubject <em>Subject</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subject</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint#getSubject()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Subject();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.Complaint#isClosed <em>Closed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint#isClosed()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_Closed();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.Complaint#getPendingReason <em>Pending Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pending Reason</em>'.
	 * @see org.example.jixiao.module.environment.ledger.Complaint#getPendingReason()
	 * @see #getComplaint()
	 * @generated
	 */
	EAttribute getComplaint_PendingReason();

	/**
	 * Returns the meta object for class '{@link org.example.jixiao.module.environment.ledger.AirPatrol <em>Air Patrol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Air Patrol</em>'.
	 * @see org.example.jixiao.module.environment.ledger.AirPatrol
	 * @generated
	 */
	EClass getAirPatrol();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.example.jixiao.module.environment.ledger.AirPatrol#getDate()
	 * @see #getAirPatrol()
	 * @generated
	 */
	EAttribute getAirPatrol_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getArea <em>Area</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Area</em>'.
	 * @see org.example.jixiao.module.environment.ledger.AirPatrol#getArea()
	 * @see #getAirPatrol()
	 * @generated
	 */
	EAttribute getAirPatrol_Area();

	/**
	 * Returns the meta object for the attribute '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Findings</em>'.
	 * @see org.example.jixiao.module.environment.ledger.AirPatrol#getFindings()
	 * @see #getAirPatrol()
	 * @generated
	 */
	EAttribute getAirPatrol_Findings();

	/**
	 * Returns the meta object for enum '{@link org.example.jixiao.module.environment.ledger.ComplaintSource <em>Complaint Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Complaint Source</em>'.
	 * @see org.example.jixiao.module.environment.ledger.ComplaintSource
	 * @generated
	 */
	EEnum getComplaintSource();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	EnvironmentFactory getEnvironmentFactory();

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
		 * The meta object literal for the '{@link org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl <em>Data</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl
		 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getEnvironmentData()
		 * @generated
		 */
		EClass ENVIRONMENT_DATA = eINSTANCE.getEnvironmentData();

		/**
		 * The meta object literal for the '<em><b>Complaints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENVIRONMENT_DATA__COMPLAINTS = eINSTANCE.getEnvironmentData_Complaints();

		/**
		 * The meta object literal for the '<em><b>Patrols</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ENVIRONMENT_DATA__PATROLS = eINSTANCE.getEnvironmentData_Patrols();

		/**
		 * The meta object literal for the '{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl <em>Complaint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.jixiao.module.environment.ledger.impl.ComplaintImpl
		 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getComplaint()
		 * @generated
		 */
		EClass COMPLAINT = eINSTANCE.getComplaint();

		/**
		 * The meta object literal for the '<em><b>Received</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__RECEIVED = eINSTANCE.getComplaint_Received();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SOURCE = eINSTANCE.getComplaint_Source();

		/**
		 * The meta object literal for the '<em><b>Subject</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__SUBJECT = eINSTANCE.getComplaint_Subject();

		/**
		 * The meta object literal for the '<em><b>Closed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__CLOSED = eINSTANCE.getComplaint_Closed();

		/**
		 * The meta object literal for the '<em><b>Pending Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COMPLAINT__PENDING_REASON = eINSTANCE.getComplaint_PendingReason();

		/**
		 * The meta object literal for the '{@link org.example.jixiao.module.environment.ledger.impl.AirPatrolImpl <em>Air Patrol</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.jixiao.module.environment.ledger.impl.AirPatrolImpl
		 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getAirPatrol()
		 * @generated
		 */
		EClass AIR_PATROL = eINSTANCE.getAirPatrol();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AIR_PATROL__DATE = eINSTANCE.getAirPatrol_Date();

		/**
		 * The meta object literal for the '<em><b>Area</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AIR_PATROL__AREA = eINSTANCE.getAirPatrol_Area();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AIR_PATROL__FINDINGS = eINSTANCE.getAirPatrol_Findings();

		/**
		 * The meta object literal for the '{@link org.example.jixiao.module.environment.ledger.ComplaintSource <em>Complaint Source</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.example.jixiao.module.environment.ledger.ComplaintSource
		 * @see org.example.jixiao.module.environment.ledger.impl.EnvironmentPackageImpl#getComplaintSource()
		 * @generated
		 */
		EEnum COMPLAINT_SOURCE = eINSTANCE.getComplaintSource();

	}

} //EnvironmentPackage
