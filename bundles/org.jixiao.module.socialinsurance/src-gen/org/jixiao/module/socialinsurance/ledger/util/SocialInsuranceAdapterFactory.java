/**
 */
package org.jixiao.module.socialinsurance.ledger.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;

import org.jixiao.module.socialinsurance.ledger.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage
 * @generated
 */
public class SocialInsuranceAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SocialInsurancePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialInsuranceAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = SocialInsurancePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SocialInsuranceSwitch<Adapter> modelSwitch =
		new SocialInsuranceSwitch<Adapter>() {
			@Override
			public Adapter caseSocialInsuranceData(SocialInsuranceData object) {
				return createSocialInsuranceDataAdapter();
			}
			@Override
			public Adapter caseWageArrearsCase(WageArrearsCase object) {
				return createWageArrearsCaseAdapter();
			}
			@Override
			public Adapter caseInsuredIncrease(InsuredIncrease object) {
				return createInsuredIncreaseAdapter();
			}
			@Override
			public Adapter caseJobPost(JobPost object) {
				return createJobPostAdapter();
			}
			@Override
			public Adapter caseTrainingClass(TrainingClass object) {
				return createTrainingClassAdapter();
			}
			@Override
			public Adapter caseModuleData(ModuleData object) {
				return createModuleDataAdapter();
			}
			@Override
			public Adapter caseLedgerEntry(LedgerEntry object) {
				return createLedgerEntryAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsuranceData
	 * @generated
	 */
	public Adapter createSocialInsuranceDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase <em>Wage Arrears Case</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.socialinsurance.ledger.WageArrearsCase
	 * @generated
	 */
	public Adapter createWageArrearsCaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease <em>Insured Increase</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.socialinsurance.ledger.InsuredIncrease
	 * @generated
	 */
	public Adapter createInsuredIncreaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.socialinsurance.ledger.JobPost <em>Job Post</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.socialinsurance.ledger.JobPost
	 * @generated
	 */
	public Adapter createJobPostAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass <em>Training Class</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingClass
	 * @generated
	 */
	public Adapter createTrainingClassAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.ModuleData <em>Module Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.ModuleData
	 * @generated
	 */
	public Adapter createModuleDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.model.evaluation.LedgerEntry <em>Ledger Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.model.evaluation.LedgerEntry
	 * @generated
	 */
	public Adapter createLedgerEntryAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //SocialInsuranceAdapterFactory
