/**
 */
package org.jixiao.module.partybuilding.ledger;

import java.math.BigDecimal;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instructor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One party-building instructor sent to a non-public enterprise, and whether the year's subsidy was paid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Instructor#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Instructor#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Instructor#isSubsidyPaid <em>Subsidy Paid</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Instructor#getSubsidy <em>Subsidy</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.Instructor#getUnpaidReason <em>Unpaid Reason</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor()
 * @model annotation="http://jixiao.org/ledger label='\u975e\u516c\u515a\u5efa\u5de5\u4f5c\u6307\u5bfc\u5458' label.en='Party-building instructor'"
 * @generated
 */
public interface Instructor extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The instructor's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor_Name()
	 * @model annotation="http://jixiao.org/ledger label='\u59d3\u540d' label.en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Instructor#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enterprise the instructor guides.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor_Enterprise()
	 * @model annotation="http://jixiao.org/ledger label='\u6307\u5bfc\u4f01\u4e1a' label.en='Enterprise'"
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Instructor#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Subsidy Paid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the year's subsidy was paid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsidy Paid</em>' attribute.
	 * @see #setSubsidyPaid(boolean)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor_SubsidyPaid()
	 * @model annotation="http://jixiao.org/ledger label='\u8865\u52a9\u5df2\u53d1\u653e' label.en='Subsidy paid'"
	 * @generated
	 */
	boolean isSubsidyPaid();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Instructor#isSubsidyPaid <em>Subsidy Paid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsidy Paid</em>' attribute.
	 * @see #isSubsidyPaid()
	 * @generated
	 */
	void setSubsidyPaid(boolean value);

	/**
	 * Returns the value of the '<em><b>Subsidy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The subsidy paid, in yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsidy</em>' attribute.
	 * @see #setSubsidy(BigDecimal)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor_Subsidy()
	 * @model annotation="http://jixiao.org/ledger label='\u8865\u52a9\u91d1\u989d\uff08\u5143\uff09' label.en='Subsidy (yuan)'"
	 * @generated
	 */
	BigDecimal getSubsidy();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Instructor#getSubsidy <em>Subsidy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subsidy</em>' attribute.
	 * @see #getSubsidy()
	 * @generated
	 */
	void setSubsidy(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Unpaid Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the subsidy was not paid, when it was not.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unpaid Reason</em>' attribute.
	 * @see #setUnpaidReason(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getInstructor_UnpaidReason()
	 * @model annotation="http://jixiao.org/ledger label='\u672a\u53d1\u653e\u539f\u56e0' label.en='Reason not paid'"
	 * @generated
	 */
	String getUnpaidReason();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.Instructor#getUnpaidReason <em>Unpaid Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unpaid Reason</em>' attribute.
	 * @see #getUnpaidReason()
	 * @generated
	 */
	void setUnpaidReason(String value);

} // Instructor
