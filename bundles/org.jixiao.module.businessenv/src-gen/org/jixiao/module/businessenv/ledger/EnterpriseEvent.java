/**
 */
package org.jixiao.module.businessenv.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise Event</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One enterprise forum (企业座谈会) or on-site office event (现场集中办公活动).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getHeldOn <em>Held On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getEnterprises <em>Enterprises</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseEvent()
 * @model annotation="http://jixiao.org/ledger label='\u6d3b\u52a8' label.en='Event'"
 * @generated
 */
public interface EnterpriseEvent extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseEvent_Title()
	 * @model annotation="http://jixiao.org/ledger label='\u4e3b\u9898' label.en='Title'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.businessenv.ledger.EventKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.businessenv.ledger.EventKind
	 * @see #setKind(EventKind)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseEvent_Kind()
	 * @model annotation="http://jixiao.org/ledger label='\u7c7b\u522b' label.en='Kind'"
	 * @generated
	 */
	EventKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.businessenv.ledger.EventKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EventKind value);

	/**
	 * Returns the value of the '<em><b>Held On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Held On</em>' attribute.
	 * @see #setHeldOn(Date)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseEvent_HeldOn()
	 * @model annotation="http://jixiao.org/ledger label='\u4e3e\u529e\u65e5\u671f' label.en='Held on'"
	 * @generated
	 */
	Date getHeldOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getHeldOn <em>Held On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Held On</em>' attribute.
	 * @see #getHeldOn()
	 * @generated
	 */
	void setHeldOn(Date value);

	/**
	 * Returns the value of the '<em><b>Enterprises</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprises</em>' attribute.
	 * @see #setEnterprises(int)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseEvent_Enterprises()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u53c2\u52a0\u4f01\u4e1a\u6570' label.en='Enterprises attending'"
	 * @generated
	 */
	int getEnterprises();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseEvent#getEnterprises <em>Enterprises</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprises</em>' attribute.
	 * @see #getEnterprises()
	 * @generated
	 */
	void setEnterprises(int value);

} // EnterpriseEvent
