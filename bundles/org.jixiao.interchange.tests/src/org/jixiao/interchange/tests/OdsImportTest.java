package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportResult;
import org.jixiao.testing.TableContent;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenDocument spreadsheets (.ods, the default of LibreOffice and the domestic office suites) are read
 * like .xlsx, chosen by their content, not their name; an .ods that would reach outside the file or
 * exhaust memory is refused.
 */
class OdsImportTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	@TempDir
	Path dir;

	private static ImportResult read(byte[] bytes, String name) throws Exception {
		return new XlsxImporter(MOF).read(new ByteArrayInputStream(bytes), name);
	}

	/** The sample as {@link TableBuilder} writes it: in 万元, without 主管部门 and 填报人. */
	private static Evaluation expected(Evaluation source) {
		source.setMoneyUnit(MoneyUnit.WAN_YUAN);
		Evaluation expected = TableContent.of(source, MOF);
		expected.getDepartment().setCompetentDepartment(null);
		expected.setPreparer(null);
		return expected;
	}

	@Test
	void anOdsTableReadsToTheSameContentAsItsXlsx() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		byte[] ods = OdsTables.fromXlsx(new TableBuilder().bytes(sample));
		ImportResult result = read(ods, "sample.ods");
		assertEquals(List.of(), TableContent.differences(expected(sample), result.evaluation()));
		assertEquals(List.of(), result.problems());
	}

	@Test
	void theContentDecidesNotTheName() throws Exception {
		byte[] xlsx = new TableBuilder().bytes(Evaluations.small());
		byte[] ods = OdsTables.fromXlsx(xlsx);
		assertEquals("示例局", read(ods, "table.xlsx").evaluation().getDepartment().getName());
		assertEquals("示例局", read(xlsx, "table.ods").evaluation().getDepartment().getName());
	}

	@Test
	void anotherOpenDocumentIsNoSpreadsheet() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
		}
		ImportException e = assertThrows(ImportException.class, () -> read(out.toByteArray(), "report.ods"));
		assertEquals("report.ods: an OpenDocument file but not a spreadsheet (application/vnd.oasis.opendocument.text)", e.getMessage());
	}

	@Test
	void anOdsWithADocumentTypeIsRefused() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-4711");
		byte[] ods = Zips.edit(OdsTables.fromXlsx(new TableBuilder().bytes(Evaluations.small())), "content.xml",
				xml -> xml.replaceFirst("\\?>", "?><!DOCTYPE x [<!ENTITY e SYSTEM \"" + secret.toUri() + "\">]>"));
		ImportException e = assertThrows(ImportException.class, () -> read(ods, "table.ods"));
		assertEquals("table.ods: content.xml declares a document type (DTD), which no spreadsheet has; the file is refused", e.getMessage());
	}

	@Test
	void anOdsThatSpellsOutMillionsOfCellsIsRefused() throws Exception {
		String row = "<table:table-row table:number-rows-repeated=\"9000\"><table:table-cell table:number-columns-repeated=\"9000\" "
				+ "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>";
		byte[] ods = Zips.edit(OdsTables.fromXlsx(new TableBuilder().bytes(Evaluations.small())), "content.xml",
				xml -> xml.replaceFirst("</table:table>", row + "</table:table>"));
		ImportException e = assertThrows(ImportException.class, () -> read(ods, "table.ods"));
		assertEquals("table.ods: the table spells out more than 2000000 cells; the file is refused", e.getMessage());
	}

	private static Path soffice() {
		String path = System.getenv("PATH");
		for (String entry : path == null ? new String[0] : path.split(File.pathSeparator)) {
			Path candidate = Path.of(entry, "soffice");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	@Test
	void anOdsSavedByLibreOfficeReadsToTheSameContent() throws Exception {
		Path soffice = soffice();
		assumeTrue(soffice != null, "soffice is not on PATH: install libreoffice-calc-nogui to read an .ods LibreOffice wrote");
		Evaluation sample = EvaluationResources.referenceSample();
		Path xlsx = dir.resolve("sample.xlsx");
		new XlsxExporter().write(sample, xlsx);
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "ods", "--outdir", dir.toString(), xlsx.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "soffice finished within 2 minutes");
		Path ods = dir.resolve("sample.ods");
		assertTrue(Files.exists(ods), Files.readString(dir.resolve("soffice.log")));
		ImportResult result = new XlsxImporter(MOF).read(ods);
		assertEquals(List.of(), TableContent.differences(TableContent.of(sample, MOF), result.evaluation()));
	}
}
