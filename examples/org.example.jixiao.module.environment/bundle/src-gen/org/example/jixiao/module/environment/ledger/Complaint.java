/**
 */
package org.example.jixiao.module.environment.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complaint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One environmental complaint (环境信访件).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.jixiao.module.environment.ledger.Complaint#getReceived <em>Received</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.Complaint#getSource <em>Source</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.Complaint#getSubject <em>Subject</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.Complaint#isClosed <em>Closed</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.Complaint#getPendingReason <em>Pending Reason</em>}</li>
 * </ul>
 *
 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint()
 * @model annotation="http://jixiao.org/ledger label='\u73af\u5883\u4fe1\u8bbf\u4ef6' label.en='Complaint'"
 * @generated
 */
public interface Complaint extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Received</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the complaint was received: the date that counts it in a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received</em>' attribute.
	 * @see #setReceived(Date)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint_Received()
	 * @model annotation="http://jixiao.org/ledger label='\u53d7\u7406\u65e5\u671f' label.en='Received'"
	 * @generated
	 */
	Date getReceived();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.Complaint#getReceived <em>Received</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received</em>' attribute.
	 * @see #getReceived()
	 * @generated
	 */
	void setReceived(Date value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * The literals are from the enumeration {@link org.example.jixiao.module.environment.ledger.ComplaintSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the complaint came from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see org.example.jixiao.module.environment.ledger.ComplaintSource
	 * @see #setSource(ComplaintSource)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint_Source()
	 * @model annotation="http://jixiao.org/ledger label='\u6765\u6e90' label.en='Source'"
	 * @generated
	 */
	ComplaintSource getSource();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.Complaint#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see org.example.jixiao.module.environment.ledger.ComplaintSource
	 * @see #getSource()
	 * @generated
	 */
	void setSource(ComplaintSource value);

	/**
	 * Returns the value of the '<em><b>Subject</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the complaint is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subject</em>' attribute.
	 * @see #setSubject(String)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint_Subject()
	 * @model annotation="http://jixiao.org/ledger label='\u53cd\u6620\u95ee\u9898' label.en='Subject'"
	 * @generated
	 */
	String getSubject();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.Complaint#getSubject <em>Subject</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subject</em>' attribute.
	 * @see #getSubject()
	 * @generated
	 */
	void setSubject(String value);

	/**
	 * Returns the value of the '<em><b>Closed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the complaint was closed (办结).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Closed</em>' attribute.
	 * @see #setClosed(boolean)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint_Closed()
	 * @model annotation="http://jixiao.org/ledger label='\u662f\u5426\u529e\u7ed3' label.en='Closed'"
	 * @generated
	 */
	boolean isClosed();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.Complaint#isClosed <em>Closed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed</em>' attribute.
	 * @see #isClosed()
	 * @generated
	 */
	void setClosed(boolean value);

	/**
	 * Returns the value of the '<em><b>Pending Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the complaint is not closed yet; drafts the deviation's explanation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pending Reason</em>' attribute.
	 * @see #setPendingReason(String)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getComplaint_PendingReason()
	 * @model annotation="http://jixiao.org/ledger label='\u672a\u529e\u7ed3\u539f\u56e0' label.en='Reason not closed'"
	 * @generated
	 */
	String getPendingReason();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.Complaint#getPendingReason <em>Pending Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pending Reason</em>' attribute.
	 * @see #getPendingReason()
	 * @generated
	 */
	void setPendingReason(String value);

} // Complaint
