/**
 */
package org.jixiao.model.evaluation.impl;

import java.math.BigDecimal;

import java.util.Collection;
import java.util.Date;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getFiscalYear <em>Fiscal Year</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getDepartment <em>Department</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getMoneyUnit <em>Money Unit</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getRuleSetId <em>Rule Set Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getPreparer <em>Preparer</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getPreparedOn <em>Prepared On</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getFinalizedOn <em>Finalized On</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getBudget <em>Budget</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getGoals <em>Goals</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getModuleData <em>Module Data</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getTotalScore <em>Total Score</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getGrade <em>Grade</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getProjectName <em>Project Name</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getProjectCode <em>Project Code</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#isIllustrative <em>Illustrative</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.EvaluationImpl#getFormatId <em>Format Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EvaluationImpl extends MinimalEObjectImpl.Container implements Evaluation {
	/**
	 * The default value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected static final int FISCAL_YEAR_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFiscalYear() <em>Fiscal Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiscalYear()
	 * @generated
	 * @ordered
	 */
	protected int fiscalYear = FISCAL_YEAR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDepartment() <em>Department</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepartment()
	 * @generated
	 * @ordered
	 */
	protected Department department;

	/**
	 * The default value of the '{@link #getMoneyUnit() <em>Money Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoneyUnit()
	 * @generated
	 * @ordered
	 */
	protected static final MoneyUnit MONEY_UNIT_EDEFAULT = MoneyUnit.YUAN;

	/**
	 * The cached value of the '{@link #getMoneyUnit() <em>Money Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMoneyUnit()
	 * @generated
	 * @ordered
	 */
	protected MoneyUnit moneyUnit = MONEY_UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRuleSetId() <em>Rule Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSetId()
	 * @generated
	 * @ordered
	 */
	protected static final String RULE_SET_ID_EDEFAULT = "mof-2020"; //$NON-NLS-1$

	/**
	 * The cached value of the '{@link #getRuleSetId() <em>Rule Set Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRuleSetId()
	 * @generated
	 * @ordered
	 */
	protected String ruleSetId = RULE_SET_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationStatus STATUS_EDEFAULT = EvaluationStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected EvaluationStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreparer() <em>Preparer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparer()
	 * @generated
	 * @ordered
	 */
	protected static final String PREPARER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreparer() <em>Preparer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparer()
	 * @generated
	 * @ordered
	 */
	protected String preparer = PREPARER_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreparedOn() <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date PREPARED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreparedOn() <em>Prepared On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreparedOn()
	 * @generated
	 * @ordered
	 */
	protected Date preparedOn = PREPARED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getFinalizedOn() <em>Finalized On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalizedOn()
	 * @generated
	 * @ordered
	 */
	protected static final Date FINALIZED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFinalizedOn() <em>Finalized On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinalizedOn()
	 * @generated
	 * @ordered
	 */
	protected Date finalizedOn = FINALIZED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getBudget() <em>Budget</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBudget()
	 * @generated
	 * @ordered
	 */
	protected Budget budget;

	/**
	 * The cached value of the '{@link #getGoals() <em>Goals</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoals()
	 * @generated
	 * @ordered
	 */
	protected EList<Goal> goals;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<IndicatorCategory> categories;

	/**
	 * The cached value of the '{@link #getNarrative() <em>Narrative</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNarrative()
	 * @generated
	 * @ordered
	 */
	protected EList<NarrativeSection> narrative;

	/**
	 * The cached value of the '{@link #getModuleData() <em>Module Data</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModuleData()
	 * @generated
	 * @ordered
	 */
	protected EList<ModuleData> moduleData;

	/**
	 * The default value of the '{@link #getTotalScore() <em>Total Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalScore()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal TOTAL_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTotalScore() <em>Total Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTotalScore()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal totalScore = TOTAL_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected static final Grade GRADE_EDEFAULT = Grade.EXCELLENT;

	/**
	 * The cached value of the '{@link #getGrade() <em>Grade</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrade()
	 * @generated
	 * @ordered
	 */
	protected Grade grade = GRADE_EDEFAULT;

	/**
	 * This is true if the Grade attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean gradeESet;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EvaluationKind KIND_EDEFAULT = EvaluationKind.DEPARTMENT;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EvaluationKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getProjectName() <em>Project Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectName()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectName() <em>Project Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectName()
	 * @generated
	 * @ordered
	 */
	protected String projectName = PROJECT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getProjectCode() <em>Project Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectCode()
	 * @generated
	 * @ordered
	 */
	protected static final String PROJECT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getProjectCode() <em>Project Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProjectCode()
	 * @generated
	 * @ordered
	 */
	protected String projectCode = PROJECT_CODE_EDEFAULT;

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
	 * The default value of the '{@link #getFormatId() <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatId()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatId() <em>Format Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatId()
	 * @generated
	 * @ordered
	 */
	protected String formatId = FORMAT_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.EVALUATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFiscalYear() {
		return fiscalYear;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiscalYear(int newFiscalYear) {
		int oldFiscalYear = fiscalYear;
		fiscalYear = newFiscalYear;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__FISCAL_YEAR, oldFiscalYear, fiscalYear));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department getDepartment() {
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDepartment(Department newDepartment, NotificationChain msgs) {
		Department oldDepartment = department;
		department = newDepartment;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__DEPARTMENT, oldDepartment, newDepartment);
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
	public void setDepartment(Department newDepartment) {
		if (newDepartment != department) {
			NotificationChain msgs = null;
			if (department != null)
				msgs = ((InternalEObject)department).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__DEPARTMENT, null, msgs);
			if (newDepartment != null)
				msgs = ((InternalEObject)newDepartment).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__DEPARTMENT, null, msgs);
			msgs = basicSetDepartment(newDepartment, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__DEPARTMENT, newDepartment, newDepartment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MoneyUnit getMoneyUnit() {
		return moneyUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMoneyUnit(MoneyUnit newMoneyUnit) {
		MoneyUnit oldMoneyUnit = moneyUnit;
		moneyUnit = newMoneyUnit == null ? MONEY_UNIT_EDEFAULT : newMoneyUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__MONEY_UNIT, oldMoneyUnit, moneyUnit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRuleSetId() {
		return ruleSetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRuleSetId(String newRuleSetId) {
		String oldRuleSetId = ruleSetId;
		ruleSetId = newRuleSetId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__RULE_SET_ID, oldRuleSetId, ruleSetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(EvaluationStatus newStatus) {
		EvaluationStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreparer() {
		return preparer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparer(String newPreparer) {
		String oldPreparer = preparer;
		preparer = newPreparer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__PREPARER, oldPreparer, preparer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getPreparedOn() {
		return preparedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreparedOn(Date newPreparedOn) {
		Date oldPreparedOn = preparedOn;
		preparedOn = newPreparedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__PREPARED_ON, oldPreparedOn, preparedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getFinalizedOn() {
		return finalizedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinalizedOn(Date newFinalizedOn) {
		Date oldFinalizedOn = finalizedOn;
		finalizedOn = newFinalizedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__FINALIZED_ON, oldFinalizedOn, finalizedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Budget getBudget() {
		return budget;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetBudget(Budget newBudget, NotificationChain msgs) {
		Budget oldBudget = budget;
		budget = newBudget;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__BUDGET, oldBudget, newBudget);
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
	public void setBudget(Budget newBudget) {
		if (newBudget != budget) {
			NotificationChain msgs = null;
			if (budget != null)
				msgs = ((InternalEObject)budget).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__BUDGET, null, msgs);
			if (newBudget != null)
				msgs = ((InternalEObject)newBudget).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - EvaluationPackage.EVALUATION__BUDGET, null, msgs);
			msgs = basicSetBudget(newBudget, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__BUDGET, newBudget, newBudget));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Goal> getGoals() {
		if (goals == null) {
			goals = new EObjectContainmentEList<Goal>(Goal.class, this, EvaluationPackage.EVALUATION__GOALS);
		}
		return goals;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<IndicatorCategory> getCategories() {
		if (categories == null) {
			categories = new EObjectContainmentEList<IndicatorCategory>(IndicatorCategory.class, this, EvaluationPackage.EVALUATION__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NarrativeSection> getNarrative() {
		if (narrative == null) {
			narrative = new EObjectContainmentEList<NarrativeSection>(NarrativeSection.class, this, EvaluationPackage.EVALUATION__NARRATIVE);
		}
		return narrative;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ModuleData> getModuleData() {
		if (moduleData == null) {
			moduleData = new EObjectContainmentEList<ModuleData>(ModuleData.class, this, EvaluationPackage.EVALUATION__MODULE_DATA);
		}
		return moduleData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getTotalScore() {
		return totalScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTotalScore(BigDecimal newTotalScore) {
		BigDecimal oldTotalScore = totalScore;
		totalScore = newTotalScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__TOTAL_SCORE, oldTotalScore, totalScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Grade getGrade() {
		return grade;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrade(Grade newGrade) {
		Grade oldGrade = grade;
		grade = newGrade == null ? GRADE_EDEFAULT : newGrade;
		boolean oldGradeESet = gradeESet;
		gradeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__GRADE, oldGrade, grade, !oldGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetGrade() {
		Grade oldGrade = grade;
		boolean oldGradeESet = gradeESet;
		grade = GRADE_EDEFAULT;
		gradeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, EvaluationPackage.EVALUATION__GRADE, oldGrade, GRADE_EDEFAULT, oldGradeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetGrade() {
		return gradeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EvaluationKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EvaluationKind newKind) {
		EvaluationKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjectName() {
		return projectName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectName(String newProjectName) {
		String oldProjectName = projectName;
		projectName = newProjectName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__PROJECT_NAME, oldProjectName, projectName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getProjectCode() {
		return projectCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setProjectCode(String newProjectCode) {
		String oldProjectCode = projectCode;
		projectCode = newProjectCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__PROJECT_CODE, oldProjectCode, projectCode));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__ILLUSTRATIVE, oldIllustrative, illustrative));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatId() {
		return formatId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatId(String newFormatId) {
		String oldFormatId = formatId;
		formatId = newFormatId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.EVALUATION__FORMAT_ID, oldFormatId, formatId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.EVALUATION__DEPARTMENT:
				return basicSetDepartment(null, msgs);
			case EvaluationPackage.EVALUATION__BUDGET:
				return basicSetBudget(null, msgs);
			case EvaluationPackage.EVALUATION__GOALS:
				return ((InternalEList<?>)getGoals()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__CATEGORIES:
				return ((InternalEList<?>)getCategories()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__NARRATIVE:
				return ((InternalEList<?>)getNarrative()).basicRemove(otherEnd, msgs);
			case EvaluationPackage.EVALUATION__MODULE_DATA:
				return ((InternalEList<?>)getModuleData()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.EVALUATION__FISCAL_YEAR:
				return getFiscalYear();
			case EvaluationPackage.EVALUATION__DEPARTMENT:
				return getDepartment();
			case EvaluationPackage.EVALUATION__MONEY_UNIT:
				return getMoneyUnit();
			case EvaluationPackage.EVALUATION__RULE_SET_ID:
				return getRuleSetId();
			case EvaluationPackage.EVALUATION__STATUS:
				return getStatus();
			case EvaluationPackage.EVALUATION__PREPARER:
				return getPreparer();
			case EvaluationPackage.EVALUATION__PREPARED_ON:
				return getPreparedOn();
			case EvaluationPackage.EVALUATION__FINALIZED_ON:
				return getFinalizedOn();
			case EvaluationPackage.EVALUATION__BUDGET:
				return getBudget();
			case EvaluationPackage.EVALUATION__GOALS:
				return getGoals();
			case EvaluationPackage.EVALUATION__CATEGORIES:
				return getCategories();
			case EvaluationPackage.EVALUATION__NARRATIVE:
				return getNarrative();
			case EvaluationPackage.EVALUATION__MODULE_DATA:
				return getModuleData();
			case EvaluationPackage.EVALUATION__TOTAL_SCORE:
				return getTotalScore();
			case EvaluationPackage.EVALUATION__GRADE:
				return getGrade();
			case EvaluationPackage.EVALUATION__KIND:
				return getKind();
			case EvaluationPackage.EVALUATION__PROJECT_NAME:
				return getProjectName();
			case EvaluationPackage.EVALUATION__PROJECT_CODE:
				return getProjectCode();
			case EvaluationPackage.EVALUATION__ILLUSTRATIVE:
				return isIllustrative();
			case EvaluationPackage.EVALUATION__FORMAT_ID:
				return getFormatId();
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
			case EvaluationPackage.EVALUATION__FISCAL_YEAR:
				setFiscalYear((Integer)newValue);
				return;
			case EvaluationPackage.EVALUATION__DEPARTMENT:
				setDepartment((Department)newValue);
				return;
			case EvaluationPackage.EVALUATION__MONEY_UNIT:
				setMoneyUnit((MoneyUnit)newValue);
				return;
			case EvaluationPackage.EVALUATION__RULE_SET_ID:
				setRuleSetId((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__STATUS:
				setStatus((EvaluationStatus)newValue);
				return;
			case EvaluationPackage.EVALUATION__PREPARER:
				setPreparer((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__PREPARED_ON:
				setPreparedOn((Date)newValue);
				return;
			case EvaluationPackage.EVALUATION__FINALIZED_ON:
				setFinalizedOn((Date)newValue);
				return;
			case EvaluationPackage.EVALUATION__BUDGET:
				setBudget((Budget)newValue);
				return;
			case EvaluationPackage.EVALUATION__GOALS:
				getGoals().clear();
				getGoals().addAll((Collection<? extends Goal>)newValue);
				return;
			case EvaluationPackage.EVALUATION__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends IndicatorCategory>)newValue);
				return;
			case EvaluationPackage.EVALUATION__NARRATIVE:
				getNarrative().clear();
				getNarrative().addAll((Collection<? extends NarrativeSection>)newValue);
				return;
			case EvaluationPackage.EVALUATION__MODULE_DATA:
				getModuleData().clear();
				getModuleData().addAll((Collection<? extends ModuleData>)newValue);
				return;
			case EvaluationPackage.EVALUATION__TOTAL_SCORE:
				setTotalScore((BigDecimal)newValue);
				return;
			case EvaluationPackage.EVALUATION__GRADE:
				setGrade((Grade)newValue);
				return;
			case EvaluationPackage.EVALUATION__KIND:
				setKind((EvaluationKind)newValue);
				return;
			case EvaluationPackage.EVALUATION__PROJECT_NAME:
				setProjectName((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__PROJECT_CODE:
				setProjectCode((String)newValue);
				return;
			case EvaluationPackage.EVALUATION__ILLUSTRATIVE:
				setIllustrative((Boolean)newValue);
				return;
			case EvaluationPackage.EVALUATION__FORMAT_ID:
				setFormatId((String)newValue);
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
			case EvaluationPackage.EVALUATION__FISCAL_YEAR:
				setFiscalYear(FISCAL_YEAR_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__DEPARTMENT:
				setDepartment((Department)null);
				return;
			case EvaluationPackage.EVALUATION__MONEY_UNIT:
				setMoneyUnit(MONEY_UNIT_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__RULE_SET_ID:
				setRuleSetId(RULE_SET_ID_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__PREPARER:
				setPreparer(PREPARER_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__PREPARED_ON:
				setPreparedOn(PREPARED_ON_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__FINALIZED_ON:
				setFinalizedOn(FINALIZED_ON_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__BUDGET:
				setBudget((Budget)null);
				return;
			case EvaluationPackage.EVALUATION__GOALS:
				getGoals().clear();
				return;
			case EvaluationPackage.EVALUATION__CATEGORIES:
				getCategories().clear();
				return;
			case EvaluationPackage.EVALUATION__NARRATIVE:
				getNarrative().clear();
				return;
			case EvaluationPackage.EVALUATION__MODULE_DATA:
				getModuleData().clear();
				return;
			case EvaluationPackage.EVALUATION__TOTAL_SCORE:
				setTotalScore(TOTAL_SCORE_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__GRADE:
				unsetGrade();
				return;
			case EvaluationPackage.EVALUATION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__PROJECT_NAME:
				setProjectName(PROJECT_NAME_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__PROJECT_CODE:
				setProjectCode(PROJECT_CODE_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__ILLUSTRATIVE:
				setIllustrative(ILLUSTRATIVE_EDEFAULT);
				return;
			case EvaluationPackage.EVALUATION__FORMAT_ID:
				setFormatId(FORMAT_ID_EDEFAULT);
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
			case EvaluationPackage.EVALUATION__FISCAL_YEAR:
				return fiscalYear != FISCAL_YEAR_EDEFAULT;
			case EvaluationPackage.EVALUATION__DEPARTMENT:
				return department != null;
			case EvaluationPackage.EVALUATION__MONEY_UNIT:
				return moneyUnit != MONEY_UNIT_EDEFAULT;
			case EvaluationPackage.EVALUATION__RULE_SET_ID:
				return RULE_SET_ID_EDEFAULT == null ? ruleSetId != null : !RULE_SET_ID_EDEFAULT.equals(ruleSetId);
			case EvaluationPackage.EVALUATION__STATUS:
				return status != STATUS_EDEFAULT;
			case EvaluationPackage.EVALUATION__PREPARER:
				return PREPARER_EDEFAULT == null ? preparer != null : !PREPARER_EDEFAULT.equals(preparer);
			case EvaluationPackage.EVALUATION__PREPARED_ON:
				return PREPARED_ON_EDEFAULT == null ? preparedOn != null : !PREPARED_ON_EDEFAULT.equals(preparedOn);
			case EvaluationPackage.EVALUATION__FINALIZED_ON:
				return FINALIZED_ON_EDEFAULT == null ? finalizedOn != null : !FINALIZED_ON_EDEFAULT.equals(finalizedOn);
			case EvaluationPackage.EVALUATION__BUDGET:
				return budget != null;
			case EvaluationPackage.EVALUATION__GOALS:
				return goals != null && !goals.isEmpty();
			case EvaluationPackage.EVALUATION__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case EvaluationPackage.EVALUATION__NARRATIVE:
				return narrative != null && !narrative.isEmpty();
			case EvaluationPackage.EVALUATION__MODULE_DATA:
				return moduleData != null && !moduleData.isEmpty();
			case EvaluationPackage.EVALUATION__TOTAL_SCORE:
				return TOTAL_SCORE_EDEFAULT == null ? totalScore != null : !TOTAL_SCORE_EDEFAULT.equals(totalScore);
			case EvaluationPackage.EVALUATION__GRADE:
				return isSetGrade();
			case EvaluationPackage.EVALUATION__KIND:
				return kind != KIND_EDEFAULT;
			case EvaluationPackage.EVALUATION__PROJECT_NAME:
				return PROJECT_NAME_EDEFAULT == null ? projectName != null : !PROJECT_NAME_EDEFAULT.equals(projectName);
			case EvaluationPackage.EVALUATION__PROJECT_CODE:
				return PROJECT_CODE_EDEFAULT == null ? projectCode != null : !PROJECT_CODE_EDEFAULT.equals(projectCode);
			case EvaluationPackage.EVALUATION__ILLUSTRATIVE:
				return illustrative != ILLUSTRATIVE_EDEFAULT;
			case EvaluationPackage.EVALUATION__FORMAT_ID:
				return FORMAT_ID_EDEFAULT == null ? formatId != null : !FORMAT_ID_EDEFAULT.equals(formatId);
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
		result.append(" (fiscalYear: "); //$NON-NLS-1$
		result.append(fiscalYear);
		result.append(", moneyUnit: "); //$NON-NLS-1$
		result.append(moneyUnit);
		result.append(", ruleSetId: "); //$NON-NLS-1$
		result.append(ruleSetId);
		result.append(", status: "); //$NON-NLS-1$
		result.append(status);
		result.append(", preparer: "); //$NON-NLS-1$
		result.append(preparer);
		result.append(", preparedOn: "); //$NON-NLS-1$
		result.append(preparedOn);
		result.append(", finalizedOn: "); //$NON-NLS-1$
		result.append(finalizedOn);
		result.append(", totalScore: "); //$NON-NLS-1$
		result.append(totalScore);
		result.append(", grade: "); //$NON-NLS-1$
		if (gradeESet) result.append(grade); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", projectName: "); //$NON-NLS-1$
		result.append(projectName);
		result.append(", projectCode: "); //$NON-NLS-1$
		result.append(projectCode);
		result.append(", illustrative: "); //$NON-NLS-1$
		result.append(illustrative);
		result.append(", formatId: "); //$NON-NLS-1$
		result.append(formatId);
		result.append(')');
		return result.toString();
	}

} //EvaluationImpl
