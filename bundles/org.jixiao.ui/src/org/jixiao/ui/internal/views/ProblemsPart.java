package org.jixiao.ui.internal.views;

import java.util.List;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.editor.Fields;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The problems of the active evaluation as validation finds them after every change: severity,
 * row path and message, the reviewer's comments of a returned evaluation on their rows, and for a
 * department's evaluation the budget projects whose amounts differ from their project evaluations'. A
 * double-click shows the field or row in the editor.
 */
public final class ProblemsPart {

	private TableViewer viewer;
	private Label summary;
	private EvaluationEditorPart editor;
	private final Runnable listener = this::update;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new GridLayout());
		summary = new Label(parent, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.getTable().setData(Fields.FEATURE, "problems"); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column(Messages.ProblemsPart_severity, 70, ProblemsPart::severity);
		column(Messages.ProblemsPart_path, 300, ProblemsPart::place);
		column(Messages.ProblemsPart_message, 700, ProblemsPart::message);
		viewer.addDoubleClickListener(event -> {
			if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Diagnostic diagnostic && editor != null
					&& object(diagnostic) != null) {
				editor.reveal(object(diagnostic), feature(diagnostic));
			}
		});
		update();
	}

	private void column(String title, int width, java.util.function.Function<Diagnostic, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Diagnostic) element);
			}

			@Override
			public Color getForeground(Object element) {
				return ((Diagnostic) element).getSeverity() == Diagnostic.ERROR
						? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
			}
		});
	}

	/** Follows the active evaluation editor. */
	@Inject
	void setEditor(@Optional EvaluationEditorPart active) {
		if (active == editor) {
			return;
		}
		if (editor != null) {
			editor.removeListener(listener);
		}
		editor = active;
		if (editor != null) {
			editor.addListener(listener);
		}
		update();
	}

	private void update() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Diagnostic> problems = editor == null || editor.session() == null ? List.of()
				: java.util.stream.Stream.of(editor.reviewProblems(), editor.reconciliationProblems(), editor.session().diagnostic().getChildren())
						.flatMap(List::stream).toList();
		long errors = problems.stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).count();
		summary.setText(NLS.bind(Messages.ProblemsPart_summary, errors, problems.size() - errors));
		viewer.setInput(problems);
	}

	/** @return the problem's severity as the officer reads it */
	public static String severity(Diagnostic diagnostic) {
		return switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR -> Messages.ProblemsPart_error;
			case Diagnostic.WARNING -> Messages.ProblemsPart_warning;
			default -> Messages.ProblemsPart_info;
		};
	}

	/** @return the row path of the problem's object, or an empty string */
	public static String place(Diagnostic diagnostic) {
		return object(diagnostic) == null ? "" : RowPaths.of(object(diagnostic)); //$NON-NLS-1$
	}

	/** @return the message without the row path that the validator puts in front */
	public static String message(Diagnostic diagnostic) {
		String message = diagnostic.getMessage();
		EObject object = object(diagnostic);
		String prefix = object == null ? null : RowPaths.of(object) + ": "; //$NON-NLS-1$
		return prefix != null && message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	private static EObject object(Diagnostic diagnostic) {
		return !diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject object ? object : null;
	}

	private static EStructuralFeature feature(Diagnostic diagnostic) {
		return diagnostic.getData().size() > 1 && diagnostic.getData().get(1) instanceof EStructuralFeature feature ? feature : null;
	}

	@PreDestroy
	void dispose() {
		if (editor != null) {
			editor.removeListener(listener);
		}
	}
}
