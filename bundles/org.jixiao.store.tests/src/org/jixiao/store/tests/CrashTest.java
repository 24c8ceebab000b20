package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.StoreChild;
import org.jixiao.testing.SyntheticEvaluations;
import org.jixiao.testing.TestLedgers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child process saving in a loop ({@link StoreChild}) is killed with SIGKILL at a random moment, 20
 * times; after each kill the store opens, and every evaluation the child reported committed is
 * intact: equal to what was saved, or, for an update under way when the child died, equal to the
 * version before or the version after, never a mixture.
 */
class CrashTest {

	private static final int KILLS = 20;
	private static final int INDICATORS = 12;

	@TempDir
	Path dir;

	/** The synthetic evaluations carry a test module's ledgers: its package is installed before anything is loaded. */
	@BeforeAll
	static void installTestModule() {
		TestLedgers.register();
	}

	@Test
	@Timeout(value = 180, unit = TimeUnit.SECONDS)
	void everyCommittedEvaluationSurvivesSigkill() throws Exception {
		Path database = dir.resolve("db");
		Random random = new Random(20261128);
		Map<Long, Long> committed = new HashMap<>();
		Map<Long, Long> pending = new HashMap<>();
		int checked = 0;
		for (int round = 0; round < KILLS; round++) {
			Process child = ChildProcesses.storeChild("save-loop", database.toString(), Integer.toString(INDICATORS)).start();
			BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
			Thread reader = new Thread(() -> read(out, committed, pending));
			try {
				String first = out.readLine();
				assertTrue(first != null, "the child saves at least once before it is killed");
				apply(first, committed, pending);
				reader.start();
				Thread.sleep(random.nextInt(300));
			} finally {
				child.destroyForcibly(); // SIGKILL
				assertTrue(child.waitFor(20, TimeUnit.SECONDS));
				reader.join(20_000);
			}
			assertFalse(child.exitValue() == 0, "the child was killed, it did not end by itself");
			synchronized (committed) {
				try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
					for (Map.Entry<Long, Long> entry : committed.entrySet()) {
						long id = entry.getKey();
						Evaluation loaded = store.load(id);
						Long updating = pending.get(id);
						boolean before = Evaluations.equal(SyntheticEvaluations.create(entry.getValue(), INDICATORS), loaded);
						boolean after = !before && updating != null
								&& Evaluations.equal(SyntheticEvaluations.create(updating, INDICATORS), loaded);
						assertTrue(before || after, "round " + round + ": evaluation " + id + " is not what was committed (seed "
								+ entry.getValue() + (updating == null ? "" : ", or " + updating + " being saved") + ")");
						if (after) {
							// the update committed, and the child died before it could say so: that version is the committed one now
							entry.setValue(updating);
						}
						checked++;
					}
				}
				pending.clear();
			}
		}
		assertTrue(checked >= KILLS, "checked " + checked + " committed evaluations");
	}

	private static void read(BufferedReader out, Map<Long, Long> committed, Map<Long, Long> pending) {
		try {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				apply(line, committed, pending);
			}
		} catch (IOException e) {
			// the pipe breaks when the child is killed
		}
	}

	/** Only complete lines count: a line cut by the kill lacks its final dot. */
	private static void apply(String line, Map<Long, Long> committed, Map<Long, Long> pending) {
		String[] parts = line.split(" ");
		if (parts.length != 4 || !parts[3].equals(".")) {
			return;
		}
		long id = Long.parseLong(parts[1]);
		long seed = Long.parseLong(parts[2]);
		synchronized (committed) {
			if (parts[0].equals("UPDATING")) {
				pending.put(id, seed);
			} else if (parts[0].equals("COMMITTED")) {
				committed.put(id, seed);
				pending.remove(id);
			}
		}
	}
}
