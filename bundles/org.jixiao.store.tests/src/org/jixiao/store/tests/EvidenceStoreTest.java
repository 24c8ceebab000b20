package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence files (佐证材料) in the embedded store: stored streamed with their size and SHA-256, listed
 * by evaluation and owner, read back byte for byte, removed, limited in size, audited, gone with
 * their evaluation, not copied into a new year, kept by backup and restore; bad files refused with
 * messages that name them.
 */
class EvidenceStoreTest {

	private static final String OWNER = "6f1c0d2e-indicator-发展党员";
	private static final String PATH = "产出指标/数量指标/发展党员";

	@TempDir
	Path dir;

	private Path database;
	private EvaluationStore store;
	private long id;

	@BeforeEach
	void open() throws Exception {
		database = dir.resolve("db");
		store = EvaluationStore.open(StoreLocation.embedded(database));
		id = store.insert(EvaluationResources.referenceSample(), "tester");
	}

	@AfterEach
	void close() throws StoreException {
		store.close();
	}

	@Test
	void aFileIsStoredWithItsSizeAndSha256AndReadBackByteForByte() throws Exception {
		byte[] content = new byte[3 * 1024 * 1024 + 17];
		new Random(14).nextBytes(content);
		Path pdf = Files.write(dir.resolve("党员发展名册.pdf"), content);
		Path abc = Files.writeString(dir.resolve("abc.txt"), "abc");
		List<Long> progress = new ArrayList<>();

		Evidence added = store.evidence().add(id, OWNER, PATH, pdf, EvidenceStore.DEFAULT_LIMIT, "officer", progress::add);
		Evidence small = store.evidence().add(id, "other-row", null, abc, EvidenceStore.DEFAULT_LIMIT, "officer");

		assertEquals("党员发展名册.pdf", added.fileName());
		assertEquals("application/pdf", added.mediaType());
		assertEquals(content.length, added.size());
		assertEquals(Digests.sha256(content), added.sha256());
		assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", small.sha256(), "the SHA-256 of \"abc\"");
		assertEquals("officer", added.addedBy());
		assertEquals(PATH, added.ownerPath());
		assertTrue(progress.size() >= 3 && progress.get(0) >= 1 << 20, "progress about every megabyte: " + progress);
		assertEquals(content.length, progress.get(progress.size() - 1), "progress ends with the whole size");
		assertEquals(List.of(added), store.evidence().list(id, OWNER));
		assertEquals(List.of(small, added).stream().map(Evidence::id).sorted().toList(),
				store.evidence().list(id).stream().map(Evidence::id).sorted().toList());
		assertEquals(added, store.evidence().get(added.id()));

