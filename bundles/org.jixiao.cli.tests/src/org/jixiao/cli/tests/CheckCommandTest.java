package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.cli.internal.JixiaoCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The skeleton command line proves Derby, EMF and BIRT work inside the OSGi runtime. */
class CheckCommandTest {

	private final StringWriter out = new StringWriter();
	private final StringWriter err = new StringWriter();

	private int run(String... args) {
		CommandLine commandLine = JixiaoCommand.commandLine();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		return commandLine.execute(args);
	}

	@Test
	void versionNamesTheProductAndItsVersion() {
		assertEquals(0, run("--version"));
		assertTrue(out.toString().contains("Jixiao Workbench 0.1.0"), out.toString());
	}

	@Test
	void helpListsTheCheckCommand() {
		assertEquals(0, run("--help"));
		assertTrue(out.toString().contains("check"), out.toString());
	}

	@Test
	void checkRendersAPdfWithChineseTextAndAnEmbeddedCjkFont(@TempDir Path dir) throws Exception {
		Path pdf = dir.resolve("check.pdf");
		assertEquals(0, run("check", "--db", dir.resolve("db").toString(), "--out", pdf.toString()), err.toString());
		assertEquals(pdf.toAbsolutePath().toString(), out.toString().trim());
		assertTrue(Files.size(pdf) > 1000, "the PDF is not empty");

		String text = tool("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").replace("\n", "");
		assertTrue(text.contains("部门整体支出绩效自评表"), text);
		assertTrue(text.contains("党政办公室"), "the EMF object's value reached the report: " + text);
		assertTrue(text.contains("1 row"), "the Derby row count reached the report: " + text);

		List<String> fonts = tool("pdffonts", pdf.toString()).lines().skip(2).toList();
		assertTrue(!fonts.isEmpty(), "the PDF names its fonts");
		for (String font : fonts) {
			assertTrue(font.contains(" yes "), "every font is embedded: " + font);
		}
		assertTrue(fonts.stream().anyMatch(f -> f.contains("CID TrueType")), "the CJK font is a configured TrueType one: " + fonts);
	}

	@Test
	void checkReportsAnUnusableDatabaseWithItsPath(@TempDir Path dir) throws IOException {
		Path blocker = dir.resolve("not-a-directory");
		Files.writeString(blocker, "x");
		Path db = blocker.resolve("db");
		assertEquals(1, run("check", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString()));
		assertTrue(err.toString().contains(db.toString()), err.toString());
		assertTrue(err.toString().contains("FileSystemException") || err.toString().contains("not-a-directory"), err.toString());
		assertTrue(Files.notExists(dir.resolve("x.pdf")), "nothing is rendered after a failed check");
	}

	private static String tool(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), command[0] + " finished");
		assertEquals(0, process.exitValue(), command[0] + " failed: " + output);
		return output;
	}
}
