/**
 */
package org.jixiao.model.evaluation;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator Subcategory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 二级 indicator group (数量、质量、时效、成本、社会效益…).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.IndicatorSubcategory#getIndicators <em>Indicators</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorSubcategory()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='indicatorWeightsSum'"
 * @generated
 */
public interface IndicatorSubcategory extends WeightedGroup {
	/**
	 * Returns the value of the '<em><b>Indicators</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.Indicator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Its 三级 indicators.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Indicators</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicatorSubcategory_Indicators()
	 * @model containment="true"
	 * @generated
	 */
	EList<Indicator> getIndicators();

} // IndicatorSubcategory