		ByteArrayOutputStream read = new ByteArrayOutputStream();
		store.evidence().read(added.id(), read);
		assertArrayEquals(content, read.toByteArray());
		store.close();
		store = EvaluationStore.open(StoreLocation.embedded(database));
		read.reset();
		store.evidence().read(small.id(), read);
		assertEquals("abc", read.toString(StandardCharsets.UTF_8), "kept when the store is opened again");
	}

	@Test
	void aCopyOfTheEvaluationReceivesItsRowsFilesInsideTheDatabaseButNotARectificationsAndNotWhenFrozen() throws Exception {
		byte[] content = new byte[2 * 1024 * 1024 + 5];
		new Random(15).nextBytes(content);
		Evidence roster = store.evidence().add(id, OWNER, PATH, Files.write(dir.resolve("名册.pdf"), content), EvidenceStore.DEFAULT_LIMIT, "officer");
		long copy = store.insert(store.load(id), "officer2");

		List<Evidence> copied = store.evidence().copy(id, copy, "officer2");

		assertEquals(1, copied.size());
		Evidence received = copied.get(0);
		assertEquals(List.of(copy, OWNER, PATH, "名册.pdf", roster.sha256(), (long) content.length, "officer2"), List.of(received.evaluationId(),
				received.ownerUid(), received.ownerPath(), received.fileName(), received.sha256(), received.size(), received.addedBy()));
		assertEquals(List.of(received), store.evidence().list(copy));
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		store.evidence().read(received.id(), read);
		assertArrayEquals(content, read.toByteArray(), "the content is copied byte for byte");
		assertTrue(store.audit(copy).stream().anyMatch(entry -> "evidence".equals(entry.field()) && entry.newValue().contains("名册.pdf")),
				"the copy's audit trail records the file");
		assertEquals(List.of(roster), store.evidence().list(id), "the original keeps its file");

		long frozen = store.insert(store.load(id), "officer2");
		store.workflow().submit(frozen, "officer2");
		assertThrows(StoreException.class, () -> store.evidence().copy(id, frozen, "officer2"), "a submitted evaluation takes no files");
		assertEquals(List.of(), store.evidence().list(frozen), "nothing is copied when one file is refused");
		assertThrows(StoreException.class, () -> store.evidence().copy(id, 987654, "officer2"), "no such evaluation");
	}

	@Test
	void addingAndRemovingAreAuditedAndSavingTheEvaluationKeepsTheFiles() throws Exception {
		Path file = Files.writeString(dir.resolve("会议记录.docx"), "minutes");
		Evidence added = store.evidence().add(id, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer");
		store.update(id, store.load(id), "officer");
		assertEquals(List.of(added), store.evidence().list(id), "saving the evaluation leaves its evidence alone");

		Evidence removed = store.evidence().remove(added.id(), "reviewer");
		assertEquals(added, removed);
		assertEquals(List.of(), store.evidence().list(id));
		StoreException gone = assertThrows(StoreException.class, () -> store.evidence().read(added.id(), new ByteArrayOutputStream()));
		assertTrue(gone.getMessage().contains(Long.toString(added.id())), gone.getMessage());

		List<AuditEntry> audit = store.audit(id);
		AuditEntry addition = audit.get(audit.size() - 2);
		AuditEntry removal = audit.get(audit.size() - 1);
		assertEquals(Action.ADDED, addition.action());
		assertEquals(PATH, addition.entityPath());
		assertEquals("evidence", addition.field());
		assertEquals("officer", addition.user());
		assertTrue(addition.newValue().contains("会议记录.docx") && addition.newValue().contains(added.sha256()), addition.newValue());
		assertEquals(Action.REMOVED, removal.action());
		assertEquals("reviewer", removal.user());
		assertEquals(addition.newValue(), removal.oldValue());
		assertNull(removal.newValue());
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedNamingFileAndLimitAndNothingIsStored() throws Exception {
		Path big = Files.write(dir.resolve("扫描件.png"), new byte[2049]);
		int auditBefore = store.audit(id).size();
		StoreException refused = assertThrows(StoreException.class,
				() -> store.evidence().add(id, OWNER, PATH, big, 2048, "officer"));
		assertTrue(refused.getMessage().contains(big.toString()), refused.getMessage());
		assertTrue(refused.getMessage().contains("2.0 KB"), "names the limit: " + refused.getMessage());
		assertEquals(List.of(), store.evidence().list(id));
		assertEquals(auditBefore, store.audit(id).size());
		Evidence exactly = store.evidence().add(id, OWNER, PATH, Files.write(dir.resolve("exact.png"), new byte[2048]), 2048, "officer");
		assertEquals(2048, exactly.size(), "a file of the limit itself is taken");
		assertThrows(StoreException.class, () -> store.evidence().add(id, OWNER, PATH, big, 0, "officer"));
	}

	@Test
	void missingFoldersPipesUnknownEvaluationsAndBlankOwnersAreRefusedWithTheirName() throws Exception {
		Path missing = dir.resolve("没有这个文件.pdf");
		assertRefused(missing, missing.toString(), "does not exist");
		Path folder = Files.createDirectory(dir.resolve("材料"));
		assertRefused(folder, folder.toString(), "folder");
		Path pipe = dir.resolve("pipe");
		assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
		assertRefused(pipe, pipe.toString(), "not a regular file");
		Path file = Files.writeString(dir.resolve("a.pdf"), "x");
		StoreException unknown = assertThrows(StoreException.class,
				() -> store.evidence().add(id + 99, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer"));
		assertTrue(unknown.getMessage().contains(Long.toString(id + 99)), unknown.getMessage());
		StoreException blank = assertThrows(StoreException.class,
				() -> store.evidence().add(id, " ", PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer"));
		assertTrue(blank.getMessage().contains("uid"), blank.getMessage());
		assertEquals(List.of(), store.evidence().list(id));
		assertEquals(1, store.evidence().add(id, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer").size(),
				"the store works on after refusals");
	}

	@Test
	void anUnreadableFileIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("secret.pdf"), "x");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
		assumeFalse(Files.isReadable(file), "the superuser reads any file");
		assertRefused(file, file.toString(), "cannot be read");
	}

	private void assertRefused(Path file, String... parts) {
		StoreException refused = assertThrows(StoreException.class,
				() -> store.evidence().add(id, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer"));
		for (String part : parts) {
			assertTrue(refused.getMessage().contains(part), part + " in " + refused.getMessage());
		}
	}

	@Test
	void theFilesGoWithTheirEvaluationAndAreNotCopiedIntoANewYear() throws Exception {
		long other = store.insert(SyntheticEvaluations.create(2, 4), "tester");
		Path file = Files.writeString(dir.resolve("a.pdf"), "x");
		Evidence kept = store.evidence().add(other, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer");
		Evidence gone = store.evidence().add(id, OWNER, PATH, file, EvidenceStore.DEFAULT_LIMIT, "officer");

		long next = store.copyToNewYear(id, 2024, "officer");
		assertEquals(List.of(), store.evidence().list(next), "a new year starts without evidence");

		store.delete(id, "tester");
		assertEquals(List.of(), store.evidence().list(id));
		assertThrows(StoreException.class, () -> store.evidence().get(gone.id()));
		assertEquals(List.of(kept), store.evidence().list(other), "another evaluation's files stay");
	}

	@Test
	void backupAndRestoreKeepTheFiles() throws Exception {
		byte[] content = "扫描件".repeat(1000).getBytes(StandardCharsets.UTF_8);
		Evidence added = store.evidence().add(id, OWNER, PATH, Files.write(dir.resolve("scan.jpg"), content), EvidenceStore.DEFAULT_LIMIT,
				"officer");
		Path backup = store.backup(dir.resolve("backups"));
		store.evidence().remove(added.id(), "officer");
		store.close();

		EvaluationStore.restore(backup, database);
		store = EvaluationStore.open(StoreLocation.embedded(database));
		assertEquals(List.of(added), store.evidence().list(id));
		ByteArrayOutputStream read = new ByteArrayOutputStream();
		store.evidence().read(added.id(), read);
		assertArrayEquals(content, read.toByteArray());
	}
}
