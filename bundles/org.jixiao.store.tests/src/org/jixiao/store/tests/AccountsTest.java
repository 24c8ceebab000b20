package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.store.Account;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The accounts of a served store: each a Derby user with one Derby role, its unit or 主管部门
 * recorded; changed by administrators only, through procedures that check again in the database.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class AccountsTest {

	private static final String BOSS_PASSWORD = "boss-pw-1";
	private static final String ROOT2_PASSWORD = "root2-pw-2";

	@TempDir
	static Path dir;

	private static DerbyServer server;

	@BeforeAll
	static void serve() throws Exception {
		server = DerbyServer.start(dir.resolve("served"), Clients.freePort(), "boss", BOSS_PASSWORD.toCharArray());
		try (Accounts accounts = Accounts.open(location("boss", BOSS_PASSWORD))) {
			accounts.add("root2", Role.ADMIN, null, null, ROOT2_PASSWORD.toCharArray());
		}
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}

	private static StoreLocation location(String user, String password) {
		return StoreLocation.of(server.url(), user, password.toCharArray());
	}

	private static boolean connects(String user, String password) {
		try (EvaluationStore store = EvaluationStore.open(location(user, password))) {
			return true;
		} catch (StoreException e) {
			return false;
		}
	}

	@Test
	void eachAccountHasOneRoleAsADerbyRoleWithItsUnitOrDepartment() throws Exception {
		try (Accounts accounts = Accounts.open(location("root2", ROOT2_PASSWORD))) {
			accounts.add("filler1", Role.FILLER, "党政办公室", null, "f-pw".toCharArray());
			accounts.add("Reviewer1", Role.SUPERVISOR, null, "区委办公室", "s-pw".toCharArray());
			accounts.add("bureau1", Role.BUREAU, null, null, "b-pw".toCharArray());
			Map<String, Account> byName = accounts.list().stream().collect(Collectors.toMap(Account::user, Function.identity()));
			assertEquals(Role.ADMIN, byName.get("BOSS").role(), "the owner is the first administrator");
			assertEquals(Role.ADMIN, byName.get("ROOT2").role());
			assertEquals("BOSS", byName.get("ROOT2").createdBy());
			Account filler = byName.get("FILLER1");
			assertEquals(Role.FILLER, filler.role());
			assertEquals("党政办公室", filler.unit());
			assertNull(filler.department());
			assertEquals("ROOT2", filler.createdBy());
			assertEquals("区委办公室", byName.get("REVIEWER1").department());
			assertEquals(Role.BUREAU, byName.get("BUREAU1").role());
		}
		try (Connection boss = Clients.connect(server.url(), "boss", BOSS_PASSWORD);
				Statement sql = boss.createStatement();
				ResultSet grants = sql.executeQuery("SELECT GRANTEE, ROLEID FROM SYS.SYSROLES WHERE ISDEF = 'N' ORDER BY GRANTEE")) {
			StringBuilder all = new StringBuilder();
			while (grants.next()) {
				all.append(grants.getString(1)).append('=').append(grants.getString(2)).append(' ');
			}
			for (String grant : List.of("FILLER1=FILLER", "REVIEWER1=SUPERVISOR", "BUREAU1=BUREAU", "ROOT2=ADMIN")) {
				assertTrue(all.toString().contains(grant), all.toString());
			}
		}
		assertTrue(connects("filler1", "f-pw"));
		assertTrue(connects("reviewer1", "s-pw"));
	}

	@Test
	void invalidInputIsRefusedBeforeAnythingChanges() throws Exception {
		try (Accounts accounts = Accounts.open(location("boss", BOSS_PASSWORD))) {
			int before = accounts.list().size();
			assertTrue(assertThrows(StoreException.class, () -> accounts.add("nounit", Role.FILLER, " ", null, "pw".toCharArray()))
					.getMessage().contains("--unit"));
			assertTrue(assertThrows(StoreException.class, () -> accounts.add("nodept", Role.SUPERVISOR, null, null, "pw".toCharArray()))
					.getMessage().contains("--department"));
			for (String name : List.of("bad-name", "1st", "admin", "Filler", "SYSADMIN", "public", "jixiao", "a\"b", "")) {
				StoreException refused = assertThrows(StoreException.class, () -> accounts.add(name, Role.BUREAU, null, null, "pw".toCharArray()));
				assertTrue(refused.getMessage().contains(name), refused.getMessage());
			}
			assertThrows(StoreException.class, () -> accounts.add("nopassword", Role.BUREAU, null, null, new char[0]));
			assertThrows(StoreException.class, () -> accounts.add("root2", Role.BUREAU, null, null, "pw".toCharArray()), "exists");
			assertThrows(StoreException.class, () -> accounts.remove("nobody"));
			assertThrows(StoreException.class, () -> accounts.setPassword("nobody", "pw".toCharArray()));
			assertEquals(before, accounts.list().size());
		}
	}

	@Test
	void passwordsChangeAndRemovedAccountsCannotConnect() throws Exception {
		try (Accounts accounts = Accounts.open(location("root2", ROOT2_PASSWORD))) {
			accounts.add("temp1", Role.FILLER, "单位甲", null, "old-pw".toCharArray());
			assertTrue(connects("temp1", "old-pw"));
			accounts.setPassword("temp1", "new-pw".toCharArray());
			assertFalse(connects("temp1", "old-pw"));
			assertTrue(connects("temp1", "new-pw"));
			accounts.remove("temp1");
			assertFalse(connects("temp1", "new-pw"));
			assertTrue(accounts.list().stream().noneMatch(account -> account.user().equals("TEMP1")));
			// its schema went with it, so the name can be given again
			accounts.add("temp1", Role.BUREAU, null, null, "again-pw".toCharArray());
			assertTrue(connects("temp1", "again-pw"));
		}
	}

	@Test
	void theOwnerAndTheAdministratorAtWorkAreProtected() throws Exception {
		try (Accounts accounts = Accounts.open(location("root2", ROOT2_PASSWORD))) {
			assertThrows(StoreException.class, () -> accounts.setPassword("boss", "taken".toCharArray()));
			assertThrows(StoreException.class, () -> accounts.remove("boss"));
			assertThrows(StoreException.class, () -> accounts.remove("root2"));
		}
		assertTrue(connects("boss", BOSS_PASSWORD));
		assertTrue(connects("root2", ROOT2_PASSWORD));
		// the database itself refuses, whatever client calls
		try (Connection root2 = Clients.connect(server.url(), "root2", ROOT2_PASSWORD); Statement sql = root2.createStatement()) {
			sql.execute("SET ROLE ADMIN");
			assertEquals("38J04", state(root2, "CALL JIXIAO.SET_PASSWORD('BOSS', 'taken')"));
			assertEquals("38J04", state(root2, "CALL JIXIAO.REMOVE_ACCOUNT('BOSS')"));
			assertEquals("38J01", state(root2, "CALL JIXIAO.ADD_ACCOUNT('bad-name', 'pw', 'FILLER', 'unit', NULL)"));
			assertEquals("38J01", state(root2, "CALL JIXIAO.ADD_ACCOUNT('nounit', 'pw', 'FILLER', NULL, NULL)"));
			assertEquals("38J02", state(root2, "CALL JIXIAO.ADD_ACCOUNT('boss', 'pw', 'FILLER', 'unit', NULL)"));
		}
		// the owner changes its own password
		try (Accounts accounts = Accounts.open(location("boss", BOSS_PASSWORD))) {
			accounts.setPassword("boss", "boss-new-pw".toCharArray());
		}
		assertTrue(connects("boss", "boss-new-pw"));
		try (Accounts accounts = Accounts.open(location("boss", "boss-new-pw"))) {
			accounts.setPassword("boss", BOSS_PASSWORD.toCharArray());
		}
	}

	@Test
	void onlyAdministratorsOpenTheAccounts() throws Exception {
		try (Accounts accounts = Accounts.open(location("root2", ROOT2_PASSWORD))) {
			accounts.add("reviewer2", Role.SUPERVISOR, null, "区财政局", "r-pw".toCharArray());
		}
		assertThrows(StoreException.class, () -> Accounts.open(location("reviewer2", "r-pw")));
		assertThrows(StoreException.class, () -> Accounts.open(location("root2", "wrong")));
	}

	/** @return the SQL state of the call's failure, or {@code null} when it succeeded */
	private static String state(Connection connection, String sql) {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.execute();
			return null;
		} catch (SQLException e) {
			return e.getSQLState();
		}
	}
}
