package org.jixiao.cli.internal;

import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

import picocli.CommandLine.Option;

/**
 * The options that name the evaluation store, for every command that uses one ({@code @Mixin}):
 * {@code --db PATH|JDBC-URL}, {@code --user}, {@code --password} (or the environment variable
 * {@value #PASSWORD_ENV}). Without {@code --db}: the system property {@code jixiao.db}, else
 * {@code ~/.jixiao/db}.
 */
public final class StoreOptions {

	/** The environment variable read when {@code --password} is not given. */
	public static final String PASSWORD_ENV = "JIXIAO_DB_PASSWORD"; //$NON-NLS-1$

	@Option(names = "--db", paramLabel = "PATH|JDBC-URL", descriptionKey = "store.db")
	private String database;

	@Option(names = "--user", paramLabel = "USER", descriptionKey = "store.user")
	private String user;

	@Option(names = "--password", paramLabel = "PASSWORD", descriptionKey = "store.password", interactive = false)
	private String password;

	/** @return the store these options name */
	public StoreLocation location() {
		if (database == null) {
			StoreLocation fallback = StoreLocation.defaultEmbedded();
			return user == null && password() == null ? fallback : StoreLocation.of(fallback.url(), user, password());
		}
		return StoreLocation.of(database, user, password());
	}

	/** @return the store, open */
	public EvaluationStore open() throws StoreException {
		return EvaluationStore.open(location());
	}

	/** @return the user given, else the operating system's user: who the audit trail names */
	public String auditUser() {
		return user != null ? user : System.getProperty("user.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the user given, or {@code null} */
	public String user() {
		return user;
	}

	/** @return the password given or from the environment, or {@code null} */
	public char[] password() {
		String value = password != null ? password : System.getenv(PASSWORD_ENV);
		return value == null ? null : value.toCharArray();
	}

	/** @return the {@code --db} value as given, or {@code null} */
	public String database() {
		return database;
	}
}
