/**
 */
package org.jixiao.module.partybuilding.ledger;

import org.eclipse.emf.common.util.EList;

import org.jixiao.model.evaluation.ModuleData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the Party Building module keeps for an evaluation: its three ledgers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMembers <em>Members</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.PartyBuildingData#getInstructors <em>Instructors</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getPartyBuildingData()
 * @model annotation="http://jixiao.org/ledger label='\u515a\u5efa\u53f0\u8d26' label.en='Party building ledgers'"
 * @generated
 */
public interface PartyBuildingData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.partybuilding.ledger.MemberDevelopment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The people on the way to party membership, one row a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getPartyBuildingData_Members()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u515a\u5458\u53d1\u5c55' label.en='Party member development'"
	 * @generated
	 */
	EList<MemberDevelopment> getMembers();

	/**
	 * Returns the value of the '<em><b>Meetings</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.partybuilding.ledger.Meeting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The meetings and study sessions held, one row a meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Meetings</em>' containment reference list.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getPartyBuildingData_Meetings()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u4f1a\u8bae\u5b66\u4e60' label.en='Meetings and study sessions'"
	 * @generated
	 */
	EList<Meeting> getMeetings();

	/**
	 * Returns the value of the '<em><b>Instructors</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.partybuilding.ledger.Instructor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The roster of instructors sent to non-public enterprises, with their subsidies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instructors</em>' containment reference list.
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getPartyBuildingData_Instructors()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u975e\u516c\u515a\u5efa\u5de5\u4f5c\u6307\u5bfc\u5458' label.en='Non-public-sector party-building instructors'"
	 * @generated
	 */
	EList<Instructor> getInstructors();

} // PartyBuildingData
