package org.jixiao.ui.internal.handlers;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportRenderer;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;
import org.jixiao.ui.internal.report.PackageDialog;
import org.jixiao.ui.internal.report.ReportEvidence;
import org.jixiao.ui.preferences.JixiaoPreferences;

/**
 * 文件 &gt; 导出报送包…: writes the submission package of the evaluation in the active editor, as it is on
 * the screen, the same zip as {@code jixiao package}.
 */
public final class PackageHandler {

	@CanExecute
	boolean canExecute(@Optional EvaluationEditorPart editor, @Optional @Service ReportRenderer renderer) {
		return editor != null && editor.session() != null && renderer != null;
	}

	@Execute
	void execute(Shell shell, EvaluationEditorPart editor, @Service ReportRenderer renderer, @Service EvaluationRepository repository,
			@Preference(nodePath = JixiaoPreferences.NODE) IEclipsePreferences preferences) {
		editor.commitFieldInEdit();
		Evaluation copy = EcoreUtil.copy(editor.session().evaluation());
		RuleSet rules;
		try {
			rules = RuleSetService.getDefault().rulesFor(copy);
		} catch (RuleSetException e) {
			MessageDialog.openError(shell, Messages.Package_title, e.getMessage());
			return;
		}
		ReportEvidence evidence;
		try {
			evidence = ReportEvidence.of(repository, editor.key());
		} catch (RepositoryException e) {
			MessageDialog.openError(shell, Messages.Package_title, e.getMessage());
			return;
		}
		new PackageDialog(shell, copy, rules, new EvaluationReports(renderer), JixiaoPreferences.reportOptions(preferences), evidence,
				ReportHandler.defaultFolder(copy)).open();
	}
}
