package org.jixiao.ui.internal.views;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.core.runtime.IStatus;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The properties of the selected row, as the model's item providers describe them (zh labels).
 * Text, number and decimal properties are edited in place; the item property descriptor sets them
 * through the editing domain's command stack.
 */
public final class PropertiesPart {

	/**
	 * A property of the selected object.
	 *
	 * @param object the object
	 * @param descriptor the item provider's descriptor
	 */
	record Property(EObject object, IItemPropertyDescriptor descriptor) {
	}

	private TableViewer viewer;
	private Label title;
	private Label status;
	private EvaluationEditorPart editor;
	private EObject shown;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		title = new Label(parent, SWT.NONE);
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		TableViewerColumn name = new TableViewerColumn(viewer, SWT.LEFT);
		name.getColumn().setText(Messages.PropertiesPart_property);
		name.getColumn().setWidth(160);
		name.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((Property) element).descriptor().getDisplayName(((Property) element).object());
			}
		});
		TableViewerColumn value = new TableViewerColumn(viewer, SWT.LEFT);
		value.getColumn().setText(Messages.PropertiesPart_value);
		value.getColumn().setWidth(420);
		value.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				Property property = (Property) element;
				Object raw = property.descriptor().getPropertyValue(property.object());
				return property.descriptor().getLabelProvider(property.object()).getText(raw);
			}
		});
		value.setEditingSupport(new ValueEditing(viewer));
	}

	/** Follows the active evaluation editor. */
	@Inject
	void setEditor(@Optional EvaluationEditorPart active) {
		editor = active;
		if (active == null) {
			show(null);
		}
	}

	/** Shows the object selected in the editor or the outline; other selections keep what is shown. */
	@Inject
	void setSelection(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) EObject selected) {
		if (selected != null) {
			show(selected);
		}
	}

	private void show(EObject object) {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		shown = object;
		Object source = object == null || editor == null || editor.session() == null ? null
				: editor.session().adapterFactory().adapt(object, IItemPropertySource.class);
		List<Property> properties = source instanceof IItemPropertySource items
				? items.getPropertyDescriptors(object).stream().map(d -> new Property(object, d)).toList() : List.of();
		title.setText(object == null ? "" : RowPaths.of(object)); //$NON-NLS-1$
		viewer.setInput(properties);
	}

	/** Edits text, number and decimal properties through the descriptor, which runs a command. */
	private final class ValueEditing extends EditingSupport {

		private final TextCellEditor cell;

		ValueEditing(TableViewer viewer) {
			super(viewer);
			cell = new TextCellEditor(viewer.getTable());
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return cell;
		}

		@Override
		protected boolean canEdit(Object element) {
			Property property = (Property) element;
			return property.descriptor().canSetProperty(property.object())
					&& property.descriptor().getFeature(property.object()) instanceof EAttribute attribute
					&& !attribute.isMany() && isText(attribute);
		}

		private static boolean isText(EAttribute attribute) {
			Class<?> type = attribute.getEAttributeType().getInstanceClass();
			return type == String.class || type == java.math.BigDecimal.class || type == int.class;
		}

		@Override
		protected Object getValue(Object element) {
			Property property = (Property) element;
			EAttribute attribute = (EAttribute) property.descriptor().getFeature(property.object());
			return Fields.format(property.object().eGet(attribute));
		}

		@Override
		protected void setValue(Object element, Object value) {
			Property property = (Property) element;
			EAttribute attribute = (EAttribute) property.descriptor().getFeature(property.object());
			IStatus validation = Fields.validate(attribute, property.descriptor().getDisplayName(property.object()), (String) value);
			status.setText(validation.isOK() ? "" : validation.getMessage()); //$NON-NLS-1$
			status.getParent().layout();
			if (validation.isOK()) {
				property.descriptor().setPropertyValue(property.object(), Fields.convert(attribute, (String) value));
				show(shown);
			}
		}
	}
}
