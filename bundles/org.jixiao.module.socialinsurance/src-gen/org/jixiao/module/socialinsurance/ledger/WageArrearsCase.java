/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Wage Arrears Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One wage arrears complaint: where it came from, when it was received and whether it is closed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getCaseNumber <em>Case Number</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getSource <em>Source</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getWorkers <em>Workers</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase()
 * @model annotation="http://jixiao.org/ledger label='\u6b20\u85aa\u6848\u4ef6\u7ebf\u7d22' label.en='Wage arrears case'"
 * @generated
 */
public interface WageArrearsCase extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Case Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Number</em>' attribute.
	 * @see #setCaseNumber(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_CaseNumber()
	 * @model annotation="http://jixiao.org/ledger label='\u6848\u4ef6\u7f16\u53f7' label.en='Case number'"
	 * @generated
	 */
	String getCaseNumber();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getCaseNumber <em>Case Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Case Number</em>' attribute.
	 * @see #getCaseNumber()
	 * @generated
	 */
	void setCaseNumber(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.socialinsurance.ledger.ArrearsSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.ArrearsSource
	 * @see #setSource(ArrearsSource)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_Source()
	 * @model annotation="http://jixiao.org/ledger label='\u7ebf\u7d22\u6765\u6e90' label.en='Source'"
	 * @generated
	 */
	ArrearsSource getSource();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.ArrearsSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ArrearsSource value);

	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_Enterprise()
	 * @model annotation="http://jixiao.org/ledger label='\u6d89\u4e8b\u4f01\u4e1a' label.en='Enterprise'"
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Workers</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workers</em>' attribute.
	 * @see #setWorkers(int)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_Workers()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u6d89\u53ca\u4eba\u6570' label.en='Workers concerned'"
	 * @generated
	 */
	int getWorkers();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getWorkers <em>Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workers</em>' attribute.
	 * @see #getWorkers()
	 * @generated
	 */
	void setWorkers(int value);

	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(Date)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_ReceivedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u53d7\u7406\u65e5\u671f' label.en='Received on'"
	 * @generated
	 */
	Date getReceivedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getReceivedOn <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received On</em>' attribute.
	 * @see #getReceivedOn()
	 * @generated
	 */
	void setReceivedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(boolean)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_Closed()
	 * @model default="false"
	 *        annotation="http://jixiao.org/ledger label='\u5df2\u529e\u7ed3' label.en='Closed'"
	 * @generated
	 */
	boolean isClosed();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#isClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #isClosed()
	 * @generated
	 */
	void setClosed(boolean value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(Date)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_ClosedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u529e\u7ed3\u65e5\u671f' label.en='Closed on'"
	 * @generated
	 */
	Date getClosedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the case is not closed yet; drafts the deviation's explanation of the closure rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Reason</em>' attribute.
	 * @see #setPendingReason(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getWageArrearsCase_PendingReason()
	 * @model annotation="http://jixiao.org/ledger label='\u672a\u529e\u7ed3\u539f\u56e0' label.en='Why not closed'"
	 * @generated
	 */
	String getPendingReason();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase#getPendingReason <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Reason</em>' attribute.
	 * @see #getPendingReason()
	 * @generated
	 */
	void setPendingReason(String value);

} // WageArrearsCase
