package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An indicator that does not apply (不适用) in the 自评表 and the 自评报告. */
class NotApplicableReportTest {

	@TempDir
	Path out;

	@Test
	void theTableSaysNotApplicableAndTheTotalIsRescaledAndTheReportListsNoDeviationForIt() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setStatus(EvaluationStatus.FINAL);
		Indicator row = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		assertTrue(row.getName().equals("发展党员"), row.getName());
		row.setNotApplicable(true);
		new EvaluationReports(Renderers.renderer()).render(sample, EnumSet.of(ReportFormat.PDF), out, ReportOptions.defaults(),
				new NullProgressMonitor());
		String table = Renderers.pdfText(out.resolve("2023-党政办公室-自评表.pdf"));
		// 99.30 without 发展党员's 1.5: (99.30 − 1.50) / 98.5 × 100 = 99.289… → 99.29
		assertTrue(table.contains("不适用") && table.contains("99.29"), table);
		String report = Renderers.pdfBodyText(out.resolve("2023-党政办公室-自评报告.pdf"));
		assertTrue(report.contains("自评中发现偏差2项"), "the row that does not apply is no deviation: " + report);
	}
}
