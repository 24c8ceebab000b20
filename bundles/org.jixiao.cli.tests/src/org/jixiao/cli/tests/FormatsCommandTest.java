package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.TableFormats;
import org.jixiao.interchange.XmiInterchange;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao formats} and {@code --format-id}: the listing, a format exported, edited and imported as
 * the department's own, a broken file refused naming its key, and a project evaluation exported in the
 * 四川 layout and imported back with the format detected and recorded.
 */
class FormatsCommandTest {

	@TempDir
	Path dir;

	private Path folder;
	private String previous;

	@BeforeEach
	void useATemporaryDepartmentFolder() {
		previous = System.getProperty(TableFormats.DIRECTORY_PROPERTY);
		folder = dir.resolve("formats");
		System.setProperty(TableFormats.DIRECTORY_PROPERTY, folder.toString());
	}

	@AfterEach
	void restoreTheDepartmentFolder() {
		if (previous == null) {
			System.clearProperty(TableFormats.DIRECTORY_PROPERTY);
		} else {
			System.setProperty(TableFormats.DIRECTORY_PROPERTY, previous);
		}
	}

	@Test
	void listShowsTheFourBuiltInFormatsAndShowPrintsTheColumns() {
		Cli.Result result = Cli.run("formats").expect(0);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.get(0).startsWith("central-department\tbuilt-in\tdepartment\t"), result.out());
		assertTrue(lines.get(1).startsWith("central-project\tbuilt-in\t"), result.out());
		assertTrue(lines.get(2).startsWith("sichuan-project\tbuilt-in\tproject,carriedOver\t"), result.out());
		assertTrue(lines.get(3).startsWith("chongqing-department\tbuilt-in\tdepartment\t"), result.out());
		assertTrue(lines.get(4).contains(folder.toString()), result.out());
		String shown = Cli.run("formats", "show", "sichuan-project").expect(0).out();
		assertTrue(shown.contains("budget 预算执行情况（10分）"), shown);
		assertTrue(shown.contains("度量单位 → unit"), shown);
		assertTrue(shown.contains("text 评价结论 (at most 200 characters)"), shown);
		Cli.Result unknown = Cli.run("formats", "show", "hainan-project").expect(2);
		assertTrue(unknown.err().contains("hainan-project") && unknown.err().contains("sichuan-project"), unknown.err());
	}

	@Test
	void aFormatIsExportedEditedImportedAndRemovedAndABrokenOneIsRefusedNamingTheKey() throws Exception {
		Path exported = Path.of(Cli.run("formats", "export", "chongqing-department", dir.toString()).expect(0).out().strip());
		assertEquals(dir.resolve("chongqing-department.json").toAbsolutePath(), exported);
		String json = Files.readString(exported, StandardCharsets.UTF_8);
		Path edited = dir.resolve("edited.json");
		Files.writeString(edited, json.replace("\"id\": \"chongqing-department\"", "\"id\": \"chongqing-2025\""), StandardCharsets.UTF_8);
		Cli.Result imported = Cli.run("formats", "import", edited.toString()).expect(0);
		assertEquals(folder.resolve("chongqing-2025.json").toString(), imported.out().strip());
		assertTrue(Cli.run("formats", "list").expect(0).out().contains("chongqing-2025\tdepartment's own\tdepartment"));

		Path broken = dir.resolve("broken.json");
		Files.writeString(broken, json.replace("\"field\": \"scoreRate\"", "\"field\": \"scoreRatio\""), StandardCharsets.UTF_8);
		Cli.Result refused = Cli.run("formats", "import", broken.toString()).expect(2);
		assertTrue(refused.err().contains("blocks[3].columns[7].field") && refused.err().contains("scoreRatio")
				&& refused.err().contains(broken.toString()), refused.err());
		assertFalse(Files.exists(folder.resolve("chongqing-department.json")), "nothing is kept of a refused file");

		Cli.run("formats", "remove", "chongqing-2025").expect(0);
		assertFalse(Files.exists(folder.resolve("chongqing-2025.json")));
		Cli.run("formats", "remove", "central-project").expect(2);
		Cli.run("formats", "export", "chongqing-department", exported.toString()).expect(2);
	}

	@Test
	void aProjectExportedInTheSichuanLayoutIsImportedWithItsFormatDetectedAndRecorded() throws Exception {
		String db = dir.resolve("db").toString();
		Evaluation project = EvaluationResources.referenceProjects().get(3);
		Path xmi = dir.resolve("project.xmi");
		XmiInterchange.write(project, xmi);
		long id = Long.parseLong(Cli.run("import", xmi.toString(), "--db", db).expect(0).out().strip());
		Path table = dir.resolve("sichuan.xlsx");
		Cli.run("export", Long.toString(id), "--out", table.toString(), "--format-id", "sichuan-project", "--db", db).expect(0);
		Cli.Result reimported = Cli.run("import", table.toString(), "--db", db, "--as-new-version").expect(0);
		assertTrue(reimported.err().contains("Table format: sichuan-project"), reimported.err());
		long again = Long.parseLong(reimported.out().strip());
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			Evaluation read = store.load(again);
			assertEquals("sichuan-project", read.getFormatId());
			assertEquals(EvaluationKind.PROJECT, read.getKind());
			assertEquals(project.getProjectName(), read.getProjectName());
			assertEquals(0, project.getBudget().getExecuted().compareTo(read.getBudget().getExecuted()));
		}
		Cli.Result wrongKind = Cli.run("export", Long.toString(id), "--out", dir.resolve("x.xlsx").toString(), "--format-id",
				"chongqing-department", "--db", db).expect(2);
		assertTrue(wrongKind.err().contains("chongqing-department"), wrongKind.err());
		Cli.run("import", table.toString(), "--db", db, "--format-id", "no-such-format").expect(2);
		Path draft = dir.resolve("new.xmi");
		Cli.run("new", "--department", "示例局", "--year", "2025", "--modules", "general", "--format-id", "chongqing-department", "--out",
				draft.toString()).expect(0);
		assertEquals("chongqing-department", XmiInterchange.read(draft).getFormatId());
	}
}
