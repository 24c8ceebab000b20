package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Drops the unsaved changes of the active evaluation after asking. */
public final class RevertHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor) {
		return editor != null && editor.key() != null && editor.part().isDirty();
	}

	@Execute
	void execute(EvaluationEditorPart editor, Shell shell) {
		if (MessageDialog.openConfirm(shell, Messages.RevertHandler_title, Messages.RevertHandler_question)) {
			editor.revert();
		}
	}
}
