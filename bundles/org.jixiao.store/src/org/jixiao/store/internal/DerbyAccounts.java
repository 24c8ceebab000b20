package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.Account;
import org.jixiao.store.Accounts;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * {@link Accounts} on a store's connection: reads {@code JIXIAO.ACCOUNT} and calls the account
 * procedures ({@link AccountProcedures}). It checks the input first, to say what is wrong in the
 * user's language; the database checks it again and decides.
 */
public final class DerbyAccounts implements Accounts {

	private final DerbyEvaluationStore store;
	private final Connection connection;
	private final StoreLocation location;

	private DerbyAccounts(DerbyEvaluationStore store) {
		this.store = store;
		this.connection = store.connection();
		this.location = store.location();
	}

	/** @see Accounts#validName(String) */
	public static boolean validName(String name) {
		return AccountRoles.validName(name);
	}

	/** @see Accounts#open(StoreLocation) */
	public static DerbyAccounts open(StoreLocation location) throws StoreException {
		DerbyEvaluationStore store = DerbyEvaluationStore.open(location);
		try {
			Connection connection = store.connection();
			try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM SYS.SYSROLES WHERE ROLEID = ? AND ISDEF = 'Y'")) { //$NON-NLS-1$
				query.setString(1, Role.ADMIN.name());
				try (ResultSet result = query.executeQuery()) {
					if (!result.next()) {
						throw new StoreException(NLS.bind(Messages.Accounts_notServed, location), null);
					}
				}
			}
			if (!AccountRoles.isAdministrator(connection)) {
				throw new StoreException(NLS.bind(Messages.Server_notAdministrator, location, location.user()), null);
			}
			connection.commit();
			return new DerbyAccounts(store);
		} catch (SQLException e) {
			store.close();
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, SqlErrors.message(e)), e);
		} catch (StoreException | RuntimeException e) {
			store.close();
			throw e;
		}
	}

	@Override
	public synchronized List<Account> list() throws StoreException {
		try (PreparedStatement query = connection.prepareStatement("SELECT USER_NAME, ROLE_NAME, UNIT, DEPARTMENT, CREATED_AT, CREATED_BY FROM " //$NON-NLS-1$
				+ Migrations.SCHEMA + ".ACCOUNT ORDER BY USER_NAME")) { //$NON-NLS-1$
			List<Account> accounts = new ArrayList<>();
			try (ResultSet row = query.executeQuery()) {
				while (row.next()) {
					accounts.add(new Account(row.getString(1), Role.of(row.getString(2)), row.getString(3), row.getString(4),
							row.getTimestamp(5).toInstant(), row.getString(6)));
				}
			}
			connection.commit();
			return accounts;
		} catch (SQLException e) {
			throw failed("list", e); //$NON-NLS-1$
		}
	}

	@Override
	public synchronized void add(String user, Role role, String unit, String department, char[] password) throws StoreException {
		if (!AccountRoles.validName(user)) {
			throw new StoreException(NLS.bind(Messages.Accounts_invalidName, user), null);
		}
		if (role == null) {
			throw new StoreException(NLS.bind(Messages.Accounts_invalidRole, "?"), null); //$NON-NLS-1$
		}
		if (role == Role.FILLER && (unit == null || unit.isBlank())) {
			throw new StoreException(NLS.bind(Messages.Accounts_unitRequired, user), null);
		}
		if (role == Role.SUPERVISOR && (department == null || department.isBlank())) {
			throw new StoreException(NLS.bind(Messages.Accounts_departmentRequired, user), null);
		}
		checkPassword(user, password);
		String name = AccountRoles.normalized(user);
		if (exists(name)) {
			throw new StoreException(NLS.bind(Messages.Accounts_exists, name), null);
		}
		call("add " + name, "ADD_ACCOUNT(?, ?, ?, ?, ?)", name, new String(password), role.name(), unit, department); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public synchronized void remove(String user) throws StoreException {
		String name = existing(user);
		if (name.equals(AccountRoles.normalized(location.user() == null ? "" : location.user()))) { //$NON-NLS-1$
			throw new StoreException(NLS.bind(Messages.Accounts_removeSelf, name), null);
		}
		try {
			String owner = AccountRoles.owner(connection);
			connection.commit();
			if (name.equals(owner)) {
				throw new StoreException(NLS.bind(Messages.Accounts_owner, name), null);
			}
		} catch (SQLException e) {
			throw failed("remove " + name, e); //$NON-NLS-1$
		}
		call("remove " + name, "REMOVE_ACCOUNT(?)", name); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public synchronized void setPassword(String user, char[] password) throws StoreException {
		String name = existing(user);
		checkPassword(name, password);
		call("passwd " + name, "SET_PASSWORD(?, ?)", name, new String(password)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void checkPassword(String user, char[] password) throws StoreException {
		if (password == null || password.length == 0) {
			throw new StoreException(NLS.bind(Messages.Accounts_passwordRequired, user), null);
		}
	}

	/** @return the normalized name of an account that exists */
	private String existing(String user) throws StoreException {
		if (!AccountRoles.validName(user)) {
			throw new StoreException(NLS.bind(Messages.Accounts_invalidName, user), null);
		}
		String name = AccountRoles.normalized(user);
		if (!exists(name)) {
			throw new StoreException(NLS.bind(Messages.Accounts_notFound, name), null);
		}
		return name;
	}

	private boolean exists(String name) throws StoreException {
		try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM " + Migrations.SCHEMA + ".ACCOUNT WHERE USER_NAME = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
			query.setString(1, name);
			boolean found;
			try (ResultSet result = query.executeQuery()) {
				found = result.next();
			}
			connection.commit();
			return found;
		} catch (SQLException e) {
			throw failed("users", e); //$NON-NLS-1$
		}
	}

	private void call(String operation, String procedure, String... arguments) throws StoreException {
		try (PreparedStatement call = connection.prepareStatement("CALL " + Migrations.SCHEMA + "." + procedure)) { //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < arguments.length; i++) {
				call.setString(i + 1, arguments[i] == null || arguments[i].isBlank() ? null : arguments[i]);
			}
			call.execute();
			connection.commit();
		} catch (SQLException e) {
			try {
				connection.rollback();
			} catch (SQLException rollback) {
				e.addSuppressed(rollback);
			}
			throw failed(operation, e);
		}
	}

	private StoreException failed(String operation, SQLException e) {
		return new StoreException(NLS.bind(Messages.Store_failed, new Object[] { location, operation, SqlErrors.message(e) }), e);
	}

	@Override
	public synchronized void close() throws StoreException {
		store.close();
	}
}
