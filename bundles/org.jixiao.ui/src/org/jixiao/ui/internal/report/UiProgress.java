package org.jixiao.ui.internal.report;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.wizard.ProgressMonitorPart;
import org.eclipse.swt.widgets.Display;

/** Forwards a job's progress to a progress part on the UI thread; cancellation stays with the job. */
final class UiProgress implements IProgressMonitor {

	private final ProgressMonitorPart part;
	private final Display display;

	UiProgress(ProgressMonitorPart part) {
		this.part = part;
		this.display = part.getDisplay();
	}

	private void ui(Runnable update) {
		display.asyncExec(() -> {
			if (!part.isDisposed()) {
				update.run();
			}
		});
	}

	@Override
	public void beginTask(String name, int totalWork) {
		ui(() -> part.beginTask(name, totalWork));
	}

	@Override
	public void done() {
		ui(part::done);
	}

	@Override
	public void internalWorked(double work) {
		ui(() -> part.internalWorked(work));
	}

	@Override
	public boolean isCanceled() {
		return false;
	}

	@Override
	public void setCanceled(boolean value) {
		// the job's own monitor carries cancellation
	}

	@Override
	public void setTaskName(String name) {
		ui(() -> part.setTaskName(name));
	}

	@Override
	public void subTask(String name) {
		ui(() -> part.subTask(name));
	}

	@Override
	public void worked(int work) {
		ui(() -> part.worked(work));
	}
}
