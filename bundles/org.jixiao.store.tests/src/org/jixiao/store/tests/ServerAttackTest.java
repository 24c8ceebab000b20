package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.derby.drda.NetworkServerControl;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.internal.ServerDatabases;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of a hostile local user on a real Derby Network Server, with no credentials, wrong ones,
 * and a unit officer's (a FILLER account), through the product's classes, plain JDBC, Derby's
 * {@code ij} and Derby's {@code NetworkServerControl}: beside the served store lie a colleague's
 * single-user store (no authentication) and a store served before by someone else (its own owner
 * and password).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServerAttackTest {

	private static final String BOSS = "boss";
	private static final String BOSS_PASSWORD = "boss-口令-1";
	private static final String ALICE = "alice";
	private static final String ALICE_PASSWORD = "alice-pw-2";
	private static final String ALICE_UNIT = "党政办公室";
	private static final String ROOT2 = "root2";
	private static final String ROOT2_PASSWORD = "root2-pw-3";
	private static final String EVIL = "evil";
	private static final String EVIL_PASSWORD = "evil-pw-4";

	@TempDir
	static Path dir;

	private static int port;
	private static Path served;
	private static Path victim;
	private static Path other;
	private static DerbyServer server;

	@BeforeAll
	static void serve() throws Exception {
		victim = dir.resolve("victim");
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(victim))) {
			store.insert(SyntheticEvaluations.create(1, 3), "victim");
		}
		other = dir.resolve("other");
		ServerDatabases.prepare(other, EVIL, EVIL_PASSWORD.toCharArray());
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(other, EVIL, EVIL_PASSWORD.toCharArray()))) {
			store.insert(SyntheticEvaluations.create(2, 3), EVIL);
		}
		served = dir.resolve("served");
		port = Clients.freePort();
		server = DerbyServer.start(served, port, BOSS, BOSS_PASSWORD.toCharArray());
		try (Accounts accounts = Accounts.open(location(BOSS, BOSS_PASSWORD))) {
			accounts.add(ALICE, Role.FILLER, ALICE_UNIT, null, ALICE_PASSWORD.toCharArray());
			accounts.add(ROOT2, Role.ADMIN, null, null, ROOT2_PASSWORD.toCharArray());
		}
		try (EvaluationStore store = EvaluationStore.open(location(ALICE, ALICE_PASSWORD))) {
			store.insert(EvaluationResources.referenceSample(), ALICE);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		// an administrator who is not the owner stops it
		DerbyServer.stop("localhost", port, ServerTls.off(), ROOT2, ROOT2_PASSWORD.toCharArray());
		assertFalse(server.isRunning());
		server.close();
		// neither other store was touched
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(victim))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(other, EVIL, EVIL_PASSWORD.toCharArray()))) {
			assertEquals(1, store.list(EvaluationQuery.all()).size());
		}
	}

	private static String url(Path database) {
		return "jdbc:derby://localhost:" + port + "/" + database.toAbsolutePath();
	}

	private static StoreLocation location(String user, String password) {
		return StoreLocation.of(url(served), user, password == null ? null : password.toCharArray());
	}

	@Test
	void withoutCredentialsNothingIsReachableNorStopped() throws Exception {
		assertThrows(StoreException.class, () -> EvaluationStore.open(location(null, null)));
		assertEquals("08004", Clients.refusal(url(served), null, null));
		assertNotNull(Clients.refusal(url(victim), null, null));
		assertNotNull(Clients.refusal(url(other), null, null));
		assertThrows(Exception.class, () -> Clients.control(port).shutdown());
		assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, ServerTls.off(), "", "".toCharArray()));
		assertTrue(server.isRunning());
	}

	@Test
	void wrongCredentialsAreRefusedAndStopNothing() throws Exception {
		assertEquals("08004", Clients.refusal(url(served), BOSS, "guess"));
		assertEquals("08004", Clients.refusal(url(served), ALICE, BOSS_PASSWORD));
		assertThrows(StoreException.class, () -> EvaluationStore.open(location(ALICE, "guess")));
		assertThrows(Exception.class, () -> Clients.control(port, BOSS, "guess").shutdown());
		assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, ServerTls.off(), ROOT2, "guess".toCharArray()));
		assertTrue(server.isRunning());
	}

	@Test
	void noOtherDatabaseIsServedWhateverTheCredentials() throws Exception {
		// the reported attack: list, export or delete the evaluations of another store through the server
		for (String[] credentials : new String[][] { { null, null }, { ALICE, ALICE_PASSWORD }, { BOSS, BOSS_PASSWORD },
				{ EVIL, EVIL_PASSWORD } }) {
			for (Path database : List.of(victim, other)) {
				String state = Clients.refusal(url(database), credentials[0], credentials[1]);
				assertNotNull(state, database + " was served to " + credentials[0]);
				assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of(url(database), credentials[0],
						credentials[1] == null ? null : credentials[1].toCharArray())));
			}
		}
		// even the other store's own owner with its own password: not this server's database
		assertNotNull(Clients.refusal("jdbc:derby://localhost:" + port + "/" + dir.resolve("x/../other"), EVIL, EVIL_PASSWORD));
		// the server did not even boot them: Derby would hold their lock file
		assertFalse(Files.exists(victim.resolve("db.lck")));
		assertFalse(Files.exists(other.resolve("db.lck")));
		// the served database under another spelling of its path is the served database
		assertNull(Clients.refusal("jdbc:derby://localhost:" + port + "/" + dir.resolve("x/../served"), ALICE, ALICE_PASSWORD));
	}

	@Test
	void noDatabaseIsCreatedThroughTheServer() throws Exception {
		Path created = dir.resolve("created");
		for (String[] credentials : new String[][] { { null, null }, { ALICE, ALICE_PASSWORD }, { BOSS, BOSS_PASSWORD },
				{ ROOT2, ROOT2_PASSWORD } }) {
			assertNotNull(Clients.refusal(url(created) + ";create=true", credentials[0], credentials[1]));
			assertNotNull(Clients.refusal("jdbc:derby://localhost:" + port + "/memory:scratch;create=true", credentials[0], credentials[1]));
			assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.of(url(created) + ";create=true", credentials[0],
					credentials[1] == null ? null : credentials[1].toCharArray())));
		}
		assertFalse(Files.exists(created), "nothing was created on disk");
		// create=true on the served database changes nothing: it exists
		assertNull(Clients.refusal(url(served) + ";create=true", ALICE, ALICE_PASSWORD));
	}

	@Test
	void aFillerWorksWithEvaluationsThroughTheProductButAdministersNothing() throws Exception {
		try (EvaluationStore store = EvaluationStore.open(location(ALICE, ALICE_PASSWORD))) {
			long id = store.insert(Evaluations.ofUnit(SyntheticEvaluations.create(7, 3), ALICE_UNIT, null), ALICE);
			Evaluations.assertEqual(Evaluations.ofUnit(SyntheticEvaluations.create(7, 3), ALICE_UNIT, null), store.load(id));
			assertTrue(store.list(EvaluationQuery.all()).size() >= 2);
			store.delete(id, ALICE);
			StoreException backup = assertThrows(StoreException.class, () -> store.backup(dir.resolve("alice-backup")));
			assertTrue(backup.getMessage().contains("42504"), backup.getMessage());
		}
		assertFalse(Files.exists(dir.resolve("alice-backup").resolve("served")));
		StoreException accounts = assertThrows(StoreException.class, () -> Accounts.open(location(ALICE, ALICE_PASSWORD)));
		assertTrue(accounts.getMessage().contains(ALICE), accounts.getMessage());
		assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, ServerTls.off(), ALICE, ALICE_PASSWORD.toCharArray()));
		assertTrue(server.isRunning());
	}

	@Test
	void plainJdbcAsAFillerIsRefusedEverythingButItsRolesPrivileges() throws Exception {
		try (Connection alice = Clients.connect(url(served), ALICE, ALICE_PASSWORD); Statement sql = alice.createStatement()) {
			assertEquals("42502", state(sql, "SELECT * FROM VISIBLE.EVALUATION"), "no privilege without the role");
			sql.execute("SET ROLE FILLER");
			assertEquals("42502", state(sql, "SELECT * FROM JIXIAO.EVALUATION"), "the rows of every unit");
			try (ResultSet count = sql.executeQuery("SELECT COUNT(*) FROM VISIBLE.EVALUATION")) {
				assertTrue(count.next());
				assertTrue(count.getInt(1) >= 1);
			}
			assertEquals("0P000", state(sql, "SET ROLE ADMIN"));
			assertEquals("42502", state(sql, "SELECT * FROM JIXIAO.ACCOUNT"));
			assertEquals("42500", state(sql, "DELETE FROM JIXIAO.AUDIT"), "the audit trail is only appended to");
			assertEquals("42504", state(sql, "CALL JIXIAO.ADD_ACCOUNT('MALLORY', 'pw', 'ADMIN', NULL, NULL)"));
			assertEquals("42504", state(sql, "CALL SYSCS_UTIL.SYSCS_CREATE_USER('MALLORY', 'pw')"));
			assertEquals("42504", state(sql, "CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD('BOSS', 'pw')"));
			assertEquals("42504", state(sql, "CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + dir.resolve("jdbc-backup") + "')"));
			assertEquals("42504", state(sql, "CALL SYSCS_UTIL.SYSCS_EXPORT_TABLE('JIXIAO', 'EVALUATION', '" + dir.resolve("e.csv") + "', NULL, NULL, NULL)"));
			assertEquals("42504", state(sql, "CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY('derby.database.classpath', 'X')"));
			// a Java routine would run any static method in the server's process: no schema lets her create one
			assertEquals("42507", state(sql, "CREATE PROCEDURE EXIT_SERVER(IN CODE INT) LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL "
					+ "EXTERNAL NAME 'java.lang.System.exit'"));
			assertEquals("42508", state(sql, "CREATE SCHEMA ELSEWHERE"));
			assertEquals("42507", state(sql, "CREATE TABLE OWN (X INT)"));
			assertEquals("42507", state(sql, "CREATE PROCEDURE JIXIAO.EXIT_SERVER(IN CODE INT) LANGUAGE JAVA PARAMETER STYLE JAVA NO SQL "
					+ "EXTERNAL NAME 'java.lang.System.exit'"));
		}
		assertFalse(Files.exists(dir.resolve("e.csv")));
		assertFalse(Files.exists(dir.resolve("jdbc-backup")));
		// only the owner shuts the database down
		String shutdown = Clients.refusal(url(served) + ";shutdown=true", ALICE, ALICE_PASSWORD);
		assertEquals("08004", shutdown);
		assertTrue(server.isRunning());
	}

	@Test
	void derbyShutdownNeedsAnAdministratorWhileRuntimeinfoAndSysinfoAnswerAnyLocalClient() throws Exception {
		for (NetworkServerControl control : new NetworkServerControl[] { Clients.control(port), Clients.control(port, ALICE, ALICE_PASSWORD),
				Clients.control(port, EVIL, EVIL_PASSWORD), Clients.control(port, BOSS, "guess") }) {
			assertThrows(Exception.class, control::shutdown);
			assertTrue(server.isRunning());
		}
		// the documented residual of plain and basic TLS modes: Derby answers these commands unauthenticated
		String runtime = Clients.control(port).getRuntimeInfo();
		String sysinfo = Clients.control(port).getSysinfo();
		assertTrue(runtime.contains("Session"), runtime);
		assertFalse(sysinfo.isEmpty());
		for (String secret : new String[] { BOSS_PASSWORD, ALICE_PASSWORD, ROOT2_PASSWORD }) {
			assertFalse(runtime.contains(secret) || sysinfo.contains(secret), "a password is shown");
		}
	}

	@Test
	void traceFilesAnyLocalClientTurnsOnAreReadableByTheServersAccountOnly() throws Exception {
		Path traces = dir.resolve("traces");
		NetworkServerControl control = Clients.control(port);
		control.setTraceDirectory(traces.toString());
		control.trace(true);
		try (Connection connection = Clients.connect(url(served), ALICE, ALICE_PASSWORD)) {
			assertNotNull(connection);
		} finally {
			control.trace(false);
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(traces)) {
			files = list.toList();
		}
		assertFalse(files.isEmpty(), "Derby traced the session");
		// a trace holds the session's bytes, the password included: only the server's account may read it
		Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
		for (Path file : files) {
			assertEquals(ownerOnly, Files.getPosixFilePermissions(file), file.toString());
		}
	}

	@Test
	void ijConnectsOnlyWithAnAccountToTheServedDatabaseAndOnlyAnAdministratorChangesAccounts() throws Exception {
		String out = Clients.ij(dir, List.of(),
				"connect '" + url(served) + "' as nobody;",
				"connect '" + url(served) + ";user=" + BOSS + ";password=guess' as wrong;",
				"connect '" + url(other) + ";user=" + EVIL + ";password=" + EVIL_PASSWORD + "' as evil;",
				"connect '" + url(dir.resolve("ij-created")) + ";create=true;user=" + ALICE + ";password=" + ALICE_PASSWORD + "' as creator;",
				"connect '" + url(served) + ";user=" + ALICE + ";password=" + ALICE_PASSWORD + "' as alice;",
				"set role FILLER;",
				"select 'rows:' || trim(char(count(*))) from VISIBLE.EVALUATION;",
				"call JIXIAO.ADD_ACCOUNT('MALLORY', 'pw', 'ADMIN', NULL, NULL);",
				"connect '" + url(served) + ";user=" + ROOT2 + ";password=" + ROOT2_PASSWORD + "' as root2;",
				"set role ADMIN;",
				"call JIXIAO.ADD_ACCOUNT('CAROL', 'carol-pw', 'BUREAU', NULL, NULL);",
				"select 'account:' || USER_NAME || '/' || ROLE_NAME from JIXIAO.ACCOUNT where USER_NAME = 'CAROL';");
		assertEquals(2, out.split("ERROR 08004", -1).length - 1, out);
		assertEquals(2, out.split("ERROR XJ040", -1).length - 1, "the other store and the new one: " + out);
		assertTrue(out.contains("rows:"), out);
		assertTrue(out.contains("ERROR 42504"), out);
		assertTrue(out.contains("account:CAROL/BUREAU"), out);
		assertFalse(Files.exists(dir.resolve("ij-created")));
		try (Accounts accounts = Accounts.open(location(BOSS, BOSS_PASSWORD))) {
			assertTrue(accounts.list().stream().noneMatch(account -> account.user().equals("MALLORY")));
			assertTrue(accounts.list().stream().anyMatch(account -> account.user().equals("CAROL") && account.role() == Role.BUREAU
					&& account.createdBy().equals("ROOT2")));
		}
	}

	@Test
	void aRestoreFromAttributeCannotReplaceTheServedDatabase() throws Exception {
		Path backup;
		try (EvaluationStore store = EvaluationStore.open(location(ROOT2, ROOT2_PASSWORD))) {
			backup = store.backup(dir.resolve("backups"));
		}
		int count;
		try (EvaluationStore store = EvaluationStore.open(location(ALICE, ALICE_PASSWORD))) {
			store.insert(Evaluations.ofUnit(SyntheticEvaluations.create(9, 3), ALICE_UNIT, null), ALICE);
			count = store.list(EvaluationQuery.all()).size();
		}
		Clients.refusal(url(served) + ";restoreFrom=" + backup, ALICE, ALICE_PASSWORD);
		Clients.refusal(url(served) + ";restoreFrom=" + backup, null, null);
		try (EvaluationStore store = EvaluationStore.open(location(ALICE, ALICE_PASSWORD))) {
			assertEquals(count, store.list(EvaluationQuery.all()).size(), "the served database was not replaced by the backup");
		}
	}

	/** @return the SQL state of the statement's failure, or {@code null} when it succeeded */
	private static String state(Statement statement, String sql) {
		try {
			statement.execute(sql);
			return null;
		} catch (SQLException e) {
			return e.getSQLState();
		}
	}
}
