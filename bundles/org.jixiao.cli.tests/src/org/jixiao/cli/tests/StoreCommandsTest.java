package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.cli.internal.JixiaoCommand;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code jixiao list|copy|audit|delete|backup|restore} on an embedded store given with --db. */
class StoreCommandsTest {

	@TempDir
	Path dir;

	private Path db;
	private long id;
	private StringWriter out;
	private StringWriter err;

	@BeforeEach
	void storeTheSample() throws Exception {
		db = dir.resolve("db");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(db))) {
			id = store.insert(EvaluationResources.referenceSample(), "tester");
		}
	}

	private int run(String... args) {
		out = new StringWriter();
		err = new StringWriter();
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void listShowsTheStoredEvaluationWithScoreAndGrade() {
		assertEquals(0, run("list", "--db", db.toString()), err.toString());
		String table = out.toString();
		assertTrue(table.contains("党政办公室") && table.contains("2023") && table.contains("99.30") && table.contains("优"), table);
		assertEquals(0, run("list", "--db", db.toString(), "--year", "2030"));
		assertTrue(!out.toString().contains("党政办公室"), out.toString());
		assertEquals(2, run("list", "--db", db.toString(), "--status", "maybe"));
		assertTrue(err.toString().contains("maybe"), err.toString());
	}

	@Test
	void copyAuditAndDeleteWorkAndReportTheirOutcome() {
		assertEquals(0, run("copy", Long.toString(id), "--year", "2024", "--db", db.toString(), "--user", "planner"), err.toString());
		long copy = Long.parseLong(out.toString().strip());
		assertEquals(0, run("audit", Long.toString(copy), "--db", db.toString()), err.toString());
		assertTrue(out.toString().contains("COPIED") && out.toString().contains("planner"), out.toString());
		assertEquals(0, run("delete", Long.toString(copy), "--db", db.toString()), err.toString());
		assertEquals(1, run("delete", Long.toString(copy), "--db", db.toString()));
		assertTrue(err.toString().contains(Long.toString(copy)), err.toString());
		assertEquals(0, run("audit", Long.toString(copy), "--db", db.toString()));
		assertTrue(out.toString().contains("DELETED"), out.toString());
		assertEquals(2, run("copy", Long.toString(id), "--db", db.toString()), "--year is required");
	}

	@Test
	void backupAndRestoreThroughTheCommandLine() throws Exception {
		assertEquals(0, run("backup", "--to", dir.resolve("backups").toString(), "--db", db.toString()), err.toString());
		Path backup = Path.of(out.toString().strip());
		assertTrue(Files.isRegularFile(backup.resolve("service.properties")), backup.toString());
		assertEquals(0, run("delete", Long.toString(id), "--db", db.toString()), err.toString());
		assertEquals(0, run("restore", backup.toString(), "--db", db.toString()), err.toString());
		assertEquals(0, run("list", "--db", db.toString()), err.toString());
		assertTrue(out.toString().contains("党政办公室"), out.toString());
		assertEquals(2, run("restore", backup.toString(), "--db", "jdbc:derby://localhost:1527/x"));
		assertEquals(1, run("restore", dir.toString(), "--db", dir.resolve("other").toString()));
	}
}
