package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.cli.internal.JixiaoCommand;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/** {@code jixiao score FILE}: the table, the JSON, the exit codes and the messages on bad input. */
class ScoreCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private Path sample;

	@BeforeEach
	void writeSample() throws Exception {
		sample = dir.resolve("2023-dangzhengban.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
	}

	private int run(String... args) {
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void theReferenceSampleScores99Point3WithEveryRowExplained() {
		assertEquals(0, run("score", sample.toString()), err.toString());
		String text = out.toString();
		assertTrue(text.contains("99.30"), text);
		assertTrue(text.contains("优") || text.contains("excellent"), text);
		assertTrue(text.contains("25567092.46"), text);
		assertTrue(text.contains("3 × 23/30 = 2.30"), "the deviation's reasoning is shown: " + text);
		assertTrue(text.contains("非公党建工作指导员补助发放"), text);
	}

	@Test
	void jsonHasTheTotalTheBudgetTheRowsAndTheDiagnostics() {
		assertEquals(0, run("score", sample.toString(), "--format", "json"), err.toString());
		JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
		assertEquals(new BigDecimal("99.30"), json.get("total").getAsBigDecimal());
		assertEquals("优", json.get("grade").getAsString());
		JsonObject budget = json.getAsJsonObject("budget");
		assertEquals(new BigDecimal("100.00"), budget.get("rate").getAsBigDecimal());
		assertEquals(new BigDecimal("10.00"), budget.get("score").getAsBigDecimal());
		assertEquals(new BigDecimal("10"), budget.get("weight").getAsBigDecimal());
		JsonArray indicators = json.getAsJsonArray("indicators");
		assertTrue(indicators.size() >= 40);
		JsonObject first = indicators.get(0).getAsJsonObject();
		for (String key : new String[] { "level1", "level2", "name", "target", "actual", "weight", "score", "explanation", "adjusted" }) {
			assertTrue(first.has(key), key);
		}
		assertEquals("产出指标", first.get("level1").getAsString());
		assertEquals("数量指标", first.get("level2").getAsString());
		assertTrue(json.getAsJsonArray("diagnostics").isEmpty(), json.getAsJsonArray("diagnostics").toString());
	}

	@Test
	void anotherRuleSetCanBeChosen() {
		assertEquals(0, run("score", sample.toString(), "--rule-set", "transfer-2020", "--format", "json"), err.toString());
		assertEquals("transfer-2020", JsonParser.parseString(out.toString()).getAsJsonObject().get("ruleSet").getAsString());
	}

	@Test
	void anUnknownRuleSetIsAClearMessageAndExitCode2() {
		assertEquals(2, run("score", sample.toString(), "--rule-set", "dept-9999"));
		assertTrue(err.toString().contains("dept-9999"), err.toString());
		assertFalse(err.toString().contains("at org."), "no stack trace: " + err);
	}

	@Test
	void aTruncatedFileIsAClearMessageAndExitCode2() throws Exception {
		byte[] bytes = Files.readAllBytes(sample);
		Path truncated = dir.resolve("truncated.xmi");
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
		assertEquals(2, run("score", truncated.toString()));
		assertTrue(err.toString().contains(truncated.toString()), err.toString());
		assertFalse(err.toString().contains("at org."), "no stack trace: " + err);
	}

	@Test
	void aTargetInChineseNumeralsIsAnErrorNamingTheRowAndExitCode1() throws Exception {
		Evaluation evaluation = EvaluationResources.load(sample);
		Indicator indicator = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		indicator.setTargetText("≥三十名");
		Path faulty = dir.resolve("faulty.xmi");
		EvaluationResources.save(evaluation, faulty);
		assertEquals(1, run("score", faulty.toString(), "--format", "json"));
		JsonArray diagnostics = JsonParser.parseString(out.toString()).getAsJsonObject().getAsJsonArray("diagnostics");
		assertEquals(1, diagnostics.size(), diagnostics.toString());
		JsonObject diagnostic = diagnostics.get(0).getAsJsonObject();
		assertEquals("error", diagnostic.get("severity").getAsString());
		assertEquals("Indicator.targetParses", diagnostic.get("code").getAsString());
		assertEquals("产出指标 / 数量指标 / 发展党员", diagnostic.get("path").getAsString());
		assertTrue(diagnostic.get("message").getAsString().contains("≥三十名"), diagnostic.toString());
	}

	@Test
	void aMissingFileIsExitCode2() {
		assertEquals(2, run("score", dir.resolve("none.xmi").toString()));
		assertTrue(err.toString().contains("none.xmi"), err.toString());
	}

	@Test
	void anXlsxThatIsNoWorkbookIsAClearMessageAndExitCode2() throws Exception {
		Path xlsx = Files.writeString(dir.resolve("table.xlsx"), "x", StandardCharsets.UTF_8);
		assertEquals(2, run("score", xlsx.toString()));
		assertTrue(err.toString().contains(xlsx + ": not a readable .xlsx workbook"), err.toString());
		assertFalse(err.toString().contains("at org."), "no stack trace: " + err);
	}
}
