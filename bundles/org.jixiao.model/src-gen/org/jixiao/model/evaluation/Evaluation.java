/**
 */
package org.jixiao.model.evaluation;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A department's overall expenditure performance self-evaluation for one fiscal year (部门整体支出绩效自评).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getMoneyUnit <em>Money Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getRuleSetId <em>Rule Set Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getStatus <em>Status</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getPreparer <em>Preparer</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getPreparedOn <em>Prepared On</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getFinalizedOn <em>Finalized On</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getModuleData <em>Module Data</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getTotalScore <em>Total Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getProjectName <em>Project Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getProjectCode <em>Project Code</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#isIllustrative <em>Illustrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Evaluation#getFormatId <em>Format Id</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='weightsSumToHundred'"
 * @generated
 */
public interface Evaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Fiscal Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fiscal year evaluated (年度).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fiscal Year</em>' attribute.
	 * @see #setFiscalYear(int)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_FiscalYear()
	 * @model required="true"
	 * @generated
	 */
	int getFiscalYear();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getFiscalYear <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fiscal Year</em>' attribute.
	 * @see #getFiscalYear()
	 * @generated
	 */
	void setFiscalYear(int value);

	/**
	 * Returns the value of the '<em><b>Department</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department that evaluates itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Department</em>' containment reference.
	 * @see #setDepartment(Department)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Department()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Department getDepartment();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getDepartment <em>Department</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Department</em>' containment reference.
	 * @see #getDepartment()
	 * @generated
	 */
	void setDepartment(Department value);

	/**
	 * Returns the value of the '<em><b>Money Unit</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.MoneyUnit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The money unit the table is presented in; amounts are always stored in yuan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Money Unit</em>' attribute.
	 * @see org.jixiao.model.evaluation.MoneyUnit
	 * @see #setMoneyUnit(MoneyUnit)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_MoneyUnit()
	 * @model
	 * @generated
	 */
	MoneyUnit getMoneyUnit();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getMoneyUnit <em>Money Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Money Unit</em>' attribute.
	 * @see org.jixiao.model.evaluation.MoneyUnit
	 * @see #getMoneyUnit()
	 * @generated
	 */
	void setMoneyUnit(MoneyUnit value);

	/**
	 * Returns the value of the '<em><b>Rule Set Id</b></em>' attribute.
	 * The default value is <code>"mof-2020"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the scoring rule set, e.g. mof-2020 or transfer-2020.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rule Set Id</em>' attribute.
	 * @see #setRuleSetId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_RuleSetId()
	 * @model default="mof-2020"
	 * @generated
	 */
	String getRuleSetId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getRuleSetId <em>Rule Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule Set Id</em>' attribute.
	 * @see #getRuleSetId()
	 * @generated
	 */
	void setRuleSetId(String value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.EvaluationStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Draft until the officer marks it final.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.jixiao.model.evaluation.EvaluationStatus
	 * @see #setStatus(EvaluationStatus)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Status()
	 * @model
	 * @generated
	 */
	EvaluationStatus getStatus();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.jixiao.model.evaluation.EvaluationStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(EvaluationStatus value);

	/**
	 * Returns the value of the '<em><b>Preparer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who prepared the evaluation (填报人).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Preparer</em>' attribute.
	 * @see #setPreparer(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Preparer()
	 * @model
	 * @generated
	 */
	String getPreparer();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getPreparer <em>Preparer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preparer</em>' attribute.
	 * @see #getPreparer()
	 * @generated
	 */
	void setPreparer(String value);

	/**
	 * Returns the value of the '<em><b>Prepared On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was prepared (填报日期).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Prepared On</em>' attribute.
	 * @see #setPreparedOn(Date)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_PreparedOn()
	 * @model
	 * @generated
	 */
	Date getPreparedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getPreparedOn <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prepared On</em>' attribute.
	 * @see #getPreparedOn()
	 * @generated
	 */
	void setPreparedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Finalized On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was marked final.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Finalized On</em>' attribute.
	 * @see #setFinalizedOn(Date)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_FinalizedOn()
	 * @model
	 * @generated
	 */
	Date getFinalizedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getFinalizedOn <em>Finalized On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finalized On</em>' attribute.
	 * @see #getFinalizedOn()
	 * @generated
	 */
	void setFinalizedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Budget</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The budget block (预算资金).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Budget</em>' containment reference.
	 * @see #setBudget(Budget)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Budget()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Budget getBudget();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getBudget <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Budget</em>' containment reference.
	 * @see #getBudget()
	 * @generated
	 */
	void setBudget(Budget value);

	/**
	 * Returns the value of the '<em><b>Goals</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.Goal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The numbered annual overall goals (年度总体目标).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Goals</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Goals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Goal> getGoals();

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.IndicatorCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The 一级 indicator groups (产出、效益、满意度…).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Categories</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Categories()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorCategory> getCategories();

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.NarrativeSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The report's narrative sections, in the order of the report.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Narrative</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Narrative()
	 * @model containment="true"
	 * @generated
	 */
	EList<NarrativeSection> getNarrative();

	/**
	 * Returns the value of the '<em><b>Module Data</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.ModuleData}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The data each business module keeps for this evaluation (its ledgers, 台账), one object per module, of the module's own EClass.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Data</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_ModuleData()
	 * @model containment="true"
	 * @generated
	 */
	EList<ModuleData> getModuleData();

	/**
	 * Returns the value of the '<em><b>Total Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The total score as last computed by the scoring engine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Total Score</em>' attribute.
	 * @see #setTotalScore(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_TotalScore()
	 * @model transient="true"
	 * @generated
	 */
	BigDecimal getTotalScore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getTotalScore <em>Total Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Total Score</em>' attribute.
	 * @see #getTotalScore()
	 * @generated
	 */
	void setTotalScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Grade</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.Grade}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grade (自评等级) as last computed by the scoring engine.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grade</em>' attribute.
	 * @see org.jixiao.model.evaluation.Grade
	 * @see #isSetGrade()
	 * @see #unsetGrade()
	 * @see #setGrade(Grade)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Grade()
	 * @model unsettable="true" transient="true"
	 * @generated
	 */
	Grade getGrade();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grade</em>' attribute.
	 * @see org.jixiao.model.evaluation.Grade
	 * @see #isSetGrade()
	 * @see #unsetGrade()
	 * @see #getGrade()
	 * @generated
	 */
	void setGrade(Grade value);

	/**
	 * Unsets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getGrade <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGrade()
	 * @see #getGrade()
	 * @see #setGrade(Grade)
	 * @generated
	 */
	void unsetGrade();

	/**
	 * Returns whether the value of the '{@link org.jixiao.model.evaluation.Evaluation#getGrade <em>Grade</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Grade</em>' attribute is set.
	 * @see #unsetGrade()
	 * @see #getGrade()
	 * @see #setGrade(Grade)
	 * @generated
	 */
	boolean isSetGrade();

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.EvaluationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What is evaluated: the department as a whole (部门整体), one budget project (项目支出) or a project carried over from last year (结转项目).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.model.evaluation.EvaluationKind
	 * @see #setKind(EvaluationKind)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Kind()
	 * @model
	 * @generated
	 */
	EvaluationKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.model.evaluation.EvaluationKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EvaluationKind value);

	/**
	 * Returns the value of the '<em><b>Project Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project evaluated (项目名称); only for a project evaluation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Project Name</em>' attribute.
	 * @see #setProjectName(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_ProjectName()
	 * @model
	 * @generated
	 */
	String getProjectName();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getProjectName <em>Project Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Name</em>' attribute.
	 * @see #getProjectName()
	 * @generated
	 */
	void setProjectName(String value);

	/**
	 * Returns the value of the '<em><b>Project Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The project's code as published (项目编码), e.g. 219001-…: the stable link between a project evaluation and its budget project in the department's evaluation (BudgetProject.code).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Project Code</em>' attribute.
	 * @see #setProjectCode(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_ProjectCode()
	 * @model
	 * @generated
	 */
	String getProjectCode();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getProjectCode <em>Project Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project Code</em>' attribute.
	 * @see #getProjectCode()
	 * @generated
	 */
	void setProjectCode(String value);

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the evaluation's figures are illustrative (made up for a sample, not taken from a source document).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute.
	 * @see #setIllustrative(boolean)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_Illustrative()
	 * @model
	 * @generated
	 */
	boolean isIllustrative();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#isIllustrative <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illustrative</em>' attribute.
	 * @see #isIllustrative()
	 * @generated
	 */
	void setIllustrative(boolean value);

	/**
	 * Returns the value of the '<em><b>Format Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the table format (TableFormat) the evaluation was imported from or is to be exported in; none: the default format for its kind.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Format Id</em>' attribute.
	 * @see #setFormatId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getEvaluation_FormatId()
	 * @model
	 * @generated
	 */
	String getFormatId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Evaluation#getFormatId <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Id</em>' attribute.
	 * @see #getFormatId()
	 * @generated
	 */
	void setFormatId(String value);

} // Evaluation
