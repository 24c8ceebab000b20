package org.jixiao.ui.internal.handlers;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.jixiao.ui.internal.editor.EvaluationEditorPart;

/** Closes the workbench after offering to save the dirty editors and waiting for the saves. */
public final class QuitHandler {

	@Execute
	void execute(IWorkbench workbench, EPartService parts) throws InterruptedException {
		if (parts.saveAll(true)) {
			Job.getJobManager().join(EvaluationEditorPart.SAVE_FAMILY, null);
			workbench.close();
		}
	}
}
