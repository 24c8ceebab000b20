package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.ConflictException;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.StoredEvaluation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two officers editing the same evaluation never silently overwrite each other. */
class ConcurrentEditTest {

	@TempDir
	Path dir;

	@Test
	void theSecondSaveOfTheSameVersionIsRefusedNamingWhoAndWhen() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		try (EvaluationStore first = EvaluationStore.open(location); EvaluationStore second = EvaluationStore.open(location)) {
			long id = first.insert(SyntheticEvaluations.create(21, 6), "创建者");
			StoredEvaluation mine = first.loadStored(id);
			StoredEvaluation theirs = second.loadStored(id);
			assertEquals(1, mine.version());
			assertEquals(1, theirs.version());

			Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
			mine.evaluation().setPreparer("张三的修改");
			assertEquals(2, first.update(id, mine.evaluation(), "张三", mine.version()));

			theirs.evaluation().setPreparer("李四的修改");
			ConflictException refused = assertThrows(ConflictException.class,
					() -> second.update(id, theirs.evaluation(), "李四", theirs.version()));
			assertEquals("张三", refused.savedBy());
			assertEquals(2, refused.storedVersion());
			assertEquals(id, refused.evaluationId());
			assertFalse(refused.savedAt().isBefore(before), refused.savedAt() + " is when 张三 saved");
			String when = LocalDateTime.ofInstant(refused.savedAt(), ZoneId.systemDefault())
					.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
			assertTrue(refused.getMessage().contains("张三") && refused.getMessage().contains(when), refused.getMessage());

			StoredEvaluation stored = second.loadStored(id);
			assertEquals("张三的修改", stored.evaluation().getPreparer(), "nothing of the first save is lost");
			assertEquals(2, stored.version());
			assertTrue(second.audit(id).stream().map(AuditEntry::user).noneMatch("李四"::equals), "the refused save left no audit entry");

			stored.evaluation().setPreparer("李四的修改");
			assertEquals(3, second.update(id, stored.evaluation(), "李四", stored.version()), "after reloading, the second saves");
			assertEquals("李四的修改", first.load(id).getPreparer());
			first.update(id, first.load(id), "无版本");
			assertEquals(4, first.loadStored(id).version(), "an update without a version counts too");
		}
	}

	@Test
	void racingSavesWinOncePerVersionAndLoseNothing() throws Exception {
		StoreLocation location = StoreLocation.embedded(dir.resolve("db"));
		int threads = 6;
		List<EvaluationStore> stores = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			for (int i = 0; i < threads; i++) {
				stores.add(EvaluationStore.open(location));
			}
			Evaluation evaluation = SyntheticEvaluations.create(22, 4);
			evaluation.setPreparer("");
			long id = stores.get(0).insert(evaluation, "创建者");
			CyclicBarrier start = new CyclicBarrier(threads);
			Set<Integer> won = ConcurrentHashMap.newKeySet();
			AtomicInteger refusals = new AtomicInteger();
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				EvaluationStore store = stores.get(i);
				String name = "T" + i;
				done.add(pool.submit(() -> {
					boolean first = true;
					while (true) {
						StoredEvaluation loaded = store.loadStored(id);
						if (first) {
							// all load version 1, then all save at once
							start.await(30, TimeUnit.SECONDS);
							first = false;
						}
						loaded.evaluation().setPreparer(loaded.evaluation().getPreparer() + "|" + name);
						try {
							assertTrue(won.add(store.update(id, loaded.evaluation(), name, loaded.version())), "each version is won once");
							return null;
						} catch (ConflictException e) {
							refusals.incrementAndGet();
						}
					}
				}));
			}
			for (Future<?> future : done) {
				future.get(120, TimeUnit.SECONDS);
			}
			assertEquals(IntStream.rangeClosed(2, threads + 1).boxed().collect(TreeSet::new, Set::add, Set::addAll), new TreeSet<>(won));
			assertTrue(refusals.get() >= threads - 1, "the first round has one winner only: " + refusals);
			StoredEvaluation last = stores.get(0).loadStored(id);
			assertEquals(threads + 1, last.version());
			for (int i = 0; i < threads; i++) {
				String preparer = last.evaluation().getPreparer();
				assertEquals(1, preparer.split("\\|T" + i + "(?!\\d)", -1).length - 1, "no lost update: " + preparer);
			}
		} finally {
			pool.shutdownNow();
			for (EvaluationStore store : stores) {
				store.close();
			}
		}
	}
}
