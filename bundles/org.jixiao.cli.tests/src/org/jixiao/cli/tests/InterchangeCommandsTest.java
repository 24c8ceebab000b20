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
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.TableContent;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code jixiao import} and {@code export}: the reference sample goes xlsx → store → xlsx → store
 * unchanged, and a file that cannot be read leaves the store as it was.
 */
class InterchangeCommandsTest {

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
	void theReferenceSampleRoundTripsXlsxStoreXlsxStore() throws Exception {
		String db = dir.resolve("db").toString();
		Evaluation sample = EvaluationResources.referenceSample();
		Path first = dir.resolve("first.xlsx");
		new XlsxExporter().write(sample, first);

		assertEquals(0, run("import", first.toString(), "--db", db), err.toString());
		long firstId = Long.parseLong(out.toString().strip());
		Path second = dir.resolve("second.xlsx");
		assertEquals(0, run("export", Long.toString(firstId), "--out", second.toString(), "--db", db), err.toString());
		assertEquals(0, run("import", second.toString(), "--db", db), err.toString());
		long secondId = Long.parseLong(out.toString().strip());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			Evaluation once = store.load(firstId);
			Evaluation twice = store.load(secondId);
			Evaluation expected = TableContent.of(sample, RuleSets.builtIn(RuleSets.MOF_2020));
			assertTrue(TableContent.equal(expected, once), () -> TableContent.differences(expected, once).toString());
			assertTrue(TableContent.equal(once, twice), () -> TableContent.differences(once, twice).toString());
			List<EvaluationSummary> stored = store.list(EvaluationQuery.all());
			assertEquals(2, stored.size());
			assertEquals("99.30", stored.get(1).totalScore().toPlainString());
		}
	}

	@Test
	void xmiExportAndImportKeepEverything() throws Exception {
		String db = dir.resolve("db").toString();
		Path sample = dir.resolve("sample.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
		assertEquals(0, run("import", sample.toString(), "--db", db), err.toString());
		String id = out.toString().strip();
		Path exported = dir.resolve("exported.xmi");
		assertEquals(0, run("export", id, "--format", "xmi", "--out", exported.toString(), "--db", db), err.toString());
		assertEquals(0, run("score", exported.toString()), err.toString());
		assertTrue(out.toString().contains("99.30"), out.toString());
	}

	@Test
	void aFileThatCannotBeReadChangesNothingAndNamesTheCause() throws Exception {
		String db = dir.resolve("db").toString();
		Path good = dir.resolve("good.xlsx");
		new XlsxExporter().write(EvaluationResources.referenceSample(), good);
		assertEquals(0, run("import", good.toString(), "--db", db), err.toString());

		Path truncated = dir.resolve("truncated.xlsx");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertEquals(2, run("import", truncated.toString(), "--db", db));
		assertTrue(err.toString().contains("truncated.xlsx"), err.toString());

		Path missing = dir.resolve("missing.xmi");
		assertEquals(2, run("import", missing.toString(), "--db", db));
		assertTrue(err.toString().contains("missing.xmi"), err.toString());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
		assertEquals(1, run("export", "999", "--out", dir.resolve("x.xlsx").toString(), "--db", db));
		assertTrue(err.toString().contains("999"), err.toString());
		assertEquals(2, run("export", "1", "--out", dir.resolve("no/such/folder/x.xlsx").toString(), "--db", db));
		assertEquals(2, run("export", "1", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--db", db));
	}
}
