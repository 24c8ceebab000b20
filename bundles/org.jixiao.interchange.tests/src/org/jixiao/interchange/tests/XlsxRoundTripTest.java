package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.ImportProblem;
import org.jixiao.interchange.ImportResult;
import org.jixiao.testing.TableContent;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.interchange.XlsxImporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.MoneyUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export → import gives the evaluation back, as far as the table holds it ({@link TableContent}). */
class XlsxRoundTripTest {

	private static final RuleSet MOF = RuleSets.builtIn(RuleSets.MOF_2020);

	@TempDir
	Path dir;

	private ImportResult roundTrip(Evaluation evaluation, String name) throws Exception {
		Path file = dir.resolve(name);
		new XlsxExporter(MOF).write(evaluation, file);
		return new XlsxImporter(MOF).read(file);
	}

	@Test
	void theReferenceSampleRoundTripsAndStillScores99Point30() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		ImportResult imported = roundTrip(sample, "sample.xlsx");
		Evaluation expected = TableContent.of(sample, MOF);
		assertEquals(List.of(), TableContent.differences(expected, imported.evaluation()));
		assertTrue(TableContent.equal(expected, imported.evaluation()));
		assertEquals(List.of(), imported.problems(), "no warnings: the stated scores are the engine's");
		ScoreSheet scores = new EvaluationScorer(MOF).score(imported.evaluation());
		assertEquals(0, new BigDecimal("99.30").compareTo(scores.total()), scores.total().toPlainString());
		assertEquals(0, new BigDecimal("99.3").compareTo(imported.statedTotal()));
		assertEquals("优", imported.statedGrade());
		assertEquals(0, new BigDecimal("25567092.46").compareTo(imported.evaluation().getBudget().getAdjustedBudget()));
		assertEquals(44, countIndicators(imported.evaluation()));
	}

	@Test
	void aSecondRoundTripChangesNothingAtAll() throws Exception {
		Evaluation first = roundTrip(EvaluationResources.referenceSample(), "first.xlsx").evaluation();
		Evaluation second = roundTrip(first, "second.xlsx").evaluation();
		assertEquals(List.of(), TableContent.differences(first, second));
		assertTrue(TableContent.equal(first, second), "EMF equality over every persistent feature, numbers by value");
	}

	@Test
	void theSampleInWanYuanKeepsEveryFen() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setMoneyUnit(MoneyUnit.WAN_YUAN);
		ImportResult imported = roundTrip(sample, "wan.xlsx");
		assertEquals(MoneyUnit.WAN_YUAN, imported.evaluation().getMoneyUnit());
		assertEquals(new BigDecimal("25567092.46"), imported.evaluation().getBudget().getAdjustedBudget());
		assertEquals(new BigDecimal("13839326.53"), imported.evaluation().getBudget().getBreakdowns().get(3).getInitialBudget());
		assertEquals(List.of(), TableContent.differences(TableContent.of(sample, MOF), imported.evaluation()));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void syntheticEvaluationsRoundTrip(long seed) throws Exception {
		Evaluation evaluation = Evaluations.synthetic(seed);
		ImportResult imported = roundTrip(evaluation, "synthetic-" + seed + ".xlsx");
		assertEquals(List.of(), TableContent.differences(TableContent.of(evaluation, MOF), imported.evaluation()));
		assertEquals(List.of(), imported.problems().stream().filter(ImportProblem::isError).toList());
		ScoreSheet before = new EvaluationScorer(MOF).score(evaluation);
		ScoreSheet after = new EvaluationScorer(MOF).score(imported.evaluation());
		assertEquals(0, before.total().compareTo(after.total()), before.total() + " vs " + after.total());
	}

	static int countIndicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream())
				.mapToInt(s -> s.getIndicators().size()).sum();
	}
}
