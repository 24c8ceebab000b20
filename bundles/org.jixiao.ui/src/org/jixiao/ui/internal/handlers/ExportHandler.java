package org.jixiao.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Exports the evaluation of the active editor, as it is on the screen, as an official .xlsx table or as XMI. */
public final class ExportHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor) {
		return editor != null && editor.session() != null;
	}

	@Execute
	void execute(Shell shell, EvaluationEditorPart editor) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.Export_title);
		dialog.setFilterExtensions(new String[] { "*.xlsx", "*.xmi" }); //$NON-NLS-1$ //$NON-NLS-2$
		dialog.setFilterNames(new String[] { Messages.Export_xlsx, Messages.Export_xmi });
		dialog.setOverwrite(true);
		editor.commitFieldInEdit();
		Evaluation evaluation = editor.session().evaluation();
		dialog.setFileName(evaluation.getFiscalYear() + "-" //$NON-NLS-1$
				+ (evaluation.getDepartment() == null ? "" : evaluation.getDepartment().getName()) + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
		String chosen = dialog.open();
		if (chosen == null) {
			return;
		}
		try {
			export(EcoreUtil.copy(evaluation), Path.of(chosen));
		} catch (IOException | EvaluationFileException e) {
			MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, chosen, e.getMessage()));
		}
	}

	/**
	 * @param evaluation the evaluation
	 * @param file a {@code .xmi} file for XMI, any other for the official table
	 */
	static void export(Evaluation evaluation, Path file) throws IOException, EvaluationFileException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xmi")) { //$NON-NLS-1$
			XmiInterchange.write(evaluation, file);
		} else {
			new XlsxExporter().write(evaluation, file);
		}
	}
}
