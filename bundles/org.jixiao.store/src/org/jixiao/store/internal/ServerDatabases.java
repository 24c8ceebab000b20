package org.jixiao.store.internal;

import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * Prepares a database to be served, in this process, before the server listens:
 * <ol>
 * <li>A database without authentication (new, or used embedded until now) gets Derby's NATIVE
 * authentication local to it, with the starting user, who must be its owner, as its first user;
 * NATIVE authentication turns SQL authorization on, from the next boot.</li>
 * <li>Its owner then locks it down: the roles {@code FILLER}, {@code SUPERVISOR}, {@code BUREAU}
 * and {@code ADMIN}; the rows of each account's evaluations only, with the privileges of its role
 * ({@link RowAccess}: the audit trail only read and appended, the accounts only read by
 * {@code ADMIN}); the account
 * procedures ({@link AccountProcedures}, with the owner's rights) and Derby's backup procedure
 * executable by {@code ADMIN}; the owner's own account as an administrator; and for every other
 * user a schema of its name that the owner owns, so that no user but the owner can create a
 * procedure, function, type or table anywhere (in Derby only a schema's owner creates objects in
 * it): a Java routine would run any static method in the server's process.</li>
 * </ol>
 * An administrator who is not the owner may start the server of a database locked down already.
 */
public final class ServerDatabases {

	private static final String PROVIDER = "derby.authentication.provider"; //$NON-NLS-1$

	/** The account procedures: name, parameters, Java method. */
	private static final String[][] PROCEDURES = {
			{ "ADD_ACCOUNT", "USER_NAME VARCHAR(128), PASSWORD VARCHAR(32672), ROLE_NAME VARCHAR(16), UNIT VARCHAR(400), DEPARTMENT VARCHAR(400)", //$NON-NLS-1$ //$NON-NLS-2$
					"addAccount" }, //$NON-NLS-1$
			{ "REMOVE_ACCOUNT", "USER_NAME VARCHAR(128)", "removeAccount" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			{ "SET_PASSWORD", "USER_NAME VARCHAR(128), PASSWORD VARCHAR(32672)", "setPassword" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private ServerDatabases() {
	}

	/**
	 * @param directory the database directory (created when missing)
	 * @param user the starting user: the owner, or for a database locked down already an
	 *            administrator
	 * @param password the user's password
	 * @throws StoreException when the database cannot be opened (also: wrong password once
	 *             authentication is on), belongs to another user, or the user is no administrator
	 */
	public static void prepare(Path directory, String user, char[] password) throws StoreException {
		StoreLocation location = StoreLocation.embedded(directory, user, password);
		if (!AccountRoles.validName(user)) {
			throw new StoreException(NLS.bind(Messages.Accounts_invalidName, user), null);
		}
		boolean authenticated;
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(location)) {
			authenticated = authenticate(store.connection(), location);
		}
		// NATIVE authentication, just turned on, brings SQL authorization with the next boot: closing
		// the store shut the database down
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(location)) {
			Connection connection = store.connection();
			try {
				if (AccountRoles.isOwner(connection)) {
					lockDown(connection);
				} else if (!authenticated || !lockedDown(connection)) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Server_needsOwner, location, AccountRoles.owner(connection)), null);
				} else if (!AccountRoles.isAdministrator(connection)) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Server_notAdministrator, location, user), null);
				}
				connection.commit();
			} catch (SQLException e) {
				rollback(connection, e);
				throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, SqlErrors.message(e)), e);
			}
		}
	}

	/**
	 * Turns NATIVE authentication on for a database that has none yet, with the owner's credentials.
	 *
	 * @return whether it was on already
	 */
	private static boolean authenticate(Connection connection, StoreLocation location) throws StoreException {
		try {
			if (nativeAuthentication(connection)) {
				connection.commit();
				return true;
			}
			String owner = AccountRoles.owner(connection);
			if (!owner.equals(AccountRoles.normalized(location.user()))) {
				connection.rollback();
				throw new StoreException(NLS.bind(Messages.Server_notOwner, location, owner), null);
			}
			try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
				call.setString(1, location.user());
				call.setString(2, new String(location.password()));
				call.execute();
			}
			// Derby turns NATIVE::LOCAL on by itself when the owner's credentials are stored
			if (!nativeAuthentication(connection)) {
				setProperty(connection, PROVIDER, "NATIVE::LOCAL"); //$NON-NLS-1$
			}
			setProperty(connection, "derby.database.sqlAuthorization", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			connection.commit();
			return false;
		} catch (SQLException e) {
			rollback(connection, e);
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, SqlErrors.message(e)), e);
		}
	}

	private static void lockDown(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (Role role : Role.values()) {
				if (!exists(connection, "SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND ISDEF = 'Y'", role.name())) { //$NON-NLS-1$
					statement.execute("CREATE ROLE " + role.name()); //$NON-NLS-1$
				}
			}
			for (String[] procedure : PROCEDURES) {
				if (!exists(connection, "SELECT 1 FROM SYS.SYSALIASES A JOIN SYS.SYSSCHEMAS S ON A.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
						+ "WHERE S.SCHEMANAME = '" + Migrations.SCHEMA + "' AND A.ALIAS = ?", procedure[0])) { //$NON-NLS-1$ //$NON-NLS-2$
					statement.execute("CREATE PROCEDURE " + Migrations.SCHEMA + "." + procedure[0] + "(" + procedure[1] + ") " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
							+ "LANGUAGE JAVA PARAMETER STYLE JAVA MODIFIES SQL DATA EXTERNAL SECURITY DEFINER EXTERNAL NAME '" //$NON-NLS-1$
							+ AccountProcedures.class.getName() + "." + procedure[2] + "'"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				statement.execute("GRANT EXECUTE ON PROCEDURE " + Migrations.SCHEMA + "." + procedure[0] + " TO " + Role.ADMIN.name()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			statement.execute("GRANT EXECUTE ON PROCEDURE SYSCS_UTIL.SYSCS_BACKUP_DATABASE TO " + Role.ADMIN.name()); //$NON-NLS-1$
			RowAccess.install(connection);
			String owner = AccountRoles.owner(connection);
			if (!exists(connection, "SELECT 1 FROM " + Migrations.SCHEMA + ".ACCOUNT WHERE USER_NAME = ?", owner)) { //$NON-NLS-1$ //$NON-NLS-2$
				try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + Migrations.SCHEMA //$NON-NLS-1$
						+ ".ACCOUNT (USER_NAME, ROLE_NAME, CREATED_AT, CREATED_BY) VALUES (?, ?, CURRENT_TIMESTAMP, ?)")) { //$NON-NLS-1$
					insert.setString(1, owner);
					insert.setString(2, Role.ADMIN.name());
					insert.setString(3, owner);
					insert.executeUpdate();
				}
			}
			for (String user : usersWithoutSchema(connection, owner)) {
				statement.execute("CREATE SCHEMA \"" + user.replace("\"", "\"\"") + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
	}

	/** @return whether the owner has locked the database down (its roles and procedures exist) */
	private static boolean lockedDown(Connection connection) throws SQLException {
		return exists(connection, "SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND ISDEF = 'Y'", Role.ADMIN.name()) //$NON-NLS-1$
				&& exists(connection, "SELECT 1 FROM SYS.SYSALIASES WHERE ALIAS = ?", PROCEDURES[0][0]); //$NON-NLS-1$
	}

	private static List<String> usersWithoutSchema(Connection connection, String owner) throws SQLException {
		List<String> users = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT U.USERNAME FROM SYS.SYSUSERS U WHERE U.USERNAME <> ? " //$NON-NLS-1$
				+ "AND NOT EXISTS (SELECT 1 FROM SYS.SYSSCHEMAS S WHERE S.SCHEMANAME = U.USERNAME)")) { //$NON-NLS-1$
			query.setString(1, owner);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					users.add(result.getString(1));
				}
			}
		}
		return users;
	}

	private static boolean nativeAuthentication(Connection connection) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_GET_DATABASE_PROPERTY(?)")) { //$NON-NLS-1$
			query.setString(1, PROVIDER);
			try (ResultSet result = query.executeQuery()) {
				result.next();
				String provider = result.getString(1);
				return provider != null && provider.startsWith("NATIVE"); //$NON-NLS-1$
			}
		}
	}

	private static void setProperty(Connection connection, String key, String value) throws SQLException {
		try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
			call.setString(1, key);
			call.setString(2, value);
			call.execute();
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

	private static void rollback(Connection connection, SQLException e) {
		try {
			connection.rollback();
		} catch (SQLException rollback) {
			e.addSuppressed(rollback);
		}
	}
}
