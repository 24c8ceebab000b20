package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.interchange.ImportWizard;
import org.jixiao.ui.internal.navigator.EvaluationEditors;

/**
 * Imports an official table or an XMI file into the store, after a preview, and opens it; or every table
 * of a folder, after which the navigator lists them.
 */
public final class ImportHandler {

	@Execute
	void execute(Shell shell, @Service EvaluationRepository repository, IEventBroker events, EPartService parts, EModelService models,
			MApplication application) {
		new WizardDialog(shell, new ImportWizard(repository, key -> {
			events.post(EvaluationEditorPart.SAVED_TOPIC, key);
			EvaluationEditors.open(key, parts, models, application);
		}, keys -> events.post(EvaluationEditorPart.SAVED_TOPIC, keys.get(keys.size() - 1)))).open();
	}
}
