package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jixiao report FILE}: the paths printed, and a clear message with exit code 2 on bad input. */
class ReportCommandTest {

	@TempDir
	Path dir;

	private Path sample;

	@BeforeEach
	void writeSample() throws Exception {
		sample = Cli.referenceSample(dir);
	}

	@Test
	void printsThePathsOfTheDocumentsWritten() {
		Path target = dir.resolve("out");
		Cli.Result result = Cli.run("report", sample.toString(), "--format", "pdf,xlsx", "--out", target.toString()).expect(0);
		List<String> paths = result.out().lines().toList();
		assertEquals(List.of(target.resolve("2023-党政办公室-自评报告.pdf").toString(),
				target.resolve("2023-党政办公室-自评表.pdf").toString(),
				target.resolve("2023-党政办公室-自评表.xlsx").toString()), paths);
		for (String path : paths) {
			assertTrue(Files.isRegularFile(Path.of(path)), path);
		}
		assertTrue(result.err().contains("自评表.xlsx"), "progress on stderr: " + result.err());
	}

	@Test
	void aMissingFileIsBadInputNamingTheFile() {
		Path missing = dir.resolve("missing.xmi");
		Cli.Result result = Cli.run("report", missing.toString(), "--out", dir.resolve("out").toString()).expect(2);
		assertTrue(result.err().contains(missing.toString()), result.err());
		assertEquals("", result.out());
	}

	@Test
	void anUnknownFormatIsBadInputNamingTheFormat() {
		Cli.Result result = Cli.run("report", sample.toString(), "--format", "pdf,odt",
				"--out", dir.resolve("out").toString()).expect(2);
		assertTrue(result.err().contains("odt"), result.err());
		assertTrue(result.err().contains("xlsx"), "the known formats are listed: " + result.err());
		assertTrue(Files.notExists(dir.resolve("out")), "nothing is written");
	}

	@Test
	void anUnwritableOutputDirectoryIsBadInputNamingTheDirectory() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file"), "x");
		Path target = file.resolve("out");
		Cli.Result result = Cli.run("report", sample.toString(), "--format", "pdf", "--out", target.toString()).expect(2);
		assertTrue(result.err().contains(target.toString()), result.err());
		assertEquals("x", Files.readString(file), "nothing already there is lost");
	}
}
