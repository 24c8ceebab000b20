/**
 */
package org.jixiao.model.evaluation;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Score Adjustment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A score set by the officer, with the reason, who and when.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.ScoreAdjustment#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.ScoreAdjustment#getReason <em>Reason</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedBy <em>Adjusted By</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedOn <em>Adjusted On</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getScoreAdjustment()
 * @model
 * @generated
 */
public interface ScoreAdjustment extends EObject {
	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The officer's score.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getScoreAdjustment_Score()
	 * @model required="true"
	 * @generated
	 */
	BigDecimal getScore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.ScoreAdjustment#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the officer set it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getScoreAdjustment_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.ScoreAdjustment#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

	/**
	 * Returns the value of the '<em><b>Adjusted By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who set it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjusted By</em>' attribute.
	 * @see #setAdjustedBy(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getScoreAdjustment_AdjustedBy()
	 * @model
	 * @generated
	 */
	String getAdjustedBy();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedBy <em>Adjusted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjusted By</em>' attribute.
	 * @see #getAdjustedBy()
	 * @generated
	 */
	void setAdjustedBy(String value);

	/**
	 * Returns the value of the '<em><b>Adjusted On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When it was set.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjusted On</em>' attribute.
	 * @see #setAdjustedOn(Date)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getScoreAdjustment_AdjustedOn()
	 * @model
	 * @generated
	 */
	Date getAdjustedOn();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.ScoreAdjustment#getAdjustedOn <em>Adjusted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjusted On</em>' attribute.
	 * @see #getAdjustedOn()
	 * @generated
	 */
	void setAdjustedOn(Date value);

} // ScoreAdjustment
