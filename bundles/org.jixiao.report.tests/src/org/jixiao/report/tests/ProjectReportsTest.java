package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents of a project evaluation (项目支出绩效自评): the 项目支出绩效自评表 in the official layout and
 * the project 自评报告, rendered by the real BIRT engine from the reference department's illustrative
 * project 党建专项资金 (96.50 as stored).
 */
class ProjectReportsTest {

	@TempDir
	Path out;

	/** 党建专项资金, its 党员群众满意度 (分值 10) marked 不适用. */
	private static Evaluation partyBuilding() throws Exception {
		Evaluation project = EvaluationResources.referenceProjects().stream().filter(e -> "党建专项资金".equals(e.getProjectName()))
				.findFirst().orElseThrow();
		Indicator satisfaction = project.getCategories().get(2).getSubcategories().get(0).getIndicators().get(0);
		assertEquals("党员群众满意度", satisfaction.getName());
		satisfaction.setNotApplicable(true);
		return project;
	}

	@Test
	void theFileNamesSayProjectTableAndTheProject() throws Exception {
		Evaluation project = partyBuilding();
		assertEquals("2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf",
				EvaluationReports.fileName(project, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.PDF));
		assertEquals("2023-党政办公室-党建专项资金-项目支出绩效自评报告.docx",
				EvaluationReports.fileName(project, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.DOCX));
		Evaluation stored = EvaluationResources.referenceProjects().get(3);
		Diagnostic diagnostic = EvaluationDiagnostician.validate(stored,
				RuleSetService.getDefault().rulesOrDefault(stored));
		assertTrue(!EvaluationReports.isDraft(stored), "a final project without errors is no draft: " + diagnostic.getChildren().stream()
				.filter(d -> d.getSeverity() >= Diagnostic.ERROR).map(Diagnostic::getMessage).toList());
		assertEquals("2023-党政办公室-自评表.pdf",
				EvaluationReports.fileName(EvaluationResources.referenceSample(), ReportKind.SELF_EVALUATION_TABLE, ReportFormat.PDF));
	}

	@Test
	void theTablePrintsTheBlocksInOrderWithTheProjectsAmountsScoresAndANotApplicableRow() throws Exception {
		List<Path> written = new EvaluationReports(Renderers.renderer()).render(partyBuilding(), EnumSet.of(ReportFormat.PDF), out,
				ReportOptions.defaults(), new NullProgressMonitor());
		assertEquals(List.of(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评报告.pdf"), out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf")),
				written);
		String table = Renderers.pdfText(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf"));
		// (96.50 − 10) / 90 × 100 = 96.11: 党员群众满意度 does not apply
		assertInOrder(table, "项目支出绩效自评表", "（2023年度）", "项目名称", "党建专项资金", "项目编码", "219001-23-0004", "主管部门", "219-高新区管委会",
				"实施单位", "219001-党政办公室", "项目资金（元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", "年度资金总额",
				"1,250,000.00", "1,250,000.00", "1,250,000.00", "10", "100.00%", "10.00", "其中：当年财政拨款", "上年结转资金", "其他资金",
				"年度总体目标", "预期目标", "实际完成情况", "加强组织建设", "发展党员30名", "绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值",
				"实际完成值", "分值", "得分", "偏差原因分析及改进措施", "产出指标", "数量指标", "发展党员", "≥30名", "30名", "15", "15.00",
				"非公党建工作指导员补助发放", "≥30名", "23名", "15", "11.50", "非公党建指导员的2022-2023年度考核未及时开展", "满意度指标",
				"党员群众满意度", "≥90%", "不适用", "10", "总分", "100", "96.11", "自评等级", "优",
				"注：不适用指标党员群众满意度（分值10）不计；得分86.50/适用分值90×100=96.11。");
		assertTrue(!table.contains("部门整体支出绩效自评表") && !table.contains("草稿"), table);
	}

