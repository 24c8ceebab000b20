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

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * This is the item provider adapter for a {@link org.jixiao.model.evaluation.Evaluation} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class EvaluationItemProvider 
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
	public EvaluationItemProvider(AdapterFactory adapterFactory) {
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

			addFiscalYearPropertyDescriptor(object);
			addMoneyUnitPropertyDescriptor(object);
			addRuleSetIdPropertyDescriptor(object);
			addStatusPropertyDescriptor(object);
			addPreparerPropertyDescriptor(object);
			addPreparedOnPropertyDescriptor(object);
			addFinalizedOnPropertyDescriptor(object);
			addTotalScorePropertyDescriptor(object);
			addGradePropertyDescriptor(object);
			addKindPropertyDescriptor(object);
			addProjectNamePropertyDescriptor(object);
			addProjectCodePropertyDescriptor(object);
			addIllustrativePropertyDescriptor(object);
			addFormatIdPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Fiscal Year feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFiscalYearPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_fiscalYear_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_fiscalYear_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__FISCAL_YEAR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Money Unit feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMoneyUnitPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_moneyUnit_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_moneyUnit_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__MONEY_UNIT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Rule Set Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addRuleSetIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_ruleSetId_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_ruleSetId_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__RULE_SET_ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Status feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addStatusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_status_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_status_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__STATUS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preparer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreparerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_preparer_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_preparer_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__PREPARER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Prepared On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreparedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_preparedOn_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_preparedOn_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__PREPARED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Finalized On feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFinalizedOnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_finalizedOn_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_finalizedOn_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__FINALIZED_ON,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Total Score feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTotalScorePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_totalScore_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_totalScore_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__TOTAL_SCORE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Grade feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGradePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_grade_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_grade_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__GRADE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_kind_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_kind_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Project Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProjectNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_projectName_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_projectName_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__PROJECT_NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Project Code feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addProjectCodePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_projectCode_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_projectCode_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__PROJECT_CODE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
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
				 getString("_UI_Evaluation_illustrative_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_illustrative_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__ILLUSTRATIVE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Format Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addFormatIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Evaluation_formatId_feature"), //$NON-NLS-1$
				 getString("_UI_PropertyDescriptor_description", "_UI_Evaluation_formatId_feature", "_UI_Evaluation_type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				 EvaluationPackage.Literals.EVALUATION__FORMAT_ID,
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
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__DEPARTMENT);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__BUDGET);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__GOALS);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__CATEGORIES);
			childrenFeatures.add(EvaluationPackage.Literals.EVALUATION__NARRATIVE);
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
	 * This returns Evaluation.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Evaluation")); //$NON-NLS-1$
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Evaluation)object).getProjectName();
		return label == null || label.length() == 0 ?
			getString("_UI_Evaluation_type") : //$NON-NLS-1$
			getString("_UI_Evaluation_type") + " " + label; //$NON-NLS-1$ //$NON-NLS-2$
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

		switch (notification.getFeatureID(Evaluation.class)) {
			case EvaluationPackage.EVALUATION__FISCAL_YEAR:
			case EvaluationPackage.EVALUATION__MONEY_UNIT:
			case EvaluationPackage.EVALUATION__RULE_SET_ID:
			case EvaluationPackage.EVALUATION__STATUS:
			case EvaluationPackage.EVALUATION__PREPARER:
			case EvaluationPackage.EVALUATION__PREPARED_ON:
			case EvaluationPackage.EVALUATION__FINALIZED_ON:
			case EvaluationPackage.EVALUATION__MODULE_DATA:
			case EvaluationPackage.EVALUATION__TOTAL_SCORE:
			case EvaluationPackage.EVALUATION__GRADE:
			case EvaluationPackage.EVALUATION__KIND:
			case EvaluationPackage.EVALUATION__PROJECT_NAME:
			case EvaluationPackage.EVALUATION__PROJECT_CODE:
			case EvaluationPackage.EVALUATION__ILLUSTRATIVE:
			case EvaluationPackage.EVALUATION__FORMAT_ID:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case EvaluationPackage.EVALUATION__DEPARTMENT:
			case EvaluationPackage.EVALUATION__BUDGET:
			case EvaluationPackage.EVALUATION__GOALS:
			case EvaluationPackage.EVALUATION__CATEGORIES:
			case EvaluationPackage.EVALUATION__NARRATIVE:
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
				(EvaluationPackage.Literals.EVALUATION__DEPARTMENT,
				 EvaluationFactory.eINSTANCE.createDepartment()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__BUDGET,
				 EvaluationFactory.eINSTANCE.createBudget()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__GOALS,
				 EvaluationFactory.eINSTANCE.createGoal()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__CATEGORIES,
				 EvaluationFactory.eINSTANCE.createIndicatorCategory()));

		newChildDescriptors.add
			(createChildParameter
				(EvaluationPackage.Literals.EVALUATION__NARRATIVE,
				 EvaluationFactory.eINSTANCE.createNarrativeSection()));
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
