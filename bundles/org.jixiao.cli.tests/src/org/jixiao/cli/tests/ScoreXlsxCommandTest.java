package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jixiao score FILE.xlsx}: an official table scored directly, its import problems shown with their cells. */
class ScoreXlsxCommandTest {

	@TempDir
	Path dir;

	private Path table(Evaluation evaluation, String name) throws Exception {
		Path file = dir.resolve(name);
		new XlsxExporter().write(evaluation, file);
		return file;
	}

	private static Indicator indicator(Evaluation evaluation, int index) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(index);
	}

	@Test
	void theReferenceTableScores99Point30() throws Exception {
		Path table = table(EvaluationResources.referenceSample(), "2023-dangzhengban.xlsx");
		Cli.Result result = Cli.run("score", table.toString()).expect(0);
		String text = result.out();
		assertTrue(text.contains("99.30"), text);
		assertTrue(text.contains("3 × 23/30 = 2.30"), text);
		assertFalse(text.contains("Sheet"), "no import problems: " + text);
	}

	@Test
	void statedScoresThatDifferAreDiagnosticsNamingTheirCells() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		ScoreAdjustment adjustment = EvaluationFactory.eINSTANCE.createScoreAdjustment();
		adjustment.setScore(BigDecimal.ONE);
		adjustment.setReason("officer's deduction");
		indicator(sample, 1).setAdjustment(adjustment);
		Path table = table(sample, "adjusted.xlsx");
		Cli.Result result = Cli.run("score", table.toString(), "--format", "json").expect(0);
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
		assertEquals(new BigDecimal("99.30"), json.get("total").getAsBigDecimal(), "the engine's score stands");
		JsonArray problems = json.getAsJsonArray("importProblems");
		assertEquals(2, problems.size(), problems.toString());
		JsonObject row = problems.get(0).getAsJsonObject();
		assertEquals("warning", row.get("severity").getAsString());
		assertTrue(row.get("cell").getAsString().matches("部门整体支出绩效自评表!G\\d+"), row.toString());
		assertTrue(problems.get(1).getAsJsonObject().get("message").getAsString().contains("总分"), problems.toString());
	}

	@Test
	void textImportProblemsFollowTheTable() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		ScoreAdjustment adjustment = EvaluationFactory.eINSTANCE.createScoreAdjustment();
		adjustment.setScore(BigDecimal.ONE);
		adjustment.setReason("officer's deduction");
		indicator(sample, 1).setAdjustment(adjustment);
		Cli.Result result = Cli.run("score", table(sample, "adjusted.xlsx").toString()).expect(0);
		assertTrue(result.out().contains("2 import problem(s):"), result.out());
		assertTrue(result.out().contains("  warning 部门整体支出绩效自评表!G"), result.out());
	}

	@Test
	void aChineseNumeralActualScoresAsANumber() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		indicator(sample, 1).setActualText("三十");
		Cli.Result result = Cli.run("score", table(sample, "chinese-actual.xlsx").toString()).expect(0);
		assertTrue(result.out().contains("99.30"), result.out());
	}

	@Test
	void aRowThatCannotBeScoredIsFlaggedItsCellNamedAndTheExitCodeIs1() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		indicator(sample, 1).setActualText("很多");
		Cli.Result result = Cli.run("score", table(sample, "word-actual.xlsx").toString()).expect(1);
		assertTrue(result.out().contains("✗ 产出指标 / 数量指标 / " + indicator(sample, 1).getName()), result.out());
		assertTrue(result.out().matches("(?s).*  error 部门整体支出绩效自评表!E\\d+: 实际完成值 '很多' is not a figure: the officer scores this row.*"),
				result.out());
		assertTrue(result.out().contains("Total "), "the total of whatever scores: " + result.out());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
	}

	@Test
	void aTruncatedTableFailsNamingTheFileAndExitCode2() throws Exception {
		Path table = table(EvaluationResources.referenceSample(), "whole.xlsx");
		byte[] bytes = Files.readAllBytes(table);
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 3));
		Cli.Result result = Cli.run("score", truncated.toString()).expect(2);
		assertTrue(result.err().contains(truncated + ": the file is damaged or incomplete"), result.err());
	}
}
