/**
 */
package org.example.jixiao.module.environment.ledger;

import org.eclipse.emf.common.util.EList;

import org.jixiao.model.evaluation.ModuleData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the environment module keeps for an evaluation: its two ledgers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.jixiao.module.environment.ledger.EnvironmentData#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.EnvironmentData#getPatrols <em>Patrols</em>}</li>
 * </ul>
 *
 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getEnvironmentData()
 * @model annotation="http://jixiao.org/ledger label='\u751f\u6001\u73af\u4fdd\u53f0\u8d26' label.en='Ecology and environment ledgers'"
 * @generated
 */
public interface EnvironmentData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Complaints</b></em>' containment reference list.
	 * The list contents are of type {@link org.example.jixiao.module.environment.ledger.Complaint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The environmental complaints received (环境信访件), one row a complaint.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Complaints</em>' containment reference list.
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getEnvironmentData_Complaints()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u73af\u5883\u4fe1\u8bbf\u4ef6' label.en='Environmental complaints'"
	 * @generated
	 */
	EList<Complaint> getComplaints();

	/**
	 * Returns the value of the '<em><b>Patrols</b></em>' containment reference list.
	 * The list contents are of type {@link org.example.jixiao.module.environment.ledger.AirPatrol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The air pollution prevention patrols (大气污染防治巡查), one row a patrol.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Patrols</em>' containment reference list.
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getEnvironmentData_Patrols()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u5927\u6c14\u6c61\u67d3\u9632\u6cbb\u5de1\u67e5' label.en='Air pollution patrols'"
	 * @generated
	 */
	EList<AirPatrol> getPatrols();

} // EnvironmentData
