/**
 */
package org.jixiao.module.partybuilding.ledger.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.partybuilding.ledger.Instructor;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instructor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl#isSubsidyPaid <em>Subsidy Paid</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl#getSubsidy <em>Subsidy</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.InstructorImpl#getUnpaidReason <em>Unpaid Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InstructorImpl extends LedgerEntryImpl implements Instructor {
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
	 * The default value of the '{@link #isSubsidyPaid() <em>Subsidy Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubsidyPaid()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SUBSIDY_PAID_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSubsidyPaid() <em>Subsidy Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSubsidyPaid()
	 * @generated
	 * @ordered
	 */
	protected boolean subsidyPaid = SUBSIDY_PAID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubsidy() <em>Subsidy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsidy()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SUBSIDY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubsidy() <em>Subsidy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsidy()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal subsidy = SUBSIDY_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnpaidReason() <em>Unpaid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnpaidReason()
	 * @generated
	 * @ordered
	 */
	protected static final String UNPAID_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnpaidReason() <em>Unpaid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnpaidReason()
	 * @generated
	 * @ordered
	 */
	protected String unpaidReason = UNPAID_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstructorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartyBuildingPackage.Literals.INSTRUCTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.INSTRUCTOR__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.INSTRUCTOR__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSubsidyPaid() {
		return subsidyPaid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsidyPaid(boolean newSubsidyPaid) {
		boolean oldSubsidyPaid = subsidyPaid;
		subsidyPaid = newSubsidyPaid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.INSTRUCTOR__SUBSIDY_PAID, oldSubsidyPaid, subsidyPaid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getSubsidy() {
		return subsidy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubsidy(BigDecimal newSubsidy) {
		BigDecimal oldSubsidy = subsidy;
		subsidy = newSubsidy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.INSTRUCTOR__SUBSIDY, oldSubsidy, subsidy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnpaidReason() {
		return unpaidReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnpaidReason(String newUnpaidReason) {
		String oldUnpaidReason = unpaidReason;
		unpaidReason = newUnpaidReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.INSTRUCTOR__UNPAID_REASON, oldUnpaidReason, unpaidReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartyBuildingPackage.INSTRUCTOR__NAME:
				return getName();
			case PartyBuildingPackage.INSTRUCTOR__ENTERPRISE:
				return getEnterprise();
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY_PAID:
				return isSubsidyPaid();
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY:
				return getSubsidy();
			case PartyBuildingPackage.INSTRUCTOR__UNPAID_REASON:
				return getUnpaidReason();
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
			case PartyBuildingPackage.INSTRUCTOR__NAME:
				setName((String)newValue);
				return;
			case PartyBuildingPackage.INSTRUCTOR__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY_PAID:
				setSubsidyPaid((Boolean)newValue);
				return;
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY:
				setSubsidy((BigDecimal)newValue);
				return;
			case PartyBuildingPackage.INSTRUCTOR__UNPAID_REASON:
				setUnpaidReason((String)newValue);
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
			case PartyBuildingPackage.INSTRUCTOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PartyBuildingPackage.INSTRUCTOR__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY_PAID:
				setSubsidyPaid(SUBSIDY_PAID_EDEFAULT);
				return;
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY:
				setSubsidy(SUBSIDY_EDEFAULT);
				return;
			case PartyBuildingPackage.INSTRUCTOR__UNPAID_REASON:
				setUnpaidReason(UNPAID_REASON_EDEFAULT);
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
			case PartyBuildingPackage.INSTRUCTOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PartyBuildingPackage.INSTRUCTOR__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY_PAID:
				return subsidyPaid != SUBSIDY_PAID_EDEFAULT;
			case PartyBuildingPackage.INSTRUCTOR__SUBSIDY:
				return SUBSIDY_EDEFAULT == null ? subsidy != null : !SUBSIDY_EDEFAULT.equals(subsidy);
			case PartyBuildingPackage.INSTRUCTOR__UNPAID_REASON:
				return UNPAID_REASON_EDEFAULT == null ? unpaidReason != null : !UNPAID_REASON_EDEFAULT.equals(unpaidReason);
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
		result.append(", enterprise: "); //$NON-NLS-1$
		result.append(enterprise);
		result.append(", subsidyPaid: "); //$NON-NLS-1$
		result.append(subsidyPaid);
		result.append(", subsidy: "); //$NON-NLS-1$
		result.append(subsidy);
		result.append(", unpaidReason: "); //$NON-NLS-1$
		result.append(unpaidReason);
		result.append(')');
		return result.toString();
	}

} //InstructorImpl
