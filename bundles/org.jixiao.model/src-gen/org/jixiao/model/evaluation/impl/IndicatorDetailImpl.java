/**
 */
package org.jixiao.model.evaluation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.IndicatorDetail;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator Detail</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorDetailImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorDetailImpl#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorDetailImpl#getActualText <em>Actual Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorDetailImpl extends MinimalEObjectImpl.Container implements IndicatorDetail {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected String targetText = TARGET_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualText() <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualText()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTUAL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualText() <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualText()
	 * @generated
	 * @ordered
	 */
	protected String actualText = ACTUAL_TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorDetailImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.INDICATOR_DETAIL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR_DETAIL__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetText() {
		return targetText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetText(String newTargetText) {
		String oldTargetText = targetText;
		targetText = newTargetText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR_DETAIL__TARGET_TEXT, oldTargetText, targetText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActualText() {
		return actualText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualText(String newActualText) {
		String oldActualText = actualText;
		actualText = newActualText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR_DETAIL__ACTUAL_TEXT, oldActualText, actualText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_DETAIL__NAME:
				return getName();
			case EvaluationPackage.INDICATOR_DETAIL__TARGET_TEXT:
				return getTargetText();
			case EvaluationPackage.INDICATOR_DETAIL__ACTUAL_TEXT:
				return getActualText();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR_DETAIL__NAME:
				setName((String)newValue);
				return;
			case EvaluationPackage.INDICATOR_DETAIL__TARGET_TEXT:
				setTargetText((String)newValue);
				return;
			case EvaluationPackage.INDICATOR_DETAIL__ACTUAL_TEXT:
				setActualText((String)newValue);
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
			case EvaluationPackage.INDICATOR_DETAIL__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR_DETAIL__TARGET_TEXT:
				setTargetText(TARGET_TEXT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR_DETAIL__ACTUAL_TEXT:
				setActualText(ACTUAL_TEXT_EDEFAULT);
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
			case EvaluationPackage.INDICATOR_DETAIL__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EvaluationPackage.INDICATOR_DETAIL__TARGET_TEXT:
				return TARGET_TEXT_EDEFAULT == null ? targetText != null : !TARGET_TEXT_EDEFAULT.equals(targetText);
			case EvaluationPackage.INDICATOR_DETAIL__ACTUAL_TEXT:
				return ACTUAL_TEXT_EDEFAULT == null ? actualText != null : !ACTUAL_TEXT_EDEFAULT.equals(actualText);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", targetText: "); //$NON-NLS-1$
		result.append(targetText);
		result.append(", actualText: "); //$NON-NLS-1$
		result.append(actualText);
		result.append(')');
		return result.toString();
	}

} //IndicatorDetailImpl
