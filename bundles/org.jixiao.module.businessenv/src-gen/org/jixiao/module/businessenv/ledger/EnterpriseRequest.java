/**
 */
package org.jixiao.module.businessenv.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise Request</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One problem an enterprise raised: when it was received, whether it is closed and whether the enterprise was satisfied.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isSatisfied <em>Satisfied</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest()
 * @model annotation="http://jixiao.org/ledger label='\u4f01\u4e1a\u8bc9\u6c42' label.en='Enterprise request'"
 * @generated
 */
public interface EnterpriseRequest extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_Enterprise()
	 * @model annotation="http://jixiao.org/ledger label='\u4f01\u4e1a' label.en='Enterprise'"
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_Summary()
	 * @model annotation="http://jixiao.org/ledger label='\u95ee\u9898\u6458\u8981' label.en='Summary'"
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(Date)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_ReceivedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u6536\u529e\u65e5\u671f' label.en='Received on'"
	 * @generated
	 */
	Date getReceivedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getReceivedOn <em>Received On</em>}' attribute.
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
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_Closed()
	 * @model default="false"
	 *        annotation="http://jixiao.org/ledger label='\u5df2\u529e\u7ed3' label.en='Closed'"
	 * @generated
	 */
	boolean isClosed();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isClosed <em>Closed</em>}' attribute.
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
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_ClosedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u529e\u7ed3\u65e5\u671f' label.en='Closed on'"
	 * @generated
	 */
	Date getClosedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Satisfied</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Satisfied</em>' attribute.
	 * @see #setSatisfied(boolean)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_Satisfied()
	 * @model default="false"
	 *        annotation="http://jixiao.org/ledger label='\u4f01\u4e1a\u6ee1\u610f' label.en='Satisfied'"
	 * @generated
	 */
	boolean isSatisfied();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#isSatisfied <em>Satisfied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Satisfied</em>' attribute.
	 * @see #isSatisfied()
	 * @generated
	 */
	void setSatisfied(boolean value);

	/**
	 * Returns the value of the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the problem is not closed yet; drafts the deviation's explanation of the closure rate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Reason</em>' attribute.
	 * @see #setPendingReason(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseRequest_PendingReason()
	 * @model annotation="http://jixiao.org/ledger label='\u672a\u529e\u7ed3\u539f\u56e0' label.en='Why not closed'"
	 * @generated
	 */
	String getPendingReason();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseRequest#getPendingReason <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Reason</em>' attribute.
	 * @see #getPendingReason()
	 * @generated
	 */
	void setPendingReason(String value);

} // EnterpriseRequest
