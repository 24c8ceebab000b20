package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.Role;

/**
 * The bodies of the database's account procedures {@code JIXIAO.ADD_ACCOUNT}, {@code REMOVE_ACCOUNT}
 * and {@code SET_PASSWORD} ({@link ServerDatabases} declares them). Derby runs them inside the
 * database, with the rights of their definer, the database's owner ({@code EXTERNAL SECURITY
 * DEFINER}), for a caller that holds the {@code ADMIN} role: creating users, schemas and granting
 * roles are the owner's alone in Derby, and this is the only way an administrator who is not the
 * owner can do them. Each checks its input again, whatever client called it; {@code SESSION_USER}
 * is the caller. A refusal is an {@link SQLException} of class 38 (a routine's own error), which
 * Derby passes to the client unchanged.
 */
public final class AccountProcedures {

	/** Invalid input. */
	static final String INVALID = "38J01"; //$NON-NLS-1$
	/** The account exists already. */
	static final String EXISTS = "38J02"; //$NON-NLS-1$
	/** No such account. */
	static final String NOT_FOUND = "38J03"; //$NON-NLS-1$
	/** The owner's account, or the caller's own. */
	static final String PROTECTED = "38J04"; //$NON-NLS-1$

	private AccountProcedures() {
	}

	/**
	 * {@code JIXIAO.ADD_ACCOUNT(USER_NAME, PASSWORD, ROLE_NAME, UNIT, DEPARTMENT)}: creates the user,
	 * a schema of its name owned by the owner, grants the role and records the account.
	 */
	public static void addAccount(String user, String password, String role, String unit, String department) throws SQLException {
		Connection connection = nested();
		Role granted = Role.of(role == null ? "" : role); //$NON-NLS-1$
		if (!AccountRoles.validName(user)) {
			throw new SQLException(NLS.bind(Messages.Accounts_invalidName, user), INVALID);
		}
		if (granted == null) {
			throw new SQLException(NLS.bind(Messages.Accounts_invalidRole, role), INVALID);
		}
		if (granted == Role.FILLER && blank(unit)) {
			throw new SQLException(NLS.bind(Messages.Accounts_unitRequired, user), INVALID);
		}
		if (granted == Role.SUPERVISOR && blank(department)) {
			throw new SQLException(NLS.bind(Messages.Accounts_departmentRequired, user), INVALID);
		}
		if (password == null || password.isEmpty()) {
			throw new SQLException(NLS.bind(Messages.Accounts_passwordRequired, user), INVALID);
		}
		String name = AccountRoles.normalized(user);
		if (userExists(connection, name)) {
			throw new SQLException(NLS.bind(Messages.Accounts_exists, name), EXISTS);
		}
		try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
			call.setString(1, name);
			call.setString(2, password);
			call.execute();
		}
		String schemaOwner = schemaOwner(connection, name);
		try (Statement statement = connection.createStatement()) {
			if (schemaOwner == null) {
				// the name is a checked regular identifier: no quoting is needed, none is possible
				statement.execute("CREATE SCHEMA " + name); //$NON-NLS-1$
			} else if (!schemaOwner.equals(AccountRoles.owner(connection))) {
				throw new SQLException(NLS.bind(Messages.Accounts_schemaTaken, name, schemaOwner), PROTECTED);
			}
			statement.execute("GRANT " + granted.name() + " TO " + name); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + Migrations.SCHEMA //$NON-NLS-1$
				+ ".ACCOUNT (USER_NAME, ROLE_NAME, UNIT, DEPARTMENT, CREATED_AT, CREATED_BY) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, SESSION_USER)")) { //$NON-NLS-1$
			insert.setString(1, name);
			insert.setString(2, granted.name());
			insert.setString(3, granted == Role.FILLER ? unit.strip() : null);
			insert.setString(4, granted == Role.SUPERVISOR ? department.strip() : null);
			insert.executeUpdate();
		}
	}

	/**
	 * {@code JIXIAO.REMOVE_ACCOUNT(USER_NAME)}: revokes the roles, drops the user, its empty schema and
	 * the account. Refuses the owner and the caller.
	 */
	public static void removeAccount(String user) throws SQLException {
		Connection connection = nested();
		String name = checkedTarget(connection, user);
		if (name.equals(sessionUser(connection))) {
			throw new SQLException(NLS.bind(Messages.Accounts_removeSelf, name), PROTECTED);
		}
		if (name.equals(AccountRoles.owner(connection))) {
			throw new SQLException(NLS.bind(Messages.Accounts_owner, name), PROTECTED);
		}
		try (Statement statement = connection.createStatement()) {
			for (Role role : Role.values()) {
				if (holds(connection, name, role)) {
					statement.execute("REVOKE " + role.name() + " FROM " + name); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_DROP_USER(?)")) { //$NON-NLS-1$
			call.setString(1, name);
			call.execute();
		}
		if (AccountRoles.owner(connection).equals(schemaOwner(connection, name))) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("DROP SCHEMA " + name + " RESTRICT"); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (SQLException notEmpty) {
				// the owner put objects there: they stay, and so does the schema
			}
		}
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + Migrations.SCHEMA + ".ACCOUNT WHERE USER_NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			delete.setString(1, name);
			delete.executeUpdate();
		}
	}

	/** {@code JIXIAO.SET_PASSWORD(USER_NAME, PASSWORD)}: only the owner sets the owner's password. */
	public static void setPassword(String user, String password) throws SQLException {
		Connection connection = nested();
		String name = checkedTarget(connection, user);
		if (password == null || password.isEmpty()) {
			throw new SQLException(NLS.bind(Messages.Accounts_passwordRequired, name), INVALID);
		}
		String owner = AccountRoles.owner(connection);
		if (name.equals(owner) && !owner.equals(sessionUser(connection))) {
			throw new SQLException(NLS.bind(Messages.Accounts_owner, name), PROTECTED);
		}
		try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_RESET_PASSWORD(?, ?)")) { //$NON-NLS-1$
			call.setString(1, name);
			call.setString(2, password);
			call.execute();
		}
	}

	/** The connection of the statement that called the procedure. */
	static Connection nested() throws SQLException {
		Connection connection = Drivers.embedded().connect("jdbc:default:connection", new Properties()); //$NON-NLS-1$
		if (connection == null) {
			throw new SQLException("no nested connection"); //$NON-NLS-1$
		}
		return connection;
	}

	private static String checkedTarget(Connection connection, String user) throws SQLException {
		if (!AccountRoles.validName(user)) {
			throw new SQLException(NLS.bind(Messages.Accounts_invalidName, user), INVALID);
		}
		String name = AccountRoles.normalized(user);
		if (!userExists(connection, name)) {
			throw new SQLException(NLS.bind(Messages.Accounts_notFound, name), NOT_FOUND);
		}
		return name;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static boolean userExists(Connection connection, String name) throws SQLException {
		return exists(connection, "SELECT 1 FROM SYS.SYSUSERS WHERE USERNAME = ?", name) //$NON-NLS-1$
				|| exists(connection, "SELECT 1 FROM " + Migrations.SCHEMA + ".ACCOUNT WHERE USER_NAME = ?", name); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static boolean holds(Connection connection, String name, Role role) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND GRANTEE = ?")) { //$NON-NLS-1$
			query.setString(1, role.name());
			query.setString(2, name);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
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

	private static String schemaOwner(Connection connection, String schema) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?")) { //$NON-NLS-1$
			query.setString(1, schema);
			try (ResultSet result = query.executeQuery()) {
				return result.next() ? result.getString(1) : null;
			}
		}
	}

	private static String sessionUser(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("VALUES SESSION_USER")) { //$NON-NLS-1$
			result.next();
			return result.getString(1);
		}
	}
}
