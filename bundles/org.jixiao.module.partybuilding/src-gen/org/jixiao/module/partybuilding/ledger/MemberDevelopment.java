/**
 */
package org.jixiao.module.partybuilding.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Member Development</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One person on the way to party membership (入党申请人 → 入党积极分子 → 发展对象 → 预备党员 → 正式党员), with the date each stage was reached.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getBranch <em>Branch</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getStage <em>Stage</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getApplied <em>Applied</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getActivist <em>Activist</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getCandidate <em>Candidate</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getAdmitted <em>Admitted</em>}</li>
 *   <li>{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getFullMember <em>Full Member</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment()
 * @model annotation="http://jixiao.org/ledger label='\u515a\u5458\u53d1\u5c55' label.en='Party member development'"
 * @generated
 */
public interface MemberDevelopment extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The person's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Name()
	 * @model annotation="http://jixiao.org/ledger label='\u59d3\u540d' label.en='Name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Branch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The branch that develops the person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Branch</em>' attribute.
	 * @see #setBranch(String)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Branch()
	 * @model annotation="http://jixiao.org/ledger label='\u6240\u5728\u515a\u652f\u90e8' label.en='Party branch'"
	 * @generated
	 */
	String getBranch();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getBranch <em>Branch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Branch</em>' attribute.
	 * @see #getBranch()
	 * @generated
	 */
	void setBranch(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.partybuilding.ledger.MemberStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stage the person has reached.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.jixiao.module.partybuilding.ledger.MemberStage
	 * @see #setStage(MemberStage)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Stage()
	 * @model annotation="http://jixiao.org/ledger label='\u53d1\u5c55\u9636\u6bb5' label.en='Stage'"
	 * @generated
	 */
	MemberStage getStage();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.jixiao.module.partybuilding.ledger.MemberStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(MemberStage value);

	/**
	 * Returns the value of the '<em><b>Applied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the application for membership was handed in.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applied</em>' attribute.
	 * @see #setApplied(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Applied()
	 * @model annotation="http://jixiao.org/ledger label='\u9012\u4ea4\u5165\u515a\u7533\u8bf7\u4e66\u65e5\u671f' label.en='Application date'"
	 * @generated
	 */
	Date getApplied();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getApplied <em>Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applied</em>' attribute.
	 * @see #getApplied()
	 * @generated
	 */
	void setApplied(Date value);

	/**
	 * Returns the value of the '<em><b>Activist</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person was named an activist.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activist</em>' attribute.
	 * @see #setActivist(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Activist()
	 * @model annotation="http://jixiao.org/ledger label='\u786e\u5b9a\u4e3a\u5165\u515a\u79ef\u6781\u5206\u5b50\u65e5\u671f' label.en='Activist date'"
	 * @generated
	 */
	Date getActivist();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getActivist <em>Activist</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activist</em>' attribute.
	 * @see #getActivist()
	 * @generated
	 */
	void setActivist(Date value);

	/**
	 * Returns the value of the '<em><b>Candidate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person was named a candidate for development.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Candidate</em>' attribute.
	 * @see #setCandidate(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Candidate()
	 * @model annotation="http://jixiao.org/ledger label='\u786e\u5b9a\u4e3a\u53d1\u5c55\u5bf9\u8c61\u65e5\u671f' label.en='Candidate date'"
	 * @generated
	 */
	Date getCandidate();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getCandidate <em>Candidate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Candidate</em>' attribute.
	 * @see #getCandidate()
	 * @generated
	 */
	void setCandidate(Date value);

	/**
	 * Returns the value of the '<em><b>Admitted</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the person was admitted as a probationary member: the date that counts a member as developed (发展党员).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Admitted</em>' attribute.
	 * @see #setAdmitted(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_Admitted()
	 * @model annotation="http://jixiao.org/ledger label='\u63a5\u6536\u4e3a\u9884\u5907\u515a\u5458\u65e5\u671f' label.en='Admission date'"
	 * @generated
	 */
	Date getAdmitted();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getAdmitted <em>Admitted</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Admitted</em>' attribute.
	 * @see #getAdmitted()
	 * @generated
	 */
	void setAdmitted(Date value);

	/**
	 * Returns the value of the '<em><b>Full Member</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the probationary member became a full member.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Full Member</em>' attribute.
	 * @see #setFullMember(Date)
	 * @see org.jixiao.module.partybuilding.ledger.PartyBuildingPackage#getMemberDevelopment_FullMember()
	 * @model annotation="http://jixiao.org/ledger label='\u8f6c\u4e3a\u6b63\u5f0f\u515a\u5458\u65e5\u671f' label.en='Full membership date'"
	 * @generated
	 */
	Date getFullMember();

	/**
	 * Sets the value of the '{@link org.jixiao.module.partybuilding.ledger.MemberDevelopment#getFullMember <em>Full Member</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Full Member</em>' attribute.
	 * @see #getFullMember()
	 * @generated
	 */
	void setFullMember(Date value);

} // MemberDevelopment
