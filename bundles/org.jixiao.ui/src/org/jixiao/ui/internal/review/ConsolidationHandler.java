package org.jixiao.ui.internal.review;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.internal.navigator.EvaluationEditors;

/**
 * Shows the 财政局汇总 view ({@link ConsolidationPart}) in the editor area, opening it once; enabled
 * where the repository keeps the review chain. Which evaluations it consolidates is the store's
 * business: every unit's for the bureau and in the embedded single-user store, a unit's own for its
 * officer.
 */
public final class ConsolidationHandler {

	@CanExecute
	boolean canExecute(@Optional @Service EvaluationRepository repository) {
		return repository != null && repository.supportsReview();
	}

	@Execute
	void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(ConsolidationPart.DESCRIPTOR);
		if (part == null) {
			part = parts.createPart(ConsolidationPart.DESCRIPTOR);
			if (models.find(EvaluationEditors.STACK, application) instanceof MPartStack stack) {
				stack.getChildren().add(part);
			}
		}
		parts.showPart(part, PartState.ACTIVATE);
	}
}
