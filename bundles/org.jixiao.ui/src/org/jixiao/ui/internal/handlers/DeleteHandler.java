package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.navigator.EvaluationNavigatorPart;

import jakarta.inject.Named;

/**
 * Deletes the evaluation selected in the navigator after the officer confirms; an evaluation open
 * in an editor must be closed first, so that no typing is lost with it.
 */
public final class DeleteHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) EvaluationEntry entry) {
		return entry != null;
	}

	@Execute
	void execute(Shell shell, @Named(IServiceConstants.ACTIVE_SELECTION) EvaluationEntry entry, @Service EvaluationRepository repository,
			EPartService parts) {
		for (MPart part : parts.getParts()) {
			if (EvaluationEditors.DESCRIPTOR.equals(part.getElementId()) && part.isToBeRendered()
					&& entry.id().equals(part.getPersistedState().get(EvaluationEditorPart.EVALUATION_KEY))) {
				MessageDialog.openInformation(shell, Messages.Delete_title, NLS.bind(Messages.Delete_open, part.getLabel()));
				return;
			}
		}
		if (!MessageDialog.openConfirm(shell, Messages.Delete_title,
				NLS.bind(Messages.Delete_confirm, new Object[] { entry.department(), entry.fiscalYear(), entry.id() }))) {
			return;
		}
		try {
			repository.delete(entry.id());
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Delete_title, e.getMessage());
		}
		if (parts.findPart(RefreshHandler.NAVIGATOR) instanceof MPart navigator
				&& navigator.getObject() instanceof EvaluationNavigatorPart view) {
			view.refresh();
		}
	}
}
