/**
 */
package org.jixiao.module.partybuilding.ledger.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.impl.ModuleDataImpl;

import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.Meeting;
import org.jixiao.module.partybuilding.ledger.MemberDevelopment;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl#getMembers <em>Members</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl#getMeetings <em>Meetings</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.PartyBuildingDataImpl#getInstructors <em>Instructors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PartyBuildingDataImpl extends ModuleDataImpl implements PartyBuildingData {
	/**
	 * The cached value of the '{@link #getMembers() <em>Members</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMembers()
	 * @generated
	 * @ordered
	 */
	protected EList<MemberDevelopment> members;

	/**
	 * The cached value of the '{@link #getMeetings() <em>Meetings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeetings()
	 * @generated
	 * @ordered
	 */
	protected EList<Meeting> meetings;

	/**
	 * The cached value of the '{@link #getInstructors() <em>Instructors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstructors()
	 * @generated
	 * @ordered
	 */
	protected EList<Instructor> instructors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PartyBuildingDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartyBuildingPackage.Literals.PARTY_BUILDING_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<MemberDevelopment> getMembers() {
		if (members == null) {
			members = new EObjectContainmentEList<MemberDevelopment>(MemberDevelopment.class, this, PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS);
		}
		return members;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Meeting> getMeetings() {
		if (meetings == null) {
			meetings = new EObjectContainmentEList<Meeting>(Meeting.class, this, PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS);
		}
		return meetings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instructor> getInstructors() {
		if (instructors == null) {
			instructors = new EObjectContainmentEList<Instructor>(Instructor.class, this, PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS);
		}
		return instructors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS:
				return ((InternalEList<?>)getMembers()).basicRemove(otherEnd, msgs);
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS:
				return ((InternalEList<?>)getMeetings()).basicRemove(otherEnd, msgs);
			case PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS:
				return ((InternalEList<?>)getInstructors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS:
				return getMembers();
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS:
				return getMeetings();
			case PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS:
				return getInstructors();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS:
				getMembers().clear();
				getMembers().addAll((Collection<? extends MemberDevelopment>)newValue);
				return;
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS:
				getMeetings().clear();
				getMeetings().addAll((Collection<? extends Meeting>)newValue);
				return;
			case PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS:
				getInstructors().clear();
				getInstructors().addAll((Collection<? extends Instructor>)newValue);
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
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS:
				getMembers().clear();
				return;
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS:
				getMeetings().clear();
				return;
			case PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS:
				getInstructors().clear();
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
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEMBERS:
				return members != null && !members.isEmpty();
			case PartyBuildingPackage.PARTY_BUILDING_DATA__MEETINGS:
				return meetings != null && !meetings.isEmpty();
			case PartyBuildingPackage.PARTY_BUILDING_DATA__INSTRUCTORS:
				return instructors != null && !instructors.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //PartyBuildingDataImpl
