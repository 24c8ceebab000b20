package org.jixiao.ui.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.EventTopic;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportRenderer;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.preferences.JixiaoPreferences;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * The workbench's add-on that makes the first report quick: a second after the window is up, a system
 * job of the lowest priority renders the reference sample's documents twice as the report dialog does
 * by default (PDF and HTML, with the fonts of the preferences) into a temporary folder that it then
 * deletes. That starts BIRT's engine, parses the designs and has the JVM compile the layout code, which
 * a first render in a fresh JVM otherwise does while the officer waits; then the preview's browser
 * engine is started ({@link ReportPreviewPart#startBrowserEngine()}). A render the officer starts
 * meanwhile runs beside it. When the workbench shuts down the job is cancelled and waited for (the engine
 * stops at the next page or data row it reaches), so that the engine is never stopped under it. The
 * officer turns the warm-up off in the preferences ({@link JixiaoPreferences#REPORT_WARM_UP}); the system
 * property {@value #PROPERTY}{@code =false} turns it off as well (the launcher does so in the run that
 * records the ahead-of-time cache).
 */
public final class ReportWarmUp {

	/** The family of the warm-up job. */
	public static final Object FAMILY = ReportWarmUp.class;

	/** The system property that turns the warm-up off when {@code false}. */
	public static final String PROPERTY = "jixiao.report.warmUp"; //$NON-NLS-1$

	/** How long the job waits after the workbench's start-up, leaving the window's first work alone. */
	private static final long DELAY_MILLIS = 1_000;

	/**
	 * How many times the sample is rendered. The client compiler compiles a method after a few hundred
	 * calls, so code that one render calls a few dozen times is compiled only after more renders; after
	 * two, the first preview of ReportPreviewTest took 0.67-1.16 s, after one 0.90-1.26 s.
	 */
	private static final int RENDERS = 2;

	private final Job job = new Job(Messages.ReportWarmUp_job) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			return warmUp(monitor);
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	};

	@Inject
	@Preference(nodePath = JixiaoPreferences.NODE)
	private IEclipsePreferences preferences;

	@Inject
	private UISynchronize sync;

	@Inject
	@Optional
	void started(@EventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		if (!enabled(preferences)) {
			return;
		}
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		job.schedule(DELAY_MILLIS);
	}

	@Inject
	@Optional
	void stopping(@EventTopic(UIEvents.UILifeCycle.APP_SHUTDOWN_STARTED) Event event) {
		job.cancel();
		try {
			job.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * @param preferences the node {@link JixiaoPreferences#NODE}
	 * @return whether the warm-up runs: the preference and the system property {@value #PROPERTY} both
	 *         allow it (each does unless set to {@code false})
	 */
	public static boolean enabled(IEclipsePreferences preferences) {
		return preferences.getBoolean(JixiaoPreferences.REPORT_WARM_UP, true)
				&& Boolean.parseBoolean(System.getProperty(PROPERTY, Boolean.TRUE.toString()));
	}

		private IStatus warmUp(IProgressMonitor monitor) {
		BundleContext context = FrameworkUtil.getBundle(ReportWarmUp.class).getBundleContext();
		ServiceReference<ReportRenderer> reference = context.getServiceReference(ReportRenderer.class);
		if (reference == null) {
			return Status.OK_STATUS;
		}
		Path folder = null;
		try {
			ReportRenderer renderer = context.getService(reference);
			folder = Files.createTempDirectory("jixiao-warm-up"); //$NON-NLS-1$
			EvaluationReports reports = new EvaluationReports(renderer);
			Evaluation sample = EvaluationResources.referenceSample();
			for (int i = 0; i < RENDERS; i++) {
				reports.render(sample, EnumSet.of(ReportFormat.PDF, ReportFormat.HTML), folder, JixiaoPreferences.reportOptions(preferences),
						List.of(), monitor);
			}
			sync.asyncExec(ReportPreviewPart::startBrowserEngine);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | EvaluationFileException | ReportException e) {
			// the officer's own render reports what fails; here it only costs the head start
			ILog.of(ReportWarmUp.class).warn(e.getMessage(), e);
			return Status.OK_STATUS;
		} finally {
			context.ungetService(reference);
			if (folder != null) {
				delete(folder);
			}
		}
	}

	private static void delete(Path folder) {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		} catch (IOException e) {
			ILog.of(ReportWarmUp.class).warn(e.getMessage(), e);
		}
	}
}
