/**
 */
package org.jixiao.module.socialinsurance.ledger;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage
 * @generated
 */
public interface SocialInsuranceFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	SocialInsuranceFactory eINSTANCE = org.jixiao.module.socialinsurance.ledger.impl.SocialInsuranceFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data</em>'.
	 * @generated
	 */
	SocialInsuranceData createSocialInsuranceData();

	/**
	 * Returns a new object of class '<em>Wage Arrears Case</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Wage Arrears Case</em>'.
	 * @generated
	 */
	WageArrearsCase createWageArrearsCase();

	/**
	 * Returns a new object of class '<em>Insured Increase</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Insured Increase</em>'.
	 * @generated
	 */
	InsuredIncrease createInsuredIncrease();

	/**
	 * Returns a new object of class '<em>Job Post</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Job Post</em>'.
	 * @generated
	 */
	JobPost createJobPost();

	/**
	 * Returns a new object of class '<em>Training Class</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Training Class</em>'.
	 * @generated
	 */
	TrainingClass createTrainingClass();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	SocialInsurancePackage getSocialInsurancePackage();

} //SocialInsuranceFactory
