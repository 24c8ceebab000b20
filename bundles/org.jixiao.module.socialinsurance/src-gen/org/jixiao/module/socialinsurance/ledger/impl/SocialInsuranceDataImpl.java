/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.impl.ModuleDataImpl;

import org.jixiao.module.socialinsurance.ledger.InsuredIncrease;
import org.jixiao.module.socialinsurance.ledger.JobPost;
import org.jixiao.module.socialinsurance.ledger.SocialInsuranceData;
import org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage;
import org.jixiao.module.socialinsurance.ledger.TrainingClass;
import org.jixiao.module.socialinsurance.ledger.WageArrearsCase;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl#getArrearsCases <em>Arrears Cases</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl#getInsuredIncreases <em>Insured Increases</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceDataImpl#getTrainings <em>Trainings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SocialInsuranceDataImpl extends ModuleDataImpl implements SocialInsuranceData {
	/**
	 * The cached value of the '{@link #getArrearsCases() <em>Arrears Cases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArrearsCases()
	 * @generated
	 * @ordered
	 */
	protected EList<WageArrearsCase> arrearsCases;

	/**
	 * The cached value of the '{@link #getInsuredIncreases() <em>Insured Increases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInsuredIncreases()
	 * @generated
	 * @ordered
	 */
	protected EList<InsuredIncrease> insuredIncreases;

	/**
	 * The cached value of the '{@link #getPosts() <em>Posts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosts()
	 * @generated
	 * @ordered
	 */
	protected EList<JobPost> posts;

	/**
	 * The cached value of the '{@link #getTrainings() <em>Trainings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrainings()
	 * @generated
	 * @ordered
	 */
	protected EList<TrainingClass> trainings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SocialInsuranceDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SocialInsurancePackage.Literals.SOCIAL_INSURANCE_DATA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<WageArrearsCase> getArrearsCases() {
		if (arrearsCases == null) {
			arrearsCases = new EObjectContainmentEList<WageArrearsCase>(WageArrearsCase.class, this, SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES);
		}
		return arrearsCases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<InsuredIncrease> getInsuredIncreases() {
		if (insuredIncreases == null) {
			insuredIncreases = new EObjectContainmentEList<InsuredIncrease>(InsuredIncrease.class, this, SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES);
		}
		return insuredIncreases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<JobPost> getPosts() {
		if (posts == null) {
			posts = new EObjectContainmentEList<JobPost>(JobPost.class, this, SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS);
		}
		return posts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TrainingClass> getTrainings() {
		if (trainings == null) {
			trainings = new EObjectContainmentEList<TrainingClass>(TrainingClass.class, this, SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS);
		}
		return trainings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES:
				return ((InternalEList<?>)getArrearsCases()).basicRemove(otherEnd, msgs);
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES:
				return ((InternalEList<?>)getInsuredIncreases()).basicRemove(otherEnd, msgs);
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS:
				return ((InternalEList<?>)getPosts()).basicRemove(otherEnd, msgs);
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS:
				return ((InternalEList<?>)getTrainings()).basicRemove(otherEnd, msgs);
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
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES:
				return getArrearsCases();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES:
				return getInsuredIncreases();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS:
				return getPosts();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS:
				return getTrainings();
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
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES:
				getArrearsCases().clear();
				getArrearsCases().addAll((Collection<? extends WageArrearsCase>)newValue);
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES:
				getInsuredIncreases().clear();
				getInsuredIncreases().addAll((Collection<? extends InsuredIncrease>)newValue);
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS:
				getPosts().clear();
				getPosts().addAll((Collection<? extends JobPost>)newValue);
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS:
				getTrainings().clear();
				getTrainings().addAll((Collection<? extends TrainingClass>)newValue);
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
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES:
				getArrearsCases().clear();
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES:
				getInsuredIncreases().clear();
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS:
				getPosts().clear();
				return;
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS:
				getTrainings().clear();
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
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__ARREARS_CASES:
				return arrearsCases != null && !arrearsCases.isEmpty();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__INSURED_INCREASES:
				return insuredIncreases != null && !insuredIncreases.isEmpty();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__POSTS:
				return posts != null && !posts.isEmpty();
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA__TRAININGS:
				return trainings != null && !trainings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //SocialInsuranceDataImpl
