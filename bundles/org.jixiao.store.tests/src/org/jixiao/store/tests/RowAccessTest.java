package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;


import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.EvidenceStore;
import org.jixiao.store.OpenEditor;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.jixiao.testing.TlsDerbyServer;
import org.jixiao.testing.TlsDerbyServer.Account;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows per account on a real Derby Network Server with TLS: two units' officers (填报), a
 * 主管部门's reviewer, a bureau reviewer and an administrator, each trying through the product's
 * store and through plain JDBC (and Derby's {@code ij}) to read and change what its role must not.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RowAccessTest {

	private static final String OWNER = "boss";
	private static final String PASSWORD = "pw-的-1";
	private static final String UNIT_A = "党政办公室";
	private static final String UNIT_B = "经济发展局";
	private static final String SUPERVISOR_OF_A = "高新区管委会";
	private static final String SUPERVISOR_OF_B = "区发展改革委";
	private static final String A = "officera";
	private static final String B = "officerb";
	private static final String REVIEWER = "reviewer";
	private static final String BUREAU = "bureau1";

	@TempDir
	static Path dir;

	private static TlsDerbyServer server;
	private static String url;
	private static long a1;
	private static long a2;
	private static long b1;

	@BeforeAll
	static void serve() throws Exception {
		server = TlsDerbyServer.start(dir, TlsDerbyServer.freePort(), OWNER, PASSWORD.toCharArray());
		url = server.url();
		server.addAccounts(PASSWORD.toCharArray(), new Account(A, Role.FILLER, UNIT_A, null), new Account(B, Role.FILLER, UNIT_B, null),
				new Account(REVIEWER, Role.SUPERVISOR, null, SUPERVISOR_OF_A), new Account(BUREAU, Role.BUREAU, null, null));
		try (EvaluationStore store = EvaluationStore.open(location(A))) {
			a1 = store.insert(evaluation(1, UNIT_A, SUPERVISOR_OF_A), A);
			a2 = store.insert(evaluation(2, UNIT_A, SUPERVISOR_OF_A), A);
		}
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			b1 = store.insert(evaluation(3, UNIT_B, SUPERVISOR_OF_B), B);
		}
	}

	@AfterAll
	static void stop() throws Exception {
		server.close();
	}


	private static StoreLocation location(String user) {
		return StoreLocation.of(url, user, PASSWORD.toCharArray());
	}

	private static Evaluation evaluation(long seed, String unit, String supervisor) {
		return Evaluations.ofUnit(SyntheticEvaluations.create(seed, 4), unit, supervisor);
	}

	private static Set<Long> ids(EvaluationStore store) throws StoreException {
		Set<Long> ids = new TreeSet<>();
		for (EvaluationSummary summary : store.list(EvaluationQuery.all())) {
			ids.add(summary.id());
		}
		return ids;
	}

	@Test
	void eachAccountListsAndOpensOnlyTheEvaluationsOfItsUnitOrItsSupervisedUnits() throws Exception {
		try (EvaluationStore store = EvaluationStore.open(location(A))) {
			assertEquals(Set.of(a1, a2), ids(store));
			assertEquals(UNIT_A, store.load(a1).getDepartment().getName());
			assertThrows(StoreException.class, () -> store.load(b1), "B's evaluation does not exist for A");
			assertTrue(store.audit(b1).isEmpty());
		}
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			assertEquals(Set.of(b1), ids(store));
			assertThrows(StoreException.class, () -> store.load(a1));
		}
		try (EvaluationStore store = EvaluationStore.open(location(REVIEWER))) {
			assertEquals(Set.of(a1, a2), ids(store), "the 主管部门 of A sees A's, not B's");
			assertThrows(StoreException.class, () -> store.load(b1));
		}
		try (EvaluationStore store = EvaluationStore.open(location(BUREAU))) {
			assertTrue(ids(store).containsAll(Set.of(a1, a2, b1)));
			assertEquals(UNIT_B, store.load(b1).getDepartment().getName());
		}
	}

	@Test
	void theProductCannotWriteAnotherUnitsEvaluationNorAReviewerAnyContent() throws Exception {
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			assertThrows(StoreException.class, () -> store.update(a1, evaluation(1, UNIT_B, null), B), "A's is not there for B");
			assertThrows(StoreException.class, () -> store.delete(a1, B));
			StoreException foreign = assertThrows(StoreException.class, () -> store.insert(evaluation(9, UNIT_A, null), B),
					"B cannot create an evaluation of A's unit");
			assertTrue(foreign.getMessage().contains("服务器拒绝") || foreign.getMessage().contains("server refused"), foreign.getMessage());
			assertEquals(Set.of(b1), ids(store), "nothing was stored");
		}
		try (EvaluationStore store = EvaluationStore.open(location(REVIEWER))) {
			assertThrows(StoreException.class, () -> store.update(a1, evaluation(1, UNIT_A, SUPERVISOR_OF_A), REVIEWER));
			assertThrows(StoreException.class, () -> store.insert(evaluation(8, UNIT_A, SUPERVISOR_OF_A), REVIEWER));
		}
		try (EvaluationStore store = EvaluationStore.open(location(BUREAU))) {
			assertThrows(StoreException.class, () -> store.update(b1, evaluation(3, UNIT_B, SUPERVISOR_OF_B), BUREAU));
			assertThrows(StoreException.class, () -> store.delete(b1, BUREAU));
		}
		// A's own still saves, and is unchanged by the refused attempts
		try (EvaluationStore store = EvaluationStore.open(location(A))) {
			Evaluations.assertEqual(evaluation(1, UNIT_A, SUPERVISOR_OF_A), store.load(a1));
			store.update(a2, evaluation(2, UNIT_A, SUPERVISOR_OF_A), A);
		}
		try (EvaluationStore store = EvaluationStore.open(location(OWNER))) {
			Evaluations.assertEqual(evaluation(3, UNIT_B, SUPERVISOR_OF_B), store.load(b1));
		}
	}

	@Test
	void evidenceIsCopiedOnlyBetweenEvaluationsTheAccountMayWrite() throws Exception {
		Path scan = Files.writeString(dir.resolve("会议纪要.pdf"), "%PDF-1.4 minutes");
		long copy;
		try (EvaluationStore store = EvaluationStore.open(location(A))) {
			store.evidence().add(a2, "row-1", "产出指标/数量指标/行", scan, EvidenceStore.DEFAULT_LIMIT, A);
			copy = store.insert(store.load(a2), A);
			assertEquals(1, store.evidence().copy(a2, copy, A).size(), "A copies its own files inside the served database");
			assertEquals(1, store.evidence().list(copy).size());
		}
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			assertThrows(StoreException.class, () -> store.evidence().copy(a2, b1, B), "B cannot read A's files");
			assertEquals(List.of(), store.evidence().list(b1), "nothing reached B's evaluation");
		}
		try (EvaluationStore store = EvaluationStore.open(location(OWNER))) {
			store.delete(copy, OWNER);
		}
	}

	@Test
	void plainJdbcAsAUnitsOfficerSeesAndChangesOnlyItsOwnRows() throws Exception {
		try (Connection b = Clients.connect(url, B, PASSWORD); Statement sql = b.createStatement()) {
			sql.execute("SET ROLE FILLER");
			b.setAutoCommit(false);
			assertEquals("42502", state(sql, "SELECT * FROM JIXIAO.EVALUATION"));
			assertEquals("42502", state(sql, "SELECT NAME FROM JIXIAO.DEPARTMENT"));
			assertEquals("42502", state(sql, "SELECT NAME, TARGET_TEXT FROM JIXIAO.INDICATOR_ROW"));
			assertEquals(List.of(String.valueOf(b1)), column(sql, "SELECT ID FROM VISIBLE.EVALUATION"));
			assertEquals(List.of(UNIT_B), column(sql, "SELECT NAME FROM VISIBLE.DEPARTMENT"));
			assertEquals(List.of(String.valueOf(b1)), column(sql, "SELECT DISTINCT EVALUATION_ID FROM VISIBLE.INDICATOR_ROW"));
			assertEquals(List.of(String.valueOf(b1)), column(sql, "SELECT ID FROM VISIBLE.EVALUATION_SUMMARY"));
			// writes into A's evaluation, each refused whole by the database
			assertEquals("23513", state(sql, "DELETE FROM JIXIAO.INDICATOR_ROW WHERE EVALUATION_ID = " + a1));
			assertEquals("23513", state(sql, "DELETE FROM JIXIAO.INDICATOR_ROW"), "one foreign row refuses the statement");
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'x' WHERE ID = " + a1));
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET UNIT = '" + UNIT_B + "' WHERE ID = " + a1), "taking it over");
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET UNIT = '" + UNIT_A + "' WHERE ID = " + b1), "giving it away");
			assertEquals("23513", state(sql, "DELETE FROM JIXIAO.EVALUATION WHERE ID = " + a1));
			assertEquals("23513", state(sql, "INSERT INTO JIXIAO.GOAL (EVALUATION_ID, POS, NUMBER, EXPECTED) VALUES (" + a1 + ", 99, 99, 'x')"));
			assertEquals("23513", state(sql, "INSERT INTO JIXIAO.EVALUATION (FISCAL_YEAR, UNIT, CREATED_AT, CREATED_BY, MODIFIED_AT, MODIFIED_BY) "
					+ "VALUES (2023, '" + UNIT_A + "', CURRENT_TIMESTAMP, 'B', CURRENT_TIMESTAMP, 'B')"));
			assertEquals("23513", state(sql, "INSERT INTO JIXIAO.EVALUATION (FISCAL_YEAR, UNIT, REVIEW_STATE, CREATED_AT, CREATED_BY, MODIFIED_AT, "
					+ "MODIFIED_BY) VALUES (2023, '" + UNIT_B + "', 'CONFIRMED', CURRENT_TIMESTAMP, 'B', CURRENT_TIMESTAMP, 'B')"), "born confirmed");
			// nor may it review: confirm its own, or record a step in a reviewer's name
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', REVIEW_SCORE = 100 WHERE ID = " + b1));
			assertEquals("23513", state(sql, "INSERT INTO JIXIAO.REVIEW_EVENT (EVALUATION_ID, HAPPENED_AT, BY_USER, ACTION, FROM_STATE, TO_STATE) "
					+ "VALUES (" + b1 + ", CURRENT_TIMESTAMP, 'BUREAU1', 'CONFIRM', 'BUREAU_REVIEW', 'CONFIRMED')"));
			assertEquals("42500", state(sql, "INSERT INTO JIXIAO.REVIEW_COMMENT (EVALUATION_ID, SUBMISSION_NUMBER, TEXT, BY_USER, MADE_AT) "
					+ "VALUES (" + b1 + ", 1, 'fine', 'OFFICERB', CURRENT_TIMESTAMP)"));
			assertEquals("42502", state(sql, "SELECT * FROM JIXIAO.ACCOUNT"));
			assertEquals("42504", state(sql, "SELECT * FROM TABLE (JIXIAO.INDICATOR_ROW_SOURCE()) S"), "nor the functions of an embedded save");
			// its own: changed, and frozen once submitted
			assertNull(state(sql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'B' WHERE ID = " + b1));
			assertNull(state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUBMITTED', SELF_SCORE = 90 WHERE ID = " + b1));
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'C' WHERE ID = " + b1), "frozen");
			assertEquals("23513", state(sql, "DELETE FROM JIXIAO.GOAL WHERE EVALUATION_ID = " + b1), "frozen");
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET SELF_SCORE = 100 WHERE ID = " + b1), "a score without a submission");
			assertNull(state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'DRAFT' WHERE ID = " + b1), "withdrawn");
			b.rollback();
		}
	}

	@Test
	void plainJdbcAsReviewersMovesOnlyAlongTheirTransitionsAndChangesNoContent() throws Exception {
		try (Connection reviewer = Clients.connect(url, REVIEWER, PASSWORD); Statement sql = reviewer.createStatement();
				Connection bureau = Clients.connect(url, BUREAU, PASSWORD); Statement bureauSql = bureau.createStatement();
				Connection a = Clients.connect(url, A, PASSWORD); Statement aSql = a.createStatement()) {
			sql.execute("SET ROLE SUPERVISOR");
			bureauSql.execute("SET ROLE BUREAU");
			aSql.execute("SET ROLE FILLER");
			for (Connection connection : List.of(reviewer, bureau, a)) {
				connection.setAutoCommit(false);
			}
			assertEquals(List.of(String.valueOf(a1), String.valueOf(a2)), column(sql, "SELECT ID FROM VISIBLE.EVALUATION ORDER BY ID"));
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUPERVISOR_REVIEW' WHERE ID = " + a1), "not submitted");
			reviewer.rollback();
			assertNull(state(aSql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUBMITTED' WHERE ID = " + a1));
			a.commit();
			assertNull(state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUPERVISOR_REVIEW' WHERE ID = " + a1));
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED' WHERE ID = " + a1), "the bureau's step");
			assertEquals("23513", state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUPERVISOR_REVIEW' WHERE ID = " + b1), "not its unit");
			assertEquals("42502", state(sql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'R' WHERE ID = " + a1));
			assertEquals("42500", state(sql, "DELETE FROM JIXIAO.GOAL WHERE EVALUATION_ID = " + a1));
			assertNull(state(sql, "INSERT INTO JIXIAO.REVIEW_COMMENT (EVALUATION_ID, SUBMISSION_NUMBER, TEXT, BY_USER, MADE_AT) "
					+ "VALUES (" + a1 + ", 1, '请补充佐证', 'REVIEWER', CURRENT_TIMESTAMP)"));
			assertEquals("23513", state(sql, "INSERT INTO JIXIAO.REVIEW_COMMENT (EVALUATION_ID, SUBMISSION_NUMBER, TEXT, BY_USER, MADE_AT) "
					+ "VALUES (" + b1 + ", 1, 'x', 'REVIEWER', CURRENT_TIMESTAMP)"), "not its unit");
			assertNull(state(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'BUREAU_REVIEW' WHERE ID = " + a1));
			reviewer.commit();
			// the bureau reads every table and confirms, but changes no content
			assertTrue(column(bureauSql, "SELECT ID FROM JIXIAO.EVALUATION").containsAll(List.of(String.valueOf(a1), String.valueOf(b1))));
			assertEquals("42502", state(bureauSql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'X' WHERE ID = " + a1));
			assertEquals("42500", state(bureauSql, "DELETE FROM JIXIAO.INDICATOR_ROW WHERE EVALUATION_ID = " + a1));
			assertEquals("42500", state(bureauSql, "DELETE FROM JIXIAO.AUDIT"));
			assertEquals("23513", state(bureauSql, "UPDATE JIXIAO.EVALUATION SET REVIEW_SCORE = 95 WHERE ID = " + a1), "only by confirming");
			assertNull(state(bureauSql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', REVIEW_SCORE = 95, REVIEW_GRADE = '优' WHERE ID = " + a1));
			bureau.commit();
			// confirmed is final for the unit too
			assertEquals("23513", state(aSql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'DRAFT' WHERE ID = " + a1));
			assertEquals("23513", state(aSql, "UPDATE JIXIAO.EVALUATION SET PREPARER = 'A' WHERE ID = " + a1));
			a.rollback();
		}
		try (EvaluationStore store = EvaluationStore.open(location(A))) {
			StoreException frozen = assertThrows(StoreException.class, () -> store.update(a1, evaluation(1, UNIT_A, SUPERVISOR_OF_A), A));
			assertFalse(frozen.getMessage().isBlank());
		}
	}

	@Test
	void whoElseHasAnEvaluationOpenIsToldToThoseWhoMayReadItAndRecordedUnderTheirAccount() throws Exception {
		try (EvaluationStore officer = EvaluationStore.open(location(A)); EvaluationStore reviewer = EvaluationStore.open(location(REVIEWER));
				EvaluationStore other = EvaluationStore.open(location(B))) {
			assertTrue(officer.announce(a2, "editor-a", "whoever").isEmpty());
			List<OpenEditor> seen = reviewer.announce(a2, "editor-r", REVIEWER);
			assertEquals(1, seen.size());
			assertEquals("OFFICERA", seen.get(0).user(), "the account, not the name the client gave");
			assertEquals(List.of("REVIEWER"), officer.announce(a2, "editor-a", A).stream().map(OpenEditor::user).toList());
			assertThrows(StoreException.class, () -> other.announce(a2, "editor-b", B), "B may not even know it is open");
			// an editor that stopped announcing itself (its process died) is gone after the timeout
			try (Connection a = Clients.connect(url, A, PASSWORD); Statement sql = a.createStatement()) {
				sql.execute("SET ROLE FILLER");
				assertNull(state(sql, "UPDATE JIXIAO.PRESENCE SET SEEN_AT = {fn TIMESTAMPADD(SQL_TSI_MINUTE, -5, CURRENT_TIMESTAMP)} "
						+ "WHERE EVALUATION_ID = " + a2 + " AND SESSION_ID = 'editor-a'"));
				assertEquals("23513", state(sql, "UPDATE JIXIAO.PRESENCE SET SEEN_AT = CURRENT_TIMESTAMP WHERE EVALUATION_ID = " + a2
						+ " AND SESSION_ID = 'editor-r'"), "another's row");
				assertEquals("23513", state(sql, "INSERT INTO JIXIAO.PRESENCE (EVALUATION_ID, SESSION_ID, BY_USER, OPENED_AT, SEEN_AT) VALUES ("
						+ a2 + ", 'fake', 'BUREAU1', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"), "in another's name");
			}
			assertTrue(reviewer.announce(a2, "editor-r", REVIEWER).isEmpty());
			reviewer.withdraw(a2, "editor-r");
			assertTrue(officer.announce(a2, "editor-a", A).isEmpty());
			officer.withdraw(a2, "editor-a");
		}
	}

	@Test
	void aUnitsSavesAndAnotherSessionsReadsThroughTheViewsDoNotDeadlock() throws Exception {
		// a save locks EVALUATION, then the tables below it; the views read them in the same order
		long b2;
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			b2 = store.insert(evaluation(4, UNIT_B, SUPERVISOR_OF_B), B);
		}
		List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
		java.util.concurrent.atomic.AtomicBoolean saving = new java.util.concurrent.atomic.AtomicBoolean(true);
		Thread reader = new Thread(() -> {
			try (EvaluationStore store = EvaluationStore.open(location(B))) {
				while (saving.get()) {
					store.load(b1);
					store.list(EvaluationQuery.all());
				}
			} catch (Throwable e) {
				failures.add(e);
			}
		});
		reader.start();
		long started = System.nanoTime();
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			for (int i = 0; i < 15; i++) {
				store.update(b2, evaluation(4, UNIT_B, SUPERVISOR_OF_B), B);
			}
		} finally {
			saving.set(false);
			reader.join(120_000);
		}
		try (EvaluationStore store = EvaluationStore.open(location(B))) {
			store.delete(b2, B);
		}
		assertTrue(failures.isEmpty(), () -> "a deadlock or lock timeout: " + failures);
		// Derby reports a deadlock after derby.locks.deadlockTimeout (20 s): none was waited for
		assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(100), "the saves waited for locks");
	}

	@Test
	void ijAsAnotherUnitsOfficerFindsNothingOfA() throws Exception {
		String out = Clients.ij(dir, List.of("-Djavax.net.ssl.trustStore=" + server.trustStore()),
				"connect '" + url + ";user=" + B + ";password=" + PASSWORD + "' as b;",
				"set role FILLER;",
				"select 'visible:' || trim(char(count(*))) from VISIBLE.EVALUATION;",
				"select 'names:' || NAME from VISIBLE.DEPARTMENT;",
				"select NAME from JIXIAO.DEPARTMENT;",
				"delete from JIXIAO.NARRATIVE_PARAGRAPH where EVALUATION_ID = " + a1 + ";");
		assertTrue(out.contains("visible:1"), out);
		assertTrue(out.contains("names:" + UNIT_B) || out.contains("names:"), out);
		assertFalse(out.contains(UNIT_A), out);
		assertTrue(out.contains("ERROR 42502"), out);
		assertTrue(out.contains("ERROR 23513"), out);
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

	private static List<String> column(Statement statement, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}
}
