package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;

import jakarta.inject.Named;

/**
 * Starts a new year's draft from the evaluation selected in the navigator (targets and weights
 * carried over, actual values cleared), stores it and opens it.
 */
public final class CopyToNewYearHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) EvaluationEntry entry) {
		return entry != null;
	}

	@Execute
	void execute(Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) EvaluationEntry entry, @Service EvaluationRepository repository,
			IEventBroker events, EPartService parts, EModelService models, MApplication application) {
		InputDialog dialog = new InputDialog(shell, Messages.CopyYear_title,
				NLS.bind(Messages.CopyYear_message, entry.department(), entry.fiscalYear()), String.valueOf(entry.fiscalYear() + 1),
				CopyToNewYearHandler::checkYear);
		if (dialog.open() != Window.OK) {
			return;
		}
		try {
			String key = repository.copyToNewYear(entry.id(), Integer.parseInt(dialog.getValue().strip()));
			events.post(EvaluationEditorPart.SAVED_TOPIC, key);
			EvaluationEditors.open(key, parts, models, application);
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.CopyYear_title, e.getMessage());
		}
	}

	/** @return why the text is not a fiscal year, or {@code null} when it is one */
	static String checkYear(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			if (year >= 2000 && year <= 2100) {
				return null;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		return NLS.bind(Messages.CopyYear_badYear, text);
	}
}
