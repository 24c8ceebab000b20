/**
 */
package org.jixiao.module.socialinsurance.ledger.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;

import org.jixiao.module.socialinsurance.ledger.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage
 * @generated
 */
public class SocialInsuranceSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static SocialInsurancePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SocialInsuranceSwitch() {
		if (modelPackage == null) {
			modelPackage = SocialInsurancePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case SocialInsurancePackage.SOCIAL_INSURANCE_DATA: {
				SocialInsuranceData socialInsuranceData = (SocialInsuranceData)theEObject;
				T result = caseSocialInsuranceData(socialInsuranceData);
				if (result == null) result = caseModuleData(socialInsuranceData);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SocialInsurancePackage.WAGE_ARREARS_CASE: {
				WageArrearsCase wageArrearsCase = (WageArrearsCase)theEObject;
				T result = caseWageArrearsCase(wageArrearsCase);
				if (result == null) result = caseLedgerEntry(wageArrearsCase);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SocialInsurancePackage.INSURED_INCREASE: {
				InsuredIncrease insuredIncrease = (InsuredIncrease)theEObject;
				T result = caseInsuredIncrease(insuredIncrease);
				if (result == null) result = caseLedgerEntry(insuredIncrease);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SocialInsurancePackage.JOB_POST: {
				JobPost jobPost = (JobPost)theEObject;
				T result = caseJobPost(jobPost);
				if (result == null) result = caseLedgerEntry(jobPost);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case SocialInsurancePackage.TRAINING_CLASS: {
				TrainingClass trainingClass = (TrainingClass)theEObject;
				T result = caseTrainingClass(trainingClass);
				if (result == null) result = caseLedgerEntry(trainingClass);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSocialInsuranceData(SocialInsuranceData object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Wage Arrears Case</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Wage Arrears Case</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseWageArrearsCase(WageArrearsCase object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Insured Increase</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Insured Increase</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInsuredIncrease(InsuredIncrease object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Job Post</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Job Post</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseJobPost(JobPost object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Training Class</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Training Class</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseTrainingClass(TrainingClass object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Module Data</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Module Data</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseModuleData(ModuleData object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Ledger Entry</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Ledger Entry</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseLedgerEntry(LedgerEntry object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //SocialInsuranceSwitch
