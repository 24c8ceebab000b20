/**
 */
package org.jixiao.model.evaluation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Uninstalled Module Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The data of a module that is not installed, kept as its module saved it, so that opening and saving the evaluation loses nothing.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.UninstalledModuleData#getNsURI <em>Ns URI</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.UninstalledModuleData#getContent <em>Content</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getUninstalledModuleData()
 * @model
 * @generated
 */
public interface UninstalledModuleData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Ns URI</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The namespace of the module's EPackage.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ns URI</em>' attribute.
	 * @see #setNsURI(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getUninstalledModuleData_NsURI()
	 * @model
	 * @generated
	 */
	String getNsURI();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.UninstalledModuleData#getNsURI <em>Ns URI</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ns URI</em>' attribute.
	 * @see #getNsURI()
	 * @generated
	 */
	void setNsURI(String value);

	/**
	 * Returns the value of the '<em><b>Content</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The module data as the XMI document its module wrote.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Content</em>' attribute.
	 * @see #setContent(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getUninstalledModuleData_Content()
	 * @model
	 * @generated
	 */
	String getContent();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.UninstalledModuleData#getContent <em>Content</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content</em>' attribute.
	 * @see #getContent()
	 * @generated
	 */
	void setContent(String value);

} // UninstalledModuleData
