/**
 */
package org.jixiao.model.evaluation;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Amounts</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The three budget amounts in yuan: 年初预算数, 全年预算数 (adjusted, carry-over included) and 全年执行数.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.Amounts#getInitialBudget <em>Initial Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Amounts#getAdjustedBudget <em>Adjusted Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Amounts#getExecuted <em>Executed</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getAmounts()
 * @model abstract="true"
 * @generated
 */
public interface Amounts extends EObject {
	/**
	 * Returns the value of the '<em><b>Initial Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年初预算数, in yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Budget</em>' attribute.
	 * @see #setInitialBudget(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getAmounts_InitialBudget()
	 * @model
	 * @generated
	 */
	BigDecimal getInitialBudget();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Amounts#getInitialBudget <em>Initial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Budget</em>' attribute.
	 * @see #getInitialBudget()
	 * @generated
	 */
	void setInitialBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Adjusted Budget</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全年预算数, in yuan: the budget after mid-year adjustments, carry-over included.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjusted Budget</em>' attribute.
	 * @see #setAdjustedBudget(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getAmounts_AdjustedBudget()
	 * @model
	 * @generated
	 */
	BigDecimal getAdjustedBudget();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Amounts#getAdjustedBudget <em>Adjusted Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjusted Budget</em>' attribute.
	 * @see #getAdjustedBudget()
	 * @generated
	 */
	void setAdjustedBudget(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Executed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全年执行数, in yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Executed</em>' attribute.
	 * @see #setExecuted(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getAmounts_Executed()
	 * @model
	 * @generated
	 */
	BigDecimal getExecuted();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Amounts#getExecuted <em>Executed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Executed</em>' attribute.
	 * @see #getExecuted()
	 * @generated
	 */
	void setExecuted(BigDecimal value);

} // Amounts
