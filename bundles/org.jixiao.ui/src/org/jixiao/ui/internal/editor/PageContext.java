package org.jixiao.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.jixiao.model.evaluation.Evaluation;

/**
 * What the editor's pages share.
 *
 * @param session the open evaluation
 * @param selection where a page reports the object the officer selected
 * @param evidence the evaluation's evidence files
 * @param projects the project evaluations of a department's evaluation
 */
record PageContext(EvaluationSession session, Consumer<Object> selection, EditorEvidence evidence, EditorProjects projects) {

	/** @return the evaluation */
	Evaluation evaluation() {
		return session.evaluation();
	}

	/** @return the editing domain */
	EditingDomain domain() {
		return session.domain();
	}
}
