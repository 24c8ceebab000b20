package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Undoes the last change of the active evaluation (Ctrl+Z). */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor) {
		return editor != null && editor.session() != null && editor.session().domain().getCommandStack().canUndo();
	}

	@Execute
	void execute(EvaluationEditorPart editor) {
		editor.commitFieldInEdit();
		editor.session().domain().getCommandStack().undo();
	}
}
