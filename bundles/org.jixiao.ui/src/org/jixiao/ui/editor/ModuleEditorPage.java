package org.jixiao.ui.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jixiao.core.evaluation.ScoreSheet;

/**
 * A page of the evaluation editor for one business module. Every change it makes to the model must
 * go through {@link ModuleEditorPageContext#editingDomain()}'s command stack, so that undo, redo,
 * the dirty marker and live scoring see it. Called on the UI thread only.
 */
public interface ModuleEditorPage {

	/**
	 * @param parent the page's parent in the editor
	 * @param context the evaluation, its editing domain and the module
	 * @return the page's control
	 */
	Control createControl(Composite parent, ModuleEditorPageContext context);

	/**
	 * Called after every change to the evaluation, once it was scored again.
	 *
	 * @param sheet the new scores
	 */
	void scored(ScoreSheet sheet);

	/**
	 * Shows an object of the evaluation and focuses the field of one of its features.
	 *
	 * @param object an object of the evaluation
	 * @param feature the feature to focus, or {@code null}
	 * @return whether this page shows the object
	 */
	boolean reveal(EObject object, EStructuralFeature feature);

	/** Releases what the page holds; its control is disposed by the editor. */
	void dispose();
}
