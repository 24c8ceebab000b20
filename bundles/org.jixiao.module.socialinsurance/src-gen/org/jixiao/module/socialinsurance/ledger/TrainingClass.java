/**
 */
package org.jixiao.module.socialinsurance.ledger;

import java.util.Date;

import org.jixiao.model.evaluation.LedgerEntry;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Class</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One training class and the number of its trainees who completed it, of whom migrant workers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getStartedOn <em>Started On</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTrainees <em>Trainees</em>}</li>
 *   <li>{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getMigrantWorkers <em>Migrant Workers</em>}</li>
 * </ul>
 *
 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass()
 * @model annotation="http://jixiao.org/ledger label='\u57f9\u8bad\u73ed' label.en='Training class'"
 * @generated
 */
public interface TrainingClass extends LedgerEntry {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_Title()
	 * @model annotation="http://jixiao.org/ledger label='\u57f9\u8bad\u9879\u76ee' label.en='Course'"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.module.socialinsurance.ledger.TrainingKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingKind
	 * @see #setKind(TrainingKind)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_Kind()
	 * @model annotation="http://jixiao.org/ledger label='\u57f9\u8bad\u7c7b\u522b' label.en='Kind'"
	 * @generated
	 */
	TrainingKind getKind();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.jixiao.module.socialinsurance.ledger.TrainingKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(TrainingKind value);

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_Provider()
	 * @model annotation="http://jixiao.org/ledger label='\u57f9\u8bad\u673a\u6784' label.en='Provider'"
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Started On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Started On</em>' attribute.
	 * @see #setStartedOn(Date)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_StartedOn()
	 * @model annotation="http://jixiao.org/ledger label='\u5f00\u73ed\u65e5\u671f' label.en='Started on'"
	 * @generated
	 */
	Date getStartedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getStartedOn <em>Started On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started On</em>' attribute.
	 * @see #getStartedOn()
	 * @generated
	 */
	void setStartedOn(Date value);

	/**
	 * Returns the value of the '<em><b>Trainees</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trainees</em>' attribute.
	 * @see #setTrainees(int)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_Trainees()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u7ed3\u4e1a\u4eba\u6570' label.en='Trainees completed'"
	 * @generated
	 */
	int getTrainees();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getTrainees <em>Trainees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trainees</em>' attribute.
	 * @see #getTrainees()
	 * @generated
	 */
	void setTrainees(int value);

	/**
	 * Returns the value of the '<em><b>Migrant Workers</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Migrant Workers</em>' attribute.
	 * @see #setMigrantWorkers(int)
	 * @see org.jixiao.module.socialinsurance.ledger.SocialInsurancePackage#getTrainingClass_MigrantWorkers()
	 * @model default="0"
	 *        annotation="http://jixiao.org/ledger label='\u5176\u4e2d\u519c\u6c11\u5de5' label.en='Of whom migrant workers'"
	 * @generated
	 */
	int getMigrantWorkers();

	/**
	 * Sets the value of the '{@link org.jixiao.module.socialinsurance.ledger.TrainingClass#getMigrantWorkers <em>Migrant Workers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Migrant Workers</em>' attribute.
	 * @see #getMigrantWorkers()
	 * @generated
	 */
	void setMigrantWorkers(int value);

} // TrainingClass
