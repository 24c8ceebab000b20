/**
 */
package org.jixiao.model.evaluation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A breakdown row of the budget block (其中：当年财政拨款、上年结转资金、基本支出…).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.BudgetLine#getLabel <em>Label</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.BudgetLine#getCategory <em>Category</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetLine()
 * @model
 * @generated
 */
public interface BudgetLine extends Amounts {
	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The row's label as printed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetLine_Label()
	 * @model required="true"
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetLine#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.BudgetCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which breakdown the row belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.jixiao.model.evaluation.BudgetCategory
	 * @see #setCategory(BudgetCategory)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetLine_Category()
	 * @model
	 * @generated
	 */
	BudgetCategory getCategory();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetLine#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.jixiao.model.evaluation.BudgetCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BudgetCategory value);

} // BudgetLine
