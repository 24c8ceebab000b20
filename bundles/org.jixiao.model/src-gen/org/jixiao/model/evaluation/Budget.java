/**
 */
package org.jixiao.model.evaluation;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The budget block: the 年度资金总额 row, its breakdowns and the budget projects.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getBreakdowns <em>Breakdowns</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getExecutionRate <em>Execution Rate</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Budget#getScoreExplanation <em>Score Explanation</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='breakdownsAddUp adjustmentExplained'"
 * @generated
 */
public interface Budget extends Amounts {
	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The weight (分值) of budget execution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_Weight()
	 * @model
	 * @generated
	 */
	BigDecimal getWeight();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Budget#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Breakdowns</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.BudgetLine}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The breakdown rows by income nature and by expenditure nature.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Breakdowns</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_Breakdowns()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetLine> getBreakdowns();

	/**
	 * Returns the value of the '<em><b>Projects</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.BudgetProject}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department's budget projects.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Projects</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_Projects()
	 * @model containment="true"
	 * @generated
	 */
	EList<BudgetProject> getProjects();

	/**
	 * Returns the value of the '<em><b>Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why execution fell short or the budget was adjusted mid-year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Explanation</em>' attribute.
	 * @see #setExplanation(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_Explanation()
	 * @model
	 * @generated
	 */
	String getExplanation();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Budget#getExplanation <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Explanation</em>' attribute.
	 * @see #getExplanation()
	 * @generated
	 */
	void setExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Execution Rate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 全年执行数 / 全年预算数 as last computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Execution Rate</em>' attribute.
	 * @see #setExecutionRate(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_ExecutionRate()
	 * @model transient="true"
	 * @generated
	 */
	BigDecimal getExecutionRate();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Budget#getExecutionRate <em>Execution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Execution Rate</em>' attribute.
	 * @see #getExecutionRate()
	 * @generated
	 */
	void setExecutionRate(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The budget execution score as last computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_Score()
	 * @model transient="true"
	 * @generated
	 */
	BigDecimal getScore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Budget#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Score Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the score was computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score Explanation</em>' attribute.
	 * @see #setScoreExplanation(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getBudget_ScoreExplanation()
	 * @model transient="true"
	 * @generated
	 */
	String getScoreExplanation();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Budget#getScoreExplanation <em>Score Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score Explanation</em>' attribute.
	 * @see #getScoreExplanation()
	 * @generated
	 */
	void setScoreExplanation(String value);

} // Budget
