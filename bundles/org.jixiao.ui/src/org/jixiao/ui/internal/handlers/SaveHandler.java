package org.jixiao.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Saves the active evaluation to the repository (Ctrl+S). */
public final class SaveHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor) {
		return editor != null && editor.part().isDirty();
	}

	@Execute
	void execute(EvaluationEditorPart editor) {
		editor.save();
	}
}
