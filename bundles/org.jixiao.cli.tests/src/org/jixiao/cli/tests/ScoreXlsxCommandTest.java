package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.jixiao.cli.internal.JixiaoCommand;
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

import picocli.CommandLine;

/** {@code jixiao score FILE.xlsx}: an official table scored directly, its import problems shown with their cells. */
class ScoreXlsxCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

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
		assertEquals(0, run("score", table.toString()), err.toString());
		String text = out.toString();
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
		assertEquals(0, run("score", table.toString(), "--format", "json"), err.toString());
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
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
		assertEquals(0, run("score", table(sample, "adjusted.xlsx").toString()), err.toString());
		assertTrue(out.toString().contains("2 import problem(s):"), out.toString());
		assertTrue(out.toString().contains("  warning 部门整体支出绩效自评表!G"), out.toString());
	}

	@Test
	void aTextActualFailsWithTheCellAndExitCode2() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		indicator(sample, 1).setActualText("三十");
		Path table = table(sample, "text-actual.xlsx");
		assertEquals(2, run("score", table.toString()));
		assertTrue(err.toString().matches("(?s)jixiao score: 部门整体支出绩效自评表!E\\d+: 实际完成值 '三十' is not a number of unit 名.*"),
				err.toString());
		assertFalse(err.toString().contains("at org."), "no stack trace: " + err);
	}

	@Test
	void aTruncatedTableFailsNamingTheFileAndExitCode2() throws Exception {
		Path table = table(EvaluationResources.referenceSample(), "whole.xlsx");
		byte[] bytes = Files.readAllBytes(table);
		Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(bytes, bytes.length / 3));
		assertEquals(2, run("score", truncated.toString()));
		assertTrue(err.toString().contains(truncated + ": not a readable .xlsx workbook"), err.toString());
	}
}
