/**
 */
package org.jixiao.model.evaluation.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Narrative Section</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getModuleId <em>Module Id</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getParagraphs <em>Paragraphs</em>}</li>
 *   <li>{@link org.jixiao.model.evaluation.impl.NarrativeSectionImpl#getSubsections <em>Subsections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NarrativeSectionImpl extends MinimalEObjectImpl.Container implements NarrativeSection {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SectionKind KIND_EDEFAULT = SectionKind.WORK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SectionKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

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
	 * The cached value of the '{@link #getParagraphs() <em>Paragraphs</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParagraphs()
	 * @generated
	 * @ordered
	 */
	protected EList<String> paragraphs;

	/**
	 * The cached value of the '{@link #getSubsections() <em>Subsections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubsections()
	 * @generated
	 * @ordered
	 */
	protected EList<NarrativeSection> subsections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NarrativeSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return EvaluationPackage.Literals.NARRATIVE_SECTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SectionKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SectionKind newKind) {
		SectionKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NARRATIVE_SECTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NARRATIVE_SECTION__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NARRATIVE_SECTION__TITLE, oldTitle, title));
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
			eNotify(new ENotificationImpl(this, Notification.SET, EvaluationPackage.NARRATIVE_SECTION__MODULE_ID, oldModuleId, moduleId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getParagraphs() {
		if (paragraphs == null) {
			paragraphs = new EDataTypeUniqueEList<String>(String.class, this, EvaluationPackage.NARRATIVE_SECTION__PARAGRAPHS);
		}
		return paragraphs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NarrativeSection> getSubsections() {
		if (subsections == null) {
			subsections = new EObjectContainmentEList<NarrativeSection>(NarrativeSection.class, this, EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS);
		}
		return subsections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS:
				return ((InternalEList<?>)getSubsections()).basicRemove(otherEnd, msgs);
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
			case EvaluationPackage.NARRATIVE_SECTION__KIND:
				return getKind();
			case EvaluationPackage.NARRATIVE_SECTION__NUMBER:
				return getNumber();
			case EvaluationPackage.NARRATIVE_SECTION__TITLE:
				return getTitle();
			case EvaluationPackage.NARRATIVE_SECTION__MODULE_ID:
				return getModuleId();
			case EvaluationPackage.NARRATIVE_SECTION__PARAGRAPHS:
				return getParagraphs();
			case EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS:
				return getSubsections();
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
			case EvaluationPackage.NARRATIVE_SECTION__KIND:
				setKind((SectionKind)newValue);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__NUMBER:
				setNumber((String)newValue);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__TITLE:
				setTitle((String)newValue);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__MODULE_ID:
				setModuleId((String)newValue);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__PARAGRAPHS:
				getParagraphs().clear();
				getParagraphs().addAll((Collection<? extends String>)newValue);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS:
				getSubsections().clear();
				getSubsections().addAll((Collection<? extends NarrativeSection>)newValue);
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
			case EvaluationPackage.NARRATIVE_SECTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__MODULE_ID:
				setModuleId(MODULE_ID_EDEFAULT);
				return;
			case EvaluationPackage.NARRATIVE_SECTION__PARAGRAPHS:
				getParagraphs().clear();
				return;
			case EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS:
				getSubsections().clear();
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
			case EvaluationPackage.NARRATIVE_SECTION__KIND:
				return kind != KIND_EDEFAULT;
			case EvaluationPackage.NARRATIVE_SECTION__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case EvaluationPackage.NARRATIVE_SECTION__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case EvaluationPackage.NARRATIVE_SECTION__MODULE_ID:
				return MODULE_ID_EDEFAULT == null ? moduleId != null : !MODULE_ID_EDEFAULT.equals(moduleId);
			case EvaluationPackage.NARRATIVE_SECTION__PARAGRAPHS:
				return paragraphs != null && !paragraphs.isEmpty();
			case EvaluationPackage.NARRATIVE_SECTION__SUBSECTIONS:
				return subsections != null && !subsections.isEmpty();
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", number: "); //$NON-NLS-1$
		result.append(number);
		result.append(", title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", moduleId: "); //$NON-NLS-1$
		result.append(moduleId);
		result.append(", paragraphs: "); //$NON-NLS-1$
		result.append(paragraphs);
		result.append(')');
		return result.toString();
	}

} //NarrativeSectionImpl
