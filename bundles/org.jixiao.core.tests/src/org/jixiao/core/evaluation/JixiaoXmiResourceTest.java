package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;

import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.jixiao.model.evaluation.Evaluation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A date in an evaluation file reads as EMF's own conversion reads it, whether written as a day (read
 * at once) or with a time of day (read by EMF): the same instant, including the days a lenient
 * calendar rolls over; the same day twice in a file is two equal dates, not one shared.
 */
class JixiaoXmiResourceTest {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(strings = { "2023-06-30", "2024-02-29", "2023-02-30", "1999-12-31", "2023-6-30", "2023-06-30T08:15",
			"2023-06-30T08:15:00", "2023-06-30T08:15:00.250", "2023-06-30T08:15:00.250+0800" })
	void aDateReadsAsEmfReadsIt(String literal) throws Exception {
		Path file = dir.resolve("dated.xmi");
		Files.writeString(file, """
				<?xml version="1.0" encoding="UTF-8"?>
				<evaluation:Evaluation xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
				    xmlns:evaluation="http://jixiao.org/evaluation/1.0" fiscalYear="2023" preparedOn="%1$s" finalizedOn="%1$s">
				  <department name="林业站"/>
				</evaluation:Evaluation>
				""".formatted(literal), StandardCharsets.UTF_8);
		Evaluation evaluation = EvaluationResources.load(file);
		Date expected = (Date) EcoreFactory.eINSTANCE.createFromString(EcorePackage.Literals.EDATE, literal);
		assertEquals(expected, evaluation.getPreparedOn(), literal);
		assertEquals(expected, evaluation.getFinalizedOn(), literal);
		assertNotSame(evaluation.getPreparedOn(), evaluation.getFinalizedOn(), "a day read twice is two dates: a Date can be changed");
	}
}
