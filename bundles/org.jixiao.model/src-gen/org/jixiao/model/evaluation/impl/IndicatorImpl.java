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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.TargetBasis;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getTargetUnit <em>Target Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getActualText <em>Actual Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getActualValue <em>Actual Value</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getActualUnit <em>Actual Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getStatedScore <em>Stated Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getScoreExplanation <em>Score Explanation</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getDeviationReason <em>Deviation Reason</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getImprovementMeasures <em>Improvement Measures</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#isCore <em>Core</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getDetails <em>Details</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getUid <em>Uid</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#isActualByHand <em>Actual By Hand</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#isIllustrative <em>Illustrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getInitialTargetText <em>Initial Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getTargetBasis <em>Target Basis</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.IndicatorImpl#getScoringCriterion <em>Scoring Criterion</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IndicatorImpl extends MinimalEObjectImpl.Container implements Indicator {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getModuleId() <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleId()
	 * @generated
	 * @ordered
	 */
	protected static final String MODULE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModuleId() <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleId()
	 * @generated
	 * @ordered
	 */
	protected String moduleId = MODULE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected static final Comparator COMPARATOR_EDEFAULT = Comparator.AT_LEAST;

	/**
	 * The cached value of the '{@link #getComparator() <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComparator()
	 * @generated
	 * @ordered
	 */
	protected Comparator comparator = COMPARATOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetText() <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetText()
	 * @generated
	 * @ordered
	 */
	protected String targetText = TARGET_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TARGET_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetValue() <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal targetValue = TARGET_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetUnit() <em>Target Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetUnit() <em>Target Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetUnit()
	 * @generated
	 * @ordered
	 */
	protected String targetUnit = TARGET_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualText() <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualText()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTUAL_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualText() <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualText()
	 * @generated
	 * @ordered
	 */
	protected String actualText = ACTUAL_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualValue() <em>Actual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal ACTUAL_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualValue() <em>Actual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal actualValue = ACTUAL_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getActualUnit() <em>Actual Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTUAL_UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActualUnit() <em>Actual Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActualUnit()
	 * @generated
	 * @ordered
	 */
	protected String actualUnit = ACTUAL_UNIT_EDEFAULT;

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
	 * The default value of the '{@link #getStatedScore() <em>Stated Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedScore()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal STATED_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStatedScore() <em>Stated Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatedScore()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal statedScore = STATED_SCORE_EDEFAULT;

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
	 * The cached value of the '{@link #getAdjustment() <em>Adjustment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdjustment()
	 * @generated
	 * @ordered
	 */
	protected ScoreAdjustment adjustment;

	/**
	 * The default value of the '{@link #getDeviationReason() <em>Deviation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviationReason()
	 * @generated
	 * @ordered
	 */
	protected static final String DEVIATION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeviationReason() <em>Deviation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeviationReason()
	 * @generated
	 * @ordered
	 */
	protected String deviationReason = DEVIATION_REASON_EDEFAULT;

	/**
	 * The default value of the '{@link #getImprovementMeasures() <em>Improvement Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprovementMeasures()
	 * @generated
	 * @ordered
	 */
	protected static final String IMPROVEMENT_MEASURES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImprovementMeasures() <em>Improvement Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImprovementMeasures()
	 * @generated
	 * @ordered
	 */
	protected String improvementMeasures = IMPROVEMENT_MEASURES_EDEFAULT;

	/**
	 * The default value of the '{@link #isCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCore()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CORE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCore() <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCore()
	 * @generated
	 * @ordered
	 */
	protected boolean core = CORE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDetails() <em>Details</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDetails()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorDetail> details;

	/**
	 * The default value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected static final String EVIDENCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected String evidence = EVIDENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected static final String UID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUid() <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUid()
	 * @generated
	 * @ordered
	 */
	protected String uid = UID_EDEFAULT;

	/**
	 * The default value of the '{@link #isActualByHand() <em>Actual By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActualByHand()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ACTUAL_BY_HAND_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isActualByHand() <em>Actual By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isActualByHand()
	 * @generated
	 * @ordered
	 */
	protected boolean actualByHand = ACTUAL_BY_HAND_EDEFAULT;

	/**
	 * The default value of the '{@link #isIllustrative() <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIllustrative()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ILLUSTRATIVE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isIllustrative() <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isIllustrative()
	 * @generated
	 * @ordered
	 */
	protected boolean illustrative = ILLUSTRATIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_APPLICABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean notApplicable = NOT_APPLICABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitialTargetText() <em>Initial Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialTargetText()
	 * @generated
	 * @ordered
	 */
	protected static final String INITIAL_TARGET_TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInitialTargetText() <em>Initial Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitialTargetText()
	 * @generated
	 * @ordered
	 */
	protected String initialTargetText = INITIAL_TARGET_TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTargetBasis() <em>Target Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetBasis()
	 * @generated
	 * @ordered
	 */
	protected static final TargetBasis TARGET_BASIS_EDEFAULT = TargetBasis.PLAN;

	/**
	 * The cached value of the '{@link #getTargetBasis() <em>Target Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetBasis()
	 * @generated
	 * @ordered
	 */
	protected TargetBasis targetBasis = TARGET_BASIS_EDEFAULT;

	/**
	 * This is true if the Target Basis attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean targetBasisESet;

	/**
	 * The default value of the '{@link #getScoringCriterion() <em>Scoring Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringCriterion()
	 * @generated
	 * @ordered
	 */
	protected static final String SCORING_CRITERION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScoringCriterion() <em>Scoring Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScoringCriterion()
	 * @generated
	 * @ordered
	 */
	protected String scoringCriterion = SCORING_CRITERION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IndicatorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.INDICATOR;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModuleId() {
		return moduleId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModuleId(String newModuleId) {
		String oldModuleId = moduleId;
		moduleId = newModuleId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__MODULE_ID, oldModuleId, moduleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Comparator getComparator() {
		return comparator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComparator(Comparator newComparator) {
		Comparator oldComparator = comparator;
		comparator = newComparator == null ? COMPARATOR_EDEFAULT : newComparator;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__COMPARATOR, oldComparator, comparator));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetText() {
		return targetText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetText(String newTargetText) {
		String oldTargetText = targetText;
		targetText = newTargetText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__TARGET_TEXT, oldTargetText, targetText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTargetValue() {
		return targetValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetValue(BigDecimal newTargetValue) {
		BigDecimal oldTargetValue = targetValue;
		targetValue = newTargetValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__TARGET_VALUE, oldTargetValue, targetValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetUnit() {
		return targetUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetUnit(String newTargetUnit) {
		String oldTargetUnit = targetUnit;
		targetUnit = newTargetUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__TARGET_UNIT, oldTargetUnit, targetUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActualText() {
		return actualText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualText(String newActualText) {
		String oldActualText = actualText;
		actualText = newActualText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ACTUAL_TEXT, oldActualText, actualText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getActualValue() {
		return actualValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualValue(BigDecimal newActualValue) {
		BigDecimal oldActualValue = actualValue;
		actualValue = newActualValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ACTUAL_VALUE, oldActualValue, actualValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActualUnit() {
		return actualUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualUnit(String newActualUnit) {
		String oldActualUnit = actualUnit;
		actualUnit = newActualUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ACTUAL_UNIT, oldActualUnit, actualUnit));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getStatedScore() {
		return statedScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatedScore(BigDecimal newStatedScore) {
		BigDecimal oldStatedScore = statedScore;
		statedScore = newStatedScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__STATED_SCORE, oldStatedScore, statedScore));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__SCORE, oldScore, score));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__SCORE_EXPLANATION, oldScoreExplanation, scoreExplanation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ScoreAdjustment getAdjustment() {
		return adjustment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAdjustment(ScoreAdjustment newAdjustment, NotificationChain msgs) {
		ScoreAdjustment oldAdjustment = adjustment;
		adjustment = newAdjustment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ADJUSTMENT, oldAdjustment, newAdjustment);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdjustment(ScoreAdjustment newAdjustment) {
		if (newAdjustment != adjustment) {
			NotificationChain msgs = null;
			if (adjustment != null)
				msgs = ((InternalEObject)adjustment).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.INDICATOR__ADJUSTMENT, null, msgs);
			if (newAdjustment != null)
				msgs = ((InternalEObject)newAdjustment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.INDICATOR__ADJUSTMENT, null, msgs);
			msgs = basicSetAdjustment(newAdjustment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ADJUSTMENT, newAdjustment, newAdjustment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeviationReason() {
		return deviationReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeviationReason(String newDeviationReason) {
		String oldDeviationReason = deviationReason;
		deviationReason = newDeviationReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__DEVIATION_REASON, oldDeviationReason, deviationReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getImprovementMeasures() {
		return improvementMeasures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImprovementMeasures(String newImprovementMeasures) {
		String oldImprovementMeasures = improvementMeasures;
		improvementMeasures = newImprovementMeasures;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES, oldImprovementMeasures, improvementMeasures));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCore() {
		return core;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCore(boolean newCore) {
		boolean oldCore = core;
		core = newCore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__CORE, oldCore, core));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorDetail> getDetails() {
		if (details == null) {
			details = new EObjectContainmentEList<IndicatorDetail>(IndicatorDetail.class, this, EvaluationPackage.INDICATOR__DETAILS);
		}
		return details;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEvidence() {
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEvidence(String newEvidence) {
		String oldEvidence = evidence;
		evidence = newEvidence;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__EVIDENCE, oldEvidence, evidence));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUid() {
		return uid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUid(String newUid) {
		String oldUid = uid;
		uid = newUid;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__UID, oldUid, uid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isActualByHand() {
		return actualByHand;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActualByHand(boolean newActualByHand) {
		boolean oldActualByHand = actualByHand;
		actualByHand = newActualByHand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ACTUAL_BY_HAND, oldActualByHand, actualByHand));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isIllustrative() {
		return illustrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIllustrative(boolean newIllustrative) {
		boolean oldIllustrative = illustrative;
		illustrative = newIllustrative;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__ILLUSTRATIVE, oldIllustrative, illustrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotApplicable() {
		return notApplicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotApplicable(boolean newNotApplicable) {
		boolean oldNotApplicable = notApplicable;
		notApplicable = newNotApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__NOT_APPLICABLE, oldNotApplicable, notApplicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInitialTargetText() {
		return initialTargetText;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitialTargetText(String newInitialTargetText) {
		String oldInitialTargetText = initialTargetText;
		initialTargetText = newInitialTargetText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT, oldInitialTargetText, initialTargetText));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TargetBasis getTargetBasis() {
		return targetBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetBasis(TargetBasis newTargetBasis) {
		TargetBasis oldTargetBasis = targetBasis;
		targetBasis = newTargetBasis == null ? TARGET_BASIS_EDEFAULT : newTargetBasis;
		boolean oldTargetBasisESet = targetBasisESet;
		targetBasisESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__TARGET_BASIS, oldTargetBasis, targetBasis, !oldTargetBasisESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetTargetBasis() {
		TargetBasis oldTargetBasis = targetBasis;
		boolean oldTargetBasisESet = targetBasisESet;
		targetBasis = TARGET_BASIS_EDEFAULT;
		targetBasisESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EvaluationPackage.INDICATOR__TARGET_BASIS, oldTargetBasis, TARGET_BASIS_EDEFAULT, oldTargetBasisESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetTargetBasis() {
		return targetBasisESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScoringCriterion() {
		return scoringCriterion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScoringCriterion(String newScoringCriterion) {
		String oldScoringCriterion = scoringCriterion;
		scoringCriterion = newScoringCriterion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.INDICATOR__SCORING_CRITERION, oldScoringCriterion, scoringCriterion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
				return basicSetAdjustment(null, msgs);
			case EvaluationPackage.INDICATOR__DETAILS:
				return ((InternalEList<?>)getDetails()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.INDICATOR__NAME:
				return getName();
			case EvaluationPackage.INDICATOR__MODULE_ID:
				return getModuleId();
			case EvaluationPackage.INDICATOR__COMPARATOR:
				return getComparator();
			case EvaluationPackage.INDICATOR__TARGET_TEXT:
				return getTargetText();
			case EvaluationPackage.INDICATOR__TARGET_VALUE:
				return getTargetValue();
			case EvaluationPackage.INDICATOR__TARGET_UNIT:
				return getTargetUnit();
			case EvaluationPackage.INDICATOR__ACTUAL_TEXT:
				return getActualText();
			case EvaluationPackage.INDICATOR__ACTUAL_VALUE:
				return getActualValue();
			case EvaluationPackage.INDICATOR__ACTUAL_UNIT:
				return getActualUnit();
			case EvaluationPackage.INDICATOR__WEIGHT:
				return getWeight();
			case EvaluationPackage.INDICATOR__STATED_SCORE:
				return getStatedScore();
			case EvaluationPackage.INDICATOR__SCORE:
				return getScore();
			case EvaluationPackage.INDICATOR__SCORE_EXPLANATION:
				return getScoreExplanation();
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
				return getAdjustment();
			case EvaluationPackage.INDICATOR__DEVIATION_REASON:
				return getDeviationReason();
			case EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES:
				return getImprovementMeasures();
			case EvaluationPackage.INDICATOR__CORE:
				return isCore();
			case EvaluationPackage.INDICATOR__DETAILS:
				return getDetails();
			case EvaluationPackage.INDICATOR__EVIDENCE:
				return getEvidence();
			case EvaluationPackage.INDICATOR__UID:
				return getUid();
			case EvaluationPackage.INDICATOR__ACTUAL_BY_HAND:
				return isActualByHand();
			case EvaluationPackage.INDICATOR__ILLUSTRATIVE:
				return isIllustrative();
			case EvaluationPackage.INDICATOR__NOT_APPLICABLE:
				return isNotApplicable();
			case EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT:
				return getInitialTargetText();
			case EvaluationPackage.INDICATOR__TARGET_BASIS:
				return getTargetBasis();
			case EvaluationPackage.INDICATOR__SCORING_CRITERION:
				return getScoringCriterion();
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
			case EvaluationPackage.INDICATOR__NAME:
				setName((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__MODULE_ID:
				setModuleId((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__COMPARATOR:
				setComparator((Comparator)newValue);
				return;
			case EvaluationPackage.INDICATOR__TARGET_TEXT:
				setTargetText((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__TARGET_VALUE:
				setTargetValue((BigDecimal)newValue);
				return;
			case EvaluationPackage.INDICATOR__TARGET_UNIT:
				setTargetUnit((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_TEXT:
				setActualText((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_VALUE:
				setActualValue((BigDecimal)newValue);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_UNIT:
				setActualUnit((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__WEIGHT:
				setWeight((BigDecimal)newValue);
				return;
			case EvaluationPackage.INDICATOR__STATED_SCORE:
				setStatedScore((BigDecimal)newValue);
				return;
			case EvaluationPackage.INDICATOR__SCORE:
				setScore((BigDecimal)newValue);
				return;
			case EvaluationPackage.INDICATOR__SCORE_EXPLANATION:
				setScoreExplanation((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
				setAdjustment((ScoreAdjustment)newValue);
				return;
			case EvaluationPackage.INDICATOR__DEVIATION_REASON:
				setDeviationReason((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES:
				setImprovementMeasures((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__CORE:
				setCore((Boolean)newValue);
				return;
			case EvaluationPackage.INDICATOR__DETAILS:
				getDetails().clear();
				getDetails().addAll((Collection<? extends IndicatorDetail>)newValue);
				return;
			case EvaluationPackage.INDICATOR__EVIDENCE:
				setEvidence((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__UID:
				setUid((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_BY_HAND:
				setActualByHand((Boolean)newValue);
				return;
			case EvaluationPackage.INDICATOR__ILLUSTRATIVE:
				setIllustrative((Boolean)newValue);
				return;
			case EvaluationPackage.INDICATOR__NOT_APPLICABLE:
				setNotApplicable((Boolean)newValue);
				return;
			case EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT:
				setInitialTargetText((String)newValue);
				return;
			case EvaluationPackage.INDICATOR__TARGET_BASIS:
				setTargetBasis((TargetBasis)newValue);
				return;
			case EvaluationPackage.INDICATOR__SCORING_CRITERION:
				setScoringCriterion((String)newValue);
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
			case EvaluationPackage.INDICATOR__NAME:
				setName(NAME_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__MODULE_ID:
				setModuleId(MODULE_ID_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__COMPARATOR:
				setComparator(COMPARATOR_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__TARGET_TEXT:
				setTargetText(TARGET_TEXT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__TARGET_VALUE:
				setTargetValue(TARGET_VALUE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__TARGET_UNIT:
				setTargetUnit(TARGET_UNIT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_TEXT:
				setActualText(ACTUAL_TEXT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_VALUE:
				setActualValue(ACTUAL_VALUE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_UNIT:
				setActualUnit(ACTUAL_UNIT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__STATED_SCORE:
				setStatedScore(STATED_SCORE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__SCORE_EXPLANATION:
				setScoreExplanation(SCORE_EXPLANATION_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
				setAdjustment((ScoreAdjustment)null);
				return;
			case EvaluationPackage.INDICATOR__DEVIATION_REASON:
				setDeviationReason(DEVIATION_REASON_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES:
				setImprovementMeasures(IMPROVEMENT_MEASURES_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__CORE:
				setCore(CORE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__DETAILS:
				getDetails().clear();
				return;
			case EvaluationPackage.INDICATOR__EVIDENCE:
				setEvidence(EVIDENCE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__UID:
				setUid(UID_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ACTUAL_BY_HAND:
				setActualByHand(ACTUAL_BY_HAND_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__ILLUSTRATIVE:
				setIllustrative(ILLUSTRATIVE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__NOT_APPLICABLE:
				setNotApplicable(NOT_APPLICABLE_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT:
				setInitialTargetText(INITIAL_TARGET_TEXT_EDEFAULT);
				return;
			case EvaluationPackage.INDICATOR__TARGET_BASIS:
				unsetTargetBasis();
				return;
			case EvaluationPackage.INDICATOR__SCORING_CRITERION:
				setScoringCriterion(SCORING_CRITERION_EDEFAULT);
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
			case EvaluationPackage.INDICATOR__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case EvaluationPackage.INDICATOR__MODULE_ID:
				return MODULE_ID_EDEFAULT == null ? moduleId != null : !MODULE_ID_EDEFAULT.equals(moduleId);
			case EvaluationPackage.INDICATOR__COMPARATOR:
				return comparator != COMPARATOR_EDEFAULT;
			case EvaluationPackage.INDICATOR__TARGET_TEXT:
				return TARGET_TEXT_EDEFAULT == null ? targetText != null : !TARGET_TEXT_EDEFAULT.equals(targetText);
			case EvaluationPackage.INDICATOR__TARGET_VALUE:
				return TARGET_VALUE_EDEFAULT == null ? targetValue != null : !TARGET_VALUE_EDEFAULT.equals(targetValue);
			case EvaluationPackage.INDICATOR__TARGET_UNIT:
				return TARGET_UNIT_EDEFAULT == null ? targetUnit != null : !TARGET_UNIT_EDEFAULT.equals(targetUnit);
			case EvaluationPackage.INDICATOR__ACTUAL_TEXT:
				return ACTUAL_TEXT_EDEFAULT == null ? actualText != null : !ACTUAL_TEXT_EDEFAULT.equals(actualText);
			case EvaluationPackage.INDICATOR__ACTUAL_VALUE:
				return ACTUAL_VALUE_EDEFAULT == null ? actualValue != null : !ACTUAL_VALUE_EDEFAULT.equals(actualValue);
			case EvaluationPackage.INDICATOR__ACTUAL_UNIT:
				return ACTUAL_UNIT_EDEFAULT == null ? actualUnit != null : !ACTUAL_UNIT_EDEFAULT.equals(actualUnit);
			case EvaluationPackage.INDICATOR__WEIGHT:
				return WEIGHT_EDEFAULT == null ? weight != null : !WEIGHT_EDEFAULT.equals(weight);
			case EvaluationPackage.INDICATOR__STATED_SCORE:
				return STATED_SCORE_EDEFAULT == null ? statedScore != null : !STATED_SCORE_EDEFAULT.equals(statedScore);
			case EvaluationPackage.INDICATOR__SCORE:
				return SCORE_EDEFAULT == null ? score != null : !SCORE_EDEFAULT.equals(score);
			case EvaluationPackage.INDICATOR__SCORE_EXPLANATION:
				return SCORE_EXPLANATION_EDEFAULT == null ? scoreExplanation != null : !SCORE_EXPLANATION_EDEFAULT.equals(scoreExplanation);
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
				return adjustment != null;
			case EvaluationPackage.INDICATOR__DEVIATION_REASON:
				return DEVIATION_REASON_EDEFAULT == null ? deviationReason != null : !DEVIATION_REASON_EDEFAULT.equals(deviationReason);
			case EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES:
				return IMPROVEMENT_MEASURES_EDEFAULT == null ? improvementMeasures != null : !IMPROVEMENT_MEASURES_EDEFAULT.equals(improvementMeasures);
			case EvaluationPackage.INDICATOR__CORE:
				return core != CORE_EDEFAULT;
			case EvaluationPackage.INDICATOR__DETAILS:
				return details != null && !details.isEmpty();
			case EvaluationPackage.INDICATOR__EVIDENCE:
				return EVIDENCE_EDEFAULT == null ? evidence != null : !EVIDENCE_EDEFAULT.equals(evidence);
			case EvaluationPackage.INDICATOR__UID:
				return UID_EDEFAULT == null ? uid != null : !UID_EDEFAULT.equals(uid);
			case EvaluationPackage.INDICATOR__ACTUAL_BY_HAND:
				return actualByHand != ACTUAL_BY_HAND_EDEFAULT;
			case EvaluationPackage.INDICATOR__ILLUSTRATIVE:
				return illustrative != ILLUSTRATIVE_EDEFAULT;
			case EvaluationPackage.INDICATOR__NOT_APPLICABLE:
				return notApplicable != NOT_APPLICABLE_EDEFAULT;
			case EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT:
				return INITIAL_TARGET_TEXT_EDEFAULT == null ? initialTargetText != null : !INITIAL_TARGET_TEXT_EDEFAULT.equals(initialTargetText);
			case EvaluationPackage.INDICATOR__TARGET_BASIS:
				return isSetTargetBasis();
			case EvaluationPackage.INDICATOR__SCORING_CRITERION:
				return SCORING_CRITERION_EDEFAULT == null ? scoringCriterion != null : !SCORING_CRITERION_EDEFAULT.equals(scoringCriterion);
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
		result.append(" (name: "); //$NON-NLS-1$
		result.append(name);
		result.append(", moduleId: "); //$NON-NLS-1$
		result.append(moduleId);
		result.append(", comparator: "); //$NON-NLS-1$
		result.append(comparator);
		result.append(", targetText: "); //$NON-NLS-1$
		result.append(targetText);
		result.append(", targetValue: "); //$NON-NLS-1$
		result.append(targetValue);
		result.append(", targetUnit: "); //$NON-NLS-1$
		result.append(targetUnit);
		result.append(", actualText: "); //$NON-NLS-1$
		result.append(actualText);
		result.append(", actualValue: "); //$NON-NLS-1$
		result.append(actualValue);
		result.append(", actualUnit: "); //$NON-NLS-1$
		result.append(actualUnit);
		result.append(", weight: "); //$NON-NLS-1$
		result.append(weight);
		result.append(", statedScore: "); //$NON-NLS-1$
		result.append(statedScore);
		result.append(", score: "); //$NON-NLS-1$
		result.append(score);
		result.append(", scoreExplanation: "); //$NON-NLS-1$
		result.append(scoreExplanation);
		result.append(", deviationReason: "); //$NON-NLS-1$
		result.append(deviationReason);
		result.append(", improvementMeasures: "); //$NON-NLS-1$
		result.append(improvementMeasures);
		result.append(", core: "); //$NON-NLS-1$
		result.append(core);
		result.append(", evidence: "); //$NON-NLS-1$
		result.append(evidence);
		result.append(", uid: "); //$NON-NLS-1$
		result.append(uid);
		result.append(", actualByHand: "); //$NON-NLS-1$
		result.append(actualByHand);
		result.append(", illustrative: "); //$NON-NLS-1$
		result.append(illustrative);
		result.append(", notApplicable: "); //$NON-NLS-1$
		result.append(notApplicable);
		result.append(", initialTargetText: "); //$NON-NLS-1$
		result.append(initialTargetText);
		result.append(", targetBasis: "); //$NON-NLS-1$
		if (targetBasisESet) result.append(targetBasis); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", scoringCriterion: "); //$NON-NLS-1$
		result.append(scoringCriterion);
		result.append(')');
		return result.toString();
	}

} //IndicatorImpl
