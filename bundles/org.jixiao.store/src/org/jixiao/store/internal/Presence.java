package org.jixiao.store.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.store.EvaluationStore;
import org.jixiao.store.OpenEditor;

/**
 * Who has an evaluation open ({@code PRESENCE}): one row per editor, its last announcement by the
 * database's clock, so that clients whose clocks differ agree on who is still there.
 */
final class Presence {

	private static final int HOST_LENGTH = 200;
	private static String host;

	private final DerbyEvaluationStore store;
	private final Statements statements;

	Presence(DerbyEvaluationStore store, Statements statements) {
		this.store = store;
		this.statements = statements;
	}

	/** Records the editor's announcement and reads the others', in the caller's transaction. */
	List<OpenEditor> announce(long id, String sessionId, String user) throws SQLException {
		PreparedStatement seen = statements.get("UPDATE PRESENCE SET SEEN_AT = CURRENT_TIMESTAMP WHERE EVALUATION_ID = ? AND SESSION_ID = ?"); //$NON-NLS-1$
		seen.setLong(1, id);
		seen.setString(2, sessionId);
		if (seen.executeUpdate() == 0) {
			PreparedStatement insert = statements.get("INSERT INTO PRESENCE (EVALUATION_ID, SESSION_ID, BY_USER, HOST, OPENED_AT, SEEN_AT) " //$NON-NLS-1$
					+ "VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"); //$NON-NLS-1$
			insert.setLong(1, id);
			insert.setString(2, sessionId);
			insert.setString(3, user);
			insert.setString(4, host());
			insert.executeUpdate();
		}
		PreparedStatement others = statements.get("SELECT BY_USER, HOST, OPENED_AT, SEEN_AT FROM " + store.readable("PRESENCE") //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE EVALUATION_ID = ? AND SESSION_ID <> ? AND SEEN_AT > {fn TIMESTAMPADD(SQL_TSI_SECOND, ?, CURRENT_TIMESTAMP)} " //$NON-NLS-1$
				+ "ORDER BY OPENED_AT"); //$NON-NLS-1$
		others.setLong(1, id);
		others.setString(2, sessionId);
		others.setInt(3, (int) -EvaluationStore.PRESENCE_TIMEOUT.toSeconds());
		List<OpenEditor> editors = new ArrayList<>();
		try (ResultSet row = others.executeQuery()) {
			while (row.next()) {
				editors.add(new OpenEditor(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()));
			}
		}
		return editors;
	}

	/** Removes the editor's row, in the caller's transaction. */
	void withdraw(long id, String sessionId) throws SQLException {
		PreparedStatement delete = statements.get("DELETE FROM PRESENCE WHERE EVALUATION_ID = ? AND SESSION_ID = ?"); //$NON-NLS-1$
		delete.setLong(1, id);
		delete.setString(2, sessionId);
		delete.executeUpdate();
	}

	/** @return this machine's name, looked up once */
	private static synchronized String host() {
		if (host == null) {
			try {
				String name = InetAddress.getLocalHost().getHostName();
				host = name.length() <= HOST_LENGTH ? name : name.substring(0, HOST_LENGTH);
			} catch (UnknownHostException e) {
				host = ""; //$NON-NLS-1$
			}
		}
		return host.isEmpty() ? null : host;
	}
}
