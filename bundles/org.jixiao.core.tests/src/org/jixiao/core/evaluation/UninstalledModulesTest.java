package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An XMI file holding the ledgers of a module that is not installed opens, says which module it is,
 * and is saved again without losing the module's data.
 */
class UninstalledModulesTest {

	private static final String XMI = """
			<?xml version="1.0" encoding="UTF-8"?>
			<evaluation:Evaluation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			    xmlns:evaluation="http://jixiao.org/evaluation/1.0" xmlns:forest="http://example.org/jixiao/forest/1.0" fiscalYear="2023">
			  <department name="林业站"/>
			  <moduleData xsi:type="forest:ForestData" moduleId="forest" surveyor="赵某某">
			    <plots uid="p1" name="一号林班" area="12.5" planted="true"/>
			    <plots uid="p2" name="二号林班" area="8"/>
			  </moduleData>
			</evaluation:Evaluation>
			""";

	@TempDir
	Path dir;

	@Test
	void theDataOfAModuleNotInstalledIsKeptThroughLoadAndSave() throws Exception {
		Path file = dir.resolve("forest.xmi");
		Files.writeString(file, XMI, StandardCharsets.UTF_8);
		Evaluation evaluation = EvaluationResources.load(file);
		UninstalledModuleData kept = assertInstanceOf(UninstalledModuleData.class, evaluation.getModuleData().get(0));
		assertEquals("forest", kept.getModuleId());
		assertEquals("http://example.org/jixiao/forest/1.0", kept.getNsURI());
		String content = kept.getContent();
		assertTrue(content.contains("forest:ForestData") && content.contains("一号林班") && content.contains("surveyor=\"赵某某\""), content);
		assertEquals("林业站", evaluation.getDepartment().getName());

		Path saved = dir.resolve("saved.xmi");
		EvaluationResources.save(evaluation, saved);
		Evaluation again = EvaluationResources.load(saved);
		UninstalledModuleData keptAgain = assertInstanceOf(UninstalledModuleData.class, again.getModuleData().get(0));
		assertEquals(content, keptAgain.getContent(), "saved and read again, the module's document is unchanged");
	}

	/**
	 * The module's namespace declared where the data is, in single quotes, beside the registered ones at
	 * the root: the data is kept as well (the check that skips the second parse when every declared
	 * namespace is registered must not miss it).
	 */
	@Test
	void theDataOfAModuleNotInstalledIsKeptWhereverItsNamespaceIsDeclared() throws Exception {
		Path file = dir.resolve("forest-inner.xmi");
		Files.writeString(file, XMI.replace(" xmlns:forest=\"http://example.org/jixiao/forest/1.0\"", "")
				.replace("<moduleData ", "<moduleData xmlns:forest='http://example.org/jixiao/forest/1.0' "), StandardCharsets.UTF_8);
		Evaluation evaluation = EvaluationResources.load(file);
		UninstalledModuleData kept = assertInstanceOf(UninstalledModuleData.class, evaluation.getModuleData().get(0));
		assertEquals("http://example.org/jixiao/forest/1.0", kept.getNsURI());
		assertTrue(kept.getContent().contains("二号林班"), kept.getContent());
	}

	@Test
	void aBrokenFileIsStillReportedWithItsLine() throws Exception {
		Path file = dir.resolve("broken.xmi");
		Files.writeString(file, XMI.replace("</moduleData>", ""), StandardCharsets.UTF_8);
		EvaluationFileException e = org.junit.jupiter.api.Assertions.assertThrows(EvaluationFileException.class, () -> EvaluationResources.load(file));
		assertTrue(e.getMessage().contains("broken.xmi"), e.getMessage());
	}
}
