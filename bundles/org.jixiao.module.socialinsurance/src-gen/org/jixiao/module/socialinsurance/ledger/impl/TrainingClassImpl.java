/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.jixiao.model.evaluation.impl.LedgerEntryImpl;

import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;
import org.jixiao.module.socialinsurance.ledger.TrainingClass;
import org.jixiao.module.socialinsurance.ledger.TrainingKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Training Class</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.TrainingClassImpl#getMigrantWorkers <em>Migrant Workers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrainingClassImpl extends LedgerEntryImpl implements TrainingClass {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingKind KIND_EDEFAULT = TrainingKind.SUBSIDIZED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected TrainingKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected static final String PROVIDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProvider() <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvider()
	 * @generated
	 * @ordered
	 */
	protected String provider = PROVIDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date STARTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStartedOn() <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedOn()
	 * @generated
	 * @ordered
	 */
	protected Date startedOn = STARTED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrainees() <em>Trainees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainees()
	 * @generated
	 * @ordered
	 */
	protected static final int TRAINEES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getTrainees() <em>Trainees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainees()
	 * @generated
	 * @ordered
	 */
	protected int trainees = TRAINEES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMigrantWorkers() <em>Migrant Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigrantWorkers()
	 * @generated
	 * @ordered
	 */
	protected static final int MIGRANT_WORKERS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMigrantWorkers() <em>Migrant Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMigrantWorkers()
	 * @generated
	 * @ordered
	 */
	protected int migrantWorkers = MIGRANT_WORKERS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrainingClassImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialInsurancePackage.Literals.TRAINING_CLASS;
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
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(TrainingKind newKind) {
		TrainingKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProvider() {
		return provider;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProvider(String newProvider) {
		String oldProvider = provider;
		provider = newProvider;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__PROVIDER, oldProvider, provider));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStartedOn() {
		return startedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedOn(Date newStartedOn) {
		Date oldStartedOn = startedOn;
		startedOn = newStartedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__STARTED_ON, oldStartedOn, startedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getTrainees() {
		return trainees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrainees(int newTrainees) {
		int oldTrainees = trainees;
		trainees = newTrainees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__TRAINEES, oldTrainees, trainees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMigrantWorkers() {
		return migrantWorkers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMigrantWorkers(int newMigrantWorkers) {
		int oldMigrantWorkers = migrantWorkers;
		migrantWorkers = newMigrantWorkers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SocialInsurancePackage.TRAINING_CLASS__MIGRANT_WORKERS, oldMigrantWorkers, migrantWorkers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SocialInsurancePackage.TRAINING_CLASS__TITLE:
				return getTitle();
			case SocialInsurancePackage.TRAINING_CLASS__KIND:
				return getKind();
			case SocialInsurancePackage.TRAINING_CLASS__PROVIDER:
				return getProvider();
			case SocialInsurancePackage.TRAINING_CLASS__STARTED_ON:
				return getStartedOn();
			case SocialInsurancePackage.TRAINING_CLASS__TRAINEES:
				return getTrainees();
			case SocialInsurancePackage.TRAINING_CLASS__MIGRANT_WORKERS:
				return getMigrantWorkers();
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
			case SocialInsurancePackage.TRAINING_CLASS__TITLE:
				setTitle((String)newValue);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__KIND:
				setKind((TrainingKind)newValue);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__PROVIDER:
				setProvider((String)newValue);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__STARTED_ON:
				setStartedOn((Date)newValue);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__TRAINEES:
				setTrainees((Integer)newValue);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__MIGRANT_WORKERS:
				setMigrantWorkers((Integer)newValue);
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
			case SocialInsurancePackage.TRAINING_CLASS__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__PROVIDER:
				setProvider(PROVIDER_EDEFAULT);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__STARTED_ON:
				setStartedOn(STARTED_ON_EDEFAULT);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__TRAINEES:
				setTrainees(TRAINEES_EDEFAULT);
				return;
			case SocialInsurancePackage.TRAINING_CLASS__MIGRANT_WORKERS:
				setMigrantWorkers(MIGRANT_WORKERS_EDEFAULT);
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
			case SocialInsurancePackage.TRAINING_CLASS__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case SocialInsurancePackage.TRAINING_CLASS__KIND:
				return kind != KIND_EDEFAULT;
			case SocialInsurancePackage.TRAINING_CLASS__PROVIDER:
				return PROVIDER_EDEFAULT == null ? provider != null : !PROVIDER_EDEFAULT.equals(provider);
			case SocialInsurancePackage.TRAINING_CLASS__STARTED_ON:
				return STARTED_ON_EDEFAULT == null ? startedOn != null : !STARTED_ON_EDEFAULT.equals(startedOn);
			case SocialInsurancePackage.TRAINING_CLASS__TRAINEES:
				return trainees != TRAINEES_EDEFAULT;
			case SocialInsurancePackage.TRAINING_CLASS__MIGRANT_WORKERS:
				return migrantWorkers != MIGRANT_WORKERS_EDEFAULT;
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
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", provider: "); //$NON-NLS-1$
		result.append(provider);
		result.append(", startedOn: "); //$NON-NLS-1$
		result.append(startedOn);
		result.append(", trainees: "); //$NON-NLS-1$
		result.append(trainees);
		result.append(", migrantWorkers: "); //$NON-NLS-1$
		result.append(migrantWorkers);
		result.append(')');
		return result.toString();
	}

} //TrainingClassImpl
