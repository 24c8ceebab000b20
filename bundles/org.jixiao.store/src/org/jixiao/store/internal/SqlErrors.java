package org.jixiao.store.internal;

import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;

/** Reads Derby's SQL exceptions: whether a chain carries a given SQL state, and the message to show. */
final class SqlErrors {

	/** Another process (or class loader) has the embedded database booted. */
	static final String LOCKED = "XSDB6"; //$NON-NLS-1$
	/** The user name or password was refused. */
	static final String AUTHENTICATION = "08004"; //$NON-NLS-1$

	private SqlErrors() {
	}

	/** @return whether the exception or one it chains has this SQL state */
	static boolean has(SQLException e, String state) {
		for (Throwable t = e; t != null; t = t.getCause() != null && t.getCause() != t ? t.getCause() : null) {
			for (SQLException s = t instanceof SQLException sql ? sql : null; s != null; s = s.getNextException()) {
				if (state.equals(s.getSQLState())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * @return the most specific message of a chain of SQL exceptions, with its SQL state; a row or a
	 *         privilege the session's account is refused is said so first
	 */
	static String message(SQLException e) {
		SQLException last = e;
		while (last.getNextException() != null) {
			last = last.getNextException();
		}
		String text = last.getMessage();
		if (last != e && e.getMessage() != null && !e.getMessage().equals(text)) {
			text = e.getMessage() + " " + text; //$NON-NLS-1$
		}
		text = text + " [" + last.getSQLState() + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		for (SQLException next = e; next != null; next = next.getNextException()) {
			if ("23513".equals(next.getSQLState()) && String.valueOf(next.getMessage()).contains(RowAccess.DENIED)) { //$NON-NLS-1$
				return NLS.bind(Messages.Store_accessDenied, text);
			}
			if ("42500".equals(next.getSQLState()) || "42502".equals(next.getSQLState())) { //$NON-NLS-1$ //$NON-NLS-2$
				return NLS.bind(Messages.Store_noPrivilege, text);
			}
		}
		return text;
	}
}
