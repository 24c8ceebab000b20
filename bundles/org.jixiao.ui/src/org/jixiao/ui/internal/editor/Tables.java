package org.jixiao.ui.internal.editor;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/** Small builders for the editor's tables. */
final class Tables {

	private Tables() {
	}

	/**
	 * @param parent the parent
	 * @return a full-selection table viewer with visible header and lines
	 */
	static TableViewer viewer(Composite parent) {
		TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		return viewer;
	}

	/**
	 * @param viewer the viewer
	 * @param title the column's title
	 * @param width its width in pixels
	 * @param text the cell text of an element
	 * @return the column
	 */
	static TableViewerColumn column(TableViewer viewer, String title, int width, Function<Object, Object> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Fields.format(text.apply(element));
			}
		});
		return column;
	}

	/**
	 * @param parent the parent
	 * @param text the button's text
	 * @param action what it does
	 * @return the button
	 */
	static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.addListener(SWT.Selection, event -> action.run());
		return button;
	}
}
