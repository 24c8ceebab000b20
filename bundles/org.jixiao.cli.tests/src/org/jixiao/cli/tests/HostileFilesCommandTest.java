package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's broken and hostile files on the command line: a second import of the same department and
 * year, a table with errors in {@code list}, output paths that are links, devices or folders, and
 * malformed rule sets. Each is refused or marked with a message, never a stack trace.
 */
class HostileFilesCommandTest {

	@TempDir
	Path dir;

	private String db() {
		return dir.resolve("db").toString();
	}

	private List<EvaluationSummary> stored() throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db())))) {
			return store.list(EvaluationQuery.all());
		}
	}

	private Path table(Evaluation evaluation, String name) throws Exception {
		Path table = dir.resolve(name);
		new XlsxExporter().write(evaluation, table);
		return table;
	}

	private static void assertNoStackTrace(Cli.Result result) {
		assertFalse(result.err().contains("\tat ") || result.err().contains("Exception") || result.out().contains("Exception"),
				"no stack trace or exception name: " + result.err());
	}

	@Test
	void aSecondImportOfTheSameDepartmentAndYearIsRefusedNamingTheStoredOneUnlessAsNewVersion() throws Exception {
		Path table = table(EvaluationResources.referenceSample(), "sample.xlsx");
		long first = Long.parseLong(Cli.run("import", table.toString(), "--db", db()).expect(0).out().strip());

		Cli.Result again = Cli.run("import", table.toString(), "--db", db()).expect(2);
		assertTrue(again.err().contains("evaluation " + first) && again.err().contains("--as-new-version")
				&& again.err().contains("党政办公室") && again.err().contains("2023"), again.err());
		assertEquals("", again.out());
		assertEquals(1, stored().size(), "nothing is stored");

		Cli.Result kept = Cli.run("import", table.toString(), "--db", db(), "--as-new-version").expect(0);
		long second = Long.parseLong(kept.out().strip());
		assertTrue(kept.err().contains("evaluation " + first) && kept.err().contains("evaluation " + second), kept.err());
		assertEquals(List.of(first, second), stored().stream().map(EvaluationSummary::id).toList(), "both are kept");
	}

	@Test
	void theDepartmentsEvaluationAndEachOfItsProjectsAreDifferentSubjectsOfTheSameYear() throws Exception {
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		Path department = dir.resolve("department.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), department);
		Path party = dir.resolve("party.xmi");
		EvaluationResources.save(projects.get(3), party);
		Path staff = dir.resolve("staff.xmi");
		EvaluationResources.save(projects.get(0), staff);
		Cli.run("import", department.toString(), "--db", db()).expect(0);
		long partyId = Long.parseLong(Cli.run("import", party.toString(), "--db", db()).expect(0).out().strip());
		Cli.run("import", staff.toString(), "--db", db()).expect(0);

		Cli.Result again = Cli.run("import", party.toString(), "--db", db()).expect(2);
		assertTrue(again.err().contains("as evaluation " + partyId + "."), "only the same project is named: " + again.err());
		Evaluation renamed = projects.get(3);
		renamed.setProjectName("党建专项资金（更名）");
		Path sameCode = dir.resolve("same-code.xmi");
		EvaluationResources.save(renamed, sameCode);
		Cli.run("import", sameCode.toString(), "--db", db()).expect(2);
		renamed.setProjectCode(null);
		EvaluationResources.save(renamed, sameCode);
		Cli.run("import", sameCode.toString(), "--db", db()).expect(0);
		assertEquals(4, stored().size(), "the department, the two projects and the project of a new name without a code");
	}

	@Test
	void listMarksTheTotalOfAnEvaluationWithErrorsAndCountsThem() throws Exception {
		Cli.run("import", table(EvaluationResources.referenceSample(), "sample.xlsx").toString(), "--db", db()).expect(0);
		Evaluation broken = EvaluationResources.referenceSample();
		broken.getDepartment().setName("示例局");
		Indicator indicator = broken.getCategories().get(1).getSubcategories().get(0).getIndicators().get(0);
		indicator.setWeight(indicator.getWeight().add(new BigDecimal("48.5")));
		Cli.Result imported = Cli.run("import", table(broken, "broken.xlsx").toString(), "--db", db()).expect(1);
		long id = Long.parseLong(imported.out().strip());

		Cli.Result list = Cli.run("list", "--db", db()).expect(0);
		String brokenLine = list.out().lines().filter(line -> line.strip().startsWith(id + " ")).findFirst().orElseThrow();
		assertTrue(brokenLine.matches(".*\\d+\\.\\d\\d✗\\s+-\\s+[1-9]\\d*\\s.*"), "total marked, no grade, the errors counted: " + brokenLine);
		String sampleLine = list.out().lines().filter(line -> line.contains("党政办公室")).findFirst().orElseThrow();
		assertTrue(sampleLine.matches(".*99\\.30\\s+优\\s+0\\s.*"), sampleLine);
		assertTrue(list.out().lines().findFirst().orElseThrow().contains("errors"), list.out());
		assertTrue(stored().stream().anyMatch(s -> s.id() == id && s.hasErrors()));
	}

	@Test
	void anEvaluationFileWithATextTooLongForTheStoreIsRefusedNamingItNotByTheDatabase() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0).setName("长".repeat(1500));
		Path file = dir.resolve("long-name.xmi");
		EvaluationResources.save(sample, file);
		Cli.Result result = Cli.run("import", file.toString(), "--db", db()).expect(2);
		assertTrue(result.err().contains("long-name.xmi") && result.err().contains("1500") && result.err().contains("1000"), result.err());
		assertFalse(result.err().contains("VARCHAR") || result.err().contains("22001"), "not Derby's message: " + result.err());
		assertNoStackTrace(result);
		assertEquals(List.of(), stored(), "nothing is stored");
	}

	@Test
	void anEvaluationFileThatBreaksTheRulesIsStoredAsADraftWithItsErrorsNamedAndExitCode1() throws Exception {
		Evaluation broken = EvaluationResources.referenceSample();
		Indicator indicator = broken.getCategories().get(1).getSubcategories().get(0).getIndicators().get(0);
		indicator.setWeight(new BigDecimal("1000000000000"));
		Path file = dir.resolve("huge-weight.xmi");
		EvaluationResources.save(broken, file);

		Cli.Result result = Cli.run("import", file.toString(), "--db", db()).expect(1);
		long id = Long.parseLong(result.out().strip());
		assertTrue(result.err().lines().anyMatch(line -> line.startsWith("error 效益指标 / 社会效益指标: ") && line.contains("1000000000016")),
				"the error names the group and its sum: " + result.err());
		assertNoStackTrace(result);
		assertTrue(stored().stream().anyMatch(s -> s.id() == id && s.hasErrors()), "stored as a draft with errors");
	}

	@Test
	void everySaveNamesItsUser() throws Exception {
		Cli.run("import", table(EvaluationResources.referenceSample(), "sample.xlsx").toString(), "--db", db()).expect(0);
		assertTrue(stored().stream().noneMatch(s -> s.modifiedBy() == null || s.modifiedBy().isBlank()), stored().toString());
	}

	@Test
	void exportRefusesALinkADeviceAndAFolderAndLeavesThemAlone() throws Exception {
		Cli.run("import", table(EvaluationResources.referenceSample(), "sample.xlsx").toString(), "--db", db()).expect(0);
		Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
		Path link = Files.createSymbolicLink(dir.resolve("link.xlsx"), victim);
		Cli.Result result = Cli.run("export", "1", "--out", link.toString(), "--db", db()).expect(2);
		assertTrue(result.err().contains("link.xlsx"), result.err());
		assertNoStackTrace(result);
		assertEquals("precious", Files.readString(victim));
		assertTrue(Files.isSymbolicLink(link));

		Cli.run("export", "1", "--out", "/dev/null", "--format", "xlsx", "--db", db()).expect(2);
		assertFalse(Files.isRegularFile(Path.of("/dev/null")), "the device is still a device");
		Path folder = Files.createDirectory(dir.resolve("folder.xmi"));
		Cli.run("export", "1", "--out", folder.toString(), "--db", db()).expect(2);
		assertTrue(Files.isDirectory(folder));

		Files.createSymbolicLink(dir.resolve("out.xlsx.tmp"), victim);
		Cli.run("export", "1", "--out", dir.resolve("out.xlsx").toString(), "--db", db()).expect(0);
		assertEquals("precious", Files.readString(victim), "a link at the old temporary name is not followed");
		assertTrue(Files.isRegularFile(dir.resolve("out.xlsx"), LinkOption.NOFOLLOW_LINKS));
		try (Stream<Path> files = Files.list(dir)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith(".jixiao-")), "no temporary file is left");
		}
		Path rules = Files.createSymbolicLink(dir.resolve("mof-2020.json"), victim);
		Cli.run("rules", "export", "mof-2020", rules.toString(), "--force").expect(2);
		assertEquals("precious", Files.readString(victim));
	}

	@Test
	void aMalformedRuleSetNamesTheLineAndColumnWithoutLibraryInternals() throws Exception {
		Path broken = Files.writeString(dir.resolve("mof-2020.json"), "{\n  \"id\": \"mof-2020\",\n  \"name\" \"x\"\n}",
				StandardCharsets.UTF_8);
		Path sample = dir.resolve("sample.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
		for (Cli.Result result : List.of(Cli.run("rules", "import", broken.toString()).expect(2),
				Cli.run("score", "--rule-set", broken.toString(), sample.toString()).expect(2),
				Cli.run("score", "--rule-set", broken.toString(), table(EvaluationResources.referenceSample(), "t.xlsx").toString()).expect(2))) {
			assertTrue(result.err().contains(broken.toString()) && result.err().contains("line 3, column 11"), result.err());
			assertFalse(result.err().contains("gson") || result.err().contains("http"), result.err());
			assertNoStackTrace(result);
		}
	}
}
