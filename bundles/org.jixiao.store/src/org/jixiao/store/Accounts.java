package org.jixiao.store;

import java.util.List;

import org.jixiao.store.internal.DerbyAccounts;

/**
 * The accounts of a served store, for an administrator. Every change goes through procedures of the
 * database that run with its owner's rights and that only the {@link Role#ADMIN} role may call, so
 * the database refuses them to anyone else, whatever client asks.
 */
public interface Accounts extends AutoCloseable {

	/**
	 * Opens the accounts of a store as an administrator.
	 *
	 * @param location the store, with an administrator's user and password
	 * @return the open accounts
	 * @throws StoreException when the store cannot be opened, has no accounts (it has never been
	 *             served), or the user is no administrator
	 */
	static Accounts open(StoreLocation location) throws StoreException {
		return DerbyAccounts.open(location);
	}

	/**
	 * @param name a proposed account name
	 * @return whether it can be one: letters, digits and underscores, starting with a letter, at most
	 *         64, and not a role's or a name Derby reserves
	 */
	static boolean validName(String name) {
		return DerbyAccounts.validName(name);
	}

	/**
	 * @return every account, by name
	 * @throws StoreException when the store fails
	 */
	List<Account> list() throws StoreException;

	/**
	 * Adds an account: a Derby user with the password, its role granted, and a schema of its name that
	 * the database's owner owns (so that it can create no procedure, function or table).
	 *
	 * @param user the name: letters, digits and underscores, starting with a letter
	 * @param role the role
	 * @param unit the unit, required for {@link Role#FILLER}, else ignored
	 * @param department the 主管部门, required for {@link Role#SUPERVISOR}, else ignored
	 * @param password the password
	 * @throws StoreException when the input is not valid (the message says which), the account exists,
	 *             or the store fails
	 */
	void add(String user, Role role, String unit, String department, char[] password) throws StoreException;

	/**
	 * Removes an account: its user, role and schema. The database's owner and the administrator
	 * removing are not removed.
	 *
	 * @param user the name
	 * @throws StoreException when there is no such account, it cannot be removed, or the store fails
	 */
	void remove(String user) throws StoreException;

	/**
	 * Sets an account's password. Only the owner changes the owner's.
	 *
	 * @param user the name
	 * @param password the new password
	 * @throws StoreException when there is no such account, or the store fails
	 */
	void setPassword(String user, char[] password) throws StoreException;

	/** Closes the connection. */
	@Override
	void close() throws StoreException;
}
