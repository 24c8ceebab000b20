package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao list|copy|audit|delete|backup|restore} on an embedded store given with --db. */
class StoreCommandsTest {

	@TempDir
	Path dir;

	private Path db;
	private long id;

	@BeforeEach
	void storeTheSample() throws Exception {
		db = dir.resolve("db");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			id = store.insert(EvaluationResources.referenceSample(), "tester");
		}
	}

	@Test
	void listShowsTheStoredEvaluationWithScoreAndGrade() {
		Cli.Result result = Cli.run("list", "--db", db.toString()).expect(0);
		String table = result.out();
		assertTrue(table.contains("党政办公室") && table.contains("2023") && table.contains("99.30") && table.contains("优"), table);
		result = Cli.run("list", "--db", db.toString(), "--year", "2030").expect(0);
		assertTrue(!result.out().contains("党政办公室"), result.out());
		result = Cli.run("list", "--db", db.toString(), "--status", "maybe").expect(2);
		assertTrue(result.err().contains("maybe"), result.err());
	}

	@Test
	void copyAuditAndDeleteWorkAndReportTheirOutcome() {
		Cli.Result result = Cli.run("copy", Long.toString(id), "--year", "2024",
				"--db", db.toString(), "--user", "planner").expect(0);
		long copy = Long.parseLong(result.out().strip());
		result = Cli.run("audit", Long.toString(copy), "--db", db.toString()).expect(0);
		assertTrue(result.out().contains("COPIED") && result.out().contains("planner"), result.out());
		Cli.run("delete", Long.toString(copy), "--db", db.toString()).expect(0);
		result = Cli.run("delete", Long.toString(copy), "--db", db.toString()).expect(1);
		assertTrue(result.err().contains(Long.toString(copy)), result.err());
		result = Cli.run("audit", Long.toString(copy), "--db", db.toString()).expect(0);
		assertTrue(result.out().contains("DELETED"), result.out());
		Cli.run("copy", Long.toString(id), "--db", db.toString()).expect(2); // --year is required
	}

	@Test
	void backupAndRestoreThroughTheCommandLine() throws Exception {
		Cli.Result result = Cli.run("backup", "--to", dir.resolve("backups").toString(), "--db", db.toString()).expect(0);
		Path backup = Path.of(result.out().strip());
		assertTrue(Files.isRegularFile(backup.resolve("service.properties")), backup.toString());
		Cli.run("delete", Long.toString(id), "--db", db.toString()).expect(0);
		Cli.run("restore", backup.toString(), "--db", db.toString()).expect(0);
		result = Cli.run("list", "--db", db.toString()).expect(0);
		assertTrue(result.out().contains("党政办公室"), result.out());
		Cli.run("restore", backup.toString(), "--db", "jdbc:derby://localhost:1527/x").expect(2);
		Cli.run("restore", dir.toString(), "--db", dir.resolve("other").toString()).expect(1);
	}
}
