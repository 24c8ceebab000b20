package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jixiao.store.Role;

/**
 * The SQL side of accounts: the roles a connection's user holds, the current role of a session, and
 * the rules for account names that both the client and the database's account procedures apply.
 */
final class AccountRoles {

	/**
	 * An account name: a regular SQL identifier of letters, digits and underscores, so that Derby
	 * stores it in upper case and it names the user's schema without quoting.
	 */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}"); //$NON-NLS-1$

	private AccountRoles() {
	}

	/** @return whether the name can be an account: see {@link #NAME}, not a role, not reserved */
	static boolean validName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return false;
		}
		String upper = normalized(name);
		for (Role role : Role.values()) {
			if (role.name().equals(upper)) {
				return false;
			}
		}
		return !upper.startsWith("SYS") && !upper.equals("PUBLIC") && !upper.equals(Migrations.SCHEMA) //$NON-NLS-1$ //$NON-NLS-2$
				&& !upper.equals(RowAccess.VIEWS)
				&& !upper.equals("SESSION") && !upper.equals("SQLJ") && !upper.equals("NULLID"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the name as Derby stores an unquoted identifier */
	static String normalized(String name) {
		return name.toUpperCase(Locale.ENGLISH);
	}

	/** @return whether the connection's user owns the database (Derby's DBO) */
	static boolean isOwner(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS' AND AUTHORIZATIONID = CURRENT_USER")) { //$NON-NLS-1$
			return result.next();
		}
	}

	/** @return the owner of the database (Derby's DBO) */
	static String owner(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'")) { //$NON-NLS-1$
			result.next();
			return result.getString(1);
		}
	}

	/**
	 * @return whether the connection's user holds the {@code ADMIN} role (the owner defines every role
	 *         and so holds it too)
	 */
	static boolean isAdministrator(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND GRANTEE = CURRENT_USER")) { //$NON-NLS-1$
			query.setString(1, Role.ADMIN.name());
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}

	/**
	 * Makes the role granted to the connection's user its current role, so that the privileges granted
	 * to that role apply (Derby applies a role's privileges only to a session that set it). Nothing
	 * happens for a database without roles (the embedded single-user store) or for its owner, who
	 * owns the tables.
	 */
	static Role activate(Connection connection) throws SQLException {
		String role = null;
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT ROLEID FROM SYS.SYSROLES WHERE GRANTEE = CURRENT_USER AND ISDEF = 'N'")) { //$NON-NLS-1$
			if (result.next()) {
				role = result.getString(1);
			}
		}
		// SET ROLE is refused while a transaction is under way
		connection.commit();
		Role granted = role == null ? null : Role.of(role);
		if (granted != null && granted.name().equals(role)) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET ROLE " + granted.name()); //$NON-NLS-1$
			}
		}
		connection.commit();
		return granted != null && granted.name().equals(role) ? granted : null;
	}
}
