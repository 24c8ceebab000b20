/**
 */
package org.jixiao.module.socialinsurance.ledger;

import org.eclipse.emf.common.util.EList;

import org.jixiao.model.evaluation.ModuleData;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the 人社 module keeps for an evaluation: its ledgers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getArrearsCases <em>Arrears Cases</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getInsuredIncreases <em>Insured Increases</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getPosts <em>Posts</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.SocialInsuranceData#getTrainings <em>Trainings</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getSocialInsuranceData()
 * @model annotation="http://jixiao.org/ledger label='\u4eba\u793e\u53f0\u8d26' label.en='Human resources and social security ledgers'"
 * @generated
 */
public interface SocialInsuranceData extends ModuleData {
	/**
	 * Returns the value of the '<em><b>Arrears Cases</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.socialinsurance.ledger.WageArrearsCase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The wage arrears complaints received (欠薪投诉案件线索), one entry per case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Arrears Cases</em>' containment reference list.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getSocialInsuranceData_ArrearsCases()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u6b20\u85aa\u6848\u4ef6\u7ebf\u7d22' label.en='Wage arrears cases'"
	 * @generated
	 */
	EList<WageArrearsCase> getArrearsCases();

	/**
	 * Returns the value of the '<em><b>Insured Increases</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.socialinsurance.ledger.InsuredIncrease}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The insured persons added, one entry per enterprise and registration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Insured Increases</em>' containment reference list.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getSocialInsuranceData_InsuredIncreases()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u53c2\u4fdd\u589e\u5458' label.en='Insured-person increases'"
	 * @generated
	 */
	EList<InsuredIncrease> getInsuredIncreases();

	/**
	 * Returns the value of the '<em><b>Posts</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.socialinsurance.ledger.JobPost}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trainee and public-welfare posts developed, one entry per employer and post.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posts</em>' containment reference list.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getSocialInsuranceData_Posts()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u89c1\u4e60\u548c\u516c\u76ca\u6027\u5c97\u4f4d' label.en='Trainee and public-welfare posts'"
	 * @generated
	 */
	EList<JobPost> getPosts();

	/**
	 * Returns the value of the '<em><b>Trainings</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.module.socialinsurance.ledger.TrainingClass}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The training classes held, one entry per class.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Trainings</em>' containment reference list.
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getSocialInsuranceData_Trainings()
	 * @model containment="true"
	 *        annotation="http://jixiao.org/ledger label='\u6280\u80fd\u57f9\u8bad' label.en='Skills training'"
	 * @generated
	 */
	EList<TrainingClass> getTrainings();

} // SocialInsuranceData
