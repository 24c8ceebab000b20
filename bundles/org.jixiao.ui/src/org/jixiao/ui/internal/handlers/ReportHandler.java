package org.jixiao.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportRenderer;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.report.ReportDialog;
import org.jixiao.ui.internal.report.ReportEvidence;
import org.jixiao.ui.internal.report.ReportPreviewPart;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * Generates the documents of the evaluation in the active editor, as it is on the screen (saved or
 * not), with the report fonts of the preferences; the problems of its validation are listed before a
 * final report is rendered.
 */
public final class ReportHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor, @Optional @Service ReportRenderer renderer) {
		return editor != null && editor.session() != null && renderer != null;
	}

	@Execute
	void execute(Shell shell, EvaluationEditorPart editor, @Service ReportRenderer renderer, @Service EvaluationRepository repository,
			EPartService parts, EModelService models, MApplication application,
			@Preference(nodePath = JixiaoPreferences.NODE) IEclipsePreferences preferences) {
		editor.commitFieldInEdit();
		Evaluation copy = EcoreUtil.copy(editor.session().evaluation());
		ReportEvidence evidence;
		try {
			evidence = ReportEvidence.of(repository, editor.key());
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Report_title, e.getMessage());
			return;
		}
		new ReportDialog(shell, copy, new EvaluationReports(renderer), JixiaoPreferences.reportOptions(preferences), evidence, defaultFolder(copy),
				html -> ReportPreviewPart.show(html, parts, models, application), editor.session().diagnostic().getChildren()).open();
	}

	/** @return {@code ~/jixiao/reports/<year>-<department>} */
	static Path defaultFolder(Evaluation evaluation) {
		String department = evaluation.getDepartment() == null || evaluation.getDepartment().getName() == null ? "" //$NON-NLS-1$
				: evaluation.getDepartment().getName().replaceAll("[\\\\/:*?\"<>|\\s]+", "_"); //$NON-NLS-1$ //$NON-NLS-2$
		return Path.of(System.getProperty("user.home"), "jixiao", "reports", evaluation.getFiscalYear() + "-" + department); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
