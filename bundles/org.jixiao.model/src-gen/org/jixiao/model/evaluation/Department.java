/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A budget unit that evaluates its expenditure.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.Department#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Department#getCode <em>Code</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Department#getCompetentDepartment <em>Competent Department</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Department#getCompetentDepartmentCode <em>Competent Department Code</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getDepartment()
 * @model
 * @generated
 */
public interface Department extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department's name (部门名称).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getDepartment_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Department#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The department's budget code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getDepartment_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Department#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Competent Department</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The competent department (主管部门).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competent Department</em>' attribute.
	 * @see #setCompetentDepartment(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getDepartment_CompetentDepartment()
	 * @model
	 * @generated
	 */
	String getCompetentDepartment();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Department#getCompetentDepartment <em>Competent Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competent Department</em>' attribute.
	 * @see #getCompetentDepartment()
	 * @generated
	 */
	void setCompetentDepartment(String value);

	/**
	 * Returns the value of the '<em><b>Competent Department Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The competent department's code as published (主管部门编码), e.g. 219001.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Competent Department Code</em>' attribute.
	 * @see #setCompetentDepartmentCode(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getDepartment_CompetentDepartmentCode()
	 * @model
	 * @generated
	 */
	String getCompetentDepartmentCode();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Department#getCompetentDepartmentCode <em>Competent Department Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Competent Department Code</em>' attribute.
	 * @see #getCompetentDepartmentCode()
	 * @generated
	 */
	void setCompetentDepartmentCode(String value);

} // Department
