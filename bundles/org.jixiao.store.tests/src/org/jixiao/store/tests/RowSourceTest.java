package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.store.internal.RowSource;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema version 11: each table below EVALUATION that a save writes has a table function
 * ({@code JIXIAO.<table>_SOURCE()}) through which an embedded save inserts its rows; the function has
 * the columns of the table that the save writes, with their types (the character ones wider), and it
 * returns nothing to a caller that is not saving. A value too long for its column fails the save, as
 * it did in a JDBC batch, instead of being cut.
 */
class RowSourceTest {

	/** The tables a save writes below EVALUATION. */
	private static final List<String> TABLES = List.of("BUDGET", "BUDGET_LINE", "BUDGET_PROJECT", "DEPARTMENT", "EVALUATION_PROJECT", "GOAL",
			"INDICATOR_CATEGORY", "INDICATOR_DETAIL", "INDICATOR_ROW", "INDICATOR_SUBCATEGORY", "MODULE_DATA", "NARRATIVE_PARAGRAPH",
			"NARRATIVE_SECTION", "SCORE_ADJUSTMENT");

	/** Derby's widest VARCHAR. */
	private static final int MAX_VARCHAR = 32672;

	@TempDir
	Path dir;

	@Test
	void aValueTooLongForItsColumnFailsTheSaveAndOneThatFitsIsStoredWhole() throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("widths")))) {
			Evaluation name = SyntheticEvaluations.create(1, 12);
			name.getDepartment().setName("部".repeat(401)); // DEPARTMENT.NAME is a VARCHAR(400)
			Evaluation criterion = SyntheticEvaluations.create(2, 12);
			indicator(criterion).setScoringCriterion("评".repeat(MAX_VARCHAR + 1)); // INDICATOR_ROW.SCORING_CRITERION, the widest VARCHAR
			for (Evaluation tooLong : List.of(name, criterion)) {
				assertThrows(StoreException.class, () -> store.insert(tooLong, "tester"));
				assertThrows(StoreException.class, () -> store.insertAll(List.of(SyntheticEvaluations.create(3, 12), tooLong), "tester"));
			}
			assertEquals(0, store.list(EvaluationQuery.all()).size(), "nothing was stored, not even cut");
			name.getDepartment().setName("部".repeat(400));
			indicator(criterion).setScoringCriterion("评".repeat(MAX_VARCHAR));
			List<Long> ids = store.insertAll(List.of(name, criterion), "tester");
			Evaluations.assertEqual(name, store.load(ids.get(0)));
			Evaluations.assertEqual(criterion, store.load(ids.get(1)));
		}
	}

	private static Indicator indicator(Evaluation evaluation) {
		return evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
	}

	@Test
	void everyTableASaveWritesHasAFunctionOfItsColumnsAndTypes() throws Exception {
		Path database = dir.resolve("db");
		Evaluation saved = SyntheticEvaluations.create(3, 40);
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(database))) {
			Evaluations.assertEqual(saved, store.load(store.insert(saved, "tester")));
		}
		Thread thread = Thread.currentThread();
		ClassLoader loader = thread.getContextClassLoader();
		// Derby finds a function's class through the context class loader, as the store sets it
		thread.setContextClassLoader(RowSource.class.getClassLoader());
		try (Connection connection = new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), new Properties())) {
			assertEquals(TABLES.stream().map(table -> table + "_SOURCE").sorted().toList(), functions(connection).stream().sorted().toList());
			for (String table : TABLES) {
				try (PreparedStatement function = connection.prepareStatement("SELECT * FROM TABLE (JIXIAO." + table + "_SOURCE()) S")) {
					ResultSetMetaData returned = function.getMetaData();
					List<String> columns = new ArrayList<>();
					for (int i = 1; i <= returned.getColumnCount(); i++) {
						columns.add(returned.getColumnName(i));
					}
					assertEquals("EVALUATION_ID", columns.get(0), table);
					try (PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", columns) + " FROM JIXIAO." + table)) {
						ResultSetMetaData stored = select.getMetaData();
						for (int i = 1; i <= columns.size(); i++) {
							String column = table + "." + columns.get(i - 1);
							String type = stored.getColumnTypeName(i);
							if (type.equals("VARCHAR") || type.equals("CLOB")) {
								// wider than the column, so that the insert refuses a value too long for it
								boolean widest = type.equals("CLOB") || stored.getPrecision(i) == MAX_VARCHAR;
								assertEquals(widest ? "CLOB" : "VARCHAR", returned.getColumnTypeName(i), column);
								assertEquals(widest ? Integer.MAX_VALUE : MAX_VARCHAR, returned.getPrecision(i), column);
							} else {
								assertEquals(type, returned.getColumnTypeName(i), column);
								assertEquals(stored.getPrecision(i), returned.getPrecision(i), column);
								assertEquals(stored.getScale(i), returned.getScale(i), column);
							}
						}
					}
					assertTrue(columns.containsAll(required(connection, table)), table + ": the save fills every column that needs a value");
					try (ResultSet rows = function.executeQuery()) {
						assertEquals(false, rows.next(), table + ": a caller that is not saving reads no rows");
					}
				}
			}
		} finally {
			thread.setContextClassLoader(loader);
			try {
				new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true", new Properties());
			} catch (SQLException e) {
				// 08006: the database was shut down
			}
		}
	}

	/** @return the table functions of schema JIXIAO whose names end in _SOURCE, by name */
	static List<String> functions(Connection connection) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet found = statement.executeQuery("SELECT A.ALIAS FROM SYS.SYSALIASES A JOIN SYS.SYSSCHEMAS S ON A.SCHEMAID = S.SCHEMAID "
						+ "WHERE S.SCHEMANAME = 'JIXIAO' AND A.ALIASTYPE = 'F' AND A.ALIAS LIKE '%\\_SOURCE' ESCAPE '\\' ORDER BY A.ALIAS")) {
			while (found.next()) {
				names.add(found.getString(1));
			}
		}
		return names;
	}

	/** @return the columns of the table that may not be null and have no default */
	private static List<String> required(Connection connection, String table) throws SQLException {
		List<String> required = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT C.COLUMNNAME, C.COLUMNDATATYPE, C.COLUMNDEFAULT FROM SYS.SYSCOLUMNS C "
				+ "JOIN SYS.SYSTABLES T ON C.REFERENCEID = T.TABLEID JOIN SYS.SYSSCHEMAS S ON S.SCHEMAID = T.SCHEMAID "
				+ "WHERE S.SCHEMANAME = 'JIXIAO' AND T.TABLENAME = ?")) {
			query.setString(1, table);
			try (ResultSet columns = query.executeQuery()) {
				while (columns.next()) {
					if (columns.getObject(2).toString().endsWith("NOT NULL") && columns.getObject(3) == null) {
						required.add(columns.getString(1));
					}
				}
			}
		}
		return required;
	}
}
