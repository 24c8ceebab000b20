package org.jixiao.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.report.ReportOptions;
import org.jixiao.report.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-bench report}: the median time to render the reference sample's 自评报告
 * and 自评表 to PDF in a warm engine, and the process's peak resident memory.
 */
@Command(name = "report", description = "Warm PDF rendering of the reference sample's report and table, medians, peak memory.")
final class ReportBench implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--warmup", defaultValue = "30", description = "Warm-up runs before measuring (default: ${DEFAULT-VALUE}).")
	private int warmup;

	@Option(names = "--runs", defaultValue = "21", description = "Measured runs (default: ${DEFAULT-VALUE}).")
	private int runs;

	@Override
	public Integer call() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(ReportBench.class).getBundleContext();
		ServiceTracker<ReportRenderer, ReportRenderer> tracker = new ServiceTracker<>(context, ReportRenderer.class, null);
		tracker.open();
		try {
			ReportRenderer renderer = tracker.waitForService(30_000);
			if (renderer == null) {
				spec.commandLine().getErr().println("jixiao-bench report: no report renderer service within 30 s"); //$NON-NLS-1$
				return 1;
			}
			EvaluationReports reports = new EvaluationReports(renderer);
			Evaluation sample = EvaluationResources.referenceSample();
			sample.setStatus(EvaluationStatus.FINAL);
			long started = System.nanoTime();
			render(reports, sample, ReportKind.SELF_EVALUATION_REPORT);
			double firstMs = (System.nanoTime() - started) / 1e6;
			for (int i = 0; i < warmup; i++) {
				render(reports, sample, ReportKind.SELF_EVALUATION_REPORT);
				render(reports, sample, ReportKind.SELF_EVALUATION_TABLE);
			}
			double[] report = new double[runs];
			double[] table = new double[runs];
			for (int i = 0; i < runs; i++) {
				report[i] = time(reports, sample, ReportKind.SELF_EVALUATION_REPORT);
				table[i] = time(reports, sample, ReportKind.SELF_EVALUATION_TABLE);
			}
			spec.commandLine().getOut().println(String.format(
					"report rendering (reference sample, PDF): first %s ms; warm medians: report %s ms, table %s ms over %d runs; peak RSS %s", //$NON-NLS-1$
					format(firstMs), format(median(report)), format(median(table)), Integer.valueOf(runs), peakRss()));
			return 0;
		} finally {
			tracker.close();
		}
	}

	private static double time(EvaluationReports reports, Evaluation sample, ReportKind kind) throws Exception {
		long started = System.nanoTime();
		render(reports, sample, kind);
		return (System.nanoTime() - started) / 1e6;
	}

	private static void render(EvaluationReports reports, Evaluation sample, ReportKind kind) throws Exception {
		reports.render(sample, kind, ReportFormat.PDF, ReportOptions.defaults(), new ByteArrayOutputStream(1 << 20));
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static String format(double ms) {
		return String.format("%.1f", ms); //$NON-NLS-1$
	}

	/** @return VmHWM of /proc/self/status, or "?" where there is none */
	private static String peakRss() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(line -> line.startsWith("VmHWM:")) //$NON-NLS-1$ //$NON-NLS-2$
					.map(line -> line.substring(6).trim()).findFirst().orElse("?"); //$NON-NLS-1$
		} catch (IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}
}
