/**
 */
package org.jixiao.model.evaluation.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Amounts</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.AmountsImpl#getInitialBudget <em>Initial Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.AmountsImpl#getAdjustedBudget <em>Adjusted Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.AmountsImpl#getExecuted <em>Executed</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AmountsImpl extends MinimalEObjectImpl.Container implements Amounts {
	/**
	 * The default value of the '{@link #getInitialBudget() <em>Initial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal INITIAL_BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialBudget() <em>Initial Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal initialBudget = INITIAL_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustedBudget() <em>Adjusted Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedBudget()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ADJUSTED_BUDGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustedBudget() <em>Adjusted Budget</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedBudget()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal adjustedBudget = ADJUSTED_BUDGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecuted() <em>Executed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecuted()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal EXECUTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExecuted() <em>Executed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecuted()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal executed = EXECUTED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AmountsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.AMOUNTS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getInitialBudget() {
		return initialBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialBudget(BigDecimal newInitialBudget) {
		BigDecimal oldInitialBudget = initialBudget;
		initialBudget = newInitialBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.AMOUNTS__INITIAL_BUDGET, oldInitialBudget, initialBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getAdjustedBudget() {
		return adjustedBudget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustedBudget(BigDecimal newAdjustedBudget) {
		BigDecimal oldAdjustedBudget = adjustedBudget;
		adjustedBudget = newAdjustedBudget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.AMOUNTS__ADJUSTED_BUDGET, oldAdjustedBudget, adjustedBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getExecuted() {
		return executed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecuted(BigDecimal newExecuted) {
		BigDecimal oldExecuted = executed;
		executed = newExecuted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.AMOUNTS__EXECUTED, oldExecuted, executed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.AMOUNTS__INITIAL_BUDGET:
				return getInitialBudget();
			case EvaluationPackage.AMOUNTS__ADJUSTED_BUDGET:
				return getAdjustedBudget();
			case EvaluationPackage.AMOUNTS__EXECUTED:
				return getExecuted();
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
			case EvaluationPackage.AMOUNTS__INITIAL_BUDGET:
				setInitialBudget((BigDecimal)newValue);
				return;
			case EvaluationPackage.AMOUNTS__ADJUSTED_BUDGET:
				setAdjustedBudget((BigDecimal)newValue);
				return;
			case EvaluationPackage.AMOUNTS__EXECUTED:
				setExecuted((BigDecimal)newValue);
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
			case EvaluationPackage.AMOUNTS__INITIAL_BUDGET:
				setInitialBudget(INITIAL_BUDGET_EDEFAULT);
				return;
			case EvaluationPackage.AMOUNTS__ADJUSTED_BUDGET:
				setAdjustedBudget(ADJUSTED_BUDGET_EDEFAULT);
				return;
			case EvaluationPackage.AMOUNTS__EXECUTED:
				setExecuted(EXECUTED_EDEFAULT);
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
			case EvaluationPackage.AMOUNTS__INITIAL_BUDGET:
				return INITIAL_BUDGET_EDEFAULT == null ? initialBudget != null : !INITIAL_BUDGET_EDEFAULT.equals(initialBudget);
			case EvaluationPackage.AMOUNTS__ADJUSTED_BUDGET:
				return ADJUSTED_BUDGET_EDEFAULT == null ? adjustedBudget != null : !ADJUSTED_BUDGET_EDEFAULT.equals(adjustedBudget);
			case EvaluationPackage.AMOUNTS__EXECUTED:
				return EXECUTED_EDEFAULT == null ? executed != null : !EXECUTED_EDEFAULT.equals(executed);
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
		result.append(" (initialBudget: "); //$NON-NLS-1$
		result.append(initialBudget);
		result.append(", adjustedBudget: "); //$NON-NLS-1$
		result.append(adjustedBudget);
		result.append(", executed: "); //$NON-NLS-1$
		result.append(executed);
		result.append(')');
		return result.toString();
	}

} //AmountsImpl
