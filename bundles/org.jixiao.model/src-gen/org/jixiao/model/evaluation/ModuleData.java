/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Module Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What one business module keeps for an evaluation. A module subclasses it in its own EPackage with its ledgers (台账) as containment references of LedgerEntry subclasses; the core knows nothing more of it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.ModuleData#getModuleId <em>Module Id</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getModuleData()
 * @model abstract="true"
 * @generated
 */
public interface ModuleData extends EObject {
	/**
	 * Returns the value of the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The module's id, as in Indicator.moduleId.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Id</em>' attribute.
	 * @see #setModuleId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getModuleData_ModuleId()
	 * @model required="true"
	 * @generated
	 */
	String getModuleId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.ModuleData#getModuleId <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Id</em>' attribute.
	 * @see #getModuleId()
	 * @generated
	 */
	void setModuleId(String value);

} // ModuleData
