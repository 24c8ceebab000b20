package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Derby Network Server on a free localhost port, with authentication. */
class NetworkServerTest {

	@TempDir
	Path dir;

	@Test
	void clientsWithTheRightPasswordSaveAndLoadOthersAreRefused() throws Exception {
		int port = freePort();
		Path database = dir.resolve("served");
		char[] password = "s3cret-口令".toCharArray();
		Evaluation sample = EvaluationResources.referenceSample();
		try (DerbyServer server = DerbyServer.start(database, port, "officer", password)) {
			assertTrue(server.isRunning());
			String url = server.url();
			assertTrue(url.startsWith("jdbc:derby://localhost:" + port + "/"), url);
			long id;
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, "officer", password))) {
				assertFalse(store.location().isEmbedded());
				id = store.insert(sample, "officer");
				Evaluations.assertEqual(sample, store.load(id));
				assertEquals(1, store.list(EvaluationQuery.all()).size());
			}
			try (EvaluationStore second = EvaluationStore.open(StoreLocation.of(url, "officer", password))) {
				Evaluations.assertEqual(sample, second.load(id));
			}
			StoreException wrong = assertThrows(StoreException.class,
					() -> EvaluationStore.open(StoreLocation.of(url, "officer", "guess".toCharArray())));
			assertTrue(wrong.getMessage().contains("officer"), wrong.getMessage());
			assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of(url, null, null)));
			assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of(url, "intruder", password)));
		}
		// stopped: nobody answers any more
		assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of("jdbc:derby://localhost:" + port + "/" + database,
				"officer", password)));
		// the database now needs the password embedded too, and a restarted server serves it again
		assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(database)));
		assertThrows(StoreException.class, () -> DerbyServer.start(database, port, "officer", "guess".toCharArray()));
		try (DerbyServer server = DerbyServer.start(database, port, "officer", password);
				EvaluationStore store = EvaluationStore.open(StoreLocation.of(server.url(), "officer", password))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
	}

	@Test
	void stopStopsAServerByItsPort() throws Exception {
		int port = freePort();
		DerbyServer server = DerbyServer.start(dir.resolve("db"), port, "admin", "pw".toCharArray());
		DerbyServer.stop(port);
		assertFalse(server.isRunning());
		assertThrows(StoreException.class, () -> DerbyServer.stop(port));
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
