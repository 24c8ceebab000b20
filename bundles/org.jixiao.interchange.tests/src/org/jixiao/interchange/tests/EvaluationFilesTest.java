package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.EvaluationFiles;
import org.jixiao.interchange.ImportException;
import org.jixiao.interchange.ImportResult;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way in: what a file is, is decided by its content, whatever its name says. */
class EvaluationFilesTest {

	@TempDir
	Path dir;

	private ImportResult read(Path file) throws Exception {
		return EvaluationFiles.read(file, RuleSets.builtIn(RuleSets.MOF_2020));
	}

	@Test
	void aSpreadsheetNamedXmiIsReadAsATable() throws Exception {
		byte[] xlsx = new TableBuilder().bytes(Evaluations.small());
		Path asXmi = Files.write(dir.resolve("table.xmi"), xlsx);
		Path odsAsXmi = Files.write(dir.resolve("ods-table.xmi"), OdsTables.fromXlsx(xlsx));
		for (Path file : List.of(asXmi, odsAsXmi)) {
			ImportResult result = read(file);
			assertEquals("示例局", result.evaluation().getDepartment().getName(), file.toString());
			assertEquals(RuleSets.MOF_2020, result.evaluation().getRuleSetId());
		}
	}

	@Test
	void anXmiNamedXlsxIsReadAsAnEvaluation() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Path file = dir.resolve("sample.xlsx");
		XmiInterchange.write(sample, file);
		ImportResult result = read(file);
		assertEquals(sample.getDepartment().getName(), result.evaluation().getDepartment().getName());
		assertEquals(sample.getNarrative().size(), result.evaluation().getNarrative().size(), "read as XMI, not as a table");
		assertEquals(List.of(), result.problems());
		assertNull(result.statedTotal());
	}

	@Test
	void controlAndBidiCharactersAreRemovedFromTheDepartmentNameOfAnXmiWithAWarning() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getDepartment().setName("\u202E党政\u007F办公室\u2066\n");
		Path file = dir.resolve("hostile.xmi");
		EvaluationResources.save(sample, file);
		ImportResult result = EvaluationFiles.read(file);
		assertEquals("党政办公室", result.evaluation().getDepartment().getName());
		assertEquals(1, result.warnings().size(), result.problems().toString());
		assertTrue(result.warnings().get(0).toString().startsWith("hostile.xmi: "), result.warnings().toString());
		assertEquals(List.of(), EvaluationFiles.read(save(EvaluationResources.referenceSample(), "clean.xmi")).problems(),
				"a clean name gives no warning");
	}

	private Path save(Evaluation evaluation, String name) throws Exception {
		Path file = dir.resolve(name);
		EvaluationResources.save(evaluation, file);
		return file;
	}

	@Test
	void aTextFileIsRefusedWithItsName() throws Exception {
		Path file = Files.writeString(dir.resolve("notes.xlsx"), "部门整体支出绩效自评表\n总分 99.3\n", StandardCharsets.UTF_8);
		ImportException e = assertThrows(ImportException.class, () -> read(file));
		assertEquals(file + ": the file is neither a spreadsheet (.xlsx, .xls, .ods) nor an evaluation (.xmi)", e.getMessage());
	}

	@Test
	void anXmlFileThatIsNoEvaluationIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("table.xls"), "<html><body><table><tr><td>总分</td></tr></table></body></html>",
				StandardCharsets.UTF_8);
		ImportException e = assertThrows(ImportException.class, () -> read(file));
		assertTrue(e.getMessage().endsWith("neither a spreadsheet (.xlsx, .xls, .ods) nor an evaluation (.xmi)"), e.getMessage());
	}

	@Test
	void anEmptyFileIsRefusedWithItsName() throws Exception {
		Path file = Files.createFile(dir.resolve("empty.xmi"));
		ImportException e = assertThrows(ImportException.class, () -> read(file));
		assertEquals(file + ": the file is empty (0 bytes): neither a spreadsheet nor an evaluation", e.getMessage());
	}

	@Test
	void aBrokenXmiIsReportedAsAnEvaluationFile() throws Exception {
		Path file = dir.resolve("broken.ods");
		XmiInterchange.write(EvaluationResources.referenceSample(), file);
		Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).replace("fiscalYear=\"2023\"", "fiscalYear=\"二〇二三\""),
				StandardCharsets.UTF_8);
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> read(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}

	@Test
	void aMissingFileIsNamed() {
		Path file = dir.resolve("none.xlsx");
		ImportException e = assertThrows(ImportException.class, () -> read(file));
		assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
	}
}
