/**
 */
package org.jixiao.model.evaluation.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Department</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.DepartmentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.DepartmentImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.DepartmentImpl#getCompetentDepartment <em>Competent Department</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.DepartmentImpl#getCompetentDepartmentCode <em>Competent Department Code</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DepartmentImpl extends MinimalEObjectImpl.Container implements Department {
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
	 * The default value of the '{@link #getCompetentDepartment() <em>Competent Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentDepartment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPETENT_DEPARTMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompetentDepartment() <em>Competent Department</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentDepartment()
	 * @generated
	 * @ordered
	 */
	protected String competentDepartment = COMPETENT_DEPARTMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getCompetentDepartmentCode() <em>Competent Department Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentDepartmentCode()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPETENT_DEPARTMENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompetentDepartmentCode() <em>Competent Department Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompetentDepartmentCode()
	 * @generated
	 * @ordered
	 */
	protected String competentDepartmentCode = COMPETENT_DEPARTMENT_CODE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DepartmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.DEPARTMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.DEPARTMENT__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.DEPARTMENT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompetentDepartment() {
		return competentDepartment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetentDepartment(String newCompetentDepartment) {
		String oldCompetentDepartment = competentDepartment;
		competentDepartment = newCompetentDepartment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT, oldCompetentDepartment, competentDepartment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompetentDepartmentCode() {
		return competentDepartmentCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompetentDepartmentCode(String newCompetentDepartmentCode) {
		String oldCompetentDepartmentCode = competentDepartmentCode;
		competentDepartmentCode = newCompetentDepartmentCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT_CODE, oldCompetentDepartmentCode, competentDepartmentCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.DEPARTMENT__NAME:
				return getName();
			case EvaluationPackage.DEPARTMENT__CODE:
				return getCode();
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT:
				return getCompetentDepartment();
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT_CODE:
				return getCompetentDepartmentCode();
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
			case EvaluationPackage.DEPARTMENT__NAME:
				setName((String)newValue);
				return;
			case EvaluationPackage.DEPARTMENT__CODE:
				setCode((String)newValue);
				return;
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT:
				setCompetentDepartment((String)newValue);
				return;
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT_CODE:
				setCompetentDepartmentCode((String)newValue);
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
			case EvaluationPackage.DEPARTMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EvaluationPackage.DEPARTMENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT:
				setCompetentDepartment(COMPETENT_DEPARTMENT_EDEFAULT);
				return;
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT_CODE:
				setCompetentDepartmentCode(COMPETENT_DEPARTMENT_CODE_EDEFAULT);
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
			case EvaluationPackage.DEPARTMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EvaluationPackage.DEPARTMENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT:
				return COMPETENT_DEPARTMENT_EDEFAULT == null ? competentDepartment != null : !COMPETENT_DEPARTMENT_EDEFAULT.equals(competentDepartment);
			case EvaluationPackage.DEPARTMENT__COMPETENT_DEPARTMENT_CODE:
				return COMPETENT_DEPARTMENT_CODE_EDEFAULT == null ? competentDepartmentCode != null : !COMPETENT_DEPARTMENT_CODE_EDEFAULT.equals(competentDepartmentCode);
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
		result.append(", code: "); //$NON-NLS-1$
		result.append(code);
		result.append(", competentDepartment: "); //$NON-NLS-1$
		result.append(competentDepartment);
		result.append(", competentDepartmentCode: "); //$NON-NLS-1$
		result.append(competentDepartmentCode);
		result.append(')');
		return result.toString();
	}

} //DepartmentImpl
