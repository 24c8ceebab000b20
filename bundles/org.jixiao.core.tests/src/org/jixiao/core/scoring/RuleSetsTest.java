package org.jixiao.core.scoring;

import static org.jixiao.core.scoring.Rows.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.jixiao.core.evaluation.RuleSetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Built-in and department rule sets, and clear failures naming the id or file and the cause. */
class RuleSetsTest {

	private static final String VALID = """
			{ "id": "dept-2024", "name": "某部门规则",
			  "weights": { "budgetExecution": 20, "output": 40, "benefit": 20, "satisfaction": 20 },
			  "budgetExecution": { "capPercent": 100, "explanationBelowPercent": 95 },
			  "overAchievementPercent": 150, "reverseFormula": "ratio",
			  "qualitativeBands": [ { "grade": "notAchieved", "fromPercent": 0, "toPercent": 40 },
			                        { "grade": "partial", "fromPercent": 40, "toPercent": 85 },
			                        { "grade": "achieved", "fromPercent": 85, "toPercent": 100 } ],
			  "lateScoreCapPercent": 70,
			  "grades": [ { "grade": "poor", "minScore": 0 }, { "grade": "excellent", "minScore": 95 },
			              { "grade": "good", "minScore": 85 }, { "grade": "fair", "minScore": 60 } ],
			  "rounding": { "scale": 1, "mode": "HALF_EVEN" } }
			""";

	@Test
	void readsMof2020() {
		RuleSet rules = RuleSets.builtIn("mof-2020");
		assertEquals("mof-2020", rules.id());
		assertEquals(new WeightTemplate(d("10"), d("50"), d("30"), d("10")), rules.weights());
		assertEquals(d("100"), rules.executionCapPercent());
		assertEquals(d("90"), rules.executionExplanationPercent());
		assertEquals(d("130"), rules.overAchievementPercent());
		assertEquals(ReverseFormula.LINEAR, rules.reverseFormula());
		assertEquals(List.of(new QualitativeBand(QualitativeGrade.NOT_ACHIEVED, d("0"), d("60")),
				new QualitativeBand(QualitativeGrade.PARTIAL, d("60"), d("80")),
				new QualitativeBand(QualitativeGrade.ACHIEVED, d("80"), d("100"))), rules.qualitativeBands());
		assertEquals(d("80"), rules.lateScoreCapPercent());
		assertEquals(List.of(new GradeBand(Grade.EXCELLENT, d("90")), new GradeBand(Grade.GOOD, d("80")),
				new GradeBand(Grade.FAIR, d("60")), new GradeBand(Grade.POOR, d("0"))), rules.gradeBands());
		assertEquals(2, rules.scale());
		assertEquals(RoundingMode.HALF_UP, rules.roundingMode());
	}

	@Test
	void readsTransfer2020() {
		RuleSet rules = RuleSets.builtIn(RuleSets.TRANSFER_2020);
		assertEquals(ReverseFormula.RATIO, rules.reverseFormula());
		assertEquals(d("50"), rules.band(QualitativeGrade.PARTIAL).fromPercent());
		assertEquals(d("50"), rules.band(QualitativeGrade.NOT_ACHIEVED).toPercent());
		assertEquals(List.of("mof-2020", "transfer-2020"), RuleSets.builtInIds());
	}

