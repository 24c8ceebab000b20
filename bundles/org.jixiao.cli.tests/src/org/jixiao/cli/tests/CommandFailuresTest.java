package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.cli.internal.JixiaoCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine;

/**
 * A command that fails with a {@link Throwable} it does not handle prints one line naming its file or id
 * and the cause and exits non-zero; {@code jixiao batch} runs command lines through the same entry.
 */
class CommandFailuresTest {

	@TempDir
	Path dir;

	private Path sample;

	@BeforeEach
	void writeSample() throws Exception {
		sample = Cli.referenceSample(dir);
	}

	@Test
	void anErrorInsideACommandIsOneLineNamingTheFileAndTheCauseWithExitCode1() {
		Cli.Result result = Cli.run("score", sample.toString(), "--inject-error").expect(1);
		List<String> lines = result.err().lines().filter(l -> !l.isBlank()).toList();
		assertEquals(1, lines.size(), result.err());
		assertTrue(lines.get(0).contains(sample.toString()), lines.get(0));
		assertTrue(lines.get(0).contains("NoClassDefFoundError"), lines.get(0));
		assertTrue(lines.get(0).startsWith("jixiao score"), lines.get(0));
		assertFalse(result.err().contains("\tat "), "no stack trace on the terminal: " + result.err());
		assertEquals("", result.out());
	}

	@Test
	void anErrorInsideAStoreCommandNamesTheId() {
		Cli.Result result = Cli.run("export", "42", "--out", dir.resolve("x.xlsx").toString(), "--db",
				dir.resolve("db").toString(), "--inject-error").expect(1);
		assertTrue(result.err().startsWith("jixiao export: 42: "), result.err());
		assertTrue(Files.notExists(dir.resolve("db")), "the command did not run");
	}

	@Test
	void theHiddenOptionIsNotInTheHelp() {
		assertFalse(Cli.run("score").expect(2).err().contains("inject-error"), "the usage of score");
		assertFalse(Cli.run("--help").expect(0).out().contains("batch"));
	}

	@Test
	void batchRunsEachLineAsItsOwnCommandLineAndAnswersOneJsonLineEach() throws Exception {
		String input = String.join("\n", "[\"score\", \"" + sample + "\"]", "", "not json", "[\"score\", \"" + sample
				+ "\", \"--inject-error\"]", "[\"score\", \"missing.xmi\"]", "[\"batch\"]", "[\"--version\"]") + "\n";
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		InputStream stdin = System.in;
		int exitCode;
		try {
			System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
			CommandLine commandLine = JixiaoCommand.commandLine();
			commandLine.setOut(new PrintWriter(out, true));
			commandLine.setErr(new PrintWriter(err, true));
			exitCode = commandLine.execute("batch");
		} finally {
			System.setIn(stdin);
		}
		assertEquals(0, exitCode, err.toString());
		List<JsonObject> results = out.toString().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
		assertEquals(6, results.size(), out.toString());
		assertEquals(List.of(1, 3, 4, 5, 6, 7), results.stream().map(r -> r.get("line").getAsInt()).toList());
		JsonObject scored = results.get(0);
		assertEquals(0, scored.get("exit").getAsInt(), scored.toString());
		assertTrue(scored.get("out").getAsString().contains("99.30"), scored.toString());
		assertEquals(2, results.get(1).get("exit").getAsInt(), "a line that is no JSON array");
		assertEquals(1, results.get(2).get("exit").getAsInt(), "an Error inside the command");
		assertTrue(results.get(2).get("err").getAsString().contains("NoClassDefFoundError"), results.get(2).toString());
		assertEquals(2, results.get(3).get("exit").getAsInt(), "a file that does not exist");
		assertTrue(results.get(3).get("err").getAsString().contains("missing.xmi"), results.get(3).toString());
		assertEquals(2, results.get(4).get("exit").getAsInt(), "no batch inside a batch");
		assertTrue(results.get(5).get("out").getAsString().contains("Jixiao Workbench"), results.get(5).toString());
	}
}
