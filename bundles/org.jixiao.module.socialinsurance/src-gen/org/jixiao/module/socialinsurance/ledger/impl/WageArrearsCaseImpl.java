/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.socialinsurance.ledger.ArrearsSource;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Wage Arrears Case</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getWorkers <em>Workers</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.WageArrearsCaseImpl#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WageArrearsCaseImpl extends LedgerEntryImpl implements WageArrearsCase {
	/**
	 * The default value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String CASE_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCaseNumber() <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseNumber()
	 * @generated
	 * @ordered
	 */
	protected String caseNumber = CASE_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final ArrearsSource SOURCE_EDEFAULT = ArrearsSource.PLATFORM;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ArrearsSource source = SOURCE_EDEFAULT;

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
	 * The default value of the '{@link #getWorkers() <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkers()
	 * @generated
	 * @ordered
	 */
	protected static final int WORKERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWorkers() <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWorkers()
	 * @generated
	 * @ordered
	 */
	protected int workers = WORKERS_EDEFAULT;

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
	protected WageArrearsCaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialInsurancePackage.Literals.WAGE_ARREARS_CASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCaseNumber() {
		return caseNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCaseNumber(String newCaseNumber) {
		String oldCaseNumber = caseNumber;
		caseNumber = newCaseNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__CASE_NUMBER, oldCaseNumber, caseNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArrearsSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ArrearsSource newSource) {
		ArrearsSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWorkers() {
		return workers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkers(int newWorkers) {
		int oldWorkers = workers;
		workers = newWorkers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__WORKERS, oldWorkers, workers));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__RECEIVED_ON, oldReceivedOn, receivedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED, oldClosed, closed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED_ON, oldClosedOn, closedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.WAGE_ARREARS_CASE__PENDING_REASON, oldPendingReason, pendingReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CASE_NUMBER:
				return getCaseNumber();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__SOURCE:
				return getSource();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__ENTERPRISE:
				return getEnterprise();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__WORKERS:
				return getWorkers();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__RECEIVED_ON:
				return getReceivedOn();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED:
				return isClosed();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED_ON:
				return getClosedOn();
			case SocialInsurancePackage.WAGE_ARREARS_CASE__PENDING_REASON:
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
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CASE_NUMBER:
				setCaseNumber((String)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__SOURCE:
				setSource((ArrearsSource)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__WORKERS:
				setWorkers((Integer)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__RECEIVED_ON:
				setReceivedOn((Date)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED:
				setClosed((Boolean)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED_ON:
				setClosedOn((Date)newValue);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__PENDING_REASON:
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
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CASE_NUMBER:
				setCaseNumber(CASE_NUMBER_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__WORKERS:
				setWorkers(WORKERS_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__RECEIVED_ON:
				setReceivedOn(RECEIVED_ON_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED:
				setClosed(CLOSED_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__PENDING_REASON:
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
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CASE_NUMBER:
				return CASE_NUMBER_EDEFAULT == null ? caseNumber != null : !CASE_NUMBER_EDEFAULT.equals(caseNumber);
			case SocialInsurancePackage.WAGE_ARREARS_CASE__SOURCE:
				return source != SOURCE_EDEFAULT;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case SocialInsurancePackage.WAGE_ARREARS_CASE__WORKERS:
				return workers != WORKERS_EDEFAULT;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__RECEIVED_ON:
				return RECEIVED_ON_EDEFAULT == null ? receivedOn != null : !RECEIVED_ON_EDEFAULT.equals(receivedOn);
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED:
				return closed != CLOSED_EDEFAULT;
			case SocialInsurancePackage.WAGE_ARREARS_CASE__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case SocialInsurancePackage.WAGE_ARREARS_CASE__PENDING_REASON:
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
		result.append(" (caseNumber: "); //$NON-NLS-1$
		result.append(caseNumber);
		result.append(", source: "); //$NON-NLS-1$
		result.append(source);
		result.append(", enterprise: "); //$NON-NLS-1$
		result.append(enterprise);
		result.append(", workers: "); //$NON-NLS-1$
		result.append(workers);
		result.append(", receivedOn: "); //$NON-NLS-1$
		result.append(receivedOn);
		result.append(", closed: "); //$NON-NLS-1$
		result.append(closed);
		result.append(", closedOn: "); //$NON-NLS-1$
		result.append(closedOn);
		result.append(", pendingReason: "); //$NON-NLS-1$
		result.append(pendingReason);
		result.append(')');
		return result.toString();
	}

} //WageArrearsCaseImpl
