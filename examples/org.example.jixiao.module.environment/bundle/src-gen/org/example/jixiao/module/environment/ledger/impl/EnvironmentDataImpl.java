/**
 */
package org.example.jixiao.module.environment.ledger.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.example.jixiao.module.environment.ledger.AirPatrol;
import org.example.jixiao.module.environment.ledger.Complaint;
import org.example.jixiao.module.environment.ledger.EnvironmentData;
import org.example.jixiao.module.environment.ledger.EnvironmentPackage;

import org.jixiao.model.evaluation.impl.ModuleDataImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl#getComplaints <em>Complaints</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.EnvironmentDataImpl#getPatrols <em>Patrols</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnvironmentDataImpl extends ModuleDataImpl implements EnvironmentData {
	/**
	 * The cached value of the '{@link #getComplaints() <em>Complaints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComplaints()
	 * @generated
	 * @ordered
	 */
	protected EList<Complaint> complaints;

	/**
	 * The cached value of the '{@link #getPatrols() <em>Patrols</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPatrols()
	 * @generated
	 * @ordered
	 */
	protected EList<AirPatrol> patrols;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnvironmentDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnvironmentPackage.Literals.ENVIRONMENT_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Complaint> getComplaints() {
		if (complaints == null) {
			complaints = new EObjectContainmentEList<Complaint>(Complaint.class, this, EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS);
		}
		return complaints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AirPatrol> getPatrols() {
		if (patrols == null) {
			patrols = new EObjectContainmentEList<AirPatrol>(AirPatrol.class, this, EnvironmentPackage.ENVIRONMENT_DATA__PATROLS);
		}
		return patrols;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS:
				return ((InternalEList<?>)getComplaints()).basicRemove(otherEnd, msgs);
			case EnvironmentPackage.ENVIRONMENT_DATA__PATROLS:
				return ((InternalEList<?>)getPatrols()).basicRemove(otherEnd, msgs);
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
			case EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS:
				return getComplaints();
			case EnvironmentPackage.ENVIRONMENT_DATA__PATROLS:
				return getPatrols();
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
			case EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS:
				getComplaints().clear();
				getComplaints().addAll((Collection<? extends Complaint>)newValue);
				return;
			case EnvironmentPackage.ENVIRONMENT_DATA__PATROLS:
				getPatrols().clear();
				getPatrols().addAll((Collection<? extends AirPatrol>)newValue);
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
			case EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS:
				getComplaints().clear();
				return;
			case EnvironmentPackage.ENVIRONMENT_DATA__PATROLS:
				getPatrols().clear();
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
			case EnvironmentPackage.ENVIRONMENT_DATA__COMPLAINTS:
				return complaints != null && !complaints.isEmpty();
			case EnvironmentPackage.ENVIRONMENT_DATA__PATROLS:
				return patrols != null && !patrols.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //EnvironmentDataImpl
