package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * The reference sample rendered in every format: the content read back from the PDF, DOCX, XLSX
 * and HTML, the embedded CJK font, the merged cells of the 自评表, and the 草稿 mark.
 */
class EvaluationReportsTest {

	private static final String TITLE = "2023年度党政办公室部门整体绩效自评";
	private static final String DEVIATION = "非公党建指导员的2022-2023年度考核未及时开展，造成补助未及时发放";

	@TempDir
	static Path out;

	private static Evaluation sample;
	private static List<Path> files;
	private static EvaluationReports reports;

	@BeforeAll
	static void renderTheReferenceSample() throws Exception {
		reports = new EvaluationReports(Renderers.renderer());
		sample = EvaluationResources.referenceSample();
		sample.setStatus(EvaluationStatus.FINAL);
		files = reports.render(sample, EnumSet.allOf(ReportFormat.class), out, ReportOptions.defaults(), new NullProgressMonitor());
		String keep = System.getProperty("jixiao.report.keep");
		if (keep != null) {
			Path copies = Files.createDirectories(Path.of(keep));
			for (Path file : files) {
				Files.copy(file, copies.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
		}
	}

	private static Path file(String name) {
		return out.resolve("2023-党政办公室-" + name);
	}

	@Test
	void everyDocumentIsWrittenInItsFormatsWithItsName() {
		List<Path> expected = List.of(file("自评报告.pdf"), file("自评报告.docx"), file("自评报告.html"), file("自评表.pdf"),
				file("自评表.docx"), file("自评表.xlsx"), file("自评表.html"));
		assertEquals(expected, files);
		for (Path path : files) {
			assertTrue(Files.isRegularFile(path), path.toString());
		}
		try (Stream<Path> left = listing()) {
			assertFalse(left.anyMatch(path -> path.toString().endsWith(".part")), "no partial files");
		}
	}

	@Test
	void theReportPdfHasTheTitleTheSectionsTheFiguresAndTheDeviation() throws Exception {
		String text = Renderers.pdfText(file("自评报告.pdf"));
		for (String expected : new String[] { TITLE, "一、自评工作开展情况", "二、自评结果概述", "三、下一步工作措施", "四、附件",
				"（一）积极履职尽责，服务保障中心工作", "1.深入开展第二批主题教育。", "25,567,092.46", "99.3", "自评等级为“优”",
				DEVIATION, "党建专项资金", "图1", "图2", "合计（9个项目）", "附件：部门整体支出绩效自评表" }) {
			assertTrue(text.contains(expected), "missing: " + expected);
		}
		assertFalse(text.contains("草稿"), "a final, valid evaluation has no draft mark");
	}

	@Test
	void theDeviationIsExplainedOnceAndTheOfficersOwnWordsStay() throws Exception {
		// the type area only: a sentence that a page break cuts is read without the running header between
		String text = Renderers.pdfBodyText(file("自评报告.pdf"));
		assertEquals(1, occurrences(text, DEVIATION), "the 党建专项资金 deviation is printed once: " + text);
		assertEquals(1, occurrences(text, "党建专项资金项目实际完成值与年初设定的目标值偏差较大"), text);
		// the officer's assessment that is not a deviation already printed stays
		assertTrue(text.contains("党政办公室认真落实党工委、管委会有关决策部署"), text);
		assertTrue(text.contains("在总结成绩的同时，我们认识到工作离领导的要求还有较大差距。"), text);
		assertTrue(text.contains("自评中发现偏差2项"), text);
	}

	@Test
	void bodyParagraphsAreIndentedByTwoCharacters() throws Exception {
		List<String> lines = Renderers.run("pdftotext", "-layout", "-enc", "UTF-8", file("自评报告.pdf").toString(), "-")
				.lines().toList();
		for (String start : new String[] { "2023年，党政办公室坚持以习近平", "经自评，党政办公室2023年度", "自评工作完成后，下一步" }) {
			int at = indexOf(lines, start);
			assertTrue(at >= 0 && at + 1 < lines.size(), "missing paragraph: " + start);
			String first = lines.get(at);
			String next = lines.get(at + 1);
			assertTrue(indent(first) >= indent(next) + 2, "the continuation line is not indented:\n" + first + "\n" + next);
		}
	}

	@Test
	void theChartsAreImagesInEveryFormat() throws Exception {
		List<String> images = Renderers.run("pdfimages", "-list", file("自评报告.pdf").toString()).lines().skip(2).toList();
		assertEquals(2, images.stream().filter(row -> row.matches("\\s*\\d+\\s+\\d+\\s+image\\b.*")).count(),
				"the two charts are images in the PDF: " + images);
		try (OPCPackage pkg = OPCPackage.open(file("自评报告.docx").toFile(), PackageAccess.READ)) {
			long pictures = pkg.getParts().stream().filter(part -> part.getContentType().startsWith("image/")
					&& part.getPartName().getName().toLowerCase(java.util.Locale.ROOT).endsWith(".png")).count();
			assertEquals(2, pictures, "the two charts are picture parts of the DOCX");
		}
		// BIRT's DOCX emitter places a picture as VML image data referring to its part
		assertEquals(2, occurrences(documentXml(file("自评报告.docx")), "<v:imagedata"), "both pictures are placed in the text");
		String html = Files.readString(file("自评报告.html"));
		assertEquals(2, occurrences(html, "src=\"data:image/png;base64,"), "the HTML carries its two charts inline");
	}

	@Test
	void theTablePdfHasEveryIndicatorTheBudgetTheTotalAndTheGrade() throws Exception {
		String text = Renderers.pdfText(file("自评表.pdf"));
		for (String expected : new String[] { "部门整体支出绩效自评表", "年度预算资金（元）", "年度资金总额", "25,567,092.46", "年初预算数",
				"执行率", "年度总体目标", "预期目标", "实际完成情况", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值",
				"偏差原因分析及改进措施", "总分", "99.30", "自评等级", "优", DEVIATION }) {
			assertTrue(text.contains(expected), "missing: " + expected);
		}
		for (String name : indicatorNames(sample)) {
			assertTrue(text.contains(name.replaceAll("\\s+", "")), "missing indicator: " + name);
		}
	}

	@Test
	void thePdfsEmbedTheirFonts() throws Exception {
		for (Path pdf : List.of(file("自评报告.pdf"), file("自评表.pdf"))) {
			String fonts = Renderers.run("pdffonts", pdf.toString());
			List<String> rows = fonts.lines().skip(2).toList();
			assertFalse(rows.isEmpty(), fonts);
			for (String row : rows) {
				assertTrue(row.matches(".*\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*"), "not embedded: " + row);
			}
			// the PostScript names of AR PL SungtiL GB and AR PL KaitiM GB, the default fonts on Linux
			assertTrue(fonts.contains("BousungEG-Light-GB"), "the CJK TrueType font is used: " + fonts);
		}
	}

	@Test
	void theTableXlsxIsTheOfficialTableOfTheExporterWithItsMergedCells() throws Exception {
		try (InputStream in = Files.newInputStream(file("自评表.xlsx")); XSSFWorkbook workbook = new XSSFWorkbook(in);
				Workbook exported = new XlsxExporter().toWorkbook(sample)) {
			Sheet sheet = workbook.getSheetAt(0);
			// a vertical merge is split where a page breaks (its text printed again on the next page), so
			// the rows a text spans are counted over its pieces (a piece of one row is no merged region, so
			// only groups no break splits into such a piece are counted here)
			Map<String, Integer> merged = new HashMap<>();
			for (CellRangeAddress region : sheet.getMergedRegions()) {
				var row = sheet.getRow(region.getFirstRow());
				var cell = row == null ? null : row.getCell(region.getFirstColumn());
				if (cell != null && region.getLastRow() > region.getFirstRow()) {
					merged.merge(cell.getStringCellValue(), region.getLastRow() - region.getFirstRow() + 1, Integer::sum);
				}
			}
			assertEquals(34, merged.get("产出指标（50分）"), "产出指标 spans its 34 indicators: " + merged);
			assertEquals(6, merged.get("年度总体目标"), merged.toString());
			assertEquals(new HashSet<>(exported.getSheetAt(0).getMergedRegions()), new HashSet<>(sheet.getMergedRegions()),
					"the merged regions of export --format xlsx");
			String all = new XSSFExcelExtractor(workbook).getText();
			assertEquals(new XSSFExcelExtractor((XSSFWorkbook) exported).getText(), all, "the texts of export --format xlsx");
			assertTrue(all.contains("非公党建工作指导员补助发放"), all);
			assertTrue(sheet.getPrintSetup().getLandscape() && sheet.getFitToPage() && sheet.getRepeatingRows() != null);
			assertEquals("", sheet.getHeader().getRight(), "a final evaluation carries no 草稿 mark");
		}
	}

	@Test
	void aDraftTableXlsxCarriesTheDraftMarkInItsPageHeader() throws Exception {
		Evaluation draft = EvaluationResources.referenceSample();
		draft.setStatus(EvaluationStatus.DRAFT);
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		reports.render(draft, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.XLSX, ReportOptions.defaults(), bytes);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			assertTrue(workbook.getSheetAt(0).getHeader().getRight().endsWith("草稿"), workbook.getSheetAt(0).getHeader().getRight());
		}
	}

	@Test
	void theDocxFilesAreOoxmlAndTheTableHasVerticalMerges() throws Exception {
		// XWPFDocument cannot load here: in this OSGi runtime XmlBeans does not resolve the xml:space type
		// of the wrapped poi-ooxml-lite bundle. OPCPackage checks the package (parts, content types,
		// relationships) and the main part is parsed as XML.
		for (Path docx : List.of(file("自评报告.docx"), file("自评表.docx"))) {
			try (OPCPackage pkg = OPCPackage.open(docx.toFile(), PackageAccess.READ)) {
				PackagePart main = pkg.getPartsByContentType(
						"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml").get(0);
				try (InputStream in = main.getInputStream()) {
					DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
					factory.setNamespaceAware(true);
					Document xml = factory.newDocumentBuilder().parse(in);
					assertEquals("document", xml.getDocumentElement().getLocalName());
				}
			}
		}
		String report = documentXml(file("自评报告.docx"));
		assertTrue(report.contains("二、自评结果概述"));
		assertTrue(report.contains("部门整体绩效自评"));
		String table = documentXml(file("自评表.docx"));
		assertTrue(table.contains("w:vMerge w:val=\"restart\""), "一级/二级 cells are merged vertically");
		for (String document : List.of(report, table)) {
			assertTrue(document.contains("<w:gridCol w:w=\""), "grid columns have their widths where LibreOffice reads them");
			assertFalse(document.contains("<w:gridCol w:val="), "no grid column keeps the emitter's w:val");
		}
		assertTrue(table.contains("产出指标"));
	}

	@Test
	void theHtmlPreviewHasTheTextAndRowSpans() throws Exception {
		String report = Files.readString(file("自评报告.html"));
		assertTrue(report.contains("自评结果概述"));
		String table = Files.readString(file("自评表.html"));
		assertTrue(table.contains("rowspan=\"34\""), "产出指标 spans 34 rows");
	}

	@Test
	void detailRowsOfAnIndicatorArePrintedUnderItAndWidenItsGroups() throws Exception {
		Evaluation withDetails = EvaluationResources.referenceSample();
		Indicator first = withDetails.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		for (String name : List.of("党工委理论学习中心组", "机关党支部集中学习")) {
			IndicatorDetail detail = EvaluationFactory.eINSTANCE.createIndicatorDetail();
			detail.setName(name);
			detail.setTargetText("≥10次");
			detail.setActualText("12次");
			first.getDetails().add(detail);
		}
		Path table = out.resolve("details.html");
		try (var stream = Files.newOutputStream(table)) {
			reports.render(withDetails, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.HTML, ReportOptions.defaults(), stream);
		}
		String html = Files.readString(table);
		assertTrue(html.contains("其中：党工委理论学习中心组"), "the first detail row is led by 其中");
		assertTrue(html.contains("机关党支部集中学习") && html.contains("≥10次") && html.contains("12次"));
		assertTrue(html.contains("rowspan=\"36\""), "产出指标 spans its 34 indicators and the 2 detail rows");
		assertTrue(html.contains("rowspan=\"26\""), "数量指标 spans its 24 indicators and the 2 detail rows");
	}

	@Test
	void aDraftCarriesTheDraftMark() throws Exception {
		Evaluation draft = EvaluationResources.referenceSample();
		draft.setStatus(EvaluationStatus.DRAFT);
		assertTrue(EvaluationReports.isDraft(draft));
		assertTrue(Renderers.pdfText(renderPdf(draft, "draft")).contains("草稿"));
	}

	@Test
	void aFinalEvaluationWithValidationErrorsCarriesTheDraftMark() throws Exception {
		Evaluation invalid = EvaluationResources.referenceSample();
		invalid.setStatus(EvaluationStatus.FINAL);
		indicator(invalid, "非公党建工作指导员补助发放").setDeviationReason(null);
		indicator(invalid, "非公党建工作指导员补助发放").setImprovementMeasures(null);
		assertTrue(EvaluationReports.isDraft(invalid));
		assertTrue(Renderers.pdfText(renderPdf(invalid, "invalid")).contains("草稿"));
		assertFalse(EvaluationReports.isDraft(sample));
	}

	@Test
	void eachDesignRunsOnceIntoADocumentThatRendersAsARunOfItsOwnAndIsDeleted() throws Exception {
		// the files of renderTheReferenceSample come from one run of each design; this PDF from a run of its own
		Path alone = renderPdf(sample, "report-alone");
		assertEquals(Renderers.pdfText(alone), Renderers.pdfText(file("自评报告.pdf")));
		// other processes on the machine may have documents of their own in the temporary directory
		Set<Path> before = reportDocuments();
		reports.render(sample, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX), out.resolve("documents"), ReportOptions.defaults(),
				new NullProgressMonitor());
		Set<Path> left = reportDocuments();
		left.removeAll(before);
		assertEquals(Set.of(), left, "the report documents are deleted");
	}

