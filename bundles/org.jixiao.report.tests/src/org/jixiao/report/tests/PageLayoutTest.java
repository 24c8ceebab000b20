package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The page layout of the reference sample's PDFs, measured from the word boxes poppler reads back
 * ({@code pdftotext -bbox-layout}) and from the ink of each page ({@code pdftoppm}): how many
 * pages, which line ends a page, and how full each page is.
 */
class PageLayoutTest {

	/** The numbered headings of the report: 一、… and （一）… */
	private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)");
	/** A figure caption, printed above its chart. */
	private static final Pattern CAPTION = Pattern.compile("^图\\d+");
	/** The page number in the footer, such as — 3 —. */
	private static final Pattern PAGE_NUMBER = Pattern.compile("^[—\\-\\s]*\\d+[—\\-\\s]*$");
	/** The part that may start on a fresh page after a short one. */
	private static final Pattern NEW_PART = Pattern.compile("^(?:[一二三四五六七八九十]+、)?附件");
	/** Pixels of this resolution are measured for the ink of a page. */
	private static final int DPI = 36;

	@TempDir
	static Path out;

	private static Evaluation sample;
	private static List<Page> report;
	private static List<Page> table;

	@BeforeAll
	static void renderTheReferenceSample() throws Exception {
		sample = EvaluationResources.referenceSample();
		sample.setStatus(EvaluationStatus.FINAL);
		new EvaluationReports(Renderers.renderer()).render(sample, EnumSet.of(ReportFormat.PDF, ReportFormat.DOCX), out, ReportOptions.defaults(),
				new NullProgressMonitor());
		report = pages(out.resolve("2023-党政办公室-自评报告.pdf"));
		table = pages(out.resolve("2023-党政办公室-自评表.pdf"));
	}

	@Test
	void theReportFitsOnNineA4Pages() {
		assertTrue(report.size() <= 9, "the 自评报告 has " + report.size() + " pages");
		for (Page page : report) {
			assertTrue(page.height > page.width, "page " + page.number + " is not portrait");
		}
	}

	@Test
	void theTableFitsOnFourLandscapePages() {
		assertTrue(table.size() <= 4, "the 自评表 has " + table.size() + " pages");
		for (Page page : table) {
			assertTrue(page.width > page.height, "page " + page.number + " is not landscape");
		}
	}

	@Test
	void noPageOfTheReportEndsWithAHeadingOrACaption() {
		for (Page page : report.subList(0, report.size() - 1)) {
			Line last = page.lines.get(page.lines.size() - 1);
			assertTrue(!HEADING.matcher(last.text).find(), "page " + page.number + " of the 自评报告 ends with the heading “" + last.text + "”");
			// a caption is printed above its chart: the chart's ink follows it on the same page
			assertTrue(!CAPTION.matcher(last.text).find() || page.inkBottom > last.bottom + 2 * (last.bottom - last.top),
					"page " + page.number + " of the 自评报告 ends with the caption “" + last.text + "” without its chart");
		}
	}

	@Test
	void theDocxKeepsEachCaptionWithItsChart() throws Exception {
		// BIRT's DOCX emitter drops page-break-after: avoid; without w:keepNext LibreOffice ended page 1
		// with the caption of 图1 and put the chart on page 2
		String xml = documentXml("2023-党政办公室-自评报告.docx");
		Matcher caption = Pattern.compile("<w:t[^>]*>(图\\d+)").matcher(xml);
		int captions = 0;
		while (caption.find()) {
			captions++;
			int paragraph = xml.lastIndexOf("<w:p>", caption.start());
			assertTrue(xml.startsWith("<w:p><w:pPr><w:keepNext/>", paragraph), caption.group(1) + " does not keep with its chart");
		}
		assertEquals(2, captions, "图1 and 图2");
	}

	@Test
	void theTableDocxKeepsEveryRowWholeAndTheReportDocxLetsItsTextFlow() throws Exception {
		// BIRT's DOCX emitter drops page-break-inside: avoid; LibreOffice then split tall rows of a large
		// 自评表 across pages and drew their parts out of order
		String table = documentXml("2023-党政办公室-自评表.docx");
		int rows = table.split("<w:tr>", -1).length - 1;
		assertTrue(rows > 40, rows + " rows");
		assertEquals(rows, table.split("<w:tr><w:trPr><w:cantSplit/>", -1).length - 1, "every row of the 自评表 stays whole");
		assertFalse(documentXml("2023-党政办公室-自评报告.docx").contains("<w:cantSplit/>"), "the report's text rows may break");
	}

	private static String documentXml(String name) throws Exception {
		try (ZipFile docx = new ZipFile(out.resolve(name).toFile())) {
			return new String(docx.getInputStream(docx.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@Test
	void everyPageOfTheReportIsThreeQuartersFullUnlessANewPartFollows() {
		assertFilled(report, "自评报告");
	}

	@Test
	void everyPageOfTheTableIsThreeQuartersFull() {
		assertFilled(table, "自评表");
	}

	@Test
	void noRowOfTheTableIsSplitAcrossPages() throws Exception {
		// every text of the official table (as export --format xlsx writes it) that the PDF prints is
		// printed whole on one page: a row split by a page break cuts its longer texts in two
		Path pdf = out.resolve("2023-党政办公室-自评表.pdf");
		List<String> pageTexts = new ArrayList<>();
		for (int page = 1; page <= table.size(); page++) {
			pageTexts.add(Renderers.run("pdftotext", "-raw", "-enc", "UTF-8", "-f", String.valueOf(page), "-l", String.valueOf(page),
					pdf.toString(), "-").replaceAll("\\s+", ""));
		}
		String all = String.join("", pageTexts);
		int checked = 0;
		try (Workbook workbook = new XlsxExporter().toWorkbook(sample)) {
			for (Row row : workbook.getSheetAt(0)) {
				for (Cell cell : row) {
					String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue().replaceAll("\\s+", "") : "";
					if (text.length() >= 12 && all.contains(text)) {
						checked++;
						assertTrue(pageTexts.stream().anyMatch(page -> page.contains(text)), "split across pages: " + text);
					}
				}
			}
		}
		assertTrue(checked >= 20, "only " + checked + " long texts of the table were found in its PDF");
	}

	/** A page less than three-quarters full is followed by a page that starts a new part (附件). */
	private static void assertFilled(List<Page> pages, String document) {
		for (int i = 0; i < pages.size() - 1; i++) {
			Page page = pages.get(i);
			String next = pages.get(i + 1).lines.get(0).text;
			double fill = page.fill(pages);
			assertTrue(fill >= 0.75 || NEW_PART.matcher(next).find(), String.format("page %d of the %s is %.0f%% full, and page %d starts with “%s”",
					page.number, document, fill * 100, page.number + 1, next));
		}
	}

	@Test
	void theMeasureSeesEveryLineOfTheFirstPage() {
		// the measure itself: the title is the first line of the report, and no running header or
		// page number is counted as text of the page
		assertEquals("2023年度党政办公室部门整体绩效自评", report.get(0).lines.get(0).text.replaceAll("\\s+", ""));
		for (Page page : report) {
			for (Line line : page.lines) {
				assertTrue(!PAGE_NUMBER.matcher(line.text).matches(), "page number counted on page " + page.number);
			}
		}
	}

	/** A visual line of a page: the words that share a base line, left to right. */
	private record Line(double top, double bottom, String text) {
	}

	/** A page: its size in points, its text lines top to bottom, and the lowest ink of its body. */
	private record Page(int number, double width, double height, List<Line> lines, double inkBottom) {

		/** @return the part of the body's height this page uses, the body being as tall as on the fullest page */
		double fill(List<Page> all) {
			double top = all.stream().mapToDouble(page -> page.lines.get(0).top).min().orElseThrow();
			double bottom = all.stream().mapToDouble(Page::inkBottom).max().orElseThrow();
			return (inkBottom - top) / (bottom - top);
		}
	}

	/**
	 * @return the pages of a PDF: the words of each page grouped into lines by their base line, without
	 *         the running header (the first line when it is the same on every page) and the page number
	 */
	private static List<Page> pages(Path pdf) throws Exception {
		String xhtml = Renderers.run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf.toString(), "-");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
		NodeList pageNodes = document.getElementsByTagName("page");
		List<List<Line>> texts = new ArrayList<>();
		List<double[]> sizes = new ArrayList<>();
		for (int p = 0; p < pageNodes.getLength(); p++) {
			Element page = (Element) pageNodes.item(p);
			sizes.add(new double[] { Double.parseDouble(page.getAttribute("width")), Double.parseDouble(page.getAttribute("height")) });
			texts.add(lines(page));
		}
		// the running header: a first line that every page shares
		String header = texts.get(0).isEmpty() ? null : texts.get(0).get(0).text;
		boolean running = texts.size() > 1 && texts.stream().allMatch(lines -> !lines.isEmpty() && lines.get(0).text.equals(header));
		List<Page> pages = new ArrayList<>();
		for (int p = 0; p < texts.size(); p++) {
			List<Line> lines = new ArrayList<>(texts.get(p));
			double headerBottom = 0;
			if (running) {
				headerBottom = lines.remove(0).bottom;
			}
			double footerTop = sizes.get(p)[1];
			if (!lines.isEmpty() && PAGE_NUMBER.matcher(lines.get(lines.size() - 1).text).matches()) {
				footerTop = lines.remove(lines.size() - 1).top;
			}
			assertTrue(!lines.isEmpty(), "page " + (p + 1) + " of " + pdf.getFileName() + " has no text");
			double textBottom = lines.get(lines.size() - 1).bottom;
			double ink = Math.max(textBottom, inkBottom(pdf, p + 1, sizes.get(p), headerBottom, footerTop));
			pages.add(new Page(p + 1, sizes.get(p)[0], sizes.get(p)[1], lines, ink));
		}
		return pages;
	}

	/** @return the words of a page as lines, top to bottom: words whose boxes share most of their height form one line */
	private static List<Line> lines(Element page) {
		NodeList words = page.getElementsByTagName("word");
		List<double[]> boxes = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (int w = 0; w < words.getLength(); w++) {
			Element word = (Element) words.item(w);
			boxes.add(new double[] { Double.parseDouble(word.getAttribute("xMin")), Double.parseDouble(word.getAttribute("yMin")),
					Double.parseDouble(word.getAttribute("yMax")) });
			texts.add(word.getTextContent());
		}
		List<Integer> order = new ArrayList<>();
		for (int w = 0; w < boxes.size(); w++) {
			order.add(w);
		}
		order.sort((a, b) -> Double.compare(boxes.get(a)[2], boxes.get(b)[2]));
		List<Line> lines = new ArrayList<>();
		List<Integer> current = new ArrayList<>();
		for (int w : order) {
			if (!current.isEmpty()) {
				double[] first = boxes.get(current.get(0));
				double[] box = boxes.get(w);
				double overlap = Math.min(first[2], box[2]) - Math.max(first[1], box[1]);
				if (overlap < 0.5 * Math.min(first[2] - first[1], box[2] - box[1])) {
					lines.add(line(current, boxes, texts));
					current = new ArrayList<>();
				}
			}
			current.add(w);
		}
		if (!current.isEmpty()) {
			lines.add(line(current, boxes, texts));
		}
		return lines;
	}

	private static Line line(List<Integer> words, List<double[]> boxes, List<String> texts) {
		List<Integer> leftToRight = new ArrayList<>(words);
		leftToRight.sort((a, b) -> Double.compare(boxes.get(a)[0], boxes.get(b)[0]));
		StringBuilder text = new StringBuilder();
		double top = Double.MAX_VALUE;
		double bottom = 0;
		for (int w : leftToRight) {
			text.append(text.isEmpty() ? "" : " ").append(texts.get(w));
			top = Math.min(top, boxes.get(w)[1]);
			bottom = Math.max(bottom, boxes.get(w)[2]);
		}
		return new Line(top, bottom, text.toString());
	}

	/**
	 * @return the lowest ink (text, rules, charts) of a page between its running header and its page
	 *         number, in points from the top, read from a grey image of the page
	 */
	private static double inkBottom(Path pdf, int page, double[] size, double headerBottom, double footerTop) throws IOException,
			InterruptedException {
		Path image = out.resolve(pdf.getFileName() + "-" + page);
		Renderers.run("pdftoppm", "-f", String.valueOf(page), "-l", String.valueOf(page), "-r", String.valueOf(DPI), "-gray",
				"-singlefile", pdf.toString(), image.toString());
		byte[] pgm = Files.readAllBytes(Path.of(image + ".pgm"));
		// binary PGM: P5, width, height, maximum, one byte each pixel
		int at = 0;
		int[] fields = new int[3];
		for (int f = -1; f < 3; f++) {
			while (Character.isWhitespace(pgm[at])) {
				at++;
			}
			int start = at;
			while (!Character.isWhitespace(pgm[at])) {
				at++;
			}
			if (f >= 0) {
				fields[f] = Integer.parseInt(new String(pgm, start, at - start, StandardCharsets.US_ASCII));
			}
		}
		at++;
		int width = fields[0];
		int height = fields[1];
		double scale = height / size[1];
		int first = (int) Math.ceil(headerBottom * scale) + 1;
		int last = Math.min(height - 1, (int) Math.floor(footerTop * scale) - 2);
		for (int y = last; y >= first; y--) {
			for (int x = 0; x < width; x++) {
				if ((pgm[at + y * width + x] & 0xff) < 160) {
					return (y + 1) / scale;
				}
			}
		}
		return headerBottom;
	}
}
