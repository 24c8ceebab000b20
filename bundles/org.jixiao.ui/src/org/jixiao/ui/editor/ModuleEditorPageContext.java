package org.jixiao.ui.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;

/** What a {@link ModuleEditorPage} works on; given by the editor. */
public interface ModuleEditorPageContext {

	/** @return the module's id, as in {@code Indicator.moduleId} */
	String moduleId();

	/** @return the evaluation being edited */
	Evaluation evaluation();

	/** @return the editing domain whose command stack every change goes through */
	EditingDomain editingDomain();

	/**
	 * Reports the object the officer selected on the page, for the Properties part.
	 *
	 * @param object an object of the evaluation
	 */
	void select(EObject object);

	/** @return the module's indicators as they are now, in table order */
	List<Indicator> indicators();

	/**
	 * @return the evidence files (佐证材料) of the evaluation, for the page's rows; attach them to a
	 *         table with {@link EvidenceSupport}
	 */
	EvidenceFiles evidence();
}
