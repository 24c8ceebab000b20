package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao demo} and {@code jixiao report ID}: the whole job on the store. */
class DemoCommandTest {

	@TempDir
	Path dir;

	@Test
	void demoCreatesTheStoreLoadsTheSampleOnceAndRendersPdfDocxXlsx() throws Exception {
		Path db = dir.resolve("fresh/db");
		Path target = dir.resolve("out");
		Cli.Result result = Cli.run("demo", "--db", db.toString(), "--out", target.toString()).expect(0);
		List<String> lines = result.out().lines().toList();
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评报告.pdf").toString()), result.out());
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评报告.docx").toString()), result.out());
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评表.xlsx").toString()), result.out());
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(Files.size(Path.of(line)) > 1000, line);
		}
		String summary = lines.get(lines.size() - 1);
		assertTrue(summary.contains("99.30") && summary.contains("优"), summary);
		assertTrue(result.err().contains("[1/4]") && result.err().contains("[4/4]"), result.err());

		Cli.run("demo", "--db", db.toString(), "--out", target.toString()).expect(0);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size(), "the sample is loaded once");
		}
	}

	@Test
	void reportRendersAStoredEvaluationByIdAndNamesAMissingOne() throws Exception {
		Path db = dir.resolve("db");
		long id;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			id = store.insert(EvaluationResources.referenceSample(), "tester");
		}
		Path target = dir.resolve("by-id");
		Cli.Result result = Cli.run("report", Long.toString(id), "--format", "pdf",
				"--out", target.toString(), "--db", db.toString()).expect(0);
		assertTrue(Files.isRegularFile(target.resolve("2023-党政办公室-自评报告.pdf")), result.out());

		result = Cli.run("report", "4711", "--format", "pdf", "--out", target.toString(), "--db", db.toString()).expect(1);
		assertTrue(result.err().contains("4711"), result.err());
	}
}
