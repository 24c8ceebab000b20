/**
 */
package org.jixiao.module.socialinsurance.ledger.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.jixiao.module.socialinsurance.ledger.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class SocialInsuranceFactoryImpl extends EFactoryImpl implements SocialInsuranceFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static SocialInsuranceFactory init() {
		try {
			SocialInsuranceFactory theSocialInsuranceFactory = (SocialInsuranceFactory)EPackage.Registry.INSTANCE.getEFactory(SocialInsurancePackage.eNS_URI);
			if (theSocialInsuranceFactory != null) {
				return theSocialInsuranceFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new SocialInsuranceFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialInsuranceFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA: return createSocialInsuranceData();
			case SocialInsurancePackage.WAGE_ARREARS_CASE: return createWageArrearsCase();
			case SocialInsurancePackage.INSURED_INCREASE: return createInsuredIncrease();
			case SocialInsurancePackage.JOB_POST: return createJobPost();
			case SocialInsurancePackage.TRAINING_CLASS: return createTrainingClass();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case SocialInsurancePackage.ARREARS_SOURCE:
				return createArrearsSourceFromString(eDataType, initialValue);
			case SocialInsurancePackage.INSURANCE_TYPE:
				return createInsuranceTypeFromString(eDataType, initialValue);
			case SocialInsurancePackage.POST_KIND:
				return createPostKindFromString(eDataType, initialValue);
			case SocialInsurancePackage.TRAINING_KIND:
				return createTrainingKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case SocialInsurancePackage.ARREARS_SOURCE:
				return convertArrearsSourceToString(eDataType, instanceValue);
			case SocialInsurancePackage.INSURANCE_TYPE:
				return convertInsuranceTypeToString(eDataType, instanceValue);
			case SocialInsurancePackage.POST_KIND:
				return convertPostKindToString(eDataType, instanceValue);
			case SocialInsurancePackage.TRAINING_KIND:
				return convertTrainingKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocialInsuranceData createSocialInsuranceData() {
		SocialInsuranceDataImpl socialInsuranceData = new SocialInsuranceDataImpl();
		return socialInsuranceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WageArrearsCase createWageArrearsCase() {
		WageArrearsCaseImpl wageArrearsCase = new WageArrearsCaseImpl();
		return wageArrearsCase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public InsuredIncrease createInsuredIncrease() {
		InsuredIncreaseImpl insuredIncrease = new InsuredIncreaseImpl();
		return insuredIncrease;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public JobPost createJobPost() {
		JobPostImpl jobPost = new JobPostImpl();
		return jobPost;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingClass createTrainingClass() {
		TrainingClassImpl trainingClass = new TrainingClassImpl();
		return trainingClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArrearsSource createArrearsSourceFromString(EDataType eDataType, String initialValue) {
		ArrearsSource result = ArrearsSource.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArrearsSourceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public InsuranceType createInsuranceTypeFromString(EDataType eDataType, String initialValue) {
		InsuranceType result = InsuranceType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInsuranceTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PostKind createPostKindFromString(EDataType eDataType, String initialValue) {
		PostKind result = PostKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPostKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingKind createTrainingKindFromString(EDataType eDataType, String initialValue) {
		TrainingKind result = TrainingKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertTrainingKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SocialInsurancePackage getSocialInsurancePackage() {
		return (SocialInsurancePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static SocialInsurancePackage getPackage() {
		return SocialInsurancePackage.eINSTANCE;
	}

} //SocialInsuranceFactoryImpl
