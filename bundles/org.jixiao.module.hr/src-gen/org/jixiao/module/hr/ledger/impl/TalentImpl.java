/**
 */
package org.jixiao.module.hr.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.hr.ledger.HrPackage;
import org.jixiao.module.hr.ledger.Talent;
import org.jixiao.module.hr.ledger.TalentCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Talent</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.TalentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.TalentImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.TalentImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.jixiao.module.hr.ledger.impl.TalentImpl#getRegistered <em>Registered</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TalentImpl extends LedgerEntryImpl implements Talent {
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
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final TalentCategory CATEGORY_EDEFAULT = TalentCategory.LEADING;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected TalentCategory category = CATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected String employer = EMPLOYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected static final Date REGISTERED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegistered() <em>Registered</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegistered()
	 * @generated
	 * @ordered
	 */
	protected Date registered = REGISTERED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TalentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return HrPackage.Literals.TALENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.TALENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TalentCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(TalentCategory newCategory) {
		TalentCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.TALENT__CATEGORY, oldCategory, category));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(String newEmployer) {
		String oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.TALENT__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getRegistered() {
		return registered;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegistered(Date newRegistered) {
		Date oldRegistered = registered;
		registered = newRegistered;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, HrPackage.TALENT__REGISTERED, oldRegistered, registered));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case HrPackage.TALENT__NAME:
				return getName();
			case HrPackage.TALENT__CATEGORY:
				return getCategory();
			case HrPackage.TALENT__EMPLOYER:
				return getEmployer();
			case HrPackage.TALENT__REGISTERED:
				return getRegistered();
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
			case HrPackage.TALENT__NAME:
				setName((String)newValue);
				return;
			case HrPackage.TALENT__CATEGORY:
				setCategory((TalentCategory)newValue);
				return;
			case HrPackage.TALENT__EMPLOYER:
				setEmployer((String)newValue);
				return;
			case HrPackage.TALENT__REGISTERED:
				setRegistered((Date)newValue);
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
			case HrPackage.TALENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case HrPackage.TALENT__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case HrPackage.TALENT__EMPLOYER:
				setEmployer(EMPLOYER_EDEFAULT);
				return;
			case HrPackage.TALENT__REGISTERED:
				setRegistered(REGISTERED_EDEFAULT);
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
			case HrPackage.TALENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case HrPackage.TALENT__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case HrPackage.TALENT__EMPLOYER:
				return EMPLOYER_EDEFAULT == null ? employer != null : !EMPLOYER_EDEFAULT.equals(employer);
			case HrPackage.TALENT__REGISTERED:
				return REGISTERED_EDEFAULT == null ? registered != null : !REGISTERED_EDEFAULT.equals(registered);
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
		result.append(", category: "); //$NON-NLS-1$
		result.append(category);
		result.append(", employer: "); //$NON-NLS-1$
		result.append(employer);
		result.append(", registered: "); //$NON-NLS-1$
		result.append(registered);
		result.append(')');
		return result.toString();
	}

} //TalentImpl
