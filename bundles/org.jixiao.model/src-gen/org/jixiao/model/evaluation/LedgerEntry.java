/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ledger Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One row of a module's ledger (台账). Modules subclass it with the row's fields.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.LedgerEntry#getUid <em>Uid</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getLedgerEntry()
 * @model abstract="true"
 * @generated
 */
public interface LedgerEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable identity of the row, kept across saves; what evidence files are attached to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getLedgerEntry_Uid()
	 * @model
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.LedgerEntry#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

} // LedgerEntry