	@Test
	void inTheSichuanFormatTheTableHasItsBlocksColumnsTextsAndSignatures() throws Exception {
		Evaluation project = partyBuilding();
		project.setFormatId("sichuan-project");
		new EvaluationReports(Renderers.renderer()).render(project, EnumSet.of(ReportFormat.PDF), out, ReportOptions.defaults(),
				new NullProgressMonitor());
		String table = Renderers.pdfText(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf"));
		assertInOrder(table, "部门预算项目支出绩效自评表", "（2023年度）", "项目名称", "党建专项资金", "主管部门", "219-高新区管委会", "实施单位",
				"219001-党政办公室", "项目编码", "219001-23-0004", "项目基本情况", "党建专项资金为2023年度项目", "预算执行情况（10分）", "年度预算数（元）",
				"年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", "总额", "1,250,000.00", "100.00%", "10", "10.00",
				"其中：财政资金", "1,250,000.00", "财政专户管理资金", "单位资金", "其他资金", "0.00", "上年结转资金", "项目年度目标完成情况", "项目年度目标",
				"年度目标完成情况", "加强组织建设", "绩效指标（90分）", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分",
				"未完成原因分析", "产出指标", "数量指标", "发展党员", "≥", "≥30名", "30名", "15", "15.00", "非公党建工作指导员补助发放", "≥30名", "23名",
				"11.50", "效益指标", "社会效益指标", "非公党建品牌建设", "定性", "满意度指标", "党员群众满意度", "不适用", "合计", "100", "96.11", "自评等级", "优",
				"评价结论", "自评得分96.11分", "存在问题", "非公党建工作指导员补助发放：年度指标值≥30名", "改进措施", "及时组织开展非公党建指导员年度考核",
				"项目负责人：", "财务负责人：");
		keep(out, "project-sichuan");
	}

	@Test
	void theReportHasTheFourSectionsFromTheProjectsFigures() throws Exception {
		new EvaluationReports(Renderers.renderer()).render(partyBuilding(), EnumSet.of(ReportFormat.PDF), out, ReportOptions.defaults(),
				new NullProgressMonitor());
		String report = Renderers.pdfBodyText(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评报告.pdf"));
		assertInOrder(report, "党建专项资金项目支出绩效自评报告", "一、项目基本情况", "党建专项资金为2023年度项目（项目编码219001-23-0004）",
				"实施单位为党政办公室", "全年预算数1,250,000.00元", "二、绩效目标及完成情况", "年度目标：加强组织建设", "产出指标：发展党员年度指标值≥30名",
				"党员群众满意度不适用", "三、自评结论", "自评得分96.11分，自评等级为“优”", "满意度指标不适用", "不适用指标党员群众满意度（分值10）不计；得分86.50/适用分值90×100=96.11", "四、存在问题及改进措施", "（一）存在问题",
				"非公党建工作指导员补助发放：年度指标值≥30名，实际完成值23名，得分11.5分", "（二）改进措施", "及时组织开展非公党建指导员年度考核",
				"附件：项目支出绩效自评表");
	}

	@Test
	void theDepartmentsDocumentsAreUnchanged() throws Exception {
		Evaluation department = EvaluationResources.referenceSample();
		assertEquals("self-evaluation-table.rptdesign", ReportKind.SELF_EVALUATION_TABLE.design(department));
		assertEquals("project-table.rptdesign", ReportKind.SELF_EVALUATION_TABLE.design(partyBuilding()));
	}

	@Test
	void theDocxAndXlsxPassTheLibreOfficeCheck() throws Exception {
		Path check = Path.of(System.getProperty("user.dir")).resolve("../../releng/document-checks/check_documents.py").normalize();
		assertTrue(Files.isRegularFile(check), "the document check is not at " + check);
		assertTrue(onPath("soffice") && onPath("pdftotext"), "soffice and pdftotext are needed (releng/scripts/install-packages.sh)");
		new EvaluationReports(Renderers.renderer()).render(partyBuilding(), EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX), out,
				ReportOptions.defaults(), new NullProgressMonitor());
		keep(out, "project");
		// several formats: each design runs once into a report document rendered to each format
		String table = Renderers.pdfText(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf"));
		assertInOrder(table, "项目支出绩效自评表", "项目名称", "党建专项资金", "项目资金（元）", "绩效指标", "不适用", "总分", "96.11");
		assertTrue(Renderers.pdfBodyText(out.resolve("2023-党政办公室-党建专项资金-项目支出绩效自评报告.pdf")).contains("四、存在问题及改进措施"));
		String result = Renderers.run("python3", check.toString(), out.toString(), "--formats", "docx,xlsx");
		assertTrue(result.contains("项目支出绩效自评表.docx") && result.contains("项目支出绩效自评报告.docx"), result);

		Evaluation sichuan = partyBuilding();
		sichuan.setFormatId("sichuan-project");
		Path folder = Files.createDirectories(out.resolve("sichuan"));
		new EvaluationReports(Renderers.renderer()).render(sichuan, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX), folder, ReportOptions.defaults(),
				new NullProgressMonitor());
		result = Renderers.run("python3", check.toString(), folder.toString(), "--formats", "docx");
		assertTrue(result.contains("项目支出绩效自评表.docx"), result);
	}

	@Test
	void theTableAndTheReportRenderAsHtml() throws Exception {
		EvaluationReports reports = new EvaluationReports(Renderers.renderer());
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		reports.render(partyBuilding(), ReportKind.SELF_EVALUATION_TABLE, ReportFormat.HTML, ReportOptions.defaults(), table);
		String html = table.toString(StandardCharsets.UTF_8);
		assertTrue(html.contains("项目支出绩效自评表") && html.contains("党建专项资金") && html.contains("不适用") && html.contains("96.11"), html);
		ByteArrayOutputStream report = new ByteArrayOutputStream();
		reports.render(partyBuilding(), ReportKind.SELF_EVALUATION_REPORT, ReportFormat.HTML, ReportOptions.defaults(), report);
		assertTrue(report.toString(StandardCharsets.UTF_8).contains("四、存在问题及改进措施"));
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
	}

	/** Asserts that the pieces occur in the text in this order (white space removed from both). */
	static void assertInOrder(String text, String... pieces) {
		int from = 0;
		for (String piece : pieces) {
			String wanted = piece.replaceAll("\\s+", "");
			int at = text.indexOf(wanted, from);
			assertTrue(at >= 0, "“" + piece + "” is not after position " + from + " in: " + text.substring(Math.min(from, text.length())));
			from = at + wanted.length();
		}
	}

	/** Copies the documents into the folder the build keeps rendered documents in, to be looked at. */
	private static void keep(Path dir, String folder) throws IOException {
		String keep = System.getProperty("jixiao.report.keep");
		if (keep != null) {
			Path target = Files.createDirectories(Path.of(keep, folder));
			try (Stream<Path> files = Files.list(dir)) {
				for (Path file : files.toList()) {
					Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}
}
