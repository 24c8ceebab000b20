package org.jixiao.store;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where an evaluation store lives: an embedded Derby database in a directory (the default,
 * {@code ~/.jixiao/db}), or a Derby Network Server reached by {@code jdbc:derby://host:port/name}
 * with a user and password.
 */
public final class StoreLocation {

	/** The system property that overrides the default embedded directory. */
	public static final String DB_PROPERTY = "jixiao.db"; //$NON-NLS-1$

	private static final String DERBY_PREFIX = "jdbc:derby:"; //$NON-NLS-1$
	private static final String NETWORK_PREFIX = "jdbc:derby://"; //$NON-NLS-1$

	private final Path directory;
	private final String url;
	private final String user;
	private final char[] password;

	private StoreLocation(Path directory, String url, String user, char[] password) {
		this.directory = directory;
		this.url = url;
		this.user = user;
		this.password = password == null ? null : password.clone();
	}

	/**
	 * @param directory the database directory (created on first open)
	 * @return an embedded database in that directory
	 */
	public static StoreLocation embedded(Path directory) {
		return embedded(directory, null, null);
	}

	/**
	 * @param directory the database directory
	 * @param user the user, for a database with authentication; may be {@code null}
	 * @param password the password; may be {@code null}
	 * @return an embedded database in that directory, opened with these credentials
	 */
	public static StoreLocation embedded(Path directory, String user, char[] password) {
		Path absolute = directory.toAbsolutePath().normalize();
		return new StoreLocation(absolute, DERBY_PREFIX + absolute, user, password);
	}

	/**
	 * @return the directory named by the system property {@value #DB_PROPERTY}, else
	 *         {@code ~/.jixiao/db}
	 */
	public static StoreLocation defaultEmbedded() {
		String configured = System.getProperty(DB_PROPERTY);
		if (configured != null && !configured.isBlank()) {
			return of(configured, null, null);
		}
		return embedded(Path.of(System.getProperty("user.home"), ".jixiao", "db")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * @param jdbcUrlOrPath a directory, {@code jdbc:derby:/path} or {@code jdbc:derby://host:port/name}
	 * @param user the user, or {@code null}
	 * @param password the password, or {@code null}
	 * @return the location
	 */
	public static StoreLocation of(String jdbcUrlOrPath, String user, char[] password) {
		Objects.requireNonNull(jdbcUrlOrPath);
		if (jdbcUrlOrPath.startsWith(NETWORK_PREFIX)) {
			return new StoreLocation(null, jdbcUrlOrPath, user, password);
		}
		String path = jdbcUrlOrPath.startsWith(DERBY_PREFIX) ? jdbcUrlOrPath.substring(DERBY_PREFIX.length()) : jdbcUrlOrPath;
		int attributes = path.indexOf(';');
		return embedded(Path.of(attributes < 0 ? path : path.substring(0, attributes)), user, password);
	}

	/** @return whether this is an embedded database (a directory of this machine) */
	public boolean isEmbedded() {
		return directory != null;
	}

	/** @return the database directory of an embedded database, else {@code null} */
	public Path directory() {
		return directory;
	}

	/** @return the JDBC URL, without attributes */
	public String url() {
		return url;
	}

	/** @return the user, or {@code null} */
	public String user() {
		return user;
	}

	/** @return a copy of the password, or {@code null} */
	public char[] password() {
		return password == null ? null : password.clone();
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof StoreLocation other && url.equals(other.url) && Objects.equals(user, other.user)
				&& Arrays.equals(password, other.password);
	}

	@Override
	public int hashCode() {
		return url.hashCode();
	}

	/** @return the URL, never the password */
	@Override
	public String toString() {
		return isEmbedded() ? directory.toString() : url;
	}
}
