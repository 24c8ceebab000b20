package org.jixiao.ui.internal.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportOptions;
import org.jixiao.report.SubmissionPackage;
import org.jixiao.ui.internal.Messages;

/**
 * Writes an evaluation's submission package ({@link SubmissionPackage}, the zip {@code jixiao package}
 * writes) in the background, with progress on the job's monitor and on the one the officer sees;
 * {@link #cancel()} stops it between two documents and leaves no zip. A failure is logged and
 * reported to the caller.
 */
public final class PackageJob extends Job {

	/** The family of package jobs. */
	public static final Object FAMILY = PackageJob.class;

	/**
	 * What a finished job produced.
	 *
	 * @param zip the package written, or {@code null}
	 * @param error the failure's message, or {@code null}
	 * @param cancelled whether the officer cancelled it
	 */
	public record Outcome(Path zip, String error, boolean cancelled) {
	}

	private final EvaluationReports reports;
	private final Evaluation evaluation;
	private final RuleSet rules;
	private final boolean draft;
	private final Path folder;
	private final ReportOptions options;
	private final ReportEvidence evidence;
	private final IProgressMonitor shown;
	private final Consumer<Outcome> done;

	/**
	 * @param reports the report service
	 * @param evaluation a copy of the evaluation, not changed while the job runs
	 * @param rules its rule set
	 * @param draft whether it is packaged as a draft
	 * @param folder the output folder
	 * @param options the fonts
	 * @param evidence the evaluation's evidence files, carried in the package
	 * @param shown the monitor the officer sees, called from the job's thread
	 * @param done told the outcome, from the job's thread
	 */
	public PackageJob(EvaluationReports reports, Evaluation evaluation, RuleSet rules, boolean draft, Path folder, ReportOptions options,
			ReportEvidence evidence, IProgressMonitor shown, Consumer<Outcome> done) {
		super(NLS.bind(Messages.Package_job, folder));
		this.reports = reports;
		this.evaluation = evaluation;
		this.rules = rules;
		this.draft = draft;
		this.folder = folder;
		this.options = options;
		this.evidence = evidence;
		this.shown = shown;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			Path zip = SubmissionPackage.write(reports, evaluation, rules, draft, System.getProperty("user.name"), folder, options, //$NON-NLS-1$
					evidence.files(), evidence.content(), ReportJob.both(monitor, shown));
			done.accept(new Outcome(zip, null, false));
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			done.accept(new Outcome(null, null, true));
			return Status.CANCEL_STATUS;
		} catch (ReportException | IOException | EvaluationFileException e) {
			ILog.of(PackageJob.class).error(e.getMessage(), e);
			done.accept(new Outcome(null, NLS.bind(Messages.Package_failed, folder, e.getMessage()), false));
			return Status.OK_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
