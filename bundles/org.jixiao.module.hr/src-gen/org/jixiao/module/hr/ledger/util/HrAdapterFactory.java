/**
 */
package org.jixiao.module.hr.ledger.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;

import org.jixiao.module.hr.ledger.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.hr.ledger.HrPackage
 * @generated
 */
public class HrAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static HrPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HrAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = HrPackage.eINSTANCE;
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
	protected HrSwitch<Adapter> modelSwitch =
		new HrSwitch<Adapter>() {
			@Override
			public Adapter caseHrData(HrData object) {
				return createHrDataAdapter();
			}
			@Override
			public Adapter caseRecruit(Recruit object) {
				return createRecruitAdapter();
			}
			@Override
			public Adapter caseTalent(Talent object) {
				return createTalentAdapter();
			}
			@Override
			public Adapter caseAppraisal(Appraisal object) {
				return createAppraisalAdapter();
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
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.hr.ledger.HrData <em>Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.hr.ledger.HrData
	 * @generated
	 */
	public Adapter createHrDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.hr.ledger.Recruit <em>Recruit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.hr.ledger.Recruit
	 * @generated
	 */
	public Adapter createRecruitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.hr.ledger.Talent <em>Talent</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.hr.ledger.Talent
	 * @generated
	 */
	public Adapter createTalentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.jixiao.module.hr.ledger.Appraisal <em>Appraisal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.jixiao.module.hr.ledger.Appraisal
	 * @generated
	 */
	public Adapter createAppraisalAdapter() {
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

} //HrAdapterFactory
