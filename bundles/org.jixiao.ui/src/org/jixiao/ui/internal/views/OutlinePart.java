package org.jixiao.ui.internal.views;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.WeightedGroup;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The indicator tree (一级 / 二级 / 三级) of the active evaluation, labelled by the model's item
 * providers. Selecting a node shows it in the Properties part; a double-click shows it in the editor.
 */
public final class OutlinePart {

	@Inject
	private ESelectionService selection;

	private Composite parent;
	private TreeViewer viewer;
	private EvaluationEditorPart editor;
	private Object shownSession;
	private final Runnable listener = () -> {
		if (editor != null && editor.session() != shownSession) {
			show();
		}
	};

	@PostConstruct
	void create(Composite composite) {
		parent = composite;
		parent.setLayout(new FillLayout());
		show();
	}

	/** Follows the active evaluation editor. */
	@Inject
	void setEditor(@Optional EvaluationEditorPart active) {
		if (active != editor) {
			if (editor != null) {
				editor.removeListener(listener);
			}
			editor = active;
			if (editor != null) {
				editor.addListener(listener);
			}
			show();
		}
	}

	private void show() {
		if (parent == null || parent.isDisposed()) {
			return;
		}
		if (viewer != null) {
			viewer.getControl().dispose();
			viewer = null;
		}
		shownSession = editor == null ? null : editor.session();
		if (editor != null && editor.session() != null) {
			viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
			ItemProviderContent content = new ItemProviderContent(editor.session().adapterFactory(),
					child -> child instanceof WeightedGroup || child instanceof Indicator);
			viewer.setContentProvider(content);
			viewer.setLabelProvider(content);
			Evaluation evaluation = editor.session().evaluation();
			viewer.setInput(evaluation);
			viewer.expandToLevel(2);
			viewer.addSelectionChangedListener(event -> {
				Object selected = event.getStructuredSelection().getFirstElement();
				if (selected != null) {
					selection.setSelection(selected);
				}
			});
			EvaluationEditorPart shownEditor = editor;
			viewer.addDoubleClickListener(event -> {
				if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof EObject object) {
					shownEditor.reveal(object, null);
				}
			});
		}
		parent.layout();
	}

	@PreDestroy
	void dispose() {
		if (editor != null) {
			editor.removeListener(listener);
		}
	}
}
