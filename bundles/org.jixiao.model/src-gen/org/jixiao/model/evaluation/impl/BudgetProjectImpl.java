/**
 */
package org.jixiao.model.evaluation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ExpenditureType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget Project</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl#getExpenditureType <em>Expenditure Type</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetProjectImpl#getCode <em>Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetProjectImpl extends AmountsImpl implements BudgetProject {
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
	 * The default value of the '{@link #getExpenditureType() <em>Expenditure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpenditureType()
	 * @generated
	 * @ordered
	 */
	protected static final ExpenditureType EXPENDITURE_TYPE_EDEFAULT = ExpenditureType.BASIC;

	/**
	 * The cached value of the '{@link #getExpenditureType() <em>Expenditure Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpenditureType()
	 * @generated
	 * @ordered
	 */
	protected ExpenditureType expenditureType = EXPENDITURE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getModuleId() <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String MODULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModuleId() <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleId()
	 * @generated
	 * @ordered
	 */
	protected String moduleId = MODULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetProjectImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.BUDGET_PROJECT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET_PROJECT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExpenditureType getExpenditureType() {
		return expenditureType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpenditureType(ExpenditureType newExpenditureType) {
		ExpenditureType oldExpenditureType = expenditureType;
		expenditureType = newExpenditureType == null ? EXPENDITURE_TYPE_EDEFAULT : newExpenditureType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET_PROJECT__EXPENDITURE_TYPE, oldExpenditureType, expenditureType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModuleId() {
		return moduleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleId(String newModuleId) {
		String oldModuleId = moduleId;
		moduleId = newModuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET_PROJECT__MODULE_ID, oldModuleId, moduleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET_PROJECT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.BUDGET_PROJECT__NAME:
				return getName();
			case EvaluationPackage.BUDGET_PROJECT__EXPENDITURE_TYPE:
				return getExpenditureType();
			case EvaluationPackage.BUDGET_PROJECT__MODULE_ID:
				return getModuleId();
			case EvaluationPackage.BUDGET_PROJECT__CODE:
				return getCode();
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
			case EvaluationPackage.BUDGET_PROJECT__NAME:
				setName((String)newValue);
				return;
			case EvaluationPackage.BUDGET_PROJECT__EXPENDITURE_TYPE:
				setExpenditureType((ExpenditureType)newValue);
				return;
			case EvaluationPackage.BUDGET_PROJECT__MODULE_ID:
				setModuleId((String)newValue);
				return;
			case EvaluationPackage.BUDGET_PROJECT__CODE:
				setCode((String)newValue);
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
			case EvaluationPackage.BUDGET_PROJECT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET_PROJECT__EXPENDITURE_TYPE:
				setExpenditureType(EXPENDITURE_TYPE_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET_PROJECT__MODULE_ID:
				setModuleId(MODULE_ID_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET_PROJECT__CODE:
				setCode(CODE_EDEFAULT);
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
			case EvaluationPackage.BUDGET_PROJECT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EvaluationPackage.BUDGET_PROJECT__EXPENDITURE_TYPE:
				return expenditureType != EXPENDITURE_TYPE_EDEFAULT;
			case EvaluationPackage.BUDGET_PROJECT__MODULE_ID:
				return MODULE_ID_EDEFAULT == null ? moduleId != null : !MODULE_ID_EDEFAULT.equals(moduleId);
			case EvaluationPackage.BUDGET_PROJECT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
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
		result.append(", expenditureType: "); //$NON-NLS-1$
		result.append(expenditureType);
		result.append(", moduleId: "); //$NON-NLS-1$
		result.append(moduleId);
		result.append(", code: "); //$NON-NLS-1$
		result.append(code);
		result.append(')');
		return result.toString();
	}

} //BudgetProjectImpl
