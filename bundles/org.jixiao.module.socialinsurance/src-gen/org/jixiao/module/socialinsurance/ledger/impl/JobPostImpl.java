/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.socialinsurance.ledger.JobPost;
import org.jixiao.module.socialinsurance.ledger.PostKind;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Job Post</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl#getPositions <em>Positions</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.JobPostImpl#getDevelopedOn <em>Developed On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class JobPostImpl extends LedgerEntryImpl implements JobPost {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final PostKind KIND_EDEFAULT = PostKind.TRAINEE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected PostKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPositions() <em>Positions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositions()
	 * @generated
	 * @ordered
	 */
	protected static final int POSITIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPositions() <em>Positions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPositions()
	 * @generated
	 * @ordered
	 */
	protected int positions = POSITIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDevelopedOn() <em>Developed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date DEVELOPED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDevelopedOn() <em>Developed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevelopedOn()
	 * @generated
	 * @ordered
	 */
	protected Date developedOn = DEVELOPED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected JobPostImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialInsurancePackage.Literals.JOB_POST;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.JOB_POST__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(PostKind newKind) {
		PostKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.JOB_POST__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.JOB_POST__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPositions() {
		return positions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPositions(int newPositions) {
		int oldPositions = positions;
		positions = newPositions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.JOB_POST__POSITIONS, oldPositions, positions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getDevelopedOn() {
		return developedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevelopedOn(Date newDevelopedOn) {
		Date oldDevelopedOn = developedOn;
		developedOn = newDevelopedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.JOB_POST__DEVELOPED_ON, oldDevelopedOn, developedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialInsurancePackage.JOB_POST__EMPLOYER:
				return getEmployer();
			case SocialInsurancePackage.JOB_POST__KIND:
				return getKind();
			case SocialInsurancePackage.JOB_POST__TITLE:
				return getTitle();
			case SocialInsurancePackage.JOB_POST__POSITIONS:
				return getPositions();
			case SocialInsurancePackage.JOB_POST__DEVELOPED_ON:
				return getDevelopedOn();
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
			case SocialInsurancePackage.JOB_POST__EMPLOYER:
				setEmployer((String)newValue);
				return;
			case SocialInsurancePackage.JOB_POST__KIND:
				setKind((PostKind)newValue);
				return;
			case SocialInsurancePackage.JOB_POST__TITLE:
				setTitle((String)newValue);
				return;
			case SocialInsurancePackage.JOB_POST__POSITIONS:
				setPositions((Integer)newValue);
				return;
			case SocialInsurancePackage.JOB_POST__DEVELOPED_ON:
				setDevelopedOn((Date)newValue);
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
			case SocialInsurancePackage.JOB_POST__EMPLOYER:
				setEmployer(EMPLOYER_EDEFAULT);
				return;
			case SocialInsurancePackage.JOB_POST__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SocialInsurancePackage.JOB_POST__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SocialInsurancePackage.JOB_POST__POSITIONS:
				setPositions(POSITIONS_EDEFAULT);
				return;
			case SocialInsurancePackage.JOB_POST__DEVELOPED_ON:
				setDevelopedOn(DEVELOPED_ON_EDEFAULT);
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
			case SocialInsurancePackage.JOB_POST__EMPLOYER:
				return EMPLOYER_EDEFAULT == null ? employer != null : !EMPLOYER_EDEFAULT.equals(employer);
			case SocialInsurancePackage.JOB_POST__KIND:
				return kind != KIND_EDEFAULT;
			case SocialInsurancePackage.JOB_POST__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SocialInsurancePackage.JOB_POST__POSITIONS:
				return positions != POSITIONS_EDEFAULT;
			case SocialInsurancePackage.JOB_POST__DEVELOPED_ON:
				return DEVELOPED_ON_EDEFAULT == null ? developedOn != null : !DEVELOPED_ON_EDEFAULT.equals(developedOn);
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
		result.append(" (employer: "); //$NON-NLS-1$
		result.append(employer);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", positions: "); //$NON-NLS-1$
		result.append(positions);
		result.append(", developedOn: "); //$NON-NLS-1$
		result.append(developedOn);
		result.append(')');
		return result.toString();
	}

} //JobPostImpl
