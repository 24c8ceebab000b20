package org.jixiao.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jixiao.store.AuditEntry;
import org.jixiao.store.AuditEntry.Action;

/** The {@code AUDIT} table: entries added in the caller's transaction, and an evaluation's entries read back. */
final class AuditTrail {

	private static final String INSERT_AUDIT = "INSERT INTO AUDIT (EVALUATION_ID, CHANGED_AT, BY_USER, ACTION, ENTITY_PATH, FIELD, " //$NON-NLS-1$
			+ "OLD_VALUE, NEW_VALUE) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	/** Audit texts are cut to this length (the column's). */
	private static final int TEXT_LIMIT = 32672;

	private final Statements statements;
	/** The name to read a table by in this session (see {@link DerbyEvaluationStore#readable(String)}). */
	private final UnaryOperator<String> tables;

	AuditTrail(Statements statements, UnaryOperator<String> tables) {
		this.statements = statements;
		this.tables = tables;
	}

	/** @return the statement to {@link #add} entries to, sent by its {@code executeBatch()} */
	PreparedStatement batch() throws SQLException {
		return statements.get(INSERT_AUDIT);
	}

	/** Adds one entry to the batch, cutting texts to the column's length. */
	static void add(PreparedStatement audit, long id, Timestamp at, String user, Action action, String path, String field,
			String oldValue, String newValue) throws SQLException {
		audit.setLong(1, id);
		audit.setTimestamp(2, at);
		audit.setString(3, user);
		audit.setString(4, action.name());
		audit.setString(5, cut(path));
		audit.setString(6, field);
		audit.setString(7, cut(oldValue));
		audit.setString(8, cut(newValue));
		audit.addBatch();
	}

	/** Adds one entry at once, in the caller's transaction. */
	void write(long id, Timestamp at, String user, Action action, String path, String field, String oldValue, String newValue)
			throws SQLException {
		PreparedStatement audit = batch();
		add(audit, id, at, user, action, path, field, oldValue, newValue);
		audit.executeBatch();
	}

	/** @return the evaluation's entries, oldest first */
	List<AuditEntry> read(long id) throws SQLException {
		PreparedStatement select = statements.get("SELECT CHANGED_AT, BY_USER, ACTION, ENTITY_PATH, FIELD, OLD_VALUE, NEW_VALUE " //$NON-NLS-1$
				+ "FROM " + tables.apply("AUDIT") + " WHERE EVALUATION_ID = ? ORDER BY ID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		select.setLong(1, id);
		List<AuditEntry> entries = new ArrayList<>();
		try (ResultSet row = select.executeQuery()) {
			while (row.next()) {
				entries.add(new AuditEntry(id, row.getTimestamp(1).toInstant(), row.getString(2), Action.valueOf(row.getString(3)),
						row.getString(4), row.getString(5), row.getString(6), row.getString(7)));
			}
		}
		return entries;
	}

	private static String cut(String text) {
		return text == null || text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
	}
}
