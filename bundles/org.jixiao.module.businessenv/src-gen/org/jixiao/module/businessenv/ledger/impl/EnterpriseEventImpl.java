/**
 */
package org.jixiao.module.businessenv.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseEvent;
import org.jixiao.module.businessenv.ledger.EventKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise Event</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseEventImpl#getEnterprises <em>Enterprises</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseEventImpl extends LedgerEntryImpl implements EnterpriseEvent {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EventKind KIND_EDEFAULT = EventKind.FORUM;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EventKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date HELD_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHeldOn() <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeldOn()
	 * @generated
	 * @ordered
	 */
	protected Date heldOn = HELD_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnterprises() <em>Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected static final int ENTERPRISES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEnterprises() <em>Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprises()
	 * @generated
	 * @ordered
	 */
	protected int enterprises = ENTERPRISES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseEventImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BusinessEnvPackage.Literals.ENTERPRISE_EVENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_EVENT__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EventKind newKind) {
		EventKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_EVENT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getHeldOn() {
		return heldOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeldOn(Date newHeldOn) {
		Date oldHeldOn = heldOn;
		heldOn = newHeldOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_EVENT__HELD_ON, oldHeldOn, heldOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEnterprises() {
		return enterprises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprises(int newEnterprises) {
		int oldEnterprises = enterprises;
		enterprises = newEnterprises;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_EVENT__ENTERPRISES, oldEnterprises, enterprises));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BusinessEnvPackage.ENTERPRISE_EVENT__TITLE:
				return getTitle();
			case BusinessEnvPackage.ENTERPRISE_EVENT__KIND:
				return getKind();
			case BusinessEnvPackage.ENTERPRISE_EVENT__HELD_ON:
				return getHeldOn();
			case BusinessEnvPackage.ENTERPRISE_EVENT__ENTERPRISES:
				return getEnterprises();
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
			case BusinessEnvPackage.ENTERPRISE_EVENT__TITLE:
				setTitle((String)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__KIND:
				setKind((EventKind)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__HELD_ON:
				setHeldOn((Date)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__ENTERPRISES:
				setEnterprises((Integer)newValue);
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
			case BusinessEnvPackage.ENTERPRISE_EVENT__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__HELD_ON:
				setHeldOn(HELD_ON_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_EVENT__ENTERPRISES:
				setEnterprises(ENTERPRISES_EDEFAULT);
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
			case BusinessEnvPackage.ENTERPRISE_EVENT__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case BusinessEnvPackage.ENTERPRISE_EVENT__KIND:
				return kind != KIND_EDEFAULT;
			case BusinessEnvPackage.ENTERPRISE_EVENT__HELD_ON:
				return HELD_ON_EDEFAULT == null ? heldOn != null : !HELD_ON_EDEFAULT.equals(heldOn);
			case BusinessEnvPackage.ENTERPRISE_EVENT__ENTERPRISES:
				return enterprises != ENTERPRISES_EDEFAULT;
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", heldOn: "); //$NON-NLS-1$
		result.append(heldOn);
		result.append(", enterprises: "); //$NON-NLS-1$
		result.append(enterprises);
		result.append(')');
		return result.toString();
	}

} //EnterpriseEventImpl
