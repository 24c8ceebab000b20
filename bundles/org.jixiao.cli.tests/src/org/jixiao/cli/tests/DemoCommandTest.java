package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.cli.internal.JixiaoCommand;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code jixiao demo} and {@code jixiao report ID}: the whole job on the store. */
class DemoCommandTest {

	@TempDir
	Path dir;

	private StringWriter out;
	private StringWriter err;

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void demoCreatesTheStoreLoadsTheSampleOnceAndRendersPdfDocxXlsx() throws Exception {
		Path db = dir.resolve("fresh/db");
		Path target = dir.resolve("out");
		assertEquals(0, run("demo", "--db", db.toString(), "--out", target.toString()), err.toString());
		List<String> lines = out.toString().lines().toList();
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评报告.pdf").toString()), out.toString());
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评报告.docx").toString()), out.toString());
		assertTrue(lines.contains(target.resolve("2023-党政办公室-自评表.xlsx").toString()), out.toString());
		for (String line : lines.subList(0, lines.size() - 1)) {
			assertTrue(Files.size(Path.of(line)) > 1000, line);
		}
		String result = lines.get(lines.size() - 1);
		assertTrue(result.contains("99.30") && result.contains("优"), result);
		assertTrue(err.toString().contains("[1/4]") && err.toString().contains("[4/4]"), err.toString());

		assertEquals(0, run("demo", "--db", db.toString(), "--out", target.toString()), err.toString());
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
		assertEquals(0, run("report", Long.toString(id), "--format", "pdf", "--out", target.toString(), "--db", db.toString()),
				err.toString());
		assertTrue(Files.isRegularFile(target.resolve("2023-党政办公室-自评报告.pdf")), out.toString());

		assertEquals(1, run("report", "4711", "--format", "pdf", "--out", target.toString(), "--db", db.toString()));
		assertTrue(err.toString().contains("4711"), err.toString());
	}
}
