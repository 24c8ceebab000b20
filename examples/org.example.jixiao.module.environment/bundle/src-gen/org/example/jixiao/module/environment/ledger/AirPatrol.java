/**
 */
package org.example.jixiao.module.environment.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Air Patrol</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One air pollution prevention patrol (dust, industrial emissions).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.example.jixiao.module.environment.ledger.AirPatrol#getDate <em>Date</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.AirPatrol#getArea <em>Area</em>}</li>
 *   <li>{@link org.example.jixiao.module.environment.ledger.AirPatrol#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getAirPatrol()
 * @model annotation="http://jixiao.org/ledger label='\u5927\u6c14\u6c61\u67d3\u9632\u6cbb\u5de1\u67e5' label.en='Air pollution patrol'"
 * @generated
 */
public interface AirPatrol extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the patrol took place: the date that counts it in a year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(Date)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getAirPatrol_Date()
	 * @model annotation="http://jixiao.org/ledger label='\u5de1\u67e5\u65e5\u671f' label.en='Date'"
	 * @generated
	 */
	Date getDate();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(Date value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The area or site patrolled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getAirPatrol_Area()
	 * @model annotation="http://jixiao.org/ledger label='\u5de1\u67e5\u533a\u57df' label.en='Area'"
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the patrol found, or 未发现问题.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.example.jixiao.module.environment.ledger.EnvironmentPackage#getAirPatrol_Findings()
	 * @model annotation="http://jixiao.org/ledger label='\u53d1\u73b0\u95ee\u9898' label.en='Findings'"
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.example.jixiao.module.environment.ledger.AirPatrol#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // AirPatrol
