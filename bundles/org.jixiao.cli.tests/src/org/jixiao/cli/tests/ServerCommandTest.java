package org.jixiao.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jixiao server start|stop|keystore} and {@code jixiao users}: a real server started by the
 * command in the background, then administered, attacked and stopped by other commands.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServerCommandTest {

	private static final String BOSS_PASSWORD = "boss-pw-1";

	@TempDir
	Path dir;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@AfterEach
	void stopBackground() {
		background.shutdownNow();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private Future<Cli.Result> start(String... options) {
		List<String> args = new ArrayList<>(List.of("server", "start"));
		args.addAll(List.of(options));
		return background.submit(() -> Cli.run(args.toArray(String[]::new)));
	}

	/** Waits until the server started in the background lets the user in. */
	private static void awaitServing(Future<Cli.Result> running, String url, String user, String password) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			if (running.isDone()) {
				fail("the server command ended: " + running.get().err());
			}
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, user, password.toCharArray()))) {
				return;
			} catch (StoreException e) {
				Thread.sleep(200);
			}
		}
		fail("the server did not start");
	}

	private static String[] as(String url, String user, String password, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.addAll(List.of("--db", url, "--user", user, "--password", password));
		return all.toArray(String[]::new);
	}

	@Test
	void administratorsManageAccountsAndStopTheServerThatServesItsOwnDatabaseOnly() throws Exception {
		Path victim = dir.resolve("victim");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(victim))) {
			store.insert(EvaluationResources.referenceSample(), "victim");
		}
		int port = freePort();
		Path served = dir.resolve("served");
		String url = "jdbc:derby://localhost:" + port + "/" + served.toAbsolutePath();
		String victimUrl = "jdbc:derby://localhost:" + port + "/" + victim.toAbsolutePath();
		Future<Cli.Result> running = start("--dir", served.toString(), "--port", Integer.toString(port), "--user", "boss", "--password",
				BOSS_PASSWORD);
		awaitServing(running, url, "boss", BOSS_PASSWORD);

		Cli.run(as(url, "boss", BOSS_PASSWORD, "users", "add", "alice", "--role", "filler", "--unit", "党政办公室", "--new-password", "alice-pw"))
				.expect(0);
		Cli.run(as(url, "boss", BOSS_PASSWORD, "users", "add", "root2", "--role", "管理", "--new-password", "root2-pw")).expect(0);
		Cli.run(as(url, "root2", "root2-pw", "users", "add", "reviewer", "--role", "SUPERVISOR", "--department", "区委办公室",
				"--new-password", "r-pw")).expect(0);
		Cli.Result list = Cli.run(as(url, "root2", "root2-pw", "users", "list")).expect(0);
		for (String expected : List.of("ALICE", "FILLER", "党政办公室", "ROOT2", "ADMIN", "BOSS", "REVIEWER", "SUPERVISOR", "区委办公室")) {
			assertTrue(list.out().contains(expected), list.out());
		}
		// a unit officer administers nothing
		Cli.run(as(url, "alice", "alice-pw", "users", "list")).expect(1);
		Cli.run(as(url, "alice", "alice-pw", "users", "add", "mallory", "--role", "admin", "--new-password", "m-pw")).expect(1);
		Cli.run(as(url, "alice", "alice-pw", "users", "passwd", "boss", "--new-password", "taken")).expect(1);
		Cli.run(as(url, "alice", "alice-pw", "backup", "--to", dir.resolve("backup").toString())).expect(1);
		assertFalse(Files.exists(dir.resolve("backup").resolve("served")));
		Cli.run(as(url, "root2", "root2-pw", "backup", "--to", dir.resolve("backup").toString())).expect(0);
		// but works with the evaluations
		Cli.run(as(url, "alice", "alice-pw", "list")).expect(0);
		Cli.run(as(url, "root2", "root2-pw", "users", "passwd", "alice", "--new-password", "alice-pw-2")).expect(0);
		Cli.run(as(url, "alice", "alice-pw", "list")).expect(1);
		Cli.run(as(url, "alice", "alice-pw-2", "list")).expect(0);

		// the reported attacks: another store, a new store
		Cli.run("list", "--db", victimUrl).expect(1);
		Cli.run(as(victimUrl, "alice", "alice-pw-2", "list")).expect(1);
		Cli.run(as(victimUrl, "boss", BOSS_PASSWORD, "delete", "1")).expect(1);
		Cli.run(as(victimUrl, "boss", BOSS_PASSWORD, "export", "1", "--out", dir.resolve("stolen.xlsx").toString())).expect(1);
		assertFalse(Files.exists(dir.resolve("stolen.xlsx")));
		String created = "jdbc:derby://localhost:" + port + "/" + dir.resolve("created").toAbsolutePath() + ";create=true";
		Cli.run("list", "--db", created).expect(1);
		Cli.run(as(created, "boss", BOSS_PASSWORD, "list")).expect(1);
		assertFalse(Files.exists(dir.resolve("created")));

		// stopping needs an administrator
		Cli.run("server", "stop", "--port", Integer.toString(port)).expect(2);
		Cli.run("server", "stop", "--port", Integer.toString(port), "--user", "alice", "--password", "alice-pw-2").expect(1);
		Cli.run("server", "stop", "--port", Integer.toString(port), "--user", "boss", "--password", "wrong").expect(1);
		assertFalse(running.isDone(), "the server still runs");
		Cli.run("users", "remove", "reviewer", "--db", url, "--user", "root2", "--password", "root2-pw").expect(0);
		Cli.run("server", "stop", "--port", Integer.toString(port), "--user", "root2", "--password", "root2-pw").expect(0);
		Cli.Result served1 = running.get(60, TimeUnit.SECONDS).expect(0);
		assertTrue(served1.out().contains(url), served1.out());
		// the other store is as it was, and still needs no account
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(victim))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
	}

	@Test
	void badInputIsRefusedWithExitCodeTwo() throws Exception {
		String port = Integer.toString(freePort());
		String db = dir.resolve("db").toString();
		Path file = Files.writeString(dir.resolve("not-a-keystore.p12"), "x");
		Cli.run("server", "start", "--dir", db, "--port", port).expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--host", "0.0.0.0").expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--ssl", "maybe").expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--ssl", "basic").expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--ssl", "peerAuthentication",
				"--keystore", file.toString(), "--keystore-password", "kpw").expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--ssl", "basic", "--keystore",
				dir.resolve("missing.p12").toString(), "--keystore-password", "kpw").expect(2);
		Cli.run("server", "start", "--dir", db, "--port", port, "--user", "boss", "--password", "pw", "--host", "no-such-host.invalid")
				.expect(2);
		Cli.run("server", "stop", "--port", port, "--user", "boss", "--password", "pw", "--ssl", "basic").expect(2);
		Cli.run("server", "keystore", "--dir", dir.resolve("keys").toString(), "--keystore-password", "long-enough").expect(2);
		Cli.run("server", "keystore", "--create", "--dir", dir.resolve("keys").toString(), "--keystore-password", "short").expect(2);
		Cli.run("server", "keystore", "--create", "--dir", dir.resolve("keys").toString(), "--keystore-password", "long-enough", "--host",
				"bad host").expect(2);
		Cli.run("users", "add", "bad-name", "--role", "filler", "--unit", "u", "--new-password", "p", "--db", db).expect(2);
		Cli.run("users", "add", "bob", "--role", "chief", "--new-password", "p", "--db", db).expect(2);
		Cli.run("users", "add", "bob", "--role", "filler", "--new-password", "p", "--db", db).expect(2);
		Cli.run("users", "add", "bob", "--role", "supervisor", "--new-password", "p", "--db", db).expect(2);
		assertFalse(Files.exists(dir.resolve("db")), "nothing was started or created");
		Path keys = dir.resolve("keys");
		Cli.run("server", "keystore", "--create", "--dir", keys.toString(), "--keystore-password", "long-enough").expect(0);
		Cli.run("server", "keystore", "--create", "--dir", keys.toString(), "--keystore-password", "long-enough").expect(2);
	}

	@Test
	void aTlsServerWithTheStoresTheKeystoreCommandMakes() throws Exception {
		Path keys = dir.resolve("keys");
		Cli.Result made = Cli.run("server", "keystore", "--create", "--dir", keys.toString(), "--keystore-password", "keys-pw-1", "--host",
				"localhost,127.0.0.1", "--client", "laptop").expect(0);
		for (String file : List.of("server.p12", "server.crt", "truststore.p12", "server-truststore.p12", "client-laptop.p12")) {
			assertTrue(made.out().contains(keys.resolve(file).toString()), made.out());
			assertTrue(Files.isRegularFile(keys.resolve(file)), file);
		}
		int port = freePort();
		Path served = dir.resolve("served");
		String url = "jdbc:derby://localhost:" + port + "/" + served.toAbsolutePath() + ";ssl=peerAuthentication";
		Future<Cli.Result> running = start("--dir", served.toString(), "--port", Integer.toString(port), "--user", "boss", "--password",
				BOSS_PASSWORD, "--ssl", "basic", "--keystore", keys.resolve("server.p12").toString(), "--keystore-password", "keys-pw-1");
		SSLContext jvmDefault = SSLContext.getDefault();
		try {
			SSLContext.setDefault(trusting(keys.resolve("truststore.p12")));
			awaitServing(running, url, "boss", BOSS_PASSWORD);
			Cli.run(as(url, "boss", BOSS_PASSWORD, "list")).expect(0);
			Cli.run(as(url.substring(0, url.indexOf(';')), "boss", BOSS_PASSWORD, "list")).expect(1);
		} finally {
			SSLContext.setDefault(jvmDefault);
		}
		Cli.run("server", "stop", "--port", Integer.toString(port), "--user", "boss", "--password", BOSS_PASSWORD).expect(1);
		Cli.run("server", "stop", "--port", Integer.toString(port), "--user", "boss", "--password", BOSS_PASSWORD, "--ssl", "basic",
				"--truststore", keys.resolve("truststore.p12").toString()).expect(0);
		Cli.Result result = running.get(60, TimeUnit.SECONDS).expect(0);
		assertTrue(result.out().contains(url), result.out());
	}

	private static SSLContext trusting(Path trustStore) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(trustStore)) {
			trust.load(in, null);
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(trust);
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}
}