	private static Set<Path> reportDocuments() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(path -> path.getFileName().toString().matches("jixiao-.*\\.rptdocument"))
					.collect(Collectors.toCollection(HashSet::new));
		}
	}

	@Test
	void aCancelledRenderStopsAndLeavesNothing() throws Exception {
		Path dir = out.resolve("cancelled");
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> reports.render(sample, Set.of(ReportFormat.PDF), dir, ReportOptions.defaults(), monitor));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(0, left.count());
		}
	}

	/**
	 * Cancelled as soon as the first file is begun: the engine asks at its first page or data row and
	 * stops inside the document, so not even that file is written (checked between files only, it was).
	 */
	@ParameterizedTest
	@ValueSource(strings = { "PDF", "PDF,DOCX" })
	void aRenderCancelledWhileTheEngineWorksStopsInsideTheDocument(String formats) throws Exception {
		Path dir = out.resolve("cancelled-" + formats.replace(',', '-'));
		Set<ReportFormat> wanted = Stream.of(formats.split(",")).map(ReportFormat::valueOf)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportFormat.class)));
		NullProgressMonitor monitor = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				setCanceled(true);
			}
		};
		Set<Path> before = reportDocuments();
		assertThrows(OperationCanceledException.class, () -> reports.render(sample, wanted, dir, ReportOptions.defaults(), monitor));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of(), left.toList());
		}
		Set<Path> documents = reportDocuments();
		documents.removeAll(before);
		assertEquals(Set.of(), documents, "the report documents are deleted");
	}

	@Test
	void anOutputPathThatIsAFileIsRefusedByName() throws Exception {
		Path file = Files.writeString(out.resolve("not-a-directory"), "x");
		ReportException e = assertThrows(ReportException.class,
				() -> reports.render(sample, Set.of(ReportFormat.PDF), file, ReportOptions.defaults(), null));
		assertTrue(e.getMessage().contains("not-a-directory"), e.getMessage());
	}

	@Test
	void fileNamesNameYearDepartmentAndDocument() {
		assertEquals("2023-党政办公室-自评表.xlsx", EvaluationReports.fileName(sample, ReportKind.SELF_EVALUATION_TABLE, ReportFormat.XLSX));
	}

	@Test
	void aLongOrHostileDepartmentNameGivesABoundedFileNameWithoutControlOrBidiCharacters() throws Exception {
		Evaluation hostile = org.eclipse.emf.ecore.util.EcoreUtil.copy(sample);
		hostile.getDepartment().setName("\u202Egpj.exe\u2066 ../局/\u0007办\t公" + "室".repeat(300));
		for (ReportKind kind : ReportKind.values()) {
			for (ReportFormat format : kind.formats()) {
				String name = EvaluationReports.fileName(hostile, kind, format);
				assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= EvaluationReports.FILE_NAME_BYTES, name);
				assertTrue(name.startsWith("2023-gpj.exe_.._局_办公室室"), name);
				assertTrue(name.endsWith("-" + kind.fileSuffix() + "." + format.emitterFormat()), name);
				assertTrue(name.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
						|| Character.getType(c) == Character.FORMAT || c == '/'), name);
			}
		}
		Path folder = Files.createTempDirectory(out, "hostile");
		Path written = reports.render(hostile, Set.of(ReportFormat.HTML), folder, ReportOptions.defaults(), null).get(0);
		assertTrue(Files.isRegularFile(written) && written.getParent().equals(folder), written.toString());
		try (Stream<Path> files = Files.list(folder)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
		}
	}

	@Test
	void aDocumentNameTakenByALinkIsRefusedAndTheLinkLeftAlone() throws Exception {
		Path folder = Files.createTempDirectory(out, "link");
		Path victim = Files.writeString(folder.resolve("victim.txt"), "precious");
		Path link = Files.createSymbolicLink(folder.resolve(EvaluationReports.fileName(sample, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.HTML)),
				victim);
		ReportException e = assertThrows(ReportException.class,
				() -> reports.render(sample, Set.of(ReportFormat.HTML), folder, ReportOptions.defaults(), null));
		assertTrue(e.getMessage().contains(link.getFileName().toString()), e.getMessage());
		assertEquals("precious", Files.readString(victim));
		assertTrue(Files.isSymbolicLink(link));
	}

	private static int occurrences(String text, String part) {
		int count = 0;
		for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
			count++;
		}
		return count;
	}

	/** @return the index of the line whose text (without its indent) starts with {@code start}, or -1 */
	private static int indexOf(List<String> lines, String start) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).strip().startsWith(start)) {
				return i;
			}
		}
		return -1;
	}

	/** @return the width of a line's indent in characters, an ideographic space (U+3000) counting as two */
	private static int indent(String line) {
		int width = 0;
		for (char c : line.toCharArray()) {
			if (c == ' ') {
				width++;
			} else if (c == '\u3000') {
				width += 2;
			} else {
				break;
			}
		}
		return width;
	}

	private static String documentXml(Path docx) throws IOException {
		try (ZipFile zip = new ZipFile(docx.toFile())) {
			return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static Path renderPdf(Evaluation evaluation, String name) throws ReportException, IOException {
		Path pdf = out.resolve(name + ".pdf");
		try (var stream = Files.newOutputStream(pdf)) {
			reports.render(evaluation, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.PDF, ReportOptions.defaults(), stream);
		}
		return pdf;
	}

	private static Stream<Path> listing() {
		try {
			return Files.list(out);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static List<String> indicatorNames(Evaluation evaluation) {
		List<String> names = new ArrayList<>();
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					names.add(indicator.getName());
				}
			}
		}
		assertEquals(44, names.size());
		return names;
	}

	private static Indicator indicator(Evaluation evaluation, String name) {
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					if (indicator.getName().equals(name)) {
						return indicator;
					}
				}
			}
		}
		throw new IllegalArgumentException(name);
	}
}
