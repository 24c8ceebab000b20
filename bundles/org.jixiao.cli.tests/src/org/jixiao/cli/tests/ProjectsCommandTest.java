package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao new --kind project} and {@code jixiao projects ID}: project evaluations beside the department's. */
class ProjectsCommandTest {

	private static final List<String> NAMES = List.of("人员支出", "公用支出", "村干部报酬", "党建专项资金", "党政业务专项", "运转保障专项", "人社业务专项",
			"人才扶持专项", "政府采购");

	@TempDir
	Path dir;

	private Path db;
	private long id;

	@BeforeEach
	void storeTheDepartment() throws Exception {
		db = dir.resolve("db");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			id = store.insert(EvaluationResources.referenceSample(), "tester");
		}
	}

	private void storeTheProjects(List<Evaluation> projects) throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			for (Evaluation project : projects) {
				store.insert(project, "tester");
			}
		}
	}

	@Test
	void newCreatesAProjectEvaluationFromTheDepartmentsProjectListAndItsModulesTemplates() throws Exception {
		Cli.Result result = Cli.run("new", "--kind", "project", "--project", "村干部报酬", "--from", Long.toString(id), "--db", db.toString())
				.expect(0);
		long project = Long.parseLong(result.out().strip());
		Evaluation evaluation;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			evaluation = store.load(project);
		}
		assertEquals(EvaluationKind.PROJECT, evaluation.getKind());
		assertEquals("村干部报酬", evaluation.getProjectName());
		assertEquals("219001-23-0003", evaluation.getProjectCode());
		assertEquals(new BigDecimal("3106400.00"), evaluation.getBudget().getAdjustedBudget());
		assertTrue(evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.allMatch(i -> "partybuilding".equals(i.getModuleId())), "the project's module's templates");
		BigDecimal total = evaluation.getBudget().getWeight();
		for (IndicatorCategory category : evaluation.getCategories()) {
			total = total.add(category.getWeight());
		}
		assertEquals(0, BigDecimal.valueOf(100).compareTo(total), total.toPlainString());

		result = Cli.run("new", "--kind", "project", "--project", "村干部报酬", "--from", Long.toString(id), "--db", db.toString()).expect(2);
		assertTrue(result.err().contains("村干部报酬") && result.err().contains(Long.toString(project)), result.err());
		result = Cli.run("projects", Long.toString(id), "--db", db.toString()).expect(0);
		assertTrue(result.out().lines().anyMatch(l -> l.startsWith("村干部报酬") && l.endsWith(Long.toString(project))), result.out());
		assertTrue(result.err().contains("9 budget projects, 1 with a project evaluation, 0 reconciliation warnings"), result.err());
	}

	@Test
	void badProjectInputIsExitCode2NamingTheCause() {
		Cli.Result result = Cli.run("new", "--kind", "project", "--project", "没有这个项目", "--from", Long.toString(id), "--db", db.toString())
				.expect(2);
		assertTrue(result.err().contains("没有这个项目") && result.err().contains("政府采购"), result.err());
		result = Cli.run("new", "--kind", "programme", "--project", "政府采购", "--from", Long.toString(id), "--db", db.toString()).expect(2);
		assertTrue(result.err().contains("programme"), result.err());
		result = Cli.run("new", "--kind", "project", "--project", "政府采购", "--db", db.toString()).expect(2);
		assertTrue(result.err().contains("--from"), result.err());
		Cli.run("new", "--department", "人社局", "--year", "2024", "--db", db.toString()).expect(2);
	}

	@Test
	void projectsListsTheNineWithExecutionRateScoreAndGradeAndTheyReconcile() throws Exception {
		storeTheProjects(EvaluationResources.referenceProjects());
		Cli.Result result = Cli.run("projects", Long.toString(id), "--db", db.toString()).expect(0);
		List<String> lines = result.out().lines().toList();
		assertEquals(10, lines.size(), result.out());
		for (int i = 0; i < NAMES.size(); i++) {
			String line = lines.get(i + 1);
			assertTrue(line.startsWith(NAMES.get(i)) && line.contains("100.00%"), line);
			assertTrue(line.contains(i == 3 ? "96.50" : "100.00 "), line);
		}
		assertTrue(lines.get(1).contains("12,356,820.35"), lines.get(1));
		assertFalse(result.out().contains("Warning"), result.out());
		assertTrue(result.err().contains("9 budget projects, 9 with a project evaluation, 0 reconciliation warnings"), result.err());
	}

	@Test
	void aPlantedDifferenceIsAWarningNamingTheProjectAndBothAmounts() throws Exception {
		List<Evaluation> projects = EvaluationResources.referenceProjects();
		projects.get(7).getBudget().setAdjustedBudget(new BigDecimal("990000.00"));
		storeTheProjects(projects);
		Cli.Result result = Cli.run("projects", Long.toString(id), "--db", db.toString()).expect(0);
		List<String> warnings = result.out().lines().filter(l -> l.startsWith("Warning")).toList();
		assertEquals(1, warnings.size(), result.out());
		assertTrue(warnings.get(0).contains("人才扶持专项") && warnings.get(0).contains("980,000.00") && warnings.get(0).contains("990,000.00"),
				warnings.get(0));
		assertTrue(result.err().contains("1 reconciliation warnings"), result.err());
	}

	@Test
	void importingAProjectEvaluationBesideItsDepartmentIsNoDuplicateButTheSameProjectAgainIs() throws Exception {
		Path file = dir.resolve("project-03.xmi");
		EvaluationResources.save(EvaluationResources.referenceProjects().get(2), file);
		Cli.run("import", file.toString(), "--db", db.toString()).expect(0);
		Cli.Result again = Cli.run("import", file.toString(), "--db", db.toString()).expect(2);
		assertTrue(again.err().contains("project-03.xmi"), again.err());
		Path department = Cli.referenceSample(dir);
		Cli.run("import", department.toString(), "--db", db.toString()).expect(2);
	}

	@Test
	void theIdOfAProjectEvaluationIsRefused() throws Exception {
		long project;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			project = store.insert(EvaluationResources.referenceProjects().get(0), "tester");
		}
		Cli.Result result = Cli.run("projects", Long.toString(project), "--db", db.toString()).expect(2);
		assertTrue(result.err().contains("人员支出"), result.err());
	}

	@Test
	void reportAndPackageOfAStoredProjectWriteTheProjectsDocumentsNamedByTheProject() throws Exception {
		long project;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			project = store.insert(EvaluationResources.referenceProjects().get(3), "tester");
		}
		Path out = dir.resolve("out");
		Cli.Result result = Cli.run("report", Long.toString(project), "--format", "pdf,docx,xlsx", "--out", out.toString(), "--db", db.toString())
				.expect(0);
		for (String name : List.of("2023-党政办公室-党建专项资金-项目支出绩效自评报告.pdf", "2023-党政办公室-党建专项资金-项目支出绩效自评报告.docx",
				"2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf", "2023-党政办公室-党建专项资金-项目支出绩效自评表.docx",
				"2023-党政办公室-党建专项资金-项目支出绩效自评表.xlsx")) {
			assertTrue(result.out().contains(out.resolve(name).toString()), name + " in " + result.out());
			assertTrue(Files.size(out.resolve(name)) > 0, name);
		}
		Cli.Result packaged = Cli.run("package", Long.toString(project), "--draft", "--out", dir.resolve("package").toString(), "--db", db.toString())
				.expect(0);
		Path zip = Path.of(packaged.out().strip());
		assertTrue(zip.getFileName().toString().startsWith("2023-党政办公室-党建专项资金-报送包"), zip.toString());
		try (ZipFile entries = new ZipFile(zip.toFile())) {
			List<String> names = entries.stream().map(ZipEntry::getName).toList();
			assertEquals(List.of("2023-党政办公室-党建专项资金-项目支出绩效自评报告.pdf", "2023-党政办公室-党建专项资金-项目支出绩效自评报告.docx",
					"2023-党政办公室-党建专项资金-项目支出绩效自评表.pdf", "2023-党政办公室-党建专项资金-项目支出绩效自评表.xlsx", "2023-党政办公室-党建专项资金.xmi",
					"manifest.json", "manifest.json.sha256"), names);
		}
		Cli.run("verify", zip.toString()).expect(0);
	}
}
