package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One process at a time on an embedded database; a read-only directory is refused clearly. */
class LockingTest {

	@TempDir
	Path dir;

	@Test
	void aSecondProcessIsRefusedWithThePathAndTheHolder() throws Exception {
		Path database = dir.resolve("db");
		long id;
		Evaluation saved = SyntheticEvaluations.create(11, 8);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			id = store.insert(saved, "tester");
		}
		Process holder = ChildProcesses.storeChild("hold", database.toString()).start();
		try {
			BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
			assertEquals("OPEN", out.readLine(), "the child opened the database");
			StoreException refused = assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(database)));
			String message = refused.getMessage();
			assertTrue(message.contains(database.toString()), message);
			assertTrue(message.contains(Long.toString(holder.pid())), "names the holder's process: " + message);
			assertTrue(message.contains(System.getProperty("user.name")), "names the holder's user: " + message);
		} finally {
			holder.getOutputStream().close();
			assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the child closes the database when its input ends");
		}
		assertEquals(0, holder.exitValue());
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			Evaluations.assertEqual(saved, store.load(id));
		}
	}

	@Test
	void aReadOnlyDirectoryIsRefusedClearlyAndLeftUnchanged() throws Exception {
		Path database = dir.resolve("db");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			store.insert(SyntheticEvaluations.create(12, 4), "tester");
		}
		List<Path> before;
		try (var files = Files.walk(database)) {
			before = files.sorted().toList();
		}
		makeReadOnly(database);
		try {
			StoreException refused = assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(database)));
			assertTrue(refused.getMessage().contains(database.toString()), refused.getMessage());
			assertTrue(refused.getMessage().contains("read-only") || refused.getMessage().contains("只读"), refused.getMessage());
			Path missing = database.resolve("sub").resolve("db");
			StoreException cannotCreate = assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(missing)));
			assertTrue(cannotCreate.getMessage().contains(missing.toString()), cannotCreate.getMessage());
		} finally {
			makeWritable(database);
		}
		try (var files = Files.walk(database)) {
			assertEquals(before, files.sorted().toList(), "nothing was written into the read-only database");
		}
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
	}

	/**
	 * Takes write permission away from the directory tree. The superuser writes regardless of
	 * permissions: then the tree is made immutable with {@code chattr +i} where the file system allows
	 * it, else the test cannot run and says so.
	 */
	private static void makeReadOnly(Path root) throws Exception {
		try (var files = Files.walk(root)) {
			for (Path path : files.toList()) {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
			}
		}
		if (writable(root)) {
			Process chattr = new ProcessBuilder("chattr", "-R", "+i", root.toString()).redirectErrorStream(true).start();
			String output = new String(chattr.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			chattr.waitFor();
			if (writable(root)) {
				makeWritable(root);
				Assumptions.abort("running as a superuser on a file system without immutable files (" + output.strip()
						+ "): a read-only directory cannot be made here");
			}
		}
	}

	private static boolean writable(Path directory) {
		try {
			Files.delete(Files.createTempFile(directory, "probe", null));
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	private static void makeWritable(Path root) throws Exception {
		new ProcessBuilder("chattr", "-R", "-i", root.toString()).redirectErrorStream(true).start().waitFor();
		try (var files = Files.walk(root)) {
			for (Path path : files.toList()) {
				Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
			}
		}
	}
}
