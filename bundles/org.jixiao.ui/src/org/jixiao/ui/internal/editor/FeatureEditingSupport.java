package org.jixiao.ui.internal.editor;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewer;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.widgets.Composite;

/**
 * Edits one attribute of a table's rows in place through a {@link SetCommand}. A value that does not
 * convert is not set; the status consumer gets the message instead.
 */
public final class FeatureEditingSupport extends EditingSupport {

	private final EditingDomain domain;
	private final Function<Object, EObject> owner;
	private final EAttribute attribute;
	private final String name;
	private final Consumer<IStatus> status;
	private final TextCellEditor editor;

	/**
	 * @param viewer the viewer
	 * @param domain the editing domain
	 * @param owner the object of a row that holds the attribute, or {@code null} for none
	 * @param attribute the attribute edited
	 * @param name the column's name, for messages
	 * @param status where a conversion error goes (and OK after a good value)
	 */
	public FeatureEditingSupport(ColumnViewer viewer, EditingDomain domain, Function<Object, EObject> owner,
			EAttribute attribute, String name, Consumer<IStatus> status) {
		super(viewer);
		this.domain = domain;
		this.owner = owner;
		this.attribute = attribute;
		this.name = name;
		this.status = status;
		this.editor = new TextCellEditor((Composite) viewer.getControl());
	}

	@Override
	protected CellEditor getCellEditor(Object element) {
		return editor;
	}

	@Override
	protected boolean canEdit(Object element) {
		return owner.apply(element) != null;
	}

	@Override
	protected Object getValue(Object element) {
		return Fields.format(owner.apply(element).eGet(attribute));
	}

	@Override
	protected void setValue(Object element, Object value) {
		EObject object = owner.apply(element);
		IStatus validation = Fields.validate(attribute, name, (String) value);
		status.accept(validation);
		if (!validation.isOK()) {
			return;
		}
		Object converted = Fields.convert(attribute, (String) value);
		if (!Objects.equals(converted, object.eGet(attribute)) && !(converted == null && "".equals(object.eGet(attribute)))) { //$NON-NLS-1$
			domain.getCommandStack().execute(SetCommand.create(domain, object, attribute, converted));
		}
	}
}
