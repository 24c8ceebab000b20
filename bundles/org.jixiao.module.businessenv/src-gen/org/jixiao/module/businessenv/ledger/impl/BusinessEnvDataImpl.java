/**
 */
package org.jixiao.module.businessenv.ledger.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.impl.ModuleDataImpl;

import org.jixiao.module.businessenv.ledger.BusinessEnvData;
import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseEvent;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;
import org.jixiao.module.businessenv.ledger.EnterpriseVisit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl#getRequests <em>Requests</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl#getVisits <em>Visits</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.BusinessEnvDataImpl#getEvents <em>Events</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BusinessEnvDataImpl extends ModuleDataImpl implements BusinessEnvData {
	/**
	 * The cached value of the '{@link #getRequests() <em>Requests</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequests()
	 * @generated
	 * @ordered
	 */
	protected EList<EnterpriseRequest> requests;

	/**
	 * The cached value of the '{@link #getVisits() <em>Visits</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisits()
	 * @generated
	 * @ordered
	 */
	protected EList<EnterpriseVisit> visits;

	/**
	 * The cached value of the '{@link #getEvents() <em>Events</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvents()
	 * @generated
	 * @ordered
	 */
	protected EList<EnterpriseEvent> events;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BusinessEnvDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BusinessEnvPackage.Literals.BUSINESS_ENV_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnterpriseRequest> getRequests() {
		if (requests == null) {
			requests = new EObjectContainmentEList<EnterpriseRequest>(EnterpriseRequest.class, this, BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS);
		}
		return requests;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnterpriseVisit> getVisits() {
		if (visits == null) {
			visits = new EObjectContainmentEList<EnterpriseVisit>(EnterpriseVisit.class, this, BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS);
		}
		return visits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnterpriseEvent> getEvents() {
		if (events == null) {
			events = new EObjectContainmentEList<EnterpriseEvent>(EnterpriseEvent.class, this, BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS);
		}
		return events;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS:
				return ((InternalEList<?>)getRequests()).basicRemove(otherEnd, msgs);
			case BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS:
				return ((InternalEList<?>)getVisits()).basicRemove(otherEnd, msgs);
			case BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS:
				return ((InternalEList<?>)getEvents()).basicRemove(otherEnd, msgs);
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
			case BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS:
				return getRequests();
			case BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS:
				return getVisits();
			case BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS:
				return getEvents();
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
			case BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS:
				getRequests().clear();
				getRequests().addAll((Collection<? extends EnterpriseRequest>)newValue);
				return;
			case BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS:
				getVisits().clear();
				getVisits().addAll((Collection<? extends EnterpriseVisit>)newValue);
				return;
			case BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS:
				getEvents().clear();
				getEvents().addAll((Collection<? extends EnterpriseEvent>)newValue);
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
			case BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS:
				getRequests().clear();
				return;
			case BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS:
				getVisits().clear();
				return;
			case BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS:
				getEvents().clear();
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
			case BusinessEnvPackage.BUSINESS_ENV_DATA__REQUESTS:
				return requests != null && !requests.isEmpty();
			case BusinessEnvPackage.BUSINESS_ENV_DATA__VISITS:
				return visits != null && !visits.isEmpty();
			case BusinessEnvPackage.BUSINESS_ENV_DATA__EVENTS:
				return events != null && !events.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //BusinessEnvDataImpl
