/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Appraisal</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One staff member's result in the annual appraisal.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.Appraisal#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Appraisal#getYear <em>Year</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Appraisal#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Appraisal#getCompleted <em>Completed</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisal()
 * @model annotation="http://jixiao.org/ledger label='\u5e74\u5ea6\u8003\u6838' label.en='Appraisal'"
 * @generated
 */
public interface Appraisal extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The staff member's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisal_Name()
	 * @model annotation="http://jixiao.org/ledger label='\u59d3\u540d' label.en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Appraisal#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The year whose work was appraised.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Year</em>' attribute.
	 * @see #setYear(int)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisal_Year()
	 * @model annotation="http://jixiao.org/ledger label='\u8003\u6838\u5e74\u5ea6' label.en='Year appraised'"
	 * @generated
	 */
	int getYear();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Appraisal#getYear <em>Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Year</em>' attribute.
	 * @see #getYear()
	 * @generated
	 */
	void setYear(int value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.hr.ledger.AppraisalGrade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The result.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.AppraisalGrade
	 * @see #setGrade(AppraisalGrade)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisal_Grade()
	 * @model annotation="http://jixiao.org/ledger label='\u8003\u6838\u7b49\u6b21' label.en='Grade'"
	 * @generated
	 */
	AppraisalGrade getGrade();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Appraisal#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.AppraisalGrade
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(AppraisalGrade value);

	/**
	 * Returns the value of the '<em><b>Completed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the appraisal was completed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Completed</em>' attribute.
	 * @see #setCompleted(Date)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getAppraisal_Completed()
	 * @model annotation="http://jixiao.org/ledger label='\u5b8c\u6210\u65e5\u671f' label.en='Completed'"
	 * @generated
	 */
	Date getCompleted();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Appraisal#getCompleted <em>Completed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Completed</em>' attribute.
	 * @see #getCompleted()
	 * @generated
	 */
	void setCompleted(Date value);

} // Appraisal
