package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** The prepared statements of one connection, prepared once and reused. Not thread-safe. */
final class Statements implements AutoCloseable {

	private final Connection connection;
	private final Map<String, PreparedStatement> prepared = new HashMap<>();

	Statements(Connection connection) {
		this.connection = connection;
	}

	Connection connection() {
		return connection;
	}

	/** @return the statement for this SQL, prepared on first use */
	PreparedStatement get(String sql) throws SQLException {
		PreparedStatement statement = prepared.get(sql);
		if (statement == null) {
			statement = connection.prepareStatement(sql);
			prepared.put(sql, statement);
		}
		return statement;
	}

	/** @return a statement for this SQL that returns the generated keys, prepared on first use */
	PreparedStatement getReturningKeys(String sql) throws SQLException {
		String key = "keys:" + sql; //$NON-NLS-1$
		PreparedStatement statement = prepared.get(key);
		if (statement == null) {
			statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
			prepared.put(key, statement);
		}
		return statement;
	}

	/** Clears the batches of every statement, after a failure. */
	void clearBatches() {
		for (PreparedStatement statement : prepared.values()) {
			try {
				statement.clearBatch();
			} catch (SQLException e) {
				// the statement is unusable; it is closed with the connection
			}
		}
	}

	@Override
	public void close() {
		for (PreparedStatement statement : prepared.values()) {
			try {
				statement.close();
			} catch (SQLException e) {
				// closing the connection closes it too
			}
		}
		prepared.clear();
	}
}
