package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMI files in and out; broken files give a message naming the file, the place and the cause. */
class EvaluationResourcesTest {

	@Test
	void anEvaluationSavedAndLoadedIsEqual(@TempDir Path dir) throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Path file = dir.resolve("sample.xmi");
		EvaluationResources.save(sample, file);
		assertTrue(EcoreUtil.equals(sample, EvaluationResources.load(file)));
		assertTrue(Files.notExists(dir.resolve("sample.xmi.tmp")), "no temporary file is left behind");
	}

	@Test
	void aTruncatedFileNamesTheFileAndTheLine(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("truncated.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), file);
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> EvaluationResources.load(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
		assertTrue(e.getMessage().matches("(?s).*(line|行).*"), e.getMessage());
	}

	@Test
	void aMissingFileIsSaidToBeMissing(@TempDir Path dir) {
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> EvaluationResources.load(dir.resolve("none.xmi")));
		assertTrue(e.getMessage().contains("none.xmi"), e.getMessage());
	}

	@Test
	void anUnknownElementIsReportedWithItsPlace(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("unknown.xmi");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<evaluation:Evaluation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:evaluation="http://jixiao.org/evaluation/1.0" fiscalYear="2023">
				  <department name="党政办公室"/>
				  <budgets weight="10"/>
				</evaluation:Evaluation>
				""", StandardCharsets.UTF_8);
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> EvaluationResources.load(file));
		assertTrue(e.getMessage().contains("budgets"), e.getMessage());
	}

	@Test
	void aFileOfAnotherKindIsRefused(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("other.xmi");
		Files.writeString(file, "not xml at all", StandardCharsets.UTF_8);
		assertThrows(EvaluationFileException.class, () -> EvaluationResources.load(file));
	}
}
