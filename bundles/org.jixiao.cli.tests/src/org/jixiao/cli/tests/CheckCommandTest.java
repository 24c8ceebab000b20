package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The skeleton command line proves Derby, EMF and BIRT work inside the OSGi runtime. */
class CheckCommandTest {

	@Test
	void versionNamesTheProductAndItsVersion() {
		Cli.Result result = Cli.run("--version").expect(0);
		assertTrue(result.out().contains("Jixiao Workbench 0.1.0"), result.out());
	}

	@Test
	void helpListsTheCheckCommand() {
		Cli.Result result = Cli.run("--help").expect(0);
		assertTrue(result.out().contains("check"), result.out());
	}

	@Test
	void checkRendersAPdfWithChineseTextAndAnEmbeddedCjkFont(@TempDir Path dir) throws Exception {
		Path pdf = dir.resolve("check.pdf");
		Cli.Result result = Cli.run("check", "--db", dir.resolve("db").toString(), "--out", pdf.toString()).expect(0);
		assertEquals(pdf.toAbsolutePath().toString(), result.out().trim());
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
		Cli.Result result = Cli.run("check", "--db", db.toString(), "--out", dir.resolve("x.pdf").toString()).expect(1);
		assertTrue(result.err().contains(db.toString()), result.err());
		assertTrue(result.err().contains("FileSystemException") || result.err().contains("not-a-directory"), result.err());
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
