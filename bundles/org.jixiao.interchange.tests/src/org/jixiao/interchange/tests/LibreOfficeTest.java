package org.jixiao.interchange.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.interchange.XlsxExporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real office client opens the exported table: LibreOffice converts it to PDF. Skipped, saying so,
 * where {@code soffice} is not installed ({@code apt-get install libreoffice-calc-nogui}; the test
 * command's package installer brings it).
 */
class LibreOfficeTest {

	@TempDir
	Path dir;

	/** @return LibreOffice's soffice on the PATH, or null */
	static Path soffice() {
		String path = System.getenv("PATH");
		if (path == null) {
			return null;
		}
		for (String entry : path.split(File.pathSeparator)) {
			Path candidate = Path.of(entry, "soffice");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return null;
	}

	@Test
	void libreOfficeConvertsTheExportedTableToPdf() throws Exception {
		Path soffice = soffice();
		assumeTrue(soffice != null, "soffice is not on PATH: install libreoffice-calc-nogui to check that LibreOffice opens the exported .xlsx");
		Path table = dir.resolve("sample.xlsx");
		new XlsxExporter().write(EvaluationResources.referenceSample(), table);
		Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
				"--headless", "--convert-to", "pdf", "--outdir", dir.toString(), table.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve("soffice.log").toFile()).start();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "soffice finished within 2 minutes");
		String log = Files.readString(dir.resolve("soffice.log"), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), log);
		Path pdf = dir.resolve("sample.pdf");
		assertTrue(Files.exists(pdf), "no PDF: " + log);
		byte[] bytes = Files.readAllBytes(pdf);
		assertTrue(bytes.length > 10_000, "a PDF of the table, not an empty page: " + bytes.length + " bytes");
		assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
	}
}
