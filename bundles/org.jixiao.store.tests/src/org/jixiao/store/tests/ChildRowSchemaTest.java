package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 10: the tables that hold an evaluation's lists keep one index per row, the backing
 * index of their foreign key, and that key is still enforced by the database; a database of version 9
 * with rows is migrated without losing any.
 */
class ChildRowSchemaTest {

	/** The list tables and the primary keys they had up to version 9. */
	private static final Map<String, String> VERSION_9_KEYS = Map.ofEntries(Map.entry("BUDGET_LINE", "EVALUATION_ID, POS"),
			Map.entry("BUDGET_PROJECT", "EVALUATION_ID, POS"), Map.entry("GOAL", "EVALUATION_ID, POS"),
			Map.entry("INDICATOR_CATEGORY", "EVALUATION_ID, POS"), Map.entry("INDICATOR_SUBCATEGORY", "EVALUATION_ID, CATEGORY_POS, POS"),
			Map.entry("INDICATOR_ROW", "EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, POS"),
			Map.entry("SCORE_ADJUSTMENT", "EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS"),
			Map.entry("INDICATOR_DETAIL", "EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, POS"),
			Map.entry("NARRATIVE_SECTION", "EVALUATION_ID, SECTION_NO"), Map.entry("NARRATIVE_PARAGRAPH", "EVALUATION_ID, SECTION_NO, POS"),
			Map.entry("MODULE_DATA", "EVALUATION_ID, POS"));

	@TempDir
	Path dir;

	@Test
	void listRowsHaveOneIndexAndTheirForeignKeyHolds() throws Exception {
		Path database = dir.resolve("db");
		long id;
		long other;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			id = store.insert(SyntheticEvaluations.create(4, 30), "tester");
			other = store.insert(SyntheticEvaluations.create(5, 30), "tester");
		}
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String table : VERSION_9_KEYS.keySet()) {
				assertEquals(1, indexes(connection, table), table + " keeps only the backing index of its foreign key");
				assertTrue(rows(connection, table, id) > 0, table + " has rows of the synthetic evaluation");
				SQLException orphan = assertThrows(SQLException.class,
						() -> statement.executeUpdate("UPDATE JIXIAO." + table + " SET EVALUATION_ID = 999999 WHERE EVALUATION_ID = " + id),
						table + ": a row of no evaluation is refused");
				assertEquals("23503", orphan.getSQLState(), table);
			}
			assertNull(index(connection, "EVALUATION_YEAR"));
			assertNull(index(connection, "DEPARTMENT_NAME"));
			statement.executeUpdate("DELETE FROM JIXIAO.EVALUATION WHERE ID = " + id);
			for (String table : VERSION_9_KEYS.keySet()) {
				assertEquals(0, rows(connection, table, id), table + ": deleting the evaluation deletes its rows");
				assertTrue(rows(connection, table, other) > 0, table + ": the other evaluation keeps its rows");
			}
		} finally {
			shutdown(database);
		}
	}

	@Test
	void aVersion9DatabaseIsMigratedWithItsRows() throws Exception {
		Path database = dir.resolve("db9");
		Evaluation saved = SyntheticEvaluations.create(7, 45);
		long id;
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			id = store.insert(saved, "tester");
		}
		// Back to version 9 as it was: the primary keys and the two indexes, the version row gone.
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (Map.Entry<String, String> key : VERSION_9_KEYS.entrySet()) {
				statement.executeUpdate("ALTER TABLE JIXIAO." + key.getKey() + " ADD PRIMARY KEY (" + key.getValue() + ")");
			}
			statement.executeUpdate("CREATE INDEX JIXIAO.EVALUATION_YEAR ON JIXIAO.EVALUATION (FISCAL_YEAR)");
			statement.executeUpdate("CREATE INDEX JIXIAO.DEPARTMENT_NAME ON JIXIAO.DEPARTMENT (NAME)");
			// and what came after it: the table functions of version 11
			for (String function : RowSourceTest.functions(connection)) {
				statement.executeUpdate("DROP FUNCTION JIXIAO." + function);
			}
			assertEquals(2, statement.executeUpdate("DELETE FROM JIXIAO.SCHEMA_VERSION WHERE VERSION >= 10"));
			assertEquals(2, indexes(connection, "INDICATOR_ROW"));
		} finally {
			shutdown(database);
		}
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			Evaluations.assertEqual(saved, store.load(id));
		}
		try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
			for (String table : VERSION_9_KEYS.keySet()) {
				assertEquals(1, indexes(connection, table), table);
			}
			try (ResultSet version = statement.executeQuery("SELECT SCRIPT FROM JIXIAO.SCHEMA_VERSION WHERE VERSION = 10")) {
				assertTrue(version.next());
				assertEquals("V010__one_index_per_child_row.sql", version.getString(1));
			}
		} finally {
			shutdown(database);
		}
	}

	private static int indexes(Connection connection, String table) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(DISTINCT C.CONGLOMERATENUMBER) FROM SYS.SYSCONGLOMERATES C "
				+ "JOIN SYS.SYSTABLES T ON T.TABLEID = C.TABLEID JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = T.SCHEMAID "
				+ "WHERE S.SCHEMANAME = 'JIXIAO' AND T.TABLENAME = ? AND C.ISINDEX")) {
			query.setString(1, table);
			try (ResultSet count = query.executeQuery()) {
				count.next();
				return count.getInt(1);
			}
		}
	}

	private static String index(Connection connection, String name) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT C.CONGLOMERATENAME FROM SYS.SYSCONGLOMERATES C "
				+ "JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = C.SCHEMAID WHERE S.SCHEMANAME = 'JIXIAO' AND C.CONGLOMERATENAME = ?")) {
			query.setString(1, name);
			try (ResultSet found = query.executeQuery()) {
				return found.next() ? found.getString(1) : null;
			}
		}
	}

	private static long rows(Connection connection, String table, long id) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM JIXIAO." + table + " WHERE EVALUATION_ID = " + id)) {
			count.next();
			return count.getLong(1);
		}
	}

	private static Connection connect(Path database) throws SQLException {
		return new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), new Properties());
	}

	private static void shutdown(Path database) {
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true", new Properties());
		} catch (SQLException e) {
			// 08006: the database was shut down
		}
	}
}
