/**
 */
package org.jixiao.model.evaluation;

import java.math.BigDecimal;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Indicator</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 三级 indicator: target, actual, weight, score and the explanation of any deviation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getName <em>Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getComparator <em>Comparator</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getTargetText <em>Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getTargetValue <em>Target Value</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getTargetUnit <em>Target Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getActualText <em>Actual Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getActualValue <em>Actual Value</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getActualUnit <em>Actual Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getWeight <em>Weight</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getStatedScore <em>Stated Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getScore <em>Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getScoreExplanation <em>Score Explanation</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getAdjustment <em>Adjustment</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getDeviationReason <em>Deviation Reason</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getImprovementMeasures <em>Improvement Measures</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#isCore <em>Core</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getDetails <em>Details</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getUid <em>Uid</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#isActualByHand <em>Actual By Hand</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#isIllustrative <em>Illustrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getInitialTargetText <em>Initial Target Text</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getTargetBasis <em>Target Basis</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.Indicator#getScoringCriterion <em>Scoring Criterion</em>}</li>
 * </ul>
 *
 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='weightPositive targetParses actualParses unitsCompatible scoreDetermined qualitativeScoreInBand deviationExplained adjustmentValid statedScoreMatches'"
 * @generated
 */
public interface Indicator extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The indicator's name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Module Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the business module that owns the indicator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Module Id</em>' attribute.
	 * @see #setModuleId(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ModuleId()
	 * @model
	 * @generated
	 */
	String getModuleId();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getModuleId <em>Module Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Module Id</em>' attribute.
	 * @see #getModuleId()
	 * @generated
	 */
	void setModuleId(String value);

	/**
	 * Returns the value of the '<em><b>Comparator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.Comparator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the actual is compared with the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Comparator</em>' attribute.
	 * @see org.jixiao.model.evaluation.Comparator
	 * @see #setComparator(Comparator)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Comparator()
	 * @model
	 * @generated
	 */
	Comparator getComparator();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getComparator <em>Comparator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Comparator</em>' attribute.
	 * @see org.jixiao.model.evaluation.Comparator
	 * @see #getComparator()
	 * @generated
	 */
	void setComparator(Comparator value);

	/**
	 * Returns the value of the '<em><b>Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年度指标值 as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Text</em>' attribute.
	 * @see #setTargetText(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_TargetText()
	 * @model
	 * @generated
	 */
	String getTargetText();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetText <em>Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Text</em>' attribute.
	 * @see #getTargetText()
	 * @generated
	 */
	void setTargetText(String value);

	/**
	 * Returns the value of the '<em><b>Target Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target's number as parsed, in targetUnit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Value</em>' attribute.
	 * @see #setTargetValue(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_TargetValue()
	 * @model
	 * @generated
	 */
	BigDecimal getTargetValue();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetValue <em>Target Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Value</em>' attribute.
	 * @see #getTargetValue()
	 * @generated
	 */
	void setTargetValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Target Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target's unit as parsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Unit</em>' attribute.
	 * @see #setTargetUnit(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_TargetUnit()
	 * @model
	 * @generated
	 */
	String getTargetUnit();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetUnit <em>Target Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Unit</em>' attribute.
	 * @see #getTargetUnit()
	 * @generated
	 */
	void setTargetUnit(String value);

	/**
	 * Returns the value of the '<em><b>Actual Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 实际完成值 as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Text</em>' attribute.
	 * @see #setActualText(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ActualText()
	 * @model
	 * @generated
	 */
	String getActualText();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getActualText <em>Actual Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Text</em>' attribute.
	 * @see #getActualText()
	 * @generated
	 */
	void setActualText(String value);

	/**
	 * Returns the value of the '<em><b>Actual Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actual's number as parsed, in actualUnit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Value</em>' attribute.
	 * @see #setActualValue(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ActualValue()
	 * @model
	 * @generated
	 */
	BigDecimal getActualValue();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getActualValue <em>Actual Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Value</em>' attribute.
	 * @see #getActualValue()
	 * @generated
	 */
	void setActualValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Actual Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The actual's unit as parsed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual Unit</em>' attribute.
	 * @see #setActualUnit(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ActualUnit()
	 * @model
	 * @generated
	 */
	String getActualUnit();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getActualUnit <em>Actual Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual Unit</em>' attribute.
	 * @see #getActualUnit()
	 * @generated
	 */
	void setActualUnit(String value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 分值.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Weight()
	 * @model
	 * @generated
	 */
	BigDecimal getWeight();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Stated Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 得分 as stated by an imported table, kept to compare with the computed one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stated Score</em>' attribute.
	 * @see #setStatedScore(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_StatedScore()
	 * @model
	 * @generated
	 */
	BigDecimal getStatedScore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getStatedScore <em>Stated Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stated Score</em>' attribute.
	 * @see #getStatedScore()
	 * @generated
	 */
	void setStatedScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The score as last computed (the officer's score where one is set).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(BigDecimal)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Score()
	 * @model transient="true"
	 * @generated
	 */
	BigDecimal getScore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Score Explanation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the score was computed, numbers substituted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Score Explanation</em>' attribute.
	 * @see #setScoreExplanation(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ScoreExplanation()
	 * @model transient="true"
	 * @generated
	 */
	String getScoreExplanation();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getScoreExplanation <em>Score Explanation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score Explanation</em>' attribute.
	 * @see #getScoreExplanation()
	 * @generated
	 */
	void setScoreExplanation(String value);

	/**
	 * Returns the value of the '<em><b>Adjustment</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The officer's score, where the officer set one.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Adjustment</em>' containment reference.
	 * @see #setAdjustment(ScoreAdjustment)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Adjustment()
	 * @model containment="true"
	 * @generated
	 */
	ScoreAdjustment getAdjustment();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getAdjustment <em>Adjustment</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adjustment</em>' containment reference.
	 * @see #getAdjustment()
	 * @generated
	 */
	void setAdjustment(ScoreAdjustment value);

	/**
	 * Returns the value of the '<em><b>Deviation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 偏差原因分析.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Deviation Reason</em>' attribute.
	 * @see #setDeviationReason(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_DeviationReason()
	 * @model
	 * @generated
	 */
	String getDeviationReason();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getDeviationReason <em>Deviation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deviation Reason</em>' attribute.
	 * @see #getDeviationReason()
	 * @generated
	 */
	void setDeviationReason(String value);

	/**
	 * Returns the value of the '<em><b>Improvement Measures</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 改进措施.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Improvement Measures</em>' attribute.
	 * @see #setImprovementMeasures(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ImprovementMeasures()
	 * @model
	 * @generated
	 */
	String getImprovementMeasures();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getImprovementMeasures <em>Improvement Measures</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Improvement Measures</em>' attribute.
	 * @see #getImprovementMeasures()
	 * @generated
	 */
	void setImprovementMeasures(String value);

	/**
	 * Returns the value of the '<em><b>Core</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether this is a core indicator (★).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Core</em>' attribute.
	 * @see #setCore(boolean)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Core()
	 * @model
	 * @generated
	 */
	boolean isCore();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#isCore <em>Core</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Core</em>' attribute.
	 * @see #isCore()
	 * @generated
	 */
	void setCore(boolean value);

	/**
	 * Returns the value of the '<em><b>Details</b></em>' containment reference list.
	 * The list contents are of type {@link org.jixiao.model.evaluation.IndicatorDetail}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Unweighted detail sub-rows (其中…), shown but not scored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Details</em>' containment reference list.
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Details()
	 * @model containment="true"
	 * @generated
	 */
	EList<IndicatorDetail> getDetails();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes on the evidence for the actual value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' attribute.
	 * @see #setEvidence(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Evidence()
	 * @model
	 * @generated
	 */
	String getEvidence();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getEvidence <em>Evidence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Evidence</em>' attribute.
	 * @see #getEvidence()
	 * @generated
	 */
	void setEvidence(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A stable identity of the row, kept across saves, copies and renames; what evidence files are attached to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #setUid(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Uid()
	 * @model
	 * @generated
	 */
	String getUid();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #getUid()
	 * @generated
	 */
	void setUid(String value);

	/**
	 * Returns the value of the '<em><b>Actual By Hand</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the officer entered the actual value by hand over the value its module's ledger computes (an override).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Actual By Hand</em>' attribute.
	 * @see #setActualByHand(boolean)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ActualByHand()
	 * @model
	 * @generated
	 */
	boolean isActualByHand();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#isActualByHand <em>Actual By Hand</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Actual By Hand</em>' attribute.
	 * @see #isActualByHand()
	 * @generated
	 */
	void setActualByHand(boolean value);

	/**
	 * Returns the value of the '<em><b>Illustrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the figures are illustrative (not taken from a source document).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Illustrative</em>' attribute.
	 * @see #setIllustrative(boolean)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_Illustrative()
	 * @model
	 * @generated
	 */
	boolean isIllustrative();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#isIllustrative <em>Illustrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Illustrative</em>' attribute.
	 * @see #isIllustrative()
	 * @generated
	 */
	void setIllustrative(boolean value);

	/**
	 * Returns the value of the '<em><b>Not Applicable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the indicator does not apply (不适用): it is left out of the total, which is rescaled to 100 over the applicable weights.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Not Applicable</em>' attribute.
	 * @see #setNotApplicable(boolean)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_NotApplicable()
	 * @model
	 * @generated
	 */
	boolean isNotApplicable();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#isNotApplicable <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Not Applicable</em>' attribute.
	 * @see #isNotApplicable()
	 * @generated
	 */
	void setNotApplicable(boolean value);

	/**
	 * Returns the value of the '<em><b>Initial Target Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 年初指标值 as written, where the table has both the year's initial (年初) and adjusted (调整) targets; targetText and targetValue stay the adjusted target that scoring uses.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Initial Target Text</em>' attribute.
	 * @see #setInitialTargetText(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_InitialTargetText()
	 * @model
	 * @generated
	 */
	String getInitialTargetText();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getInitialTargetText <em>Initial Target Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initial Target Text</em>' attribute.
	 * @see #getInitialTargetText()
	 * @generated
	 */
	void setInitialTargetText(String value);

	/**
	 * Returns the value of the '<em><b>Target Basis</b></em>' attribute.
	 * The literals are from the enumeration {@link org.jixiao.model.evaluation.TargetBasis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The basis of the target (指标值设定依据); unset when the table does not say.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Basis</em>' attribute.
	 * @see org.jixiao.model.evaluation.TargetBasis
	 * @see #isSetTargetBasis()
	 * @see #unsetTargetBasis()
	 * @see #setTargetBasis(TargetBasis)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_TargetBasis()
	 * @model unsettable="true"
	 * @generated
	 */
	TargetBasis getTargetBasis();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetBasis <em>Target Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Basis</em>' attribute.
	 * @see org.jixiao.model.evaluation.TargetBasis
	 * @see #isSetTargetBasis()
	 * @see #unsetTargetBasis()
	 * @see #getTargetBasis()
	 * @generated
	 */
	void setTargetBasis(TargetBasis value);

	/**
	 * Unsets the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetBasis <em>Target Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTargetBasis()
	 * @see #getTargetBasis()
	 * @see #setTargetBasis(TargetBasis)
	 * @generated
	 */
	void unsetTargetBasis();

	/**
	 * Returns whether the value of the '{@link org.jixiao.model.evaluation.Indicator#getTargetBasis <em>Target Basis</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Target Basis</em>' attribute is set.
	 * @see #unsetTargetBasis()
	 * @see #getTargetBasis()
	 * @see #setTargetBasis(TargetBasis)
	 * @generated
	 */
	boolean isSetTargetBasis();

	/**
	 * Returns the value of the '<em><b>Scoring Criterion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 评（扣）分标准: how the row is scored, as written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scoring Criterion</em>' attribute.
	 * @see #setScoringCriterion(String)
	 * @see org.jixiao.model.evaluation.EvaluationPackage#getIndicator_ScoringCriterion()
	 * @model
	 * @generated
	 */
	String getScoringCriterion();

	/**
	 * Sets the value of the '{@link org.jixiao.model.evaluation.Indicator#getScoringCriterion <em>Scoring Criterion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scoring Criterion</em>' attribute.
	 * @see #getScoringCriterion()
	 * @generated
	 */
	void setScoringCriterion(String value);

} // Indicator
