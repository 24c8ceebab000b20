/**
 */
package org.jixiao.model.evaluation.impl;

import java.math.BigDecimal;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Budget</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getBreakdowns <em>Breakdowns</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getProjects <em>Projects</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getExplanation <em>Explanation</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getExecutionRate <em>Execution Rate</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.BudgetImpl#getScoreExplanation <em>Score Explanation</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BudgetImpl extends AmountsImpl implements Budget {
	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal WEIGHT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal weight = WEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBreakdowns() <em>Breakdowns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBreakdowns()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetLine> breakdowns;

	/**
	 * The cached value of the '{@link #getProjects() <em>Projects</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjects()
	 * @generated
	 * @ordered
	 */
	protected EList<BudgetProject> projects;

	/**
	 * The default value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExplanation() <em>Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExplanation()
	 * @generated
	 * @ordered
	 */
	protected String explanation = EXPLANATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getExecutionRate() <em>Execution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionRate()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal EXECUTION_RATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExecutionRate() <em>Execution Rate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExecutionRate()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal executionRate = EXECUTION_RATE_EDEFAULT;

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
	 * The default value of the '{@link #getScoreExplanation() <em>Score Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoreExplanation()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORE_EXPLANATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoreExplanation() <em>Score Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoreExplanation()
	 * @generated
	 * @ordered
	 */
	protected String scoreExplanation = SCORE_EXPLANATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BudgetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.BUDGET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(BigDecimal newWeight) {
		BigDecimal oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetLine> getBreakdowns() {
		if (breakdowns == null) {
			breakdowns = new EObjectContainmentEList<BudgetLine>(BudgetLine.class, this, EvaluationPackage.BUDGET__BREAKDOWNS);
		}
		return breakdowns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BudgetProject> getProjects() {
		if (projects == null) {
			projects = new EObjectContainmentEList<BudgetProject>(BudgetProject.class, this, EvaluationPackage.BUDGET__PROJECTS);
		}
		return projects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExplanation() {
		return explanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExplanation(String newExplanation) {
		String oldExplanation = explanation;
		explanation = newExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET__EXPLANATION, oldExplanation, explanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getExecutionRate() {
		return executionRate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExecutionRate(BigDecimal newExecutionRate) {
		BigDecimal oldExecutionRate = executionRate;
		executionRate = newExecutionRate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET__EXECUTION_RATE, oldExecutionRate, executionRate));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoreExplanation() {
		return scoreExplanation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoreExplanation(String newScoreExplanation) {
		String oldScoreExplanation = scoreExplanation;
		scoreExplanation = newScoreExplanation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.BUDGET__SCORE_EXPLANATION, oldScoreExplanation, scoreExplanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.BUDGET__BREAKDOWNS:
				return ((InternalEList<?>)getBreakdowns()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.BUDGET__PROJECTS:
				return ((InternalEList<?>)getProjects()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case EvaluationPackage.BUDGET__WEIGHT:
				return getWeight();
			case EvaluationPackage.BUDGET__BREAKDOWNS:
				return getBreakdowns();
			case EvaluationPackage.BUDGET__PROJECTS:
				return getProjects();
			case EvaluationPackage.BUDGET__EXPLANATION:
				return getExplanation();
			case EvaluationPackage.BUDGET__EXECUTION_RATE:
				return getExecutionRate();
			case EvaluationPackage.BUDGET__SCORE:
				return getScore();
			case EvaluationPackage.BUDGET__SCORE_EXPLANATION:
				return getScoreExplanation();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case EvaluationPackage.BUDGET__WEIGHT:
				setWeight((BigDecimal)newValue);
				return;
			case EvaluationPackage.BUDGET__BREAKDOWNS:
				getBreakdowns().clear();
				getBreakdowns().addAll((Collection<? extends BudgetLine>)newValue);
				return;
			case EvaluationPackage.BUDGET__PROJECTS:
				getProjects().clear();
				getProjects().addAll((Collection<? extends BudgetProject>)newValue);
				return;
			case EvaluationPackage.BUDGET__EXPLANATION:
				setExplanation((String)newValue);
				return;
			case EvaluationPackage.BUDGET__EXECUTION_RATE:
				setExecutionRate((BigDecimal)newValue);
				return;
			case EvaluationPackage.BUDGET__SCORE:
				setScore((BigDecimal)newValue);
				return;
			case EvaluationPackage.BUDGET__SCORE_EXPLANATION:
				setScoreExplanation((String)newValue);
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
			case EvaluationPackage.BUDGET__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET__BREAKDOWNS:
				getBreakdowns().clear();
				return;
			case EvaluationPackage.BUDGET__PROJECTS:
				getProjects().clear();
				return;
			case EvaluationPackage.BUDGET__EXPLANATION:
				setExplanation(EXPLANATION_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET__EXECUTION_RATE:
				setExecutionRate(EXECUTION_RATE_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case EvaluationPackage.BUDGET__SCORE_EXPLANATION:
				setScoreExplanation(SCORE_EXPLANATION_EDEFAULT);
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
			case EvaluationPackage.BUDGET__WEIGHT:
				return WEIGHT_EDEFAULT == null ? weight != null : !WEIGHT_EDEFAULT.equals(weight);
			case EvaluationPackage.BUDGET__BREAKDOWNS:
				return breakdowns != null && !breakdowns.isEmpty();
			case EvaluationPackage.BUDGET__PROJECTS:
				return projects != null && !projects.isEmpty();
			case EvaluationPackage.BUDGET__EXPLANATION:
				return EXPLANATION_EDEFAULT == null ? explanation != null : !EXPLANATION_EDEFAULT.equals(explanation);
			case EvaluationPackage.BUDGET__EXECUTION_RATE:
				return EXECUTION_RATE_EDEFAULT == null ? executionRate != null : !EXECUTION_RATE_EDEFAULT.equals(executionRate);
			case EvaluationPackage.BUDGET__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case EvaluationPackage.BUDGET__SCORE_EXPLANATION:
				return SCORE_EXPLANATION_EDEFAULT == null ? scoreExplanation != null : !SCORE_EXPLANATION_EDEFAULT.equals(scoreExplanation);
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
		result.append(" (weight: "); //$NON-NLS-1$
		result.append(weight);
		result.append(", explanation: "); //$NON-NLS-1$
		result.append(explanation);
		result.append(", executionRate: "); //$NON-NLS-1$
		result.append(executionRate);
		result.append(", score: "); //$NON-NLS-1$
		result.append(score);
		result.append(", scoreExplanation: "); //$NON-NLS-1$
		result.append(scoreExplanation);
		result.append(')');
		return result.toString();
	}

} //BudgetImpl
