/**
 */
package org.jixiao.module.hr.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recruit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One employee recruited.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.Recruit#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Recruit#getPosition <em>Position</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Recruit#getChannel <em>Channel</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Recruit#getAnnounced <em>Announced</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.Recruit#getHired <em>Hired</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit()
 * @model annotation="http://jixiao.org/ledger label='\u96c7\u5458\u62db\u8058' label.en='Recruit'"
 * @generated
 */
public interface Recruit extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The employee's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit_Name()
	 * @model annotation="http://jixiao.org/ledger label='\u59d3\u540d' label.en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Recruit#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The post the employee fills.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit_Position()
	 * @model annotation="http://jixiao.org/ledger label='\u5c97\u4f4d' label.en='Position'"
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Recruit#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.hr.ledger.RecruitmentChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the employee was recruited.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.RecruitmentChannel
	 * @see #setChannel(RecruitmentChannel)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit_Channel()
	 * @model annotation="http://jixiao.org/ledger label='\u62db\u8058\u65b9\u5f0f' label.en='Channel'"
	 * @generated
	 */
	RecruitmentChannel getChannel();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Recruit#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.jixiao.module.hr.ledger.RecruitmentChannel
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(RecruitmentChannel value);

	/**
	 * Returns the value of the '<em><b>Announced</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the recruitment was announced.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Announced</em>' attribute.
	 * @see #setAnnounced(Date)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit_Announced()
	 * @model annotation="http://jixiao.org/ledger label='\u516c\u544a\u65e5\u671f' label.en='Announced'"
	 * @generated
	 */
	Date getAnnounced();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Recruit#getAnnounced <em>Announced</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Announced</em>' attribute.
	 * @see #getAnnounced()
	 * @generated
	 */
	void setAnnounced(Date value);

	/**
	 * Returns the value of the '<em><b>Hired</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the employee started work: the date that counts a recruit in a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hired</em>' attribute.
	 * @see #setHired(Date)
	 * @see org.jixiao.module.hr.ledger.HrPackage#getRecruit_Hired()
	 * @model annotation="http://jixiao.org/ledger label='\u5230\u5c97\u65e5\u671f' label.en='Start date'"
	 * @generated
	 */
	Date getHired();

	/**
	 * Sets the value of the '{@link org.jixiao.module.hr.ledger.Recruit#getHired <em>Hired</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hired</em>' attribute.
	 * @see #getHired()
	 * @generated
	 */
	void setHired(Date value);

} // Recruit
