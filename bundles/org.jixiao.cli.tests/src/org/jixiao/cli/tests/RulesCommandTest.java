package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.RuleSetService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code jixiao rules}: the listing, a rule set exported, edited, imported as the department's own and
 * used by {@code score}, and the messages on a broken file or an unknown id. The department's folder is
 * a temporary one for each test.
 */
class RulesCommandTest {

	@TempDir
	Path dir;

	private Path folder;
	private String previous;

	@BeforeEach
	void useATemporaryDepartmentFolder() {
		previous = System.getProperty(RuleSetService.DIRECTORY_PROPERTY);
		folder = dir.resolve("rulesets");
		System.setProperty(RuleSetService.DIRECTORY_PROPERTY, folder.toString());
	}

	@AfterEach
	void restoreTheDepartmentFolder() {
		if (previous == null) {
			System.clearProperty(RuleSetService.DIRECTORY_PROPERTY);
		} else {
			System.setProperty(RuleSetService.DIRECTORY_PROPERTY, previous);
		}
	}

	@Test
	void listShowsBothBuiltInRuleSetsAndTheDepartmentFolder() {
		Cli.Result result = Cli.run("rules").expect(0);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).startsWith("mof-2020\tbuilt-in\t财政部"), result.out());
		assertTrue(lines.get(1).startsWith("transfer-2020\tbuilt-in\t"), result.out());
		assertTrue(lines.get(2).contains(folder.toString()), result.out());
		assertEquals(result.out(), Cli.run("rules", "list").expect(0).out(), "rules is rules list");
	}

	@Test
	void anEditedGradeMinimumIsImportedShownAndScoredBy() throws Exception {
		Path sample = Cli.referenceSample(dir);
		assertEquals("优", grade(sample));

		Path exported = Path.of(Cli.run("rules", "export", "mof-2020", dir.toString()).expect(0).out().strip());
		assertEquals(dir.resolve("mof-2020.json").toAbsolutePath(), exported);
		JsonObject json = JsonParser.parseString(Files.readString(exported, StandardCharsets.UTF_8)).getAsJsonObject();
		for (JsonElement grade : json.getAsJsonArray("grades")) {
			if (grade.getAsJsonObject().get("grade").getAsString().equals("excellent")) {
				grade.getAsJsonObject().addProperty("minScore", new BigDecimal("99.5"));
			}
		}
		Files.writeString(exported, new GsonBuilder().setPrettyPrinting().create().toJson(json), StandardCharsets.UTF_8);

		Cli.Result imported = Cli.run("rules", "import", exported.toString()).expect(0);
		assertEquals(folder.resolve("mof-2020.json").toString(), imported.out().strip());
		assertTrue(Files.isRegularFile(folder.resolve("mof-2020.json")));
		assertTrue(Cli.run("rules").expect(0).out().contains("mof-2020\tdepartment's own\t"));

		String shown = Cli.run("rules", "show", "mof-2020").expect(0).out();
		assertTrue(shown.contains("优 Excellent: 99.5 and above"), shown);
		assertTrue(shown.contains("良 Good: 80 and above"), shown);
		assertTrue(shown.contains(folder.resolve("mof-2020.json").toString()), shown);

		assertEquals("良", grade(sample), "the department's rule set grades 99.30 below its 99.5 for 优");

		Cli.run("rules", "remove", "mof-2020").expect(0);
		assertFalse(Files.exists(folder.resolve("mof-2020.json")));
		assertEquals("优", grade(sample), "the built-in rule set applies again");
		Cli.run("rules", "remove", "mof-2020").expect(2);
	}

	@Test
	void showPrintsEveryNumberOfTheBuiltInRuleSet() {
		String shown = Cli.run("rules", "show", "transfer-2020").expect(0).out();
		assertTrue(shown.contains("Source: built-in"), shown);
		assertTrue(shown.contains("budget execution 10, output 50, benefit 30, satisfaction 10"), shown);
		assertTrue(shown.contains("scores up to 100%; below 90%"), shown);
		assertTrue(shown.contains("ratio, w × A / B"), shown);
		assertTrue(shown.contains("[80%, 100%]") && shown.contains("[50%, 80%)") && shown.contains("[0%, 50%)"), shown);
		assertTrue(shown.contains("at most 80% of its weight"), shown);
		assertTrue(shown.contains("2 decimals, HALF_UP"), shown);
	}

	@Test
	void aMalformedFileIsRefusedWithExitCode2NamingItAndNothingIsSaved() throws Exception {
		Path broken = Files.writeString(dir.resolve("mof-2020.json"), "{ \"id\": \"mof-2020\", \"weights\": ", StandardCharsets.UTF_8);
		Cli.Result result = Cli.run("rules", "import", broken.toString()).expect(2);
		assertTrue(result.err().startsWith("jixiao rules import: Rule set " + broken + " cannot be used: "), result.err());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
		assertEquals("", result.out());
		assertFalse(Files.exists(folder.resolve("mof-2020.json")), "nothing is saved");

		Path misnamed = dir.resolve("my-rules.json");
		Cli.run("rules", "export", "mof-2020", misnamed.toString()).expect(0);
		result = Cli.run("rules", "import", misnamed.toString()).expect(2);
		assertTrue(result.err().contains(misnamed.toString()) && result.err().contains("my-rules"), result.err());
	}

	@Test
	void anUnknownIdIsAClearMessageAndANonZeroExitCode() {
		Cli.Result result = Cli.run("rules", "show", "dept-9999");
		assertNotEquals(0, result.exitCode());
		assertTrue(result.err().contains("dept-9999") && result.err().contains("mof-2020"), result.err());
		assertFalse(result.err().contains("at org."), "no stack trace: " + result.err());
		assertEquals("", result.out());
		Cli.run("rules", "export", "dept-9999", dir.resolve("x.json").toString()).expect(2);
		assertFalse(Files.exists(dir.resolve("x.json")));
	}

	@Test
	void exportKeepsAnExistingFileUnlessForceIsGiven() throws Exception {
		Path file = Files.writeString(dir.resolve("kept.json"), "keep me", StandardCharsets.UTF_8);
		Cli.Result result = Cli.run("rules", "export", "mof-2020", file.toString()).expect(2);
		assertTrue(result.err().contains(file.toString()), result.err());
		assertEquals("keep me", Files.readString(file, StandardCharsets.UTF_8));
		Cli.run("rules", "export", "mof-2020", file.toString(), "--force").expect(0);
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("\"mof-2020\""));
	}

	/** @return the grade {@code jixiao score} gives the file */
	private static String grade(Path sample) {
		String json = Cli.run("score", sample.toString(), "--format", "json").expect(0).out();
		JsonObject score = JsonParser.parseString(json).getAsJsonObject();
		assertEquals("99.30", score.get("total").getAsString());
		return score.get("grade").getAsString();
	}
}
