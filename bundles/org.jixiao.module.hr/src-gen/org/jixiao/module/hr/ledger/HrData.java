/**
 */
package org.jixiao.module.hr.ledger;

import org.eclipse.emf.common.util.EList;

import org.jixiao.model.evaluation.ModuleData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the HR and Talent module keeps for an evaluation: its three ledgers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.HrData#getRecruits <em>Recruits</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.HrData#getTalents <em>Talents</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.HrData#getAppraisals <em>Appraisals</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.hr.ledger.HrPackage#getHrData()
 * @model annotation="http://jixiao.org/ledger label='\u4eba\u4e8b\u4eba\u624d\u53f0\u8d26' label.en='HR and talent ledgers'"
 * @generated
 */
public interface HrData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Recruits</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.hr.ledger.Recruit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employees recruited, one row a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recruits</em>' containment reference list.
	 * @see org.jixiao.module.hr.ledger.HrPackage#getHrData_Recruits()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u96c7\u5458\u62db\u8058' label.en='Recruitment'"
	 * @generated
	 */
	EList<Recruit> getRecruits();

	/**
	 * Returns the value of the '<em><b>Talents</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.hr.ledger.Talent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The talents in the zone's talent pool (人才库), one row a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Talents</em>' containment reference list.
	 * @see org.jixiao.module.hr.ledger.HrPackage#getHrData_Talents()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u4eba\u624d\u5e93' label.en='Talent pool'"
	 * @generated
	 */
	EList<Talent> getTalents();

	/**
	 * Returns the value of the '<em><b>Appraisals</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.hr.ledger.Appraisal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The results of the staff's annual appraisal, one row a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Appraisals</em>' containment reference list.
	 * @see org.jixiao.module.hr.ledger.HrPackage#getHrData_Appraisals()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u5e74\u5ea6\u8003\u6838' label.en='Annual appraisal'"
	 * @generated
	 */
	EList<Appraisal> getAppraisals();

} // HrData
