/**
 */
package org.jixiao.module.partybuilding.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.partybuilding.ledger.MemberDevelopment;
import org.jixiao.module.partybuilding.ledger.MemberStage;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Member Development</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getBranch <em>Branch</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getApplied <em>Applied</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getActivist <em>Activist</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getCandidate <em>Candidate</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getAdmitted <em>Admitted</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.impl.MemberDevelopmentImpl#getFullMember <em>Full Member</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemberDevelopmentImpl extends LedgerEntryImpl implements MemberDevelopment {
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
	 * The default value of the '{@link #getBranch() <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranch()
	 * @generated
	 * @ordered
	 */
	protected static final String BRANCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBranch() <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBranch()
	 * @generated
	 * @ordered
	 */
	protected String branch = BRANCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final MemberStage STAGE_EDEFAULT = MemberStage.APPLICANT;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected MemberStage stage = STAGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getApplied() <em>Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplied()
	 * @generated
	 * @ordered
	 */
	protected static final Date APPLIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplied() <em>Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplied()
	 * @generated
	 * @ordered
	 */
	protected Date applied = APPLIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getActivist() <em>Activist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivist()
	 * @generated
	 * @ordered
	 */
	protected static final Date ACTIVIST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivist() <em>Activist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivist()
	 * @generated
	 * @ordered
	 */
	protected Date activist = ACTIVIST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCandidate() <em>Candidate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidate()
	 * @generated
	 * @ordered
	 */
	protected static final Date CANDIDATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCandidate() <em>Candidate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCandidate()
	 * @generated
	 * @ordered
	 */
	protected Date candidate = CANDIDATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdmitted() <em>Admitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmitted()
	 * @generated
	 * @ordered
	 */
	protected static final Date ADMITTED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdmitted() <em>Admitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdmitted()
	 * @generated
	 * @ordered
	 */
	protected Date admitted = ADMITTED_EDEFAULT;

	/**
	 * The default value of the '{@link #getFullMember() <em>Full Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullMember()
	 * @generated
	 * @ordered
	 */
	protected static final Date FULL_MEMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFullMember() <em>Full Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFullMember()
	 * @generated
	 * @ordered
	 */
	protected Date fullMember = FULL_MEMBER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemberDevelopmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PartyBuildingPackage.Literals.MEMBER_DEVELOPMENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBranch() {
		return branch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBranch(String newBranch) {
		String oldBranch = branch;
		branch = newBranch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__BRANCH, oldBranch, branch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MemberStage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(MemberStage newStage) {
		MemberStage oldStage = stage;
		stage = newStage == null ? STAGE_EDEFAULT : newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getApplied() {
		return applied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplied(Date newApplied) {
		Date oldApplied = applied;
		applied = newApplied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__APPLIED, oldApplied, applied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getActivist() {
		return activist;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivist(Date newActivist) {
		Date oldActivist = activist;
		activist = newActivist;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__ACTIVIST, oldActivist, activist));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCandidate() {
		return candidate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCandidate(Date newCandidate) {
		Date oldCandidate = candidate;
		candidate = newCandidate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__CANDIDATE, oldCandidate, candidate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAdmitted() {
		return admitted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdmitted(Date newAdmitted) {
		Date oldAdmitted = admitted;
		admitted = newAdmitted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__ADMITTED, oldAdmitted, admitted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFullMember() {
		return fullMember;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFullMember(Date newFullMember) {
		Date oldFullMember = fullMember;
		fullMember = newFullMember;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PartyBuildingPackage.MEMBER_DEVELOPMENT__FULL_MEMBER, oldFullMember, fullMember));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__NAME:
				return getName();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__BRANCH:
				return getBranch();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__STAGE:
				return getStage();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__APPLIED:
				return getApplied();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ACTIVIST:
				return getActivist();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__CANDIDATE:
				return getCandidate();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ADMITTED:
				return getAdmitted();
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__FULL_MEMBER:
				return getFullMember();
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
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__NAME:
				setName((String)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__BRANCH:
				setBranch((String)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__STAGE:
				setStage((MemberStage)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__APPLIED:
				setApplied((Date)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ACTIVIST:
				setActivist((Date)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__CANDIDATE:
				setCandidate((Date)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ADMITTED:
				setAdmitted((Date)newValue);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__FULL_MEMBER:
				setFullMember((Date)newValue);
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
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__BRANCH:
				setBranch(BRANCH_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__APPLIED:
				setApplied(APPLIED_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ACTIVIST:
				setActivist(ACTIVIST_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__CANDIDATE:
				setCandidate(CANDIDATE_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ADMITTED:
				setAdmitted(ADMITTED_EDEFAULT);
				return;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__FULL_MEMBER:
				setFullMember(FULL_MEMBER_EDEFAULT);
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
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__BRANCH:
				return BRANCH_EDEFAULT == null ? branch != null : !BRANCH_EDEFAULT.equals(branch);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__STAGE:
				return stage != STAGE_EDEFAULT;
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__APPLIED:
				return APPLIED_EDEFAULT == null ? applied != null : !APPLIED_EDEFAULT.equals(applied);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ACTIVIST:
				return ACTIVIST_EDEFAULT == null ? activist != null : !ACTIVIST_EDEFAULT.equals(activist);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__CANDIDATE:
				return CANDIDATE_EDEFAULT == null ? candidate != null : !CANDIDATE_EDEFAULT.equals(candidate);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__ADMITTED:
				return ADMITTED_EDEFAULT == null ? admitted != null : !ADMITTED_EDEFAULT.equals(admitted);
			case PartyBuildingPackage.MEMBER_DEVELOPMENT__FULL_MEMBER:
				return FULL_MEMBER_EDEFAULT == null ? fullMember != null : !FULL_MEMBER_EDEFAULT.equals(fullMember);
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
		result.append(", branch: "); //$NON-NLS-1$
		result.append(branch);
		result.append(", stage: "); //$NON-NLS-1$
		result.append(stage);
		result.append(", applied: "); //$NON-NLS-1$
		result.append(applied);
		result.append(", activist: "); //$NON-NLS-1$
		result.append(activist);
		result.append(", candidate: "); //$NON-NLS-1$
		result.append(candidate);
		result.append(", admitted: "); //$NON-NLS-1$
		result.append(admitted);
		result.append(", fullMember: "); //$NON-NLS-1$
		result.append(fullMember);
		result.append(')');
		return result.toString();
	}

} //MemberDevelopmentImpl
