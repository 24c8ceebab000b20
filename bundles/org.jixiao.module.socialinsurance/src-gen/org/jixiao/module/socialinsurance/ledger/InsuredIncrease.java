/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Insured Increase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Persons an enterprise added to one social insurance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getInsurance <em>Insurance</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getPersons <em>Persons</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getRegisteredOn <em>Registered On</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuredIncrease()
 * @model annotation="http://jixiao.org/ledger label='\u53c2\u4fdd\u589e\u5458' label.en='Insured-person increase'"
 * @generated
 */
public interface InsuredIncrease extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuredIncrease_Enterprise()
	 * @model annotation="http://jixiao.org/ledger label='\u53c2\u4fdd\u5355\u4f4d' label.en='Enterprise'"
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Insurance</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.socialinsurance.ledger.InsuranceType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Insurance</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuranceType
	 * @see #setInsurance(InsuranceType)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuredIncrease_Insurance()
	 * @model annotation="http://jixiao.org/ledger label='\u9669\u79cd' label.en='Insurance'"
	 * @generated
	 */
	InsuranceType getInsurance();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getInsurance <em>Insurance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Insurance</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuranceType
	 * @see #getInsurance()
	 * @generated
	 */
	void setInsurance(InsuranceType value);

	/**
	 * Returns the value of the '<em><b>Persons</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Persons</em>' attribute.
	 * @see #setPersons(int)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuredIncrease_Persons()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u589e\u5458\u4eba\u6570' label.en='Persons added'"
	 * @generated
	 */
	int getPersons();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getPersons <em>Persons</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Persons</em>' attribute.
	 * @see #getPersons()
	 * @generated
	 */
	void setPersons(int value);

	/**
	 * Returns the value of the '<em><b>Registered On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Registered On</em>' attribute.
	 * @see #setRegisteredOn(Date)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getInsuredIncrease_RegisteredOn()
	 * @model annotation="http://jixiao.org/ledger label='\u529e\u7406\u65e5\u671f' label.en='Registered on'"
	 * @generated
	 */
	Date getRegisteredOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease#getRegisteredOn <em>Registered On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered On</em>' attribute.
	 * @see #getRegisteredOn()
	 * @generated
	 */
	void setRegisteredOn(Date value);

} // InsuredIncrease
