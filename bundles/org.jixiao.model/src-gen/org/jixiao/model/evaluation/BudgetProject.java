/**
 */
package org.jixiao.model.evaluation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget Project</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A budget project of the department (预算项目).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.BudgetProject#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.BudgetProject#getExpenditureType <em>Expenditure Type</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.BudgetProject#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.BudgetProject#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetProject()
 * @model
 * @generated
 */
public interface BudgetProject extends Amounts {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetProject_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetProject#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Expenditure Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.ExpenditureType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 基本支出 or 项目支出.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expenditure Type</em>' attribute.
	 * @see org.jixiao.model.evaluation.ExpenditureType
	 * @see #setExpenditureType(ExpenditureType)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetProject_ExpenditureType()
	 * @model
	 * @generated
	 */
	ExpenditureType getExpenditureType();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetProject#getExpenditureType <em>Expenditure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expenditure Type</em>' attribute.
	 * @see org.jixiao.model.evaluation.ExpenditureType
	 * @see #getExpenditureType()
	 * @generated
	 */
	void setExpenditureType(ExpenditureType value);

	/**
	 * Returns the value of the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the business module the project belongs to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Id</em>' attribute.
	 * @see #setModuleId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetProject_ModuleId()
	 * @model
	 * @generated
	 */
	String getModuleId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetProject#getModuleId <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Id</em>' attribute.
	 * @see #getModuleId()
	 * @generated
	 */
	void setModuleId(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's code (项目编码): the stable link to the project's own evaluation (Evaluation.projectCode), kept across saves and copies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudgetProject_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.BudgetProject#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

} // BudgetProject
