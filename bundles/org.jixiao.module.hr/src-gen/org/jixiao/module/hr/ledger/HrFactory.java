/**
 */
package org.jixiao.module.hr.ledger;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.hr.ledger.HrPackage
 * @generated
 */
public interface HrFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	HrFactory eINSTANCE = org.jixiao.module.hr.ledger.impl.HrFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data</em>'.
	 * @generated
	 */
	HrData createHrData();

	/**
	 * Returns a new object of class '<em>Recruit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Recruit</em>'.
	 * @generated
	 */
	Recruit createRecruit();

	/**
	 * Returns a new object of class '<em>Talent</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Talent</em>'.
	 * @generated
	 */
	Talent createTalent();

	/**
	 * Returns a new object of class '<em>Appraisal</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Appraisal</em>'.
	 * @generated
	 */
	Appraisal createAppraisal();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	HrPackage getHrPackage();

} //HrFactory
