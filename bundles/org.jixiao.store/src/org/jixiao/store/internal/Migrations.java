package org.jixiao.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.StoreException;

/**
 * The schema's numbered migrations ({@code sql/V<n>__<name>.sql}), applied in order at start-up, each
 * in one transaction with its row in {@code JIXIAO.SCHEMA_VERSION}. A database whose version is newer
 * than the newest migration here is refused.
 */
final class Migrations {

	/** The schema all tables live in, whoever connects. */
	static final String SCHEMA = "JIXIAO"; //$NON-NLS-1$

	/** The migrations, in order: the version of each is its index + 1. */
	private static final String[] SCRIPTS = { "V001__initial_schema.sql", "V002__accounts.sql", "V003__clob_paragraphs_error_count.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"V004__module_data.sql", "V005__evidence.sql", "V006__evaluation_version.sql", "V007__review_workflow.sql", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"V008__project_evaluations.sql", "V009__table_formats.sql", "V010__one_index_per_child_row.sql", "V011__row_sources.sql" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The schema version this code writes. */
	static final int LATEST = SCRIPTS.length;

	private Migrations() {
	}

	/**
	 * Brings the database up to {@link #LATEST} and selects the schema.
	 *
	 * @return the schema version
	 */
	static int apply(Connection connection, String database) throws SQLException, StoreException {
		try (Statement statement = connection.createStatement()) {
			if (!exists(connection, "SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?", SCHEMA)) { //$NON-NLS-1$
				statement.executeUpdate("CREATE SCHEMA " + SCHEMA); //$NON-NLS-1$
			}
			statement.executeUpdate("SET SCHEMA " + SCHEMA); //$NON-NLS-1$
			if (!exists(connection, "SELECT 1 FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
					+ "WHERE S.SCHEMANAME = '" + SCHEMA + "' AND T.TABLENAME = ?", "SCHEMA_VERSION")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				statement.executeUpdate("CREATE TABLE SCHEMA_VERSION (VERSION INT NOT NULL PRIMARY KEY, " //$NON-NLS-1$
						+ "SCRIPT VARCHAR(200) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)"); //$NON-NLS-1$
			}
			connection.commit();
		}
		int version = version(connection);
		if (version > LATEST) {
			throw new StoreException(NLS.bind(Messages.Store_newerSchema, new Object[] { database, version, LATEST }), null);
		}
		for (int next = version + 1; next <= LATEST; next++) {
			String script = SCRIPTS[next - 1];
			try (Statement statement = connection.createStatement()) {
				for (String sql : statements(script)) {
					statement.executeUpdate(sql);
				}
				try (PreparedStatement insert = connection
						.prepareStatement("INSERT INTO SCHEMA_VERSION (VERSION, SCRIPT, APPLIED_AT) VALUES (?, ?, ?)")) { //$NON-NLS-1$
					insert.setInt(1, next);
					insert.setString(2, script);
					insert.setTimestamp(3, Timestamp.from(Instant.now()));
					insert.executeUpdate();
				}
				connection.commit();
			} catch (SQLException | IOException e) {
				connection.rollback();
				throw new StoreException(NLS.bind(Messages.Store_migrationFailed, new Object[] { database, next, e.getMessage(), next - 1 }), e);
			}
		}
		return LATEST;
	}

	/** @return the highest version recorded, 0 for a new database */
	static int version(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT MAX(VERSION) FROM " + SCHEMA + ".SCHEMA_VERSION")) { //$NON-NLS-1$ //$NON-NLS-2$
			result.next();
			int version = result.getInt(1);
			connection.commit();
			return version;
		}
	}

	private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

	/** @return the statements of a script: separated by lines ending with a semicolon, comments dropped */
	static List<String> statements(String script) throws IOException {
		String text;
		try (InputStream in = Migrations.class.getResourceAsStream("sql/" + script)) { //$NON-NLS-1$
			if (in == null) {
				throw new IOException("sql/" + script + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : text.split("\n")) { //$NON-NLS-1$
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) { //$NON-NLS-1$
				continue;
			}
			if (trimmed.endsWith(";")) { //$NON-NLS-1$
				current.append(trimmed, 0, trimmed.length() - 1);
				statements.add(current.toString());
				current.setLength(0);
			} else {
				current.append(trimmed).append('\n');
			}
		}
		if (!current.isEmpty()) {
			statements.add(current.toString());
		}
		return statements;
	}
}
