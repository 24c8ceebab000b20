/**
 */
package org.jixiao.module.businessenv.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseRequest;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise Request</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#isSatisfied <em>Satisfied</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseRequestImpl#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseRequestImpl extends LedgerEntryImpl implements EnterpriseRequest {
	/**
	 * The default value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTERPRISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected String enterprise = ENTERPRISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected static final String SUMMARY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSummary() <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSummary()
	 * @generated
	 * @ordered
	 */
	protected String summary = SUMMARY_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date RECEIVED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedOn() <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedOn()
	 * @generated
	 * @ordered
	 */
	protected Date receivedOn = RECEIVED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CLOSED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isClosed() <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isClosed()
	 * @generated
	 * @ordered
	 */
	protected boolean closed = CLOSED_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected Date closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isSatisfied() <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSatisfied()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SATISFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSatisfied() <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSatisfied()
	 * @generated
	 * @ordered
	 */
	protected boolean satisfied = SATISFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPendingReason() <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingReason()
	 * @generated
	 * @ordered
	 */
	protected static final String PENDING_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPendingReason() <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPendingReason()
	 * @generated
	 * @ordered
	 */
	protected String pendingReason = PENDING_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseRequestImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BusinessEnvPackage.Literals.ENTERPRISE_REQUEST;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(String newEnterprise) {
		String oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSummary() {
		return summary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSummary(String newSummary) {
		String oldSummary = summary;
		summary = newSummary;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__SUMMARY, oldSummary, summary));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReceivedOn() {
		return receivedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedOn(Date newReceivedOn) {
		Date oldReceivedOn = receivedOn;
		receivedOn = newReceivedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__RECEIVED_ON, oldReceivedOn, receivedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isClosed() {
		return closed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosed(boolean newClosed) {
		boolean oldClosed = closed;
		closed = newClosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED, oldClosed, closed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(Date newClosedOn) {
		Date oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSatisfied() {
		return satisfied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSatisfied(boolean newSatisfied) {
		boolean oldSatisfied = satisfied;
		satisfied = newSatisfied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__SATISFIED, oldSatisfied, satisfied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPendingReason() {
		return pendingReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPendingReason(String newPendingReason) {
		String oldPendingReason = pendingReason;
		pendingReason = newPendingReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_REQUEST__PENDING_REASON, oldPendingReason, pendingReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BusinessEnvPackage.ENTERPRISE_REQUEST__ENTERPRISE:
				return getEnterprise();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SUMMARY:
				return getSummary();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__RECEIVED_ON:
				return getReceivedOn();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED:
				return isClosed();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED_ON:
				return getClosedOn();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SATISFIED:
				return isSatisfied();
			case BusinessEnvPackage.ENTERPRISE_REQUEST__PENDING_REASON:
				return getPendingReason();
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
			case BusinessEnvPackage.ENTERPRISE_REQUEST__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SUMMARY:
				setSummary((String)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__RECEIVED_ON:
				setReceivedOn((Date)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED:
				setClosed((Boolean)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED_ON:
				setClosedOn((Date)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SATISFIED:
				setSatisfied((Boolean)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__PENDING_REASON:
				setPendingReason((String)newValue);
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
			case BusinessEnvPackage.ENTERPRISE_REQUEST__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SUMMARY:
				setSummary(SUMMARY_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__RECEIVED_ON:
				setReceivedOn(RECEIVED_ON_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED:
				setClosed(CLOSED_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SATISFIED:
				setSatisfied(SATISFIED_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__PENDING_REASON:
				setPendingReason(PENDING_REASON_EDEFAULT);
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
			case BusinessEnvPackage.ENTERPRISE_REQUEST__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SUMMARY:
				return SUMMARY_EDEFAULT == null ? summary != null : !SUMMARY_EDEFAULT.equals(summary);
			case BusinessEnvPackage.ENTERPRISE_REQUEST__RECEIVED_ON:
				return RECEIVED_ON_EDEFAULT == null ? receivedOn != null : !RECEIVED_ON_EDEFAULT.equals(receivedOn);
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED:
				return closed != CLOSED_EDEFAULT;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case BusinessEnvPackage.ENTERPRISE_REQUEST__SATISFIED:
				return satisfied != SATISFIED_EDEFAULT;
			case BusinessEnvPackage.ENTERPRISE_REQUEST__PENDING_REASON:
				return PENDING_REASON_EDEFAULT == null ? pendingReason != null : !PENDING_REASON_EDEFAULT.equals(pendingReason);
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
		result.append(" (enterprise: "); //$NON-NLS-1$
		result.append(enterprise);
		result.append(", summary: "); //$NON-NLS-1$
		result.append(summary);
		result.append(", receivedOn: "); //$NON-NLS-1$
		result.append(receivedOn);
		result.append(", closed: "); //$NON-NLS-1$
		result.append(closed);
		result.append(", closedOn: "); //$NON-NLS-1$
		result.append(closedOn);
		result.append(", satisfied: "); //$NON-NLS-1$
		result.append(satisfied);
		result.append(", pendingReason: "); //$NON-NLS-1$
		result.append(pendingReason);
		result.append(')');
		return result.toString();
	}

} //EnterpriseRequestImpl
