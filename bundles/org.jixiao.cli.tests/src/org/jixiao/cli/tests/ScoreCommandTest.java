package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code jixiao score FILE}: the table, the JSON, the exit codes and the messages on bad input. */
class ScoreCommandTest {

	@TempDir
	Path dir;

	private Path sample;

	@BeforeEach
	void writeSample() throws Exception {
		sample = Cli.referenceSample(dir);
	}

	@Test
	void theReferenceSampleScores99Point3WithEveryRowExplained() {
		Cli.Result result = Cli.run("score", sample.toString()).expect(0);
		String text = result.out();
		assertTrue(text.contains("99.30"), text);
		assertTrue(text.contains("优") || text.contains("excellent"), text);
		assertTrue(text.contains("25567092.46"), text);
		assertTrue(text.contains("3 × 23/30 = 2.30"), "the deviation's reasoning is shown: " + text);
		assertTrue(text.contains("非公党建工作指导员补助发放"), text);
	}

	@Test
	void jsonHasTheTotalTheBudgetTheRowsAndTheDiagnostics() {
		Cli.Result result = Cli.run("score", sample.toString(), "--format", "json").expect(0);
		JsonObject json = JsonParser.parseString(result.out()).getAsJsonObject();
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
		for (var diagnostic : json.getAsJsonArray("diagnostics")) {
			assertEquals("info", diagnostic.getAsJsonObject().get("severity").getAsString(),
					"the sample's only diagnostics say which actuals are approximate (300余篇): " + diagnostic);
		}
	}

	@Test
	void anotherRuleSetCanBeChosen() {
		Cli.Result result = Cli.run("score", sample.toString(), "--rule-set", "transfer-2020", "--format", "json").expect(0);
		assertEquals("transfer-2020", JsonParser.parseString(result.out()).getAsJsonObject().get("ruleSet").getAsString());
	}

	@Test
	void anUnknownRuleSetIsAClearMessageAndExitCode2() {
		Cli.Result result = Cli.run("score", sample.toString(), "--rule-set", "dept-9999").expect(2);
		assertTrue(result.err().contains("dept-9999"), result.err());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
	}

	@Test
	void aTruncatedFileIsAClearMessageAndExitCode2() throws Exception {
		byte[] bytes = Files.readAllBytes(sample);
		Path truncated = dir.resolve("truncated.xmi");
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
		Cli.Result result = Cli.run("score", truncated.toString()).expect(2);
		assertTrue(result.err().contains(truncated.toString()), result.err());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
	}

	@Test
	void aTargetInChineseNumeralsIsReadWithAnInfoNamingTheRow() throws Exception {
		Evaluation evaluation = EvaluationResources.load(sample);
		Indicator indicator = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		indicator.setTargetText("≥三十名");
		Path chinese = dir.resolve("chinese.xmi");
		EvaluationResources.save(evaluation, chinese);
		Cli.Result result = Cli.run("score", chinese.toString(), "--format", "json").expect(0);
		JsonArray diagnostics = JsonParser.parseString(result.out()).getAsJsonObject().getAsJsonArray("diagnostics");
		JsonObject diagnostic = null;
		for (var found : diagnostics) {
			if ("产出指标 / 数量指标 / 发展党员".equals(found.getAsJsonObject().get("path").getAsString())) {
				diagnostic = found.getAsJsonObject();
			}
		}
		assertTrue(diagnostic != null, diagnostics.toString());
		assertEquals("info", diagnostic.get("severity").getAsString());
		assertEquals("Indicator.targetParses", diagnostic.get("code").getAsString());
		assertEquals("'≥三十名' is read as 30名 (written in Chinese numerals)", diagnostic.get("message").getAsString()
				.substring(diagnostic.get("message").getAsString().indexOf(": ") + 2));
	}

	@Test
	void aMissingFileIsExitCode2() {
		Cli.Result result = Cli.run("score", dir.resolve("none.xmi").toString()).expect(2);
		assertTrue(result.err().contains("none.xmi"), result.err());
	}

	@Test
	void anXlsxThatIsNoWorkbookIsAClearMessageAndExitCode2() throws Exception {
		Path xlsx = Files.writeString(dir.resolve("table.xlsx"), "x", StandardCharsets.UTF_8);
		Cli.Result result = Cli.run("score", xlsx.toString()).expect(2);
		assertTrue(result.err().contains(xlsx + ": the file is neither a spreadsheet (.xlsx, .xls, .ods) nor an evaluation (.xmi)"), result.err());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
	}
}
