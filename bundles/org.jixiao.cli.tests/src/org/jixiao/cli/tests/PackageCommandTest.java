package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao package} and {@code jixiao verify}: the round trip of the reference sample, a byte
 * flipped in each member found and named, and a draft packaged only on request.
 */
class PackageCommandTest {

	@TempDir
	Path dir;

	private long store(EvaluationStatus status) throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setStatus(status);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")))) {
			return store.insert(sample, "tester");
		}
	}

	private static Map<String, byte[]> members(Path zip) throws Exception {
		Map<String, byte[]> members = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				members.put(entry.getName(), entries.readAllBytes());
			}
		}
		return members;
	}

	private static void write(Map<String, byte[]> members, Path zip) throws Exception {
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> member : members.entrySet()) {
				entries.putNextEntry(new ZipEntry(member.getKey()));
				entries.write(member.getValue());
				entries.closeEntry();
			}
		}
	}

	@Test
	void aFinalEvaluationIsPackagedVerifiedAndEveryFlippedByteIsNamed() throws Exception {
		long id = store(EvaluationStatus.FINAL);
		String db = dir.resolve("db").toString();
		Cli.Result packaged = Cli.run("package", Long.toString(id), "--out", dir.resolve("out").toString(), "--db", db).expect(0);
		Path zip = Path.of(packaged.out().strip());
		assertEquals("2023-党政办公室-报送包.zip", zip.getFileName().toString());
		Map<String, byte[]> members = members(zip);
		assertEquals(List.of("2023-党政办公室-自评报告.pdf", "2023-党政办公室-自评报告.docx", "2023-党政办公室-自评表.pdf",
				"2023-党政办公室-自评表.xlsx", "2023-党政办公室.xmi", "manifest.json", "manifest.json.sha256"), List.copyOf(members.keySet()));
		String manifest = new String(members.get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
		for (String expected : List.of("\"id\": \"mof-2020\"", "\"total\": \"99.30\"", "\"grade\": \"优\"", "\"user\": ", "\"productVersion\": ",
				"\"time\": ", "\"draft\": false")) {
			assertTrue(manifest.contains(expected), expected + " in " + manifest);
		}
		Cli.Result verified = Cli.run("verify", zip.toString()).expect(0);
		assertTrue(verified.out().contains("99.30") && verified.out().contains("优"), verified.out());

		for (String name : members.keySet()) {
			Map<String, byte[]> changed = new LinkedHashMap<>(members);
			byte[] bytes = changed.get(name).clone();
			bytes[bytes.length / 2] ^= 0x01;
			changed.put(name, bytes);
			Path flipped = dir.resolve("flipped.zip");
			write(changed, flipped);
			Cli.Result result = Cli.run("verify", flipped.toString()).expect(1);
			String named = name.equals("manifest.json.sha256") ? "manifest.json" : name;
			assertTrue(result.err().contains(named), name + " flipped: " + result.err());
		}
	}

	@Test
	void aDraftIsPackagedOnlyWithDraftAndItsDocumentsAreMarked() throws Exception {
		long id = store(EvaluationStatus.DRAFT);
		String db = dir.resolve("db").toString();
		Cli.Result refused = Cli.run("package", Long.toString(id), "--out", dir.resolve("out").toString(), "--db", db).expect(2);
		assertTrue(refused.err().contains(Long.toString(id)), refused.err());
		Cli.Result packaged = Cli.run("package", Long.toString(id), "--draft", "--out", dir.resolve("out").toString(), "--db", db)
				.expect(0);
		Path zip = Path.of(packaged.out().strip());
		assertTrue(zip.getFileName().toString().endsWith("-报送包-草稿.zip"), zip.toString());
		String manifest = new String(members(zip).get("manifest.json"), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(manifest.contains("\"draft\": true"), manifest);
		Cli.run("verify", zip.toString()).expect(0);
	}
}
