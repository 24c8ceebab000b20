package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a timed test: the median time to render the reference sample to PDF in a warm
 * engine, printed. It runs only when asked, with the number of timed runs as
 * {@code -Djixiao.report.bench=N} (e.g. {@code -Djixiao.test.vmargs="-Xmx1g -Djava.awt.headless=true
 * -Djixiao.report.bench=21"} on the Maven command line).
 */
@EnabledIfSystemProperty(named = "jixiao.report.bench", matches = "\\d+")
class RenderBenchmarkTest {

	@Test
	void warmPdfRenderMedian() throws Exception {
		int runs = Integer.parseInt(System.getProperty("jixiao.report.bench"));
		EvaluationReports reports = new EvaluationReports(Renderers.renderer());
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setStatus(EvaluationStatus.FINAL);
		for (int i = 0; i < 30; i++) {
			render(reports, sample, ReportKind.SELF_EVALUATION_REPORT);
			render(reports, sample, ReportKind.SELF_EVALUATION_TABLE);
		}
		double[] report = new double[runs];
		double[] table = new double[runs];
		for (int i = 0; i < runs; i++) {
			report[i] = render(reports, sample, ReportKind.SELF_EVALUATION_REPORT);
			table[i] = render(reports, sample, ReportKind.SELF_EVALUATION_TABLE);
		}
		System.out.printf("bench: warm PDF render median over %d runs: 自评报告 %.1f ms, 自评表 %.1f ms%n", runs, //$NON-NLS-1$
				median(report), median(table));
	}

	private static double render(EvaluationReports reports, Evaluation sample, ReportKind kind) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
		long started = System.nanoTime();
		reports.render(sample, kind, ReportFormat.PDF, ReportOptions.defaults(), out);
		double ms = (System.nanoTime() - started) / 1e6;
		assertTrue(out.size() > 10_000, "a PDF was written");
		return ms;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
