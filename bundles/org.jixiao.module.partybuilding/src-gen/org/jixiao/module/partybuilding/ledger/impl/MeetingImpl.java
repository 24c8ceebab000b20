/**
 */
package org.jixiao.module.partybuilding.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.partybuilding.ledger.Meeting;
import org.jixiao.module.partybuilding.ledger.MeetingKind;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Meeting</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl#getTopic <em>Topic</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MeetingImpl#getAttendees <em>Attendees</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MeetingImpl extends LedgerEntryImpl implements Meeting {
	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final Date DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected Date date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final MeetingKind KIND_EDEFAULT = MeetingKind.THREE_MEETINGS_ONE_LESSON;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected MeetingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getAttendees() <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected static final int ATTENDEES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAttendees() <em>Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAttendees()
	 * @generated
	 * @ordered
	 */
	protected int attendees = ATTENDEES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MeetingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartyBuildingPackage.Literals.MEETING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(Date newDate) {
		Date oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEETING__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MeetingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(MeetingKind newKind) {
		MeetingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEETING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEETING__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAttendees() {
		return attendees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAttendees(int newAttendees) {
		int oldAttendees = attendees;
		attendees = newAttendees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEETING__ATTENDEES, oldAttendees, attendees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartyBuildingPackage.MEETING__DATE:
				return getDate();
			case PartyBuildingPackage.MEETING__KIND:
				return getKind();
			case PartyBuildingPackage.MEETING__TOPIC:
				return getTopic();
			case PartyBuildingPackage.MEETING__ATTENDEES:
				return getAttendees();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PartyBuildingPackage.MEETING__DATE:
				setDate((Date)newValue);
				return;
			case PartyBuildingPackage.MEETING__KIND:
				setKind((MeetingKind)newValue);
				return;
			case PartyBuildingPackage.MEETING__TOPIC:
				setTopic((String)newValue);
				return;
			case PartyBuildingPackage.MEETING__ATTENDEES:
				setAttendees((Integer)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PartyBuildingPackage.MEETING__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case PartyBuildingPackage.MEETING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PartyBuildingPackage.MEETING__TOPIC:
				setTopic(TOPIC_EDEFAULT);
				return;
			case PartyBuildingPackage.MEETING__ATTENDEES:
				setAttendees(ATTENDEES_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PartyBuildingPackage.MEETING__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case PartyBuildingPackage.MEETING__KIND:
				return kind != KIND_EDEFAULT;
			case PartyBuildingPackage.MEETING__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
			case PartyBuildingPackage.MEETING__ATTENDEES:
				return attendees != ATTENDEES_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (date: "); //$NON-NLS-1$
		result.append(date);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", topic: "); //$NON-NLS-1$
		result.append(topic);
		result.append(", attendees: "); //$NON-NLS-1$
		result.append(attendees);
		result.append(')');
		return result.toString();
	}

} //MeetingImpl
