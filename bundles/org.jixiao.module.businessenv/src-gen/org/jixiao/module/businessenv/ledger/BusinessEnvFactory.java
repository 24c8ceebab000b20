/**
 */
package org.jixiao.module.businessenv.ledger;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage
 * @generated
 */
public interface BusinessEnvFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	BusinessEnvFactory eINSTANCE = org.jixiao.module.businessenv.ledger.impl.BusinessEnvFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Data</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Data</em>'.
	 * @generated
	 */
	BusinessEnvData createBusinessEnvData();

	/**
	 * Returns a new object of class '<em>Enterprise Request</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise Request</em>'.
	 * @generated
	 */
	EnterpriseRequest createEnterpriseRequest();

	/**
	 * Returns a new object of class '<em>Enterprise Visit</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise Visit</em>'.
	 * @generated
	 */
	EnterpriseVisit createEnterpriseVisit();

	/**
	 * Returns a new object of class '<em>Enterprise Event</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Enterprise Event</em>'.
	 * @generated
	 */
	EnterpriseEvent createEnterpriseEvent();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	BusinessEnvPackage getBusinessEnvPackage();

} //BusinessEnvFactory
