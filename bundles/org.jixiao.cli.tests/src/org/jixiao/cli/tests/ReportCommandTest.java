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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code jixiao report FILE}: the paths printed, and a clear message with exit code 2 on bad input. */
class ReportCommandTest {

	@TempDir
	Path dir;

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();
	private Path sample;

	@BeforeEach
	void writeSample() throws Exception {
		sample = dir.resolve("2023-dangzhengban.xmi");
		EvaluationResources.save(EvaluationResources.referenceSample(), sample);
	}

	private int run(String... args) {
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void printsThePathsOfTheDocumentsWritten() {
		Path target = dir.resolve("out");
		assertEquals(0, run("report", sample.toString(), "--format", "pdf,xlsx", "--out", target.toString()), err.toString());
		List<String> paths = out.toString().lines().toList();
		assertEquals(List.of(target.resolve("2023-党政办公室-自评报告.pdf").toString(),
				target.resolve("2023-党政办公室-自评表.pdf").toString(),
				target.resolve("2023-党政办公室-自评表.xlsx").toString()), paths);
		for (String path : paths) {
			assertTrue(Files.isRegularFile(Path.of(path)), path);
		}
		assertTrue(err.toString().contains("自评表.xlsx"), "progress on stderr: " + err);
	}

	@Test
	void aMissingFileIsBadInputNamingTheFile() {
		Path missing = dir.resolve("missing.xmi");
		assertEquals(2, run("report", missing.toString(), "--out", dir.resolve("out").toString()));
		assertTrue(err.toString().contains(missing.toString()), err.toString());
		assertEquals("", out.toString());
	}

	@Test
	void anUnknownFormatIsBadInputNamingTheFormat() {
		assertEquals(2, run("report", sample.toString(), "--format", "pdf,odt", "--out", dir.resolve("out").toString()));
		assertTrue(err.toString().contains("odt"), err.toString());
		assertTrue(err.toString().contains("xlsx"), "the known formats are listed: " + err);
		assertTrue(Files.notExists(dir.resolve("out")), "nothing is written");
	}

	@Test
	void anUnwritableOutputDirectoryIsBadInputNamingTheDirectory() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		Path target = file.resolve("out");
		assertEquals(2, run("report", sample.toString(), "--format", "pdf", "--out", target.toString()));
		assertTrue(err.toString().contains(target.toString()), err.toString());
		assertEquals("x", Files.readString(file), "nothing already there is lost");
	}
}
