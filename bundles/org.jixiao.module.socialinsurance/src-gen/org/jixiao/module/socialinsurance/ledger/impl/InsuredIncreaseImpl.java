/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.socialinsurance.ledger.InsuranceType;
import org.jixiao.module.socialinsurance.ledger.InsuredIncrease;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Insured Increase</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl#getInsurance <em>Insurance</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.InsuredIncreaseImpl#getRegisteredOn <em>Registered On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class InsuredIncreaseImpl extends LedgerEntryImpl implements InsuredIncrease {
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
	 * The default value of the '{@link #getInsurance() <em>Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsurance()
	 * @generated
	 * @ordered
	 */
	protected static final InsuranceType INSURANCE_EDEFAULT = InsuranceType.PENSION;

	/**
	 * The cached value of the '{@link #getInsurance() <em>Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsurance()
	 * @generated
	 * @ordered
	 */
	protected InsuranceType insurance = INSURANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersons() <em>Persons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected static final int PERSONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPersons() <em>Persons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersons()
	 * @generated
	 * @ordered
	 */
	protected int persons = PERSONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegisteredOn() <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date REGISTERED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegisteredOn() <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredOn()
	 * @generated
	 * @ordered
	 */
	protected Date registeredOn = REGISTERED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InsuredIncreaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialInsurancePackage.Literals.INSURED_INCREASE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.INSURED_INCREASE__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InsuranceType getInsurance() {
		return insurance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInsurance(InsuranceType newInsurance) {
		InsuranceType oldInsurance = insurance;
		insurance = newInsurance == null ? INSURANCE_EDEFAULT : newInsurance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.INSURED_INCREASE__INSURANCE, oldInsurance, insurance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPersons() {
		return persons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersons(int newPersons) {
		int oldPersons = persons;
		persons = newPersons;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.INSURED_INCREASE__PERSONS, oldPersons, persons));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRegisteredOn() {
		return registeredOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegisteredOn(Date newRegisteredOn) {
		Date oldRegisteredOn = registeredOn;
		registeredOn = newRegisteredOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.INSURED_INCREASE__REGISTERED_ON, oldRegisteredOn, registeredOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialInsurancePackage.INSURED_INCREASE__ENTERPRISE:
				return getEnterprise();
			case SocialInsurancePackage.INSURED_INCREASE__INSURANCE:
				return getInsurance();
			case SocialInsurancePackage.INSURED_INCREASE__PERSONS:
				return getPersons();
			case SocialInsurancePackage.INSURED_INCREASE__REGISTERED_ON:
				return getRegisteredOn();
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
			case SocialInsurancePackage.INSURED_INCREASE__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__INSURANCE:
				setInsurance((InsuranceType)newValue);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__PERSONS:
				setPersons((Integer)newValue);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__REGISTERED_ON:
				setRegisteredOn((Date)newValue);
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
			case SocialInsurancePackage.INSURED_INCREASE__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__INSURANCE:
				setInsurance(INSURANCE_EDEFAULT);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__PERSONS:
				setPersons(PERSONS_EDEFAULT);
				return;
			case SocialInsurancePackage.INSURED_INCREASE__REGISTERED_ON:
				setRegisteredOn(REGISTERED_ON_EDEFAULT);
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
			case SocialInsurancePackage.INSURED_INCREASE__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case SocialInsurancePackage.INSURED_INCREASE__INSURANCE:
				return insurance != INSURANCE_EDEFAULT;
			case SocialInsurancePackage.INSURED_INCREASE__PERSONS:
				return persons != PERSONS_EDEFAULT;
			case SocialInsurancePackage.INSURED_INCREASE__REGISTERED_ON:
				return REGISTERED_ON_EDEFAULT == null ? registeredOn != null : !REGISTERED_ON_EDEFAULT.equals(registeredOn);
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
		result.append(", insurance: "); //$NON-NLS-1$
		result.append(insurance);
		result.append(", persons: "); //$NON-NLS-1$
		result.append(persons);
		result.append(", registeredOn: "); //$NON-NLS-1$
		result.append(registeredOn);
		result.append(')');
		return result.toString();
	}

} //InsuredIncreaseImpl
