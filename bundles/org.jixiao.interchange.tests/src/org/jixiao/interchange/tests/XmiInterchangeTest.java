package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.InternalEObject;
import org.jixiao.core.evaluation.EvaluationFileException;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.testing.TableContent;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XMI import and export: a faithful round trip; broken files and dangling references refused with the place. */
class XmiInterchangeTest {

	@TempDir
	Path dir;

	@Test
	void theReferenceSampleRoundTripsExactly() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Path file = dir.resolve("sample.xmi");
		XmiInterchange.write(sample, file);
		Evaluation read = XmiInterchange.read(file);
		assertEquals(List.of(), TableContent.differences(sample, read));
		assertTrue(TableContent.equal(sample, read));
		assertEquals(sample.getNarrative().size(), read.getNarrative().size(), "XMI keeps what the table cannot");
	}

	@Test
	void brokenXmlNamesTheFileAndTheLine() throws Exception {
		Path file = dir.resolve("broken.xmi");
		XmiInterchange.write(EvaluationResources.referenceSample(), file);
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		lines.set(6, lines.get(6).replace("/>", ">"));
		Files.write(file, lines, StandardCharsets.UTF_8);
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> XmiInterchange.read(file));
		assertTrue(e.getMessage().startsWith(file.toString() + ", line "), e.getMessage());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
	}

	@Test
	void aDanglingReferenceNamesTheFileTheLineTheTargetAndTheRow() throws Exception {
		Path file = dir.resolve("dangling.xmi");
		XmiInterchange.write(EvaluationResources.referenceSample(), file);
		String xmi = Files.readString(file, StandardCharsets.UTF_8);
		String dangling = xmi.replace("<categories name=\"满意度指标\"", "<categories href=\"other-year.xmi#//@categories.2\"/>\n  <categories name=\"满意度指标\"");
		Files.writeString(file, dangling, StandardCharsets.UTF_8);
		int line = 1 + (int) dangling.substring(0, dangling.indexOf("other-year.xmi")).chars().filter(c -> c == '\n').count();
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> XmiInterchange.read(file));
		assertEquals(file + ", line " + line + ": dangling reference to other-year.xmi#//@categories.2 from the evaluation (categories): "
				+ "the object it names cannot be found", e.getMessage());
	}

	@Test
	void anEvaluationWithADanglingReferenceIsNotWritten() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		IndicatorCategory proxy = EvaluationFactory.eINSTANCE.createIndicatorCategory();
		((InternalEObject) proxy).eSetProxyURI(URI.createURI("gone.xmi#//@categories.0"));
		sample.getCategories().add(proxy);
		Path file = dir.resolve("out.xmi");
		EvaluationFileException e = assertThrows(EvaluationFileException.class, () -> XmiInterchange.write(sample, file));
		assertTrue(e.getMessage().startsWith(file + ": not written: "), e.getMessage());
		assertTrue(e.getMessage().contains("gone.xmi#//@categories.0"), e.getMessage());
		assertFalse(Files.exists(file));
	}
}
