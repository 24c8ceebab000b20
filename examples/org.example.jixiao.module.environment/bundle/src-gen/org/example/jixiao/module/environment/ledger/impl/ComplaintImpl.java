/**
 */
package org.example.jixiao.module.environment.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.example.jixiao.module.environment.ledger.Complaint;
import org.example.jixiao.module.environment.ledger.ComplaintSource;
import org.example.jixiao.module.environment.ledger.EnvironmentPackage;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl#getReceived <em>Received</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.impl.ComplaintImpl#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ComplaintImpl extends LedgerEntryImpl implements Complaint {
	/**
	 * The default value of the '{@link #getReceived() <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceived()
	 * @generated
	 * @ordered
	 */
	protected static final Date RECEIVED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceived() <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceived()
	 * @generated
	 * @ordered
	 */
	protected Date received = RECEIVED_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final ComplaintSource SOURCE_EDEFAULT = ComplaintSource.HOTLINE_12345;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected ComplaintSource source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubject() <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubject()
	 * @generated
	 * @ordered
	 */
	protected String subject = SUBJECT_EDEFAULT;

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
	protected ComplaintImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EnvironmentPackage.Literals.COMPLAINT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getReceived() {
		return received;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceived(Date newReceived) {
		Date oldReceived = received;
		received = newReceived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnvironmentPackage.COMPLAINT__RECEIVED, oldReceived, received));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ComplaintSource getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(ComplaintSource newSource) {
		ComplaintSource oldSource = source;
		source = newSource == null ? SOURCE_EDEFAULT : newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnvironmentPackage.COMPLAINT__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubject() {
		return subject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubject(String newSubject) {
		String oldSubject = subject;
		subject = newSubject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EnvironmentPackage.COMPLAINT__SUBJECT, oldSubject, subject));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnvironmentPackage.COMPLAINT__CLOSED, oldClosed, closed));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EnvironmentPackage.COMPLAINT__PENDING_REASON, oldPendingReason, pendingReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EnvironmentPackage.COMPLAINT__RECEIVED:
				return getReceived();
			case EnvironmentPackage.COMPLAINT__SOURCE:
				return getSource();
			case EnvironmentPackage.COMPLAINT__SUBJECT:
				return getSubject();
			case EnvironmentPackage.COMPLAINT__CLOSED:
				return isClosed();
			case EnvironmentPackage.COMPLAINT__PENDING_REASON:
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
			case EnvironmentPackage.COMPLAINT__RECEIVED:
				setReceived((Date)newValue);
				return;
			case EnvironmentPackage.COMPLAINT__SOURCE:
				setSource((ComplaintSource)newValue);
				return;
			case EnvironmentPackage.COMPLAINT__SUBJECT:
				setSubject((String)newValue);
				return;
			case EnvironmentPackage.COMPLAINT__CLOSED:
				setClosed((Boolean)newValue);
				return;
			case EnvironmentPackage.COMPLAINT__PENDING_REASON:
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
			case EnvironmentPackage.COMPLAINT__RECEIVED:
				setReceived(RECEIVED_EDEFAULT);
				return;
			case EnvironmentPackage.COMPLAINT__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case EnvironmentPackage.COMPLAINT__SUBJECT:
				setSubject(SUBJECT_EDEFAULT);
				return;
			case EnvironmentPackage.COMPLAINT__CLOSED:
				setClosed(CLOSED_EDEFAULT);
				return;
			case EnvironmentPackage.COMPLAINT__PENDING_REASON:
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
			case EnvironmentPackage.COMPLAINT__RECEIVED:
				return RECEIVED_EDEFAULT == null ? received != null : !RECEIVED_EDEFAULT.equals(received);
			case EnvironmentPackage.COMPLAINT__SOURCE:
				return source != SOURCE_EDEFAULT;
			case EnvironmentPackage.COMPLAINT__SUBJECT:
				return SUBJECT_EDEFAULT == null ? subject != null : !SUBJECT_EDEFAULT.equals(subject);
			case EnvironmentPackage.COMPLAINT__CLOSED:
				return closed != CLOSED_EDEFAULT;
			case EnvironmentPackage.COMPLAINT__PENDING_REASON:
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
		result.append(" (received: "); //$NON-NLS-1$
		result.append(received);
		result.append(", source: "); //$NON-NLS-1$
		result.append(source);
		result.append(", subject: "); //$NON-NLS-1$
		result.append(subject);
		result.append(", closed: "); //$NON-NLS-1$
		result.append(closed);
		result.append(", pendingReason: "); //$NON-NLS-1$
		result.append(pendingReason);
		result.append(')');
		return result.toString();
	}

} //ComplaintImpl
