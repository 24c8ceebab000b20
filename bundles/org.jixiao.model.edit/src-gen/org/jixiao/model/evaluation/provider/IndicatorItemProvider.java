/**
 */
package org.jixiao.model.evaluation.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;

/**
 * This is the item provider adapter for a {@link org.jixiao.model.evaluation.Indicator} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class IndicatorItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addModuleIdPropertyDescriptor(object);
			addComparatorPropertyDescriptor(object);
			addTargetTextPropertyDescriptor(object);
			addTargetValuePropertyDescriptor(object);
			addTargetUnitPropertyDescriptor(object);
			addActualTextPropertyDescriptor(object);
			addActualValuePropertyDescriptor(object);
			addActualUnitPropertyDescriptor(object);
			addWeightPropertyDescriptor(object);
			addStatedScorePropertyDescriptor(object);
			addScorePropertyDescriptor(object);
			addScoreExplanationPropertyDescriptor(object);
			addDeviationReasonPropertyDescriptor(object);
			addImprovementMeasuresPropertyDescriptor(object);
			addCorePropertyDescriptor(object);
			addEvidencePropertyDescriptor(object);
			addUidPropertyDescriptor(object);
			addActualByHandPropertyDescriptor(object);
			addIllustrativePropertyDescriptor(object);
			addNotApplicablePropertyDescriptor(object);
			addInitialTargetTextPropertyDescriptor(object);
			addTargetBasisPropertyDescriptor(object);
			addScoringCriterionPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_name_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_name_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Module Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModuleIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_moduleId_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_moduleId_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__MODULE_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Comparator feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addComparatorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_comparator_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_comparator_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__COMPARATOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_targetText_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_targetText_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__TARGET_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_targetValue_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_targetValue_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__TARGET_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_targetUnit_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_targetUnit_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__TARGET_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_actualText_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_actualText_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__ACTUAL_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Value feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualValuePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_actualValue_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_actualValue_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__ACTUAL_VALUE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_actualUnit_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_actualUnit_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__ACTUAL_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_weight_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_weight_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Stated Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatedScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_statedScore_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_statedScore_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__STATED_SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_score_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_score_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Score Explanation feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScoreExplanationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_scoreExplanation_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_scoreExplanation_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__SCORE_EXPLANATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Deviation Reason feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDeviationReasonPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_deviationReason_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_deviationReason_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__DEVIATION_REASON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Improvement Measures feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addImprovementMeasuresPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_improvementMeasures_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_improvementMeasures_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__IMPROVEMENT_MEASURES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Core feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_core_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_core_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__CORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Evidence feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEvidencePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_evidence_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_evidence_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__EVIDENCE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uid feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUidPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_uid_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_uid_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__UID,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Actual By Hand feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addActualByHandPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_actualByHand_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_actualByHand_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__ACTUAL_BY_HAND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Illustrative feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIllustrativePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_illustrative_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_illustrative_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__ILLUSTRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Not Applicable feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNotApplicablePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_notApplicable_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_notApplicable_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__NOT_APPLICABLE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Initial Target Text feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInitialTargetTextPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_initialTargetText_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_initialTargetText_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__INITIAL_TARGET_TEXT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target Basis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetBasisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_targetBasis_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_targetBasis_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__TARGET_BASIS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Scoring Criterion feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addScoringCriterionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Indicator_scoringCriterion_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Indicator_scoringCriterion_feature", "_UI_Indicator_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.INDICATOR__SCORING_CRITERION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(EvaluationPackage.Literals.INDICATOR__ADJUSTMENT);
			childrenFeatures.add(EvaluationPackage.Literals.INDICATOR__DETAILS);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns Indicator.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Indicator")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Indicator)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Indicator_type") : //$NON-NLS-1$
			getString("_UI_Indicator_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Indicator.class)) {
			case EvaluationPackage.INDICATOR__NAME:
			case EvaluationPackage.INDICATOR__MODULE_ID:
			case EvaluationPackage.INDICATOR__COMPARATOR:
			case EvaluationPackage.INDICATOR__TARGET_TEXT:
			case EvaluationPackage.INDICATOR__TARGET_VALUE:
			case EvaluationPackage.INDICATOR__TARGET_UNIT:
			case EvaluationPackage.INDICATOR__ACTUAL_TEXT:
			case EvaluationPackage.INDICATOR__ACTUAL_VALUE:
			case EvaluationPackage.INDICATOR__ACTUAL_UNIT:
			case EvaluationPackage.INDICATOR__WEIGHT:
			case EvaluationPackage.INDICATOR__STATED_SCORE:
			case EvaluationPackage.INDICATOR__SCORE:
			case EvaluationPackage.INDICATOR__SCORE_EXPLANATION:
			case EvaluationPackage.INDICATOR__DEVIATION_REASON:
			case EvaluationPackage.INDICATOR__IMPROVEMENT_MEASURES:
			case EvaluationPackage.INDICATOR__CORE:
			case EvaluationPackage.INDICATOR__EVIDENCE:
			case EvaluationPackage.INDICATOR__UID:
			case EvaluationPackage.INDICATOR__ACTUAL_BY_HAND:
			case EvaluationPackage.INDICATOR__ILLUSTRATIVE:
			case EvaluationPackage.INDICATOR__NOT_APPLICABLE:
			case EvaluationPackage.INDICATOR__INITIAL_TARGET_TEXT:
			case EvaluationPackage.INDICATOR__TARGET_BASIS:
			case EvaluationPackage.INDICATOR__SCORING_CRITERION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EvaluationPackage.INDICATOR__ADJUSTMENT:
			case EvaluationPackage.INDICATOR__DETAILS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.INDICATOR__ADJUSTMENT,
				 EvaluationFactory.eINSTANCE.createScoreAdjustment()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.INDICATOR__DETAILS,
				 EvaluationFactory.eINSTANCE.createIndicatorDetail()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return EvaluationEditPlugin.INSTANCE;
	}

}
