/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 一级 indicator group (产出指标、效益指标、满意度指标).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.IndicatorCategory#getSubcategories <em>Subcategories</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorCategory()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='subcategoryWeightsSum'"
 * @generated
 */
public interface IndicatorCategory extends WeightedGroup {
	/**
	 * Returns the value of the '<em><b>Subcategories</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.IndicatorSubcategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its 二级 groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subcategories</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorCategory_Subcategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorSubcategory> getSubcategories();

} // IndicatorCategory