	@Test
	void refusesAnUnknownId() {
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.builtIn("mof-2021"));
		assertEquals("mof-2021", e.source());
		assertEquals("Unknown rule set 'mof-2021'; available: mof-2020, transfer-2020", e.getMessage());
	}

	@Test
	void readsADepartmentsFileWithoutCode(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("dept-2024.json"), VALID, StandardCharsets.UTF_8);
		RuleSet rules = new RuleSetService(folder).rulesForId("dept-2024");
		assertEquals("某部门规则", rules.name());
		assertEquals(Grade.EXCELLENT, rules.grade(d("95")));
		assertEquals(Grade.GOOD, rules.grade(d("94.9")));
		assertEquals(d("2.4"), rules.round(d("2.45")), "HALF_EVEN at one decimal");
		Scorer scorer = new Scorer(rules);
		assertEquals(d("3.2"), scorer.score(Rows.row("有效改善", "部分达成", "8")).score(), "40% of 8");
		assertEquals(RuleSets.builtIn("mof-2020"), new RuleSetService(folder).rulesForId("mof-2020"), "falls back to the built-in set");
		assertThrows(RuleSetException.class, () -> new RuleSetService(folder).rulesForId("dept-2025"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
			cut off             | {"id": "x",                          | Rule set dept.json cannot be used: line 1, column 12: not valid JSON (a comma, quote or bracket missing or too many?)
			trailing comma      | {"id": "x",}                         | Rule set dept.json cannot be used: line 1, column 13: not valid JSON
			not an object       | [1, 2]                               | Rule set dept.json cannot be used: '$' must be an object
			missing key         | {"id": "x"}                          | Rule set dept.json cannot be used: 'name' is missing
			""")
	void refusesMalformedJson(String what, String json, String start) {
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.parse(new StringReader(json), "dept.json"));
		assertTrue(e.getMessage().startsWith(start), e.getMessage());
		assertFalse(e.getMessage().contains("gson") || e.getMessage().contains("http") || e.getMessage().contains("Exception"),
				"no library internals or web address: " + e.getMessage());
		assertEquals("dept.json", e.source());
	}

	@Test
	void aSyntaxErrorIsPlacedByLineAndColumn() {
		RuleSetException e = assertThrows(RuleSetException.class,
				() -> RuleSets.parse(new StringReader("{\"id\": \"x\",\n  \"name\" \"y\"}"), "dept.json"));
		assertTrue(e.getMessage().startsWith("Rule set dept.json cannot be used: line 2, column 11: not valid JSON"), e.getMessage());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
			"capPercent": 100     | "capPercent": "100%"    | 'budgetExecution.capPercent' must be a number
			"reverseFormula": "ratio" | "reverseFormula": "quadratic" | 'reverseFormula' is 'quadratic'; expected one of linear, ratio
			"satisfaction": 20    | "satisfaction": 25      | the weights template adds up to 105 instead of 100, or has a negative weight
			"toPercent": 40       | "toPercent": 45         | the qualitative bands must cover 0% to 100% without gaps or overlaps, in the order not achieved, partly achieved, achieved
			"grade": "partial"    | "grade": "achieved"     | the qualitative bands must cover 0% to 100% without gaps or overlaps, in the order not achieved, partly achieved, achieved
			"minScore": 85        | "minScore": 96          | the grade bands must list each grade at most once, better grades with higher minimum scores, the lowest minimum being 0
			"lateScoreCapPercent": 70 | "lateScoreCapPercent": 170 | 'lateScoreCapPercent' is 170; it must lie within [0, 100]
			"overAchievementPercent": 150 | "overAchievementPercent": 90 | 'overAchievementPercent' is 90; it must lie within [100, 1000]
			"scale": 1            | "scale": 1.5            | 'rounding.scale' must be a whole number
			"mode": "HALF_EVEN"   | "mode": "UNNECESSARY"   | the rounding mode UNNECESSARY cannot round scores
			"mode": "HALF_EVEN"   | "mode": "half-up"       | 'rounding.mode' is 'half-up'; expected one of UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN, HALF_EVEN, UNNECESSARY
			"name": "某部门规则"  | "nmae": "某部门规则"    | 'nmae' is not a known setting
			"id": "dept-2024"     | "id": ""                | 'id' must be a non-empty text
			""")
	void namesTheFaultySetting(String valid, String faulty, String cause) {
		String json = VALID.replace(valid, faulty);
		assertTrue(!json.equals(VALID), "the test replaces something");
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.parse(new StringReader(json), "dept.json"));
		assertEquals("Rule set dept.json cannot be used: " + cause, e.getMessage());
	}

	@Test
	void requiresTheIdToMatchTheFileName(@TempDir Path folder) throws IOException {
		Path file = folder.resolve("other.json");
		Files.writeString(file, VALID, StandardCharsets.UTF_8);
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.read(file));
		assertEquals("Rule set " + file + " cannot be used: the file declares the id 'dept-2024' but is named for 'other'",
				e.getMessage());
	}

	@Test
	void namesAMissingFile(@TempDir Path folder) {
		Path file = folder.resolve("absent.json");
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSets.read(file));
		assertEquals("Rule set " + file + " cannot be used: no such file", e.getMessage());
	}

	@AfterEach
	void forgetDepartmentFolder() {
		System.clearProperty(RuleSetService.DIRECTORY_PROPERTY);
	}

	@Test
	void writesWhatItReads() throws IOException {
		for (RuleSet rules : List.of(RuleSets.builtIn(RuleSets.MOF_2020), RuleSets.parse(new StringReader(VALID), "dept"))) {
			StringWriter json = new StringWriter();
			RuleSets.write(rules, json);
			assertEquals(rules, RuleSets.parse(new StringReader(json.toString()), "written"), json.toString());
		}
	}

	@Test
	void prefersTheDepartmentsVersionAndSeesItChange(@TempDir Path folder) throws IOException {
		System.setProperty(RuleSetService.DIRECTORY_PROPERTY, folder.toString());
		assertEquals(RuleSets.builtIn(RuleSets.MOF_2020), RuleSetService.getDefault().rulesForId(null));
		assertFalse(RuleSetService.getDefault().isCustomized(RuleSets.MOF_2020));

		RuleSet builtIn = RuleSets.builtIn(RuleSets.MOF_2020);
		RuleSet strict = new RuleSet(builtIn.id(), builtIn.name(), builtIn.weights(), builtIn.executionCapPercent(),
				builtIn.executionExplanationPercent(), builtIn.overAchievementPercent(), builtIn.reverseFormula(),
				builtIn.qualitativeBands(), builtIn.lateScoreCapPercent(),
				List.of(new GradeBand(Grade.EXCELLENT, d("95")), new GradeBand(Grade.GOOD, d("85")),
						new GradeBand(Grade.FAIR, d("60")), new GradeBand(Grade.POOR, d("0"))),
				builtIn.scale(), builtIn.roundingMode());
		Path file = RuleSetService.getDefault().save(strict);
		assertEquals(folder.resolve("mof-2020.json"), file);
		assertTrue(RuleSetService.getDefault().isCustomized(RuleSets.MOF_2020));
		assertEquals(strict, RuleSetService.getDefault().rulesForId(""));
		assertEquals(Grade.GOOD, RuleSetService.getDefault().rulesForId(RuleSets.MOF_2020).grade(d("93")));
		assertEquals(List.of(RuleSets.MOF_2020, RuleSets.TRANSFER_2020), RuleSetService.getDefault().availableIds());

		Files.writeString(file, Files.readString(file).replace("\"minScore\": 95", "\"minScore\": 99"));
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
		assertEquals(d("99"), RuleSetService.getDefault().rulesForId(RuleSets.MOF_2020).gradeBands().getFirst().minScore());

		assertTrue(RuleSetService.getDefault().remove(RuleSets.MOF_2020));
		assertEquals(builtIn, RuleSetService.getDefault().rulesForId(RuleSets.MOF_2020));
		assertFalse(RuleSetService.getDefault().remove(RuleSets.MOF_2020));
	}

	@Test
	void listsAndUsesTheDepartmentsOwnRuleSets(@TempDir Path folder) throws IOException {
		System.setProperty(RuleSetService.DIRECTORY_PROPERTY, folder.toString());
		Files.writeString(folder.resolve("dept-2024.json"), VALID, StandardCharsets.UTF_8);
		assertEquals(List.of(RuleSets.MOF_2020, RuleSets.TRANSFER_2020, "dept-2024"), RuleSetService.getDefault().availableIds());
		assertEquals(ReverseFormula.RATIO, RuleSetService.getDefault().rulesForId("dept-2024").reverseFormula());
	}

	@Test
	void namesABrokenDepartmentFile(@TempDir Path folder) throws IOException {
		System.setProperty(RuleSetService.DIRECTORY_PROPERTY, folder.toString());
		Path file = folder.resolve("mof-2020.json");
		Files.writeString(file, "{ \"id\": \"mof-2020\" }", StandardCharsets.UTF_8);
		RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSetService.getDefault().rulesForId(RuleSets.MOF_2020));
		assertEquals("Rule set " + file + " cannot be used: 'name' is missing", e.getMessage());
	}
}
