package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.zip.ZipFile;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.report.EvaluationReports;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportKind;
import org.jixiao.report.ReportOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report fonts chosen as a face of a {@code .ttc} collection or as a font lacking CJK glyphs: the
 * 自评报告 of the reference sample, with a paragraph of rare characters of names and places, keeps
 * every character in its PDF text, drawn from embedded fonts.
 */
class ReportFontsTest {

	/** 喆, 堃, 犇, 淼, 昇 and 𠮷 (U+20BB7, outside the BMP); AR PL SungtiL GB lacks 喆, 堃 and 昇. */
	private static final List<String> RARE = List.of("喆", "堃", "犇", "淼", "昇", "\uD842\uDFB7");

	private static final String SENTENCE = "人名地名用字：张喆、李堃、王犇、赵淼、昇平村、𠮷野家。";

	/** Noto Serif CJK of Debian's fonts-noto-cjk: face 2 of the collection is Noto Serif CJK SC. */
	private static final String NOTO_SERIF_TTC = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

	/** A Latin-only font of Debian's fonts-dejavu-core. */
	private static final String DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

	@TempDir
	static Path out;

	private static Evaluation sample;

	private static EvaluationReports reports;

	@BeforeAll
	static void addANarrativeOfRareCharacters() throws Exception {
		reports = new EvaluationReports(Renderers.renderer());
		sample = EcoreUtil.copy(EvaluationResources.referenceSample());
		sample.getNarrative().get(0).getParagraphs().add(0, SENTENCE);
	}

	@Test
	void aFaceOfATtcCollectionIsEmbeddedAndDrawsEveryRareCharacter() throws Exception {
		String face = NOTO_SERIF_TTC + ",2";
		Path pdf = render(new ReportOptions(face, face, face), "ttc");
		assertRareCharactersDrawn(pdf);
		String fonts = embeddedFonts(pdf);
		assertTrue(fonts.contains("NotoSerifCJKsc-Regular"), "the chosen face 2 (Noto Serif CJK SC) is used: " + fonts);
		Path docx = out.resolve("ttc.docx");
		try (var stream = Files.newOutputStream(docx)) {
			reports.render(sample, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.DOCX, new ReportOptions(face, face, face), stream);
		}
		try (ZipFile zip = new ZipFile(docx.toFile())) {
			String document = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(document.contains("w:eastAsia=\"Noto Serif CJK SC\""), "the DOCX names the face's family");
		}
	}

	@Test
	void aCharacterTheChosenFontLacksFallsBackToAnInstalledCjkFont() throws Exception {
		Path pdf = render(new ReportOptions(DEJAVU, DEJAVU, DEJAVU), "dejavu");
		assertRareCharactersDrawn(pdf);
		String fonts = embeddedFonts(pdf);
		assertTrue(fonts.contains("DejaVuSans"), "the chosen font draws the Latin text: " + fonts);
		assertTrue(fonts.contains("Noto"), "a CJK font draws the Chinese text: " + fonts);
	}

	@Test
	void theDefaultFontsFallBackForTheCharactersTheyLack() throws Exception {
		assertRareCharactersDrawn(render(ReportOptions.defaults(), "defaults"));
	}

	@Test
	void aMissingFontFileOrFaceIsNamed() {
		ReportException missing = assertThrows(ReportException.class,
				() -> render(new ReportOptions("/nowhere/simsun.ttc,0", ReportOptions.LINUX_KAI, ReportOptions.LINUX_KAI), "missing"));
		assertTrue(missing.getMessage().contains("/nowhere/simsun.ttc"), missing.getMessage());
		ReportException face = assertThrows(ReportException.class,
				() -> render(new ReportOptions(NOTO_SERIF_TTC + ",99", ReportOptions.LINUX_KAI, ReportOptions.LINUX_KAI), "noFace"));
		assertTrue(face.getMessage().contains(NOTO_SERIF_TTC) && face.getMessage().contains("99"), face.getMessage());
		ReportException notACollection = assertThrows(ReportException.class,
				() -> render(new ReportOptions(DEJAVU + ",1", ReportOptions.LINUX_KAI, ReportOptions.LINUX_KAI), "notACollection"));
		assertTrue(notACollection.getMessage().contains(DEJAVU), notACollection.getMessage());
	}

	private static Path render(ReportOptions options, String name) throws Exception {
		Path pdf = out.resolve(name + ".pdf");
		try (var stream = Files.newOutputStream(pdf)) {
			reports.render(sample, ReportKind.SELF_EVALUATION_REPORT, ReportFormat.PDF, options, stream);
		}
		return pdf;
	}

	/** Every rare character is in the text, in the sentence as written: none became a blank or a box. */
	private static void assertRareCharactersDrawn(Path pdf) throws Exception {
		String text = Renderers.pdfText(pdf);
		int at = text.indexOf("人名地名用字");
		String sentence = at < 0 ? "" : text.substring(at, Math.min(text.length(), at + 40));
		for (String character : RARE) {
			assertTrue(text.contains(character), "missing " + character + " (U+" + Integer.toHexString(character.codePointAt(0)).toUpperCase()
					+ ") in " + pdf.getFileName() + ": " + sentence);
		}
		// OpenPDF's ToUnicode map of a Noto CJK face names the compatibility ideograph U+F9E1 for 李, whose
		// glyph is the same as U+674E's: compare the sentence after compatibility normalization
		assertTrue(Normalizer.normalize(text, Normalizer.Form.NFKC).contains(Normalizer.normalize(SENTENCE, Normalizer.Form.NFKC)),
				"the sentence is whole: " + sentence);
		assertFalse(text.contains("\uFFFD") || text.contains("\u25A1"), "a replacement character or box");
	}

	/** @return the output of pdffonts, asserting every font is embedded */
	private static String embeddedFonts(Path pdf) throws Exception {
		String fonts = Renderers.run("pdffonts", pdf.toString());
		List<String> rows = fonts.lines().skip(2).toList();
		assertFalse(rows.isEmpty(), fonts);
		for (String row : rows) {
			assertTrue(row.matches(".*\\s+yes\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*"), "not embedded: " + row);
		}
		return fonts;
	}
}
