/**
 */
package org.jixiao.model.evaluation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Category</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorCategoryImpl#getSubcategories <em>Subcategories</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorCategoryImpl extends WeightedGroupImpl implements IndicatorCategory {
	/**
	 * The cached value of the '{@link #getSubcategories() <em>Subcategories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcategories()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorSubcategory> subcategories;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorCategoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.INDICATOR_CATEGORY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorSubcategory> getSubcategories() {
		if (subcategories == null) {
			subcategories = new EObjectContainmentEList<IndicatorSubcategory>(IndicatorSubcategory.class, this, EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES);
		}
		return subcategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES:
				return ((InternalEList<?>)getSubcategories()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES:
				return getSubcategories();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES:
				getSubcategories().clear();
				getSubcategories().addAll((Collection<? extends IndicatorSubcategory>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES:
				getSubcategories().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_CATEGORY__SUBCATEGORIES:
				return subcategories != null && !subcategories.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //IndicatorCategoryImpl
