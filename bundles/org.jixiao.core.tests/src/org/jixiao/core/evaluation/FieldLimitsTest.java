package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.Test;

/** {@link FieldLimits#unstorable}: the values of an evaluation file the store's columns cannot keep. */
class FieldLimitsTest {

	@Test
	void theReferenceSampleFitsAndParagraphsHaveNoLimit() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		assertEquals(List.of(), FieldLimits.unstorable(sample));
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		first.setDeviationReason("长".repeat(100_000));
		sample.getNarrative().get(0).getParagraphs().add("段".repeat(100_000));
		assertEquals(List.of(), FieldLimits.unstorable(sample), "paragraphs are CLOBs");
	}

	@Test
	void aTextLongerThanItsColumnAndAnOverlongDecimalAreNamedWithTheirPlace() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		first.setName("长".repeat(1500));
		first.setTargetText("≥" + "9".repeat(4000));
		sample.getBudget().setExecuted(new BigDecimal("1" + "0".repeat(80)));
		sample.getDepartment().setName("局".repeat(401));
		List<String> problems = FieldLimits.unstorable(sample);
		assertEquals(4, problems.size(), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("name has 1500 characters, more than the 1000")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("targetText has 4001 characters, more than the 4000")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("executed has 81 characters, more than the 64")), problems.toString());
		assertTrue(problems.stream().anyMatch(p -> p.contains("name has 401 characters, more than the 400")), problems.toString());
	}
}
