/**
 */
package org.jixiao.module.partybuilding.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One meeting or study session of the party organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Meeting#getDate <em>Date</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Meeting#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Meeting#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Meeting#getAttendees <em>Attendees</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeeting()
 * @model annotation="http://jixiao.org/ledger label='\u4f1a\u8bae\u5b66\u4e60' label.en='Meeting'"
 * @generated
 */
public interface Meeting extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the meeting was held.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeeting_Date()
	 * @model annotation="http://jixiao.org/ledger label='\u65e5\u671f' label.en='Date'"
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Meeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.partybuilding.ledger.MeetingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What kind of meeting it was.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.partybuilding.ledger.MeetingKind
	 * @see #setKind(MeetingKind)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeeting_Kind()
	 * @model annotation="http://jixiao.org/ledger label='\u7c7b\u578b' label.en='Kind'"
	 * @generated
	 */
	MeetingKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Meeting#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.partybuilding.ledger.MeetingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(MeetingKind value);

	/**
	 * Returns the value of the '<em><b>Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was discussed or studied.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Topic</em>' attribute.
	 * @see #setTopic(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeeting_Topic()
	 * @model annotation="http://jixiao.org/ledger label='\u4e3b\u9898' label.en='Topic'"
	 * @generated
	 */
	String getTopic();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Meeting#getTopic <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Topic</em>' attribute.
	 * @see #getTopic()
	 * @generated
	 */
	void setTopic(String value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many people took part.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute.
	 * @see #setAttendees(int)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMeeting_Attendees()
	 * @model annotation="http://jixiao.org/ledger label='\u53c2\u52a0\u4eba\u6570' label.en='Attendees'"
	 * @generated
	 */
	int getAttendees();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Meeting#getAttendees <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Attendees</em>' attribute.
	 * @see #getAttendees()
	 * @generated
	 */
	void setAttendees(int value);

} // Meeting
