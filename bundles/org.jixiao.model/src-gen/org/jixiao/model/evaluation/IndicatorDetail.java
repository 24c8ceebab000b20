/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Detail</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An unweighted detail sub-row of an indicator (其中…).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.IndicatorDetail#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.IndicatorDetail#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.IndicatorDetail#getActualText <em>Actual Text</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorDetail()
 * @model
 * @generated
 */
public interface IndicatorDetail extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The detail's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorDetail_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.IndicatorDetail#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The detail's target as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Text</em>' attribute.
	 * @see #setTargetText(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorDetail_TargetText()
	 * @model
	 * @generated
	 */
	String getTargetText();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.IndicatorDetail#getTargetText <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Text</em>' attribute.
	 * @see #getTargetText()
	 * @generated
	 */
	void setTargetText(String value);

	/**
	 * Returns the value of the '<em><b>Actual Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The detail's actual as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Text</em>' attribute.
	 * @see #setActualText(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorDetail_ActualText()
	 * @model
	 * @generated
	 */
	String getActualText();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.IndicatorDetail#getActualText <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Text</em>' attribute.
	 * @see #getActualText()
	 * @generated
	 */
	void setActualText(String value);

} // IndicatorDetail
