package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.NewEvaluationDialog;
import org.jixiao.ui.preferences.JixiaoPreferences;

/** Creates an evaluation from the chosen modules' templates, stores it and opens it. */
public final class NewEvaluationHandler {

	@Execute
	void execute(Shell shell, EPartService parts, EModelService models, MApplication application, IEventBroker events,
			@Service EvaluationRepository repository,
			@Preference(nodePath = JixiaoPreferences.NODE, value = JixiaoPreferences.RULE_SET) String ruleSet,
			@Preference(nodePath = JixiaoPreferences.NODE, value = JixiaoPreferences.USER_NAME) String user) {
		NewEvaluationDialog dialog = new NewEvaluationDialog(shell, ruleSet == null ? JixiaoPreferences.DEFAULT_RULE_SET : ruleSet,
				user == null || user.isBlank() ? System.getProperty("user.name") : user, //$NON-NLS-1$
				ModuleRegistry.getDefault().modules());
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			String key = repository.save(null, dialog.evaluation());
			events.post(EvaluationEditorPart.SAVED_TOPIC, key);
			EvaluationEditors.open(key, parts, models, application);
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Editor_saveFailedTitle, e.getMessage());
			EvaluationEditors.openNew(dialog.evaluation(), parts, models, application);
		}
	}
}
