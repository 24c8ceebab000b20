package org.jixiao.ui.internal.navigator;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Opens evaluations in editor parts of the editor stack, one part per evaluation. */
public final class EvaluationEditors {

	/** The id of the editor's part descriptor in {@code Application.e4xmi}. */
	public static final String DESCRIPTOR = "org.jixiao.ui.partdescriptor.evaluationEditor"; //$NON-NLS-1$
	/** The id of the part stack where editors open. */
	public static final String STACK = "org.jixiao.ui.partstack.editors"; //$NON-NLS-1$

	private EvaluationEditors() {
	}

	/**
	 * Shows the editor of a stored evaluation, opening it when it is not open yet.
	 *
	 * @param key the evaluation's key in the repository
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 * @return the editor's part
	 */
	public static MPart open(String key, EPartService parts, EModelService models, MApplication application) {
		for (MPart part : parts.getParts()) {
			if (DESCRIPTOR.equals(part.getElementId()) && key.equals(part.getPersistedState().get(EvaluationEditorPart.EVALUATION_KEY))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(DESCRIPTOR);
		part.getPersistedState().put(EvaluationEditorPart.EVALUATION_KEY, key);
		return show(part, parts, models, application);
	}

	/**
	 * Opens an editor on a new, unsaved evaluation.
	 *
	 * @param evaluation the evaluation
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 * @return the editor's part
	 */
	public static MPart openNew(Evaluation evaluation, EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.createPart(DESCRIPTOR);
		part.getTransientData().put(EvaluationEditorPart.NEW_EVALUATION, evaluation);
		return show(part, parts, models, application);
	}

	private static MPart show(MPart part, EPartService parts, EModelService models, MApplication application) {
		if (models.find(STACK, application) instanceof MPartStack stack) {
			stack.getChildren().add(part);
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
