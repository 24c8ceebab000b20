package org.jixiao.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.interchange.ExportWizard;

/** Exports the evaluation of the active editor, as it is on the screen, as an official .xlsx table or as XMI. */
public final class ExportHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor) {
		return editor != null && editor.session() != null;
	}

	@Execute
	void execute(Shell shell, EvaluationEditorPart editor) {
		editor.commitFieldInEdit();
		Path folder = Path.of(System.getProperty("user.home")); //$NON-NLS-1$
		new WizardDialog(shell, new ExportWizard(EcoreUtil.copy(editor.session().evaluation()), folder)).open();
	}
}
