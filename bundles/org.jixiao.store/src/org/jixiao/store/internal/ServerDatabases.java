package org.jixiao.store.internal;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * Prepares a database for the network server: creates it with the server's user as owner, applies
 * the migrations, and turns on Derby's NATIVE authentication local to the database with that user.
 */
public final class ServerDatabases {

	private static final String PROVIDER = "derby.authentication.provider"; //$NON-NLS-1$

	private ServerDatabases() {
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

	/**
	 * @param location the embedded database, with the server's user and password
	 * @throws StoreException when it cannot be opened (also: wrong password once authentication is
	 *             on), or belongs to another user
	 */
	public static void prepare(StoreLocation location) throws StoreException {
		try (DerbyEvaluationStore store = DerbyEvaluationStore.open(location)) {
			Connection connection = store.connection();
			try {
				if (nativeAuthentication(connection)) {
					connection.commit();
					return;
				}
				String owner;
				try (PreparedStatement query = connection
						.prepareStatement("SELECT AUTHORIZATIONID FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = 'SYS'")) { //$NON-NLS-1$
					try (ResultSet result = query.executeQuery()) {
						result.next();
						owner = result.getString(1);
					}
				}
				if (!owner.equalsIgnoreCase(location.user())) {
					connection.rollback();
					throw new StoreException(NLS.bind(Messages.Server_notOwner, location, owner), null);
				}
				try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_CREATE_USER(?, ?)")) { //$NON-NLS-1$
					call.setString(1, location.user());
					call.setString(2, new String(location.password()));
					call.execute();
				}
				if (!nativeAuthentication(connection)) {
					// Derby turns NATIVE::LOCAL on by itself when the owner's credentials are stored;
					// earlier versions wanted it set explicitly.
					try (CallableStatement call = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_SET_DATABASE_PROPERTY(?, ?)")) { //$NON-NLS-1$
						call.setString(1, PROVIDER);
						call.setString(2, "NATIVE::LOCAL"); //$NON-NLS-1$
						call.execute();
					}
				}
				connection.commit();
			} catch (SQLException e) {
				try {
					connection.rollback();
				} catch (SQLException rollback) {
					e.addSuppressed(rollback);
				}
				throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, DerbyEvaluationStore.message(e)), e);
			}
		}
	}
}
