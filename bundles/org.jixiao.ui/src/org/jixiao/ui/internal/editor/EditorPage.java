package org.jixiao.ui.internal.editor;

import java.net.URL;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.jixiao.core.evaluation.ScoreSheet;

/** A page of the evaluation editor. */
interface EditorPage {

	/** @return the page's tab title */
	String title();

	/** @return the page's tab icon, if it has one */
	default Optional<URL> icon() {
		return Optional.empty();
	}

	/**
	 * Called when the page is first shown.
	 *
	 * @param parent the tab folder
	 * @return the page's control
	 */
	Control createControl(Composite parent);

	/**
	 * Called after every change, once the evaluation was scored and validated again.
	 *
	 * @param sheet the scores
	 */
	void scored(ScoreSheet sheet);

	/**
	 * @param object an object of the evaluation
	 * @param feature the feature to focus, or {@code null}
	 * @return whether the page shows the object (and has selected it)
	 */
	boolean reveal(EObject object, EStructuralFeature feature);

	/** Releases what the page holds; called only for a page whose control was created. */
	void dispose();
}
