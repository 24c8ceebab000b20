/**
 */
package org.jixiao.model.evaluation.impl;

import java.math.BigDecimal;

import java.util.Date;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ScoreAdjustment;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Adjustment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl#getReason <em>Reason</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl#getAdjustedBy <em>Adjusted By</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.ScoreAdjustmentImpl#getAdjustedOn <em>Adjusted On</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreAdjustmentImpl extends MinimalEObjectImpl.Container implements ScoreAdjustment {
	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustedBy() <em>Adjusted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ADJUSTED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustedBy() <em>Adjusted By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedBy()
	 * @generated
	 * @ordered
	 */
	protected String adjustedBy = ADJUSTED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdjustedOn() <em>Adjusted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date ADJUSTED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdjustedOn() <em>Adjusted On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustedOn()
	 * @generated
	 * @ordered
	 */
	protected Date adjustedOn = ADJUSTED_ON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreAdjustmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.SCORE_ADJUSTMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(BigDecimal newScore) {
		BigDecimal oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCORE_ADJUSTMENT__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCORE_ADJUSTMENT__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdjustedBy() {
		return adjustedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustedBy(String newAdjustedBy) {
		String oldAdjustedBy = adjustedBy;
		adjustedBy = newAdjustedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_BY, oldAdjustedBy, adjustedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getAdjustedOn() {
		return adjustedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustedOn(Date newAdjustedOn) {
		Date oldAdjustedOn = adjustedOn;
		adjustedOn = newAdjustedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_ON, oldAdjustedOn, adjustedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.SCORE_ADJUSTMENT__SCORE:
				return getScore();
			case EvaluationPackage.SCORE_ADJUSTMENT__REASON:
				return getReason();
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_BY:
				return getAdjustedBy();
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_ON:
				return getAdjustedOn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.SCORE_ADJUSTMENT__SCORE:
				setScore((BigDecimal)newValue);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__REASON:
				setReason((String)newValue);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_BY:
				setAdjustedBy((String)newValue);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_ON:
				setAdjustedOn((Date)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case EvaluationPackage.SCORE_ADJUSTMENT__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__REASON:
				setReason(REASON_EDEFAULT);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_BY:
				setAdjustedBy(ADJUSTED_BY_EDEFAULT);
				return;
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_ON:
				setAdjustedOn(ADJUSTED_ON_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case EvaluationPackage.SCORE_ADJUSTMENT__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case EvaluationPackage.SCORE_ADJUSTMENT__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_BY:
				return ADJUSTED_BY_EDEFAULT == null ? adjustedBy != null : !ADJUSTED_BY_EDEFAULT.equals(adjustedBy);
			case EvaluationPackage.SCORE_ADJUSTMENT__ADJUSTED_ON:
				return ADJUSTED_ON_EDEFAULT == null ? adjustedOn != null : !ADJUSTED_ON_EDEFAULT.equals(adjustedOn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (score: "); //$NON-NLS-1$
		result.append(score);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(", adjustedBy: "); //$NON-NLS-1$
		result.append(adjustedBy);
		result.append(", adjustedOn: "); //$NON-NLS-1$
		result.append(adjustedOn);
		result.append(')');
		return result.toString();
	}

} //ScoreAdjustmentImpl
