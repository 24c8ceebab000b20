package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Evidence;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.StoreChild;
import org.jixiao.testing.TestLedgers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process attaching evidence files in a loop ({@link StoreChild}) is killed with SIGKILL at a
 * random moment, 8 times; after each kill the store opens, every file the child reported attached
 * reads back byte for byte, and every file the store lists is whole: its content has the SHA-256 and
 * size recorded for it (a file whose storing was cut off is not there at all).
 */
class EvidenceCrashTest {

	private static final int KILLS = 8;

	@TempDir
	Path dir;

	/** The synthetic evaluations carry a test module's ledgers: its package is installed before anything is loaded. */
	@BeforeAll
	static void installTestModule() {
		TestLedgers.register();
	}

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void everyAttachedFileSurvivesSigkillWhole() throws Exception {
		Path database = dir.resolve("db");
		Path files = Files.createDirectories(dir.resolve("files"));
		Random random = new Random(20261206);
		Map<Long, Long> attached = new HashMap<>();
		Set<Long> evaluations = new HashSet<>();
		int checked = 0;
		for (int round = 0; round < KILLS; round++) {
			Process child = ChildProcesses.storeChild("evidence-loop", database.toString(), files.toString()).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			Thread reader = new Thread(() -> read(out, attached, evaluations));
			try {
				String first = out.readLine();
				assertTrue(first != null && first.startsWith("EVALUATION "), "the child stores its evaluation first: " + first);
				apply(first, attached, evaluations);
				reader.start();
				Thread.sleep(100 + random.nextInt(400));
			} finally {
				child.destroyForcibly(); // SIGKILL
				assertTrue(child.waitFor(20, TimeUnit.SECONDS));
				reader.join(20_000);
			}
			assertFalse(child.exitValue() == 0, "the child was killed, it did not end by itself");
			synchronized (attached) {
				try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
					for (Map.Entry<Long, Long> entry : attached.entrySet()) {
						ByteArrayOutputStream content = new ByteArrayOutputStream();
						store.evidence().read(entry.getKey(), content);
						assertArrayEquals(StoreChild.evidenceContent(entry.getValue()), content.toByteArray(),
								"round " + round + ": evidence " + entry.getKey() + " (seed " + entry.getValue() + ")");
						checked++;
					}
					for (long evaluation : evaluations) {
						for (Evidence evidence : store.evidence().list(evaluation)) {
							ByteArrayOutputStream content = new ByteArrayOutputStream();
							store.evidence().read(evidence.id(), content);
							assertEquals(evidence.size(), content.size(), "round " + round + ": size of " + evidence);
							assertEquals(evidence.sha256(), Digests.sha256(content.toByteArray()), "round " + round + ": SHA-256 of " + evidence);
						}
					}
				}
			}
		}
		assertTrue(checked >= KILLS, "checked " + checked + " attached files");
	}

	private static void read(BufferedReader out, Map<Long, Long> attached, Set<Long> evaluations) {
		try {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				apply(line, attached, evaluations);
			}
		} catch (IOException e) {
			// the pipe breaks when the child is killed
		}
	}

	/** Only complete lines count: a line cut by the kill lacks its final dot. */
	private static void apply(String line, Map<Long, Long> attached, Set<Long> evaluations) {
		String[] parts = line.split(" ");
		synchronized (attached) {
			if (parts.length == 3 && parts[0].equals("EVALUATION") && parts[2].equals(".")) {
				evaluations.add(Long.parseLong(parts[1]));
			} else if (parts.length == 4 && parts[0].equals("ATTACHED") && parts[3].equals(".")) {
				attached.put(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
			}
		}
	}
}
