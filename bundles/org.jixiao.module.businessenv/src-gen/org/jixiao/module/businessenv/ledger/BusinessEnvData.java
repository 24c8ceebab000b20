/**
 */
package org.jixiao.module.businessenv.ledger;

import org.eclipse.emf.common.util.EList;

import org.jixiao.model.evaluation.ModuleData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the 营商环境 module keeps for an evaluation: its ledgers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.BusinessEnvData#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getBusinessEnvData()
 * @model annotation="http://jixiao.org/ledger label='\u8425\u5546\u73af\u5883\u53f0\u8d26' label.en='Business environment ledgers'"
 * @generated
 */
public interface BusinessEnvData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Requests</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.businessenv.ledger.EnterpriseRequest}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The problems enterprises raised on the enterprise service platform, one entry per problem.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Requests</em>' containment reference list.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getBusinessEnvData_Requests()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u4e3a\u4f01\u670d\u52a1\u5e73\u53f0\u6536\u529e\u95ee\u9898' label.en='Enterprise requests'"
	 * @generated
	 */
	EList<EnterpriseRequest> getRequests();

	/**
	 * Returns the value of the '<em><b>Visits</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.businessenv.ledger.EnterpriseVisit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprises and projects visited under the quarterly 包保 scheme, one entry per enterprise or project.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Visits</em>' containment reference list.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getBusinessEnvData_Visits()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u5305\u4fdd\u8d70\u8bbf' label.en='Enterprise visits'"
	 * @generated
	 */
	EList<EnterpriseVisit> getVisits();

	/**
	 * Returns the value of the '<em><b>Events</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.businessenv.ledger.EnterpriseEvent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprise forums and on-site office events held, one entry per event.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Events</em>' containment reference list.
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getBusinessEnvData_Events()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u5ea7\u8c08\u4f1a\u548c\u73b0\u573a\u529e\u516c' label.en='Forums and on-site office'"
	 * @generated
	 */
	EList<EnterpriseEvent> getEvents();

} // BusinessEnvData
