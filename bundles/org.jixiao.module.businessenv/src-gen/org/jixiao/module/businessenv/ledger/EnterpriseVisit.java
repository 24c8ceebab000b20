/**
 */
package org.jixiao.module.businessenv.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Enterprise Visit</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One enterprise or project visited: whether it is a “四上” enterprise (above designated size) or a key project.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getEnterprise <em>Enterprise</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getVisitedOn <em>Visited On</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isFourAbove <em>Four Above</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getProject <em>Project</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isKeyProject <em>Key Project</em>}</li>
 *   <li>{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getFindings <em>Findings</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit()
 * @model annotation="http://jixiao.org/ledger label='\u8d70\u8bbf' label.en='Visit'"
 * @generated
 */
public interface EnterpriseVisit extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Enterprise</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enterprise</em>' attribute.
	 * @see #setEnterprise(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_Enterprise()
	 * @model annotation="http://jixiao.org/ledger label='\u4f01\u4e1a' label.en='Enterprise'"
	 * @generated
	 */
	String getEnterprise();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getEnterprise <em>Enterprise</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enterprise</em>' attribute.
	 * @see #getEnterprise()
	 * @generated
	 */
	void setEnterprise(String value);

	/**
	 * Returns the value of the '<em><b>Visited On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visited On</em>' attribute.
	 * @see #setVisitedOn(Date)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_VisitedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u8d70\u8bbf\u65e5\u671f' label.en='Visited on'"
	 * @generated
	 */
	Date getVisitedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getVisitedOn <em>Visited On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visited On</em>' attribute.
	 * @see #getVisitedOn()
	 * @generated
	 */
	void setVisitedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Four Above</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Four Above</em>' attribute.
	 * @see #setFourAbove(boolean)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_FourAbove()
	 * @model default="false"
	 *        annotation="http://jixiao.org/ledger label='\u201c\u56db\u4e0a\u201d\u4f01\u4e1a' label.en='Above designated size'"
	 * @generated
	 */
	boolean isFourAbove();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isFourAbove <em>Four Above</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Four Above</em>' attribute.
	 * @see #isFourAbove()
	 * @generated
	 */
	void setFourAbove(boolean value);

	/**
	 * Returns the value of the '<em><b>Project</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Project</em>' attribute.
	 * @see #setProject(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_Project()
	 * @model annotation="http://jixiao.org/ledger label='\u9879\u76ee' label.en='Project'"
	 * @generated
	 */
	String getProject();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getProject <em>Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Project</em>' attribute.
	 * @see #getProject()
	 * @generated
	 */
	void setProject(String value);

	/**
	 * Returns the value of the '<em><b>Key Project</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Key Project</em>' attribute.
	 * @see #setKeyProject(boolean)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_KeyProject()
	 * @model default="false"
	 *        annotation="http://jixiao.org/ledger label='\u91cd\u70b9\u9879\u76ee' label.en='Key project'"
	 * @generated
	 */
	boolean isKeyProject();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#isKeyProject <em>Key Project</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key Project</em>' attribute.
	 * @see #isKeyProject()
	 * @generated
	 */
	void setKeyProject(boolean value);

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' attribute.
	 * @see #setFindings(String)
	 * @see org.jixiao.module.businessenv.ledger.BusinessEnvPackage#getEnterpriseVisit_Findings()
	 * @model annotation="http://jixiao.org/ledger label='\u6536\u96c6\u95ee\u9898' label.en='Problems raised'"
	 * @generated
	 */
	String getFindings();

	/**
	 * Sets the value of the '{@link org.jixiao.module.businessenv.ledger.EnterpriseVisit#getFindings <em>Findings</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Findings</em>' attribute.
	 * @see #getFindings()
	 * @generated
	 */
	void setFindings(String value);

} // EnterpriseVisit
