/**
 */
package org.jixiao.module.businessenv.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.businessenv.ledger.BusinessEnvPackage;
import org.jixiao.module.businessenv.ledger.EnterpriseVisit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Enterprise Visit</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#getVisitedOn <em>Visited On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#isFourAbove <em>Four Above</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#getProject <em>Project</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#isKeyProject <em>Key Project</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.impl.EnterpriseVisitImpl#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnterpriseVisitImpl extends LedgerEntryImpl implements EnterpriseVisit {
	/**
	 * The default value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected static final String ENTERPRISE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnterprise() <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnterprise()
	 * @generated
	 * @ordered
	 */
	protected String enterprise = ENTERPRISE_EDEFAULT;

	/**
	 * The default value of the '{@link #getVisitedOn() <em>Visited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date VISITED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVisitedOn() <em>Visited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVisitedOn()
	 * @generated
	 * @ordered
	 */
	protected Date visitedOn = VISITED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #isFourAbove() <em>Four Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourAbove()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FOUR_ABOVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFourAbove() <em>Four Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFourAbove()
	 * @generated
	 * @ordered
	 */
	protected boolean fourAbove = FOUR_ABOVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getProject() <em>Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProject()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProject() <em>Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProject()
	 * @generated
	 * @ordered
	 */
	protected String project = PROJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #isKeyProject() <em>Key Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyProject()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KEY_PROJECT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isKeyProject() <em>Key Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKeyProject()
	 * @generated
	 * @ordered
	 */
	protected boolean keyProject = KEY_PROJECT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected static final String FINDINGS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected String findings = FINDINGS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnterpriseVisitImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return BusinessEnvPackage.Literals.ENTERPRISE_VISIT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnterprise() {
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnterprise(String newEnterprise) {
		String oldEnterprise = enterprise;
		enterprise = newEnterprise;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__ENTERPRISE, oldEnterprise, enterprise));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getVisitedOn() {
		return visitedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisitedOn(Date newVisitedOn) {
		Date oldVisitedOn = visitedOn;
		visitedOn = newVisitedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__VISITED_ON, oldVisitedOn, visitedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFourAbove() {
		return fourAbove;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFourAbove(boolean newFourAbove) {
		boolean oldFourAbove = fourAbove;
		fourAbove = newFourAbove;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__FOUR_ABOVE, oldFourAbove, fourAbove));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProject() {
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProject(String newProject) {
		String oldProject = project;
		project = newProject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__PROJECT, oldProject, project));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKeyProject() {
		return keyProject;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKeyProject(boolean newKeyProject) {
		boolean oldKeyProject = keyProject;
		keyProject = newKeyProject;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__KEY_PROJECT, oldKeyProject, keyProject));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFindings() {
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFindings(String newFindings) {
		String oldFindings = findings;
		findings = newFindings;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, BusinessEnvPackage.ENTERPRISE_VISIT__FINDINGS, oldFindings, findings));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case BusinessEnvPackage.ENTERPRISE_VISIT__ENTERPRISE:
				return getEnterprise();
			case BusinessEnvPackage.ENTERPRISE_VISIT__VISITED_ON:
				return getVisitedOn();
			case BusinessEnvPackage.ENTERPRISE_VISIT__FOUR_ABOVE:
				return isFourAbove();
			case BusinessEnvPackage.ENTERPRISE_VISIT__PROJECT:
				return getProject();
			case BusinessEnvPackage.ENTERPRISE_VISIT__KEY_PROJECT:
				return isKeyProject();
			case BusinessEnvPackage.ENTERPRISE_VISIT__FINDINGS:
				return getFindings();
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
			case BusinessEnvPackage.ENTERPRISE_VISIT__ENTERPRISE:
				setEnterprise((String)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__VISITED_ON:
				setVisitedOn((Date)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__FOUR_ABOVE:
				setFourAbove((Boolean)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__PROJECT:
				setProject((String)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__KEY_PROJECT:
				setKeyProject((Boolean)newValue);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__FINDINGS:
				setFindings((String)newValue);
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
			case BusinessEnvPackage.ENTERPRISE_VISIT__ENTERPRISE:
				setEnterprise(ENTERPRISE_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__VISITED_ON:
				setVisitedOn(VISITED_ON_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__FOUR_ABOVE:
				setFourAbove(FOUR_ABOVE_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__PROJECT:
				setProject(PROJECT_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__KEY_PROJECT:
				setKeyProject(KEY_PROJECT_EDEFAULT);
				return;
			case BusinessEnvPackage.ENTERPRISE_VISIT__FINDINGS:
				setFindings(FINDINGS_EDEFAULT);
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
			case BusinessEnvPackage.ENTERPRISE_VISIT__ENTERPRISE:
				return ENTERPRISE_EDEFAULT == null ? enterprise != null : !ENTERPRISE_EDEFAULT.equals(enterprise);
			case BusinessEnvPackage.ENTERPRISE_VISIT__VISITED_ON:
				return VISITED_ON_EDEFAULT == null ? visitedOn != null : !VISITED_ON_EDEFAULT.equals(visitedOn);
			case BusinessEnvPackage.ENTERPRISE_VISIT__FOUR_ABOVE:
				return fourAbove != FOUR_ABOVE_EDEFAULT;
			case BusinessEnvPackage.ENTERPRISE_VISIT__PROJECT:
				return PROJECT_EDEFAULT == null ? project != null : !PROJECT_EDEFAULT.equals(project);
			case BusinessEnvPackage.ENTERPRISE_VISIT__KEY_PROJECT:
				return keyProject != KEY_PROJECT_EDEFAULT;
			case BusinessEnvPackage.ENTERPRISE_VISIT__FINDINGS:
				return FINDINGS_EDEFAULT == null ? findings != null : !FINDINGS_EDEFAULT.equals(findings);
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
		result.append(" (enterprise: "); //$NON-NLS-1$
		result.append(enterprise);
		result.append(", visitedOn: "); //$NON-NLS-1$
		result.append(visitedOn);
		result.append(", fourAbove: "); //$NON-NLS-1$
		result.append(fourAbove);
		result.append(", project: "); //$NON-NLS-1$
		result.append(project);
		result.append(", keyProject: "); //$NON-NLS-1$
		result.append(keyProject);
		result.append(", findings: "); //$NON-NLS-1$
		result.append(findings);
		result.append(')');
		return result.toString();
	}

} //EnterpriseVisitImpl
