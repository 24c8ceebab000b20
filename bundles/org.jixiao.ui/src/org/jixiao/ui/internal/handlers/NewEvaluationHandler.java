package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.NewEvaluationDialog;
import org.jixiao.ui.preferences.JixiaoPreferences;

/** Creates an evaluation and opens it, unsaved, in an editor. */
public final class NewEvaluationHandler {

	@Execute
	void execute(Shell shell, EPartService parts, EModelService models, MApplication application,
			@Preference(nodePath = JixiaoPreferences.NODE, value = JixiaoPreferences.RULE_SET) String ruleSet,
			@Preference(nodePath = JixiaoPreferences.NODE, value = JixiaoPreferences.USER_NAME) String user) {
		NewEvaluationDialog dialog = new NewEvaluationDialog(shell, ruleSet == null ? JixiaoPreferences.DEFAULT_RULE_SET : ruleSet,
				user == null ? System.getProperty("user.name") : user); //$NON-NLS-1$
		if (dialog.open() == Window.OK) {
			EvaluationEditors.openNew(dialog.evaluation(), parts, models, application);
		}
	}
}
