package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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

/**
 * {@code jixiao import} and {@code export}: the reference sample goes xlsx → store → xlsx → store
 * unchanged, and a file that cannot be read leaves the store as it was.
 */
class InterchangeCommandsTest {

	@TempDir
	Path dir;

	@Test
	void theReferenceSampleRoundTripsXlsxStoreXlsxStore() throws Exception {
		String db = dir.resolve("db").toString();
		Evaluation sample = EvaluationResources.referenceSample();
		Path first = dir.resolve("first.xlsx");
		new XlsxExporter().write(sample, first);

		Cli.Result result = Cli.run("import", first.toString(), "--db", db).expect(0);
		long firstId = Long.parseLong(result.out().strip());
		Path second = dir.resolve("second.xlsx");
		Cli.run("export", Long.toString(firstId), "--out", second.toString(), "--db", db).expect(0);
		result = Cli.run("import", second.toString(), "--db", db).expect(0);
		long secondId = Long.parseLong(result.out().strip());

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
		Cli.Result result = Cli.run("import", sample.toString(), "--db", db).expect(0);
		String id = result.out().strip();
		Path exported = dir.resolve("exported.xmi");
		Cli.run("export", id, "--format", "xmi", "--out", exported.toString(), "--db", db).expect(0);
		result = Cli.run("score", exported.toString()).expect(0);
		assertTrue(result.out().contains("99.30"), result.out());
	}

	@Test
	void aFileThatCannotBeReadChangesNothingAndNamesTheCause() throws Exception {
		String db = dir.resolve("db").toString();
		Path good = dir.resolve("good.xlsx");
		new XlsxExporter().write(EvaluationResources.referenceSample(), good);
		Cli.run("import", good.toString(), "--db", db).expect(0);

		Path truncated = dir.resolve("truncated.xlsx");
		byte[] bytes = Files.readAllBytes(good);
		Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		Cli.Result result = Cli.run("import", truncated.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains("truncated.xlsx"), result.err());

		Path missing = dir.resolve("missing.xmi");
		result = Cli.run("import", missing.toString(), "--db", db).expect(2);
		assertTrue(result.err().contains("missing.xmi"), result.err());

		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(Path.of(db)))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
		result = Cli.run("export", "999", "--out", dir.resolve("x.xlsx").toString(), "--db", db).expect(1);
		assertTrue(result.err().contains("999"), result.err());
		Cli.run("export", "1", "--out", dir.resolve("no/such/folder/x.xlsx").toString(), "--db", db).expect(2);
		Cli.run("export", "1", "--format", "pdf", "--out", dir.resolve("x.pdf").toString(), "--db", db).expect(2);
	}
}
