package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao evidence}: files attached to a row by its path, listed, exported with safe unique
 * names, removed; bad rows and files refused with exit code 2 and nothing stored; the files counted
 * in the 自评表 on request, listed in the 自评报告, carried by the submission package and checked by
 * {@code jixiao verify}.
 */
class EvidenceCommandTest {

	private static final String ROW = "产出指标/数量指标/发展党员";
	private static final String SHOWN = "产出指标 / 数量指标 / 发展党员";

	@TempDir
	Path dir;

	private String db;
	private String id;

	@BeforeEach
	void store() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		sample.setStatus(EvaluationStatus.FINAL);
		db = dir.resolve("db").toString();
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")))) {
			id = Long.toString(store.insert(sample, "tester"));
		}
	}

	private Cli.Result evidence(String... args) {
		String[] all = new String[args.length + 4];
		all[0] = "evidence";
		all[1] = id;
		System.arraycopy(args, 0, all, 2, args.length);
		all[args.length + 2] = "--db";
		all[args.length + 3] = db;
		return Cli.run(all);
	}

	@Test
	void filesAreAddedListedExportedWithUniqueSafeNamesAndRemoved() throws Exception {
		byte[] scan = new byte[9 << 20];
		new Random(3).nextBytes(scan);
		Path first = Files.write(Files.createDirectories(dir.resolve("a")).resolve("党员名册.pdf"), scan);
		Path second = Files.writeString(Files.createDirectories(dir.resolve("b")).resolve("党员名册.pdf"), "第二份");
		Path third = Files.writeString(dir.resolve("a:b?.jpg"), "照片");

		Cli.Result added = evidence("add", ROW, first.toString(), second.toString(), third.toString()).expect(0);
		assertEquals(3, added.out().strip().lines().count(), added.out());
		assertTrue(added.out().contains(SHOWN) && added.out().contains("9.0 MB"), added.out());
		assertTrue(added.err().contains("党员名册.pdf") && added.err().contains("of 9.0 MB"), "progress of the big file: " + added.err());

		Cli.Result listed = evidence("list").expect(0);
		assertEquals(3, listed.out().strip().lines().count(), listed.out());
		assertTrue(listed.out().lines().allMatch(line -> line.contains(SHOWN)), listed.out());
		assertTrue(listed.out().contains(sha256(scan)), listed.out());

		Path out = Files.createDirectories(dir.resolve("out"));
		Files.writeString(out.resolve("党员名册.pdf"), "kept");
		Cli.Result exported = evidence("export", out.toString()).expect(0);
		List<String> written = exported.out().strip().lines().toList();
		assertEquals(List.of(out.resolve("党员名册 (2).pdf").toString(), out.resolve("党员名册 (3).pdf").toString(),
				out.resolve("a_b_.jpg").toString()), written);
		assertEquals("kept", Files.readString(out.resolve("党员名册.pdf")), "a file already there is kept");
		assertArrayEquals(scan, Files.readAllBytes(out.resolve("党员名册 (2).pdf")));
		assertEquals("第二份", Files.readString(out.resolve("党员名册 (3).pdf")));

		String evidenceId = listed.out().lines().filter(line -> line.contains("a:b?.jpg")).findFirst().orElseThrow().split("\t")[0];
		Cli.Result removed = evidence("remove", evidenceId).expect(0);
		assertTrue(removed.out().contains("a:b?.jpg"), removed.out());
		assertEquals(2, evidence("list").expect(0).out().strip().lines().count());
		Cli.Result audit = Cli.run("audit", id, "--db", db).expect(0);
		assertTrue(audit.out().contains("a:b?.jpg") && audit.out().contains(SHOWN), audit.out());
	}

	@Test
	void unknownRowsAndBadFilesAreRefusedWithExitCode2AndNothingIsStored() throws Exception {
		Path good = Files.writeString(dir.resolve("good.pdf"), "ok");
		Cli.Result unknown = evidence("add", "产出指标/数量指标/没有这一行", good.toString()).expect(2);
		assertTrue(unknown.err().contains("没有这一行"), unknown.err());
		Path missing = dir.resolve("missing.pdf");
		Cli.Result refused = evidence("add", ROW, good.toString(), missing.toString(), dir.toString()).expect(2);
		assertTrue(refused.err().contains(missing.toString()) && refused.err().contains(dir.toString()), refused.err());
		Path big = Files.write(dir.resolve("big.pdf"), new byte[(1 << 20) + 1]);
		Cli.Result tooBig = evidence("add", ROW, big.toString(), "--limit-mb", "1").expect(2);
		assertTrue(tooBig.err().contains(big.toString()) && tooBig.err().contains("1.0 MB"), tooBig.err());
		evidence("add", ROW, good.toString(), "--limit-mb", "0").expect(2);
		assertEquals("", evidence("list").expect(0).out().strip(), "nothing was stored");
		evidence("remove", "12345").expect(1);
		evidence().expect(2);
	}

	@Test
	void reportsCountAndListTheFilesAndThePackageCarriesThemForVerify() throws Exception {
		Path pdf = Files.writeString(dir.resolve("党员名册.pdf"), "名册");
		Path jpg = Files.writeString(dir.resolve("会议照片.jpg"), "照片");
		evidence("add", ROW, pdf.toString(), jpg.toString()).expect(0);

		Path plain = dir.resolve("plain");
		Cli.run("report", id, "--format", "html", "--out", plain.toString(), "--db", db).expect(0);
		Path counted = dir.resolve("counted");
		Cli.run("report", id, "--format", "html", "--out", counted.toString(), "--db", db, "--evidence-counts").expect(0);
		String table = Files.readString(counted.resolve("2023-党政办公室-自评表.html"));
		assertTrue(table.contains("发展党员（佐证材料2份）"), "the count on its row");
		assertFalse(Files.readString(plain.resolve("2023-党政办公室-自评表.html")).contains("佐证材料"), "the official layout without the option");
		String report = Files.readString(plain.resolve("2023-党政办公室-自评报告.html"));
		assertTrue(report.contains("佐证材料（共2份）") && report.contains("党员名册.pdf") && report.contains("会议照片.jpg"), "listed under 四、附件");

		Path zip = Path.of(Cli.run("package", id, "--out", dir.resolve("package").toString(), "--db", db).expect(0).out().strip());
		Map<String, byte[]> members = members(zip);
		assertArrayEquals("名册".getBytes(StandardCharsets.UTF_8), members.get("佐证材料/党员名册.pdf"));
		assertArrayEquals("照片".getBytes(StandardCharsets.UTF_8), members.get("佐证材料/会议照片.jpg"));
		String manifest = new String(members.get("manifest.json"), StandardCharsets.UTF_8);
		assertTrue(manifest.contains("\"佐证材料/党员名册.pdf\": \"" + sha256("名册".getBytes(StandardCharsets.UTF_8)) + "\""), manifest);
		assertTrue(manifest.contains("\"row\": \"" + SHOWN + "\""), manifest);
		Cli.run("verify", zip.toString()).expect(0);

		Map<String, byte[]> changed = new LinkedHashMap<>(members);
		changed.put("佐证材料/会议照片.jpg", "另一张".getBytes(StandardCharsets.UTF_8));
		Path tampered = dir.resolve("tampered.zip");
		write(changed, tampered);
		Cli.Result verified = Cli.run("verify", tampered.toString()).expect(1);
		assertTrue(verified.err().contains("佐证材料/会议照片.jpg"), verified.err());
	}

	private static String sha256(byte[] bytes) throws Exception {
		return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
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
}
