/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Narrative Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numbered section of the report's narrative, with its paragraphs and sub-sections.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getNumber <em>Number</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getParagraphs <em>Paragraphs</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.NarrativeSection#getSubsections <em>Subsections</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection()
 * @model
 * @generated
 */
public interface NarrativeSection extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.SectionKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which part of the report the section is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.model.evaluation.SectionKind
	 * @see #setKind(SectionKind)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_Kind()
	 * @model
	 * @generated
	 */
	SectionKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.NarrativeSection#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.model.evaluation.SectionKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SectionKind value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The section's number as printed: 一、 （一） 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.NarrativeSection#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The section's title.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.NarrativeSection#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The business module the section reports on, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Id</em>' attribute.
	 * @see #setModuleId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_ModuleId()
	 * @model
	 * @generated
	 */
	String getModuleId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.NarrativeSection#getModuleId <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Id</em>' attribute.
	 * @see #getModuleId()
	 * @generated
	 */
	void setModuleId(String value);

	/**
	 * Returns the value of the '<em><b>Paragraphs</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The section's paragraphs, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Paragraphs</em>' attribute list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_Paragraphs()
	 * @model
	 * @generated
	 */
	EList<String> getParagraphs();

	/**
	 * Returns the value of the '<em><b>Subsections</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.NarrativeSection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The numbered sub-sections.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subsections</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getNarrativeSection_Subsections()
	 * @model containment="true"
	 * @generated
	 */
	EList<NarrativeSection> getSubsections();

} // NarrativeSection
