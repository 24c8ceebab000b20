/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Job Post</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Posts of one kind an employer offers: youth trainee posts (青年见习岗位) or public-welfare posts (公益性岗位).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.JobPost#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.JobPost#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.JobPost#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.JobPost#getPositions <em>Positions</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.JobPost#getDevelopedOn <em>Developed On</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost()
 * @model annotation="http://jixiao.org/ledger label='\u5c97\u4f4d' label.en='Post'"
 * @generated
 */
public interface JobPost extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' attribute.
	 * @see #setEmployer(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost_Employer()
	 * @model annotation="http://jixiao.org/ledger label='\u7528\u4eba\u5355\u4f4d' label.en='Employer'"
	 * @generated
	 */
	String getEmployer();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getEmployer <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' attribute.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.socialinsurance.ledger.PostKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.PostKind
	 * @see #setKind(PostKind)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost_Kind()
	 * @model annotation="http://jixiao.org/ledger label='\u5c97\u4f4d\u7c7b\u522b' label.en='Kind'"
	 * @generated
	 */
	PostKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.PostKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PostKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost_Title()
	 * @model annotation="http://jixiao.org/ledger label='\u5c97\u4f4d\u540d\u79f0' label.en='Post'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Positions</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Positions</em>' attribute.
	 * @see #setPositions(int)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost_Positions()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u5c97\u4f4d\u6570' label.en='Positions'"
	 * @generated
	 */
	int getPositions();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getPositions <em>Positions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Positions</em>' attribute.
	 * @see #getPositions()
	 * @generated
	 */
	void setPositions(int value);

	/**
	 * Returns the value of the '<em><b>Developed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Developed On</em>' attribute.
	 * @see #setDevelopedOn(Date)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getJobPost_DevelopedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u5f00\u53d1\u65e5\u671f' label.en='Developed on'"
	 * @generated
	 */
	Date getDevelopedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.JobPost#getDevelopedOn <em>Developed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Developed On</em>' attribute.
	 * @see #getDevelopedOn()
	 * @generated
	 */
	void setDevelopedOn(Date value);

} // JobPost
