package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Derby Network Server on a free localhost port, with authentication: the product's clients. */
class NetworkServerTest {

	@TempDir
	Path dir;

	@Test
	void clientsWithTheRightPasswordSaveAndLoadOthersAreRefused() throws Exception {
		int port = Clients.freePort();
		Path database = dir.resolve("served");
		char[] password = "s3cret-口令".toCharArray();
		Evaluation sample = EvaluationResources.referenceSample();
		try (DerbyServer server = DerbyServer.start(database, port, "officer", password)) {
			assertTrue(server.isRunning());
			assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(database),
					"only the server's account reaches the files");
			String url = server.url();
			assertTrue(url.startsWith("jdbc:derby://localhost:" + port + "/" + database.toAbsolutePath()), url);
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
	void anAdministratorStopsTheServerByItsPortFromAnywhereAndTheProcessGetsItsSettingsBack() throws Exception {
		int port = Clients.freePort();
		DerbyServer server = DerbyServer.start(dir.resolve("db"), port, "chief", "pw".toCharArray());
		StoreException refused = assertThrows(StoreException.class,
				() -> DerbyServer.stop("localhost", port, ServerTls.off(), "chief", "wrong".toCharArray()));
		assertTrue(refused.getMessage().contains("localhost:" + port), refused.getMessage());
		assertTrue(server.isRunning(), "a wrong password stops nothing");
		DerbyServer.stop("localhost", port, ServerTls.off(), "chief", "pw".toCharArray());
		assertFalse(server.isRunning());
		assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, ServerTls.off(), "chief", "pw".toCharArray()));
		server.close();
		// the process serves nothing any more: other databases open embedded again, without accounts
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("afterwards")))) {
			assertEquals(0, store.list(EvaluationQuery.all()).size());
		}
	}

	@Test
	void whenTheServedDatabaseIsShutDownNothingBootsItAgainAndTheServerStops() throws Exception {
		// a backup of a store of the attacker's, with the attacker as its owner
		Path attackers = dir.resolve("attackers");
		org.jixiao.store.internal.ServerDatabases.prepare(attackers, "mallory", "m-pw".toCharArray());
		Path backup;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(attackers, "mallory", "m-pw".toCharArray()))) {
			backup = store.backup(dir.resolve("backups"));
		}
		int port = Clients.freePort();
		Path served = dir.resolve("served");
		char[] password = "chief-pw".toCharArray();
		DerbyServer server = DerbyServer.start(served, port, "chief", password);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(server.url(), "chief", password))) {
			store.insert(EvaluationResources.referenceSample(), "chief");
		}
		// the owner shuts the database down through the server
		assertEquals("08006", Clients.refusal(server.url() + ";shutdown=true", "chief", "chief-pw"));
		// the next client would have Derby restore the attacker's backup before authenticating anyone
		assertNotNull(Clients.refusal(server.url() + ";restoreFrom=" + backup, "mallory", "m-pw"));
		assertNotNull(Clients.refusal(server.url() + ";restoreFrom=" + backup, null, null));
		assertNotNull(Clients.refusal(server.url(), "chief", "chief-pw"), "nothing boots it while this process serves");
		assertFalse(server.isRunning());
		StoreException stopped = assertThrows(StoreException.class, server::close);
		assertTrue(stopped.getMessage().contains(served.toAbsolutePath().toString()), stopped.getMessage());
		assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, ServerTls.off(), "chief", password),
				"the server stopped");
		// started again, it serves its own database, unchanged, and the attacker has no account there
		try (DerbyServer again = DerbyServer.start(served, port, "chief", password)) {
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(again.url(), "chief", password))) {
				assertEquals(1, store.list(EvaluationQuery.all()).size());
			}
			assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of(again.url(), "mallory", "m-pw".toCharArray())));
		}
	}

	@Test
	void aStoreNeverServedHasNoAccounts() throws Exception {
		StoreException notServed = assertThrows(StoreException.class, () -> Accounts.open(StoreLocation.embedded(dir.resolve("single"))));
		assertTrue(notServed.getMessage().contains("jixiao server start"), notServed.getMessage());
		// and opening it changed nothing: the single-user store still needs no account
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("single")))) {
			assertEquals(0, store.list(EvaluationQuery.all()).size());
		}
	}

	@Test
	void whileItServesTheProcessOpensNoOtherDatabaseAndServesOneAtATime() throws Exception {
		int port = Clients.freePort();
		try (DerbyServer server = DerbyServer.start(dir.resolve("served"), port, "chief", "pw".toCharArray())) {
			assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(dir.resolve("another"))));
			assertFalse(java.nio.file.Files.exists(dir.resolve("another")), "nothing is created for it");
			StoreException second = assertThrows(StoreException.class,
					() -> DerbyServer.start(dir.resolve("second"), Clients.freePort(), "chief", "pw".toCharArray()));
			assertTrue(second.getMessage().contains(dir.resolve("served").toString()), second.getMessage());
			assertTrue(server.isRunning());
		}
	}
}
