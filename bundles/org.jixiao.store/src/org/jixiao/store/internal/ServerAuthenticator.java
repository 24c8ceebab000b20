package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.authentication.UserAuthenticator;

/**
 * The system-wide authentication of a process that serves a database ({@link ServerGuard}). Derby
 * asks it for what belongs to no database: stopping the network server ({@code jixiao server stop},
 * Derby's {@code shutdown} command), stopping the engine, and creating a database. It admits an
 * administrator of the served database (a user that database authenticates and that holds the
 * {@code ADMIN} role, or its owner) or the serving process itself ({@link ServerGuard}) to stop, and
 * nobody to create. A database that the served one is
 * not, and that has no authentication of its own, would be authenticated here too: it is refused.
 * (The served database authenticates its own connections: its NATIVE authentication is a database
 * property, which no system property overrides.)
 */
public final class ServerAuthenticator implements UserAuthenticator {

	/** The connection attributes that create or replace a database. */
	private static final String[] CREATING = { "create", "createFrom", "restoreFrom", "rollForwardRecoveryFrom" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Derby instantiates this class by its name. */
	public ServerAuthenticator() {
	}

	@Override
	public boolean authenticateUser(String userName, String userPassword, String databaseName, Properties info) throws SQLException {
		String served = ServerGuard.served();
		if (served == null || databaseName != null || userName == null || userPassword == null) {
			return false;
		}
		for (String attribute : CREATING) {
			if (info != null && info.getProperty(attribute) != null) {
				return false;
			}
		}
		if (ServerGuard.isProcess(userName, userPassword)) {
			return true;
		}
		Properties credentials = new Properties();
		credentials.setProperty("user", userName); //$NON-NLS-1$
		credentials.setProperty("password", userPassword); //$NON-NLS-1$
		try (Connection connection = Drivers.embedded().connect("jdbc:derby:" + served, credentials)) { //$NON-NLS-1$
			return connection != null && AccountRoles.isAdministrator(connection);
		} catch (SQLException e) {
			return false;
		}
	}
}
