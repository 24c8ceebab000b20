package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;

/** Reads the list of evaluations again. */
public final class RefreshHandler {

	/** The id of the navigator part. */
	static final String NAVIGATOR = "org.jixiao.ui.part.navigator"; //$NON-NLS-1$

	@Execute
	void execute(EPartService parts) {
		MPart part = parts.findPart(NAVIGATOR);
		if (part != null && part.getObject() instanceof EvaluationNavigatorPart navigator) {
			navigator.refresh();
		}
	}
}
