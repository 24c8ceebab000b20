/**
 */
package org.jixiao.module.hr.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.module.hr.ledger.Recruit;
import org.jixiao.module.hr.ledger.RecruitmentChannel;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recruit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.RecruitImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.RecruitImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.RecruitImpl#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.RecruitImpl#getAnnounced <em>Announced</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.RecruitImpl#getHired <em>Hired</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecruitImpl extends LedgerEntryImpl implements Recruit {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected static final RecruitmentChannel CHANNEL_EDEFAULT = RecruitmentChannel.OPEN;

	/**
	 * The cached value of the '{@link #getChannel() <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannel()
	 * @generated
	 * @ordered
	 */
	protected RecruitmentChannel channel = CHANNEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnnounced() <em>Announced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnounced()
	 * @generated
	 * @ordered
	 */
	protected static final Date ANNOUNCED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAnnounced() <em>Announced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnounced()
	 * @generated
	 * @ordered
	 */
	protected Date announced = ANNOUNCED_EDEFAULT;

	/**
	 * The default value of the '{@link #getHired() <em>Hired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHired()
	 * @generated
	 * @ordered
	 */
	protected static final Date HIRED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHired() <em>Hired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHired()
	 * @generated
	 * @ordered
	 */
	protected Date hired = HIRED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecruitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HrPackage.Literals.RECRUIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.RECRUIT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.RECRUIT__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecruitmentChannel getChannel() {
		return channel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannel(RecruitmentChannel newChannel) {
		RecruitmentChannel oldChannel = channel;
		channel = newChannel == null ? CHANNEL_EDEFAULT : newChannel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.RECRUIT__CHANNEL, oldChannel, channel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAnnounced() {
		return announced;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnnounced(Date newAnnounced) {
		Date oldAnnounced = announced;
		announced = newAnnounced;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.RECRUIT__ANNOUNCED, oldAnnounced, announced));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getHired() {
		return hired;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHired(Date newHired) {
		Date oldHired = hired;
		hired = newHired;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.RECRUIT__HIRED, oldHired, hired));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HrPackage.RECRUIT__NAME:
				return getName();
			case HrPackage.RECRUIT__POSITION:
				return getPosition();
			case HrPackage.RECRUIT__CHANNEL:
				return getChannel();
			case HrPackage.RECRUIT__ANNOUNCED:
				return getAnnounced();
			case HrPackage.RECRUIT__HIRED:
				return getHired();
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
			case HrPackage.RECRUIT__NAME:
				setName((String)newValue);
				return;
			case HrPackage.RECRUIT__POSITION:
				setPosition((String)newValue);
				return;
			case HrPackage.RECRUIT__CHANNEL:
				setChannel((RecruitmentChannel)newValue);
				return;
			case HrPackage.RECRUIT__ANNOUNCED:
				setAnnounced((Date)newValue);
				return;
			case HrPackage.RECRUIT__HIRED:
				setHired((Date)newValue);
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
			case HrPackage.RECRUIT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HrPackage.RECRUIT__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case HrPackage.RECRUIT__CHANNEL:
				setChannel(CHANNEL_EDEFAULT);
				return;
			case HrPackage.RECRUIT__ANNOUNCED:
				setAnnounced(ANNOUNCED_EDEFAULT);
				return;
			case HrPackage.RECRUIT__HIRED:
				setHired(HIRED_EDEFAULT);
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
			case HrPackage.RECRUIT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HrPackage.RECRUIT__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case HrPackage.RECRUIT__CHANNEL:
				return channel != CHANNEL_EDEFAULT;
			case HrPackage.RECRUIT__ANNOUNCED:
				return ANNOUNCED_EDEFAULT == null ? announced != null : !ANNOUNCED_EDEFAULT.equals(announced);
			case HrPackage.RECRUIT__HIRED:
				return HIRED_EDEFAULT == null ? hired != null : !HIRED_EDEFAULT.equals(hired);
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", position: "); //$NON-NLS-1$
		result.append(position);
		result.append(", channel: "); //$NON-NLS-1$
		result.append(channel);
		result.append(", announced: "); //$NON-NLS-1$
		result.append(announced);
		result.append(", hired: "); //$NON-NLS-1$
		result.append(hired);
		result.append(')');
		return result.toString();
	}

} //RecruitImpl
