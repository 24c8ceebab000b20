package org.jixiao.ui.internal.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;
import org.jixiao.ui.internal.Messages;

/**
 * Renders an evaluation's documents in the background. Progress goes to the job's monitor and to a
 * second monitor that the caller shows (called from the job's thread); {@link #cancel()} stops it
 * between two documents, leaving no half-written file. A failure is logged and reported to the
 * caller, who shows it; the job itself then ends normally, so that no second dialog appears.
 */
public final class ReportJob extends Job {

	/** The family of report jobs. */
	public static final Object FAMILY = ReportJob.class;

	/**
	 * What a finished job produced.
	 *
	 * @param files the files written, or empty
	 * @param error the failure's message, or {@code null}
	 * @param cancelled whether the officer cancelled it
	 */
	public record Outcome(List<Path> files, String error, boolean cancelled) {
	}

	private final EvaluationReports reports;
	private final Evaluation evaluation;
	private final Set<ReportFormat> formats;
	private final Path folder;
	private final ReportOptions options;
	private final ReportEvidence evidence;
	private final IProgressMonitor shown;
	private final Consumer<Outcome> done;

	/**
	 * @param reports the report service
	 * @param evaluation a copy of the evaluation, not changed while the job runs
	 * @param formats the formats
	 * @param folder the output folder
	 * @param options the fonts
	 * @param evidence the evaluation's evidence files, listed in the 自评报告
	 * @param shown the monitor the officer sees, called from the job's thread
	 * @param done told the outcome, from the job's thread
	 */
	public ReportJob(EvaluationReports reports, Evaluation evaluation, Set<ReportFormat> formats, Path folder, ReportOptions options,
			ReportEvidence evidence, IProgressMonitor shown, Consumer<Outcome> done) {
		super(NLS.bind(Messages.Report_job, folder));
		this.reports = reports;
		this.evaluation = evaluation;
		this.formats = formats;
		this.folder = folder;
		this.options = options;
		this.evidence = evidence;
		this.shown = shown;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IProgressMonitor both = both(monitor, shown);
		try {
			done.accept(new Outcome(reports.render(evaluation, formats, folder, options, evidence.files(), both), null, false));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			done.accept(new Outcome(List.of(), null, true));
			return Status.CANCEL_STATUS;
		} catch (ReportException e) {
			ILog.of(ReportJob.class).error(e.getMessage(), e);
			done.accept(new Outcome(List.of(), e.getMessage(), false));
			return Status.OK_STATUS;
		}
	}

	/** @return a monitor that reports to the job's monitor and to the one the officer sees */
	static IProgressMonitor both(IProgressMonitor monitor, IProgressMonitor shown) {
		return new ProgressMonitorWrapper(monitor) {
			@Override
			public void beginTask(String name, int totalWork) {
				super.beginTask(name, totalWork);
				shown.beginTask(name, totalWork);
			}

			@Override
			public void subTask(String name) {
				super.subTask(name);
				shown.subTask(name);
			}

			@Override
			public void worked(int work) {
				super.worked(work);
				shown.worked(work);
			}

			@Override
			public void internalWorked(double work) {
				super.internalWorked(work);
				shown.internalWorked(work);
			}

			@Override
			public void done() {
				super.done();
				shown.done();
			}
		};
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
