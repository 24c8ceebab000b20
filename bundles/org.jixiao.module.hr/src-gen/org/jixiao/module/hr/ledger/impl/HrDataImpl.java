/**
 */
package org.jixiao.module.hr.ledger.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.impl.ModuleDataImpl;

import org.jixiao.module.hr.ledger.Appraisal;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.module.hr.ledger.Recruit;
import org.jixiao.module.hr.ledger.Talent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.HrDataImpl#getRecruits <em>Recruits</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.HrDataImpl#getTalents <em>Talents</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.HrDataImpl#getAppraisals <em>Appraisals</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HrDataImpl extends ModuleDataImpl implements HrData {
	/**
	 * The cached value of the '{@link #getRecruits() <em>Recruits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecruits()
	 * @generated
	 * @ordered
	 */
	protected EList<Recruit> recruits;

	/**
	 * The cached value of the '{@link #getTalents() <em>Talents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTalents()
	 * @generated
	 * @ordered
	 */
	protected EList<Talent> talents;

	/**
	 * The cached value of the '{@link #getAppraisals() <em>Appraisals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAppraisals()
	 * @generated
	 * @ordered
	 */
	protected EList<Appraisal> appraisals;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HrDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HrPackage.Literals.HR_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recruit> getRecruits() {
		if (recruits == null) {
			recruits = new EObjectContainmentEList<Recruit>(Recruit.class, this, HrPackage.HR_DATA__RECRUITS);
		}
		return recruits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Talent> getTalents() {
		if (talents == null) {
			talents = new EObjectContainmentEList<Talent>(Talent.class, this, HrPackage.HR_DATA__TALENTS);
		}
		return talents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Appraisal> getAppraisals() {
		if (appraisals == null) {
			appraisals = new EObjectContainmentEList<Appraisal>(Appraisal.class, this, HrPackage.HR_DATA__APPRAISALS);
		}
		return appraisals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case HrPackage.HR_DATA__RECRUITS:
				return ((InternalEList<?>)getRecruits()).basicRemove(otherEnd, msgs);
			case HrPackage.HR_DATA__TALENTS:
				return ((InternalEList<?>)getTalents()).basicRemove(otherEnd, msgs);
			case HrPackage.HR_DATA__APPRAISALS:
				return ((InternalEList<?>)getAppraisals()).basicRemove(otherEnd, msgs);
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
			case HrPackage.HR_DATA__RECRUITS:
				return getRecruits();
			case HrPackage.HR_DATA__TALENTS:
				return getTalents();
			case HrPackage.HR_DATA__APPRAISALS:
				return getAppraisals();
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
			case HrPackage.HR_DATA__RECRUITS:
				getRecruits().clear();
				getRecruits().addAll((Collection<? extends Recruit>)newValue);
				return;
			case HrPackage.HR_DATA__TALENTS:
				getTalents().clear();
				getTalents().addAll((Collection<? extends Talent>)newValue);
				return;
			case HrPackage.HR_DATA__APPRAISALS:
				getAppraisals().clear();
				getAppraisals().addAll((Collection<? extends Appraisal>)newValue);
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
			case HrPackage.HR_DATA__RECRUITS:
				getRecruits().clear();
				return;
			case HrPackage.HR_DATA__TALENTS:
				getTalents().clear();
				return;
			case HrPackage.HR_DATA__APPRAISALS:
				getAppraisals().clear();
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
			case HrPackage.HR_DATA__RECRUITS:
				return recruits != null && !recruits.isEmpty();
			case HrPackage.HR_DATA__TALENTS:
				return talents != null && !talents.isEmpty();
			case HrPackage.HR_DATA__APPRAISALS:
				return appraisals != null && !appraisals.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //HrDataImpl
