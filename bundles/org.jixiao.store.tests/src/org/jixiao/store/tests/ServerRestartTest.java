package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served database started again: its owner rebuilds the row access at every start, and a unit's
 * officer saves and reads as before (the second start once gave the rebuilt row access's own table
 * triggers on itself, and every save failed).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServerRestartTest {

	private static final String OWNER = "boss";
	private static final String OFFICER = "officer1";
	private static final char[] PASSWORD = "pw-重启-1".toCharArray();
	private static final String UNIT = "党政办公室";

	@TempDir
	Path dir;

	@Test
	void afterARestartAUnitsOfficerStillSavesItsEvaluations() throws Exception {
		Path database = dir.resolve("served");
		Evaluation evaluation = Evaluations.ofUnit(SyntheticEvaluations.create(5, 6), UNIT, null);
		long id;
		try (DerbyServer server = DerbyServer.start(database, Clients.freePort(), OWNER, PASSWORD)) {
			try (Accounts accounts = Accounts.open(StoreLocation.of(server.url(), OWNER, PASSWORD))) {
				accounts.add(OFFICER, Role.FILLER, UNIT, null, PASSWORD);
			}
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(server.url(), OFFICER, PASSWORD))) {
				id = store.insert(evaluation, OFFICER);
			}
		}
		for (int start = 2; start <= 3; start++) {
			try (DerbyServer server = DerbyServer.start(database, Clients.freePort(), OWNER, PASSWORD);
					EvaluationStore store = EvaluationStore.open(StoreLocation.of(server.url(), OFFICER, PASSWORD))) {
				evaluation.setPreparer("第 " + start + " 次启动后");
				store.update(id, evaluation, OFFICER);
				assertEquals("第 " + start + " 次启动后", store.load(id).getPreparer());
				assertEquals(1, store.list(org.jixiao.store.EvaluationQuery.all()).size());
			}
		}
	}
}
