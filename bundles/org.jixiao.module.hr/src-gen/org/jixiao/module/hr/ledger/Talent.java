/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Talent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One talent in the talent pool.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.Talent#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Talent#getCategory <em>Category</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Talent#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Talent#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.hr.ledger.HrPackage#getTalent()
 * @model annotation="http://jixiao.org/ledger label='\u4eba\u624d' label.en='Talent'"
 * @generated
 */
public interface Talent extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The talent's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getTalent_Name()
	 * @model annotation="http://jixiao.org/ledger label='\u59d3\u540d' label.en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Talent#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.hr.ledger.TalentCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The kind of talent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.TalentCategory
	 * @see #setCategory(TalentCategory)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getTalent_Category()
	 * @model annotation="http://jixiao.org/ledger label='\u4eba\u624d\u7c7b\u522b' label.en='Category'"
	 * @generated
	 */
	TalentCategory getCategory();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Talent#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.TalentCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(TalentCategory value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprise or institution the talent works for.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Employer</em>' attribute.
	 * @see #setEmployer(String)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getTalent_Employer()
	 * @model annotation="http://jixiao.org/ledger label='\u6240\u5728\u5355\u4f4d' label.en='Employer'"
	 * @generated
	 */
	String getEmployer();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Talent#getEmployer <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' attribute.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(String value);

	/**
	 * Returns the value of the '<em><b>Registered</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the talent entered the pool.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registered</em>' attribute.
	 * @see #setRegistered(Date)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getTalent_Registered()
	 * @model annotation="http://jixiao.org/ledger label='\u5165\u5e93\u65e5\u671f' label.en='Registered'"
	 * @generated
	 */
	Date getRegistered();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Talent#getRegistered <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered</em>' attribute.
	 * @see #getRegistered()
	 * @generated
	 */
	void setRegistered(Date value);

} // Talent
