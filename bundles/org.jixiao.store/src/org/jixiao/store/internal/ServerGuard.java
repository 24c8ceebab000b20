package org.jixiao.store.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The Derby settings of a process while it serves a database, set as system properties, which Derby
 * reads before anything a client sends (a database's own properties cannot override them for what
 * they guard):
 * <ul>
 * <li>{@code derby.subSubProtocol.directory} names {@link ServedStorage}, the storage of every
 * database directory: it refuses every directory but the served one before Derby reads or creates
 * anything there; {@code memory}, {@code jar}, {@code classpath}, {@code http} and {@code https} name
 * {@link ServedStorage.Refused}, which refuses every database;</li>
 * <li>{@code derby.connection.requireAuthentication} and {@code derby.authentication.provider} make
 * {@link ServerAuthenticator} the system-wide authentication: it alone decides the operations that
 * belong to no database (stopping the server or the engine, creating a database);</li>
 * <li>{@code derby.storage.useDefaultFilePermissions=false}: files Derby creates (also trace files)
 * are readable by the server's account only.</li>
 * </ul>
 * The served database keeps its own NATIVE authentication, which Derby never lets a system property
 * override. {@link #uninstall()} puts the previous values back.
 * <p>
 * The guard also holds two things of the process alone. A random secret, made at each
 * {@link #install}, with which the process stops its own server and engine (the system-wide
 * authentication admits it for that, besides administrators): the process needs no administrator's
 * password after the start, and stops even when the database cannot be reached. And whether the
 * served database has been shut down (by its owner, or by Derby after a severe error): Derby boots a
 * database again on the next connection, and applies a {@code restoreFrom} or {@code createFrom}
 * attribute of that connection before it authenticates anyone, so from then on nothing boots it
 * while this process serves; the server stops, and starts afresh.
 */
public final class ServerGuard {

	private static final String[] REFUSED_PROTOCOLS = { "memory", "jar", "classpath", "http", "https" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final String SUB_SUB_PROTOCOL = "derby.subSubProtocol."; //$NON-NLS-1$

	/** The user name of the process's own secret: no account can have it (it is not an identifier). */
	static final String PROCESS_USER = "jixiao-server-process"; //$NON-NLS-1$

	private static final int SECRET_BYTES = 32;

	private static volatile String served;
	private static volatile String secret;
	private static volatile boolean stopped;
	private static final Map<String, String> PREVIOUS = new LinkedHashMap<>();

	private ServerGuard() {
	}

	/**
	 * Restricts this process's Derby to the database in {@code directory}; takes effect for the
	 * engine booted afterwards.
	 *
	 * @param directory the served database's directory, which exists
	 * @throws IOException when its canonical path cannot be found
	 */
	public static synchronized void install(Path directory) throws IOException {
		served = directory.toFile().getCanonicalPath();
		byte[] random = new byte[SECRET_BYTES];
		new SecureRandom().nextBytes(random);
		secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		stopped = false;
		set(SUB_SUB_PROTOCOL + "directory", ServedStorage.class.getName()); //$NON-NLS-1$
		for (String protocol : REFUSED_PROTOCOLS) {
			set(SUB_SUB_PROTOCOL + protocol, ServedStorage.Refused.class.getName());
		}
		set("derby.connection.requireAuthentication", "true"); //$NON-NLS-1$ //$NON-NLS-2$
		set("derby.authentication.provider", ServerAuthenticator.class.getName()); //$NON-NLS-1$
		set("derby.storage.useDefaultFilePermissions", "false"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Puts back the system properties {@link #install} changed. */
	public static synchronized void uninstall() {
		PREVIOUS.forEach((key, value) -> {
			if (value == null) {
				System.clearProperty(key);
			} else {
				System.setProperty(key, value);
			}
		});
		PREVIOUS.clear();
		served = null;
		secret = null;
		stopped = false;
	}

	/** @return the process's own credentials, for stopping its server and engine */
	static Properties processCredentials() {
		Properties credentials = new Properties();
		credentials.setProperty("user", PROCESS_USER); //$NON-NLS-1$
		credentials.setProperty("password", secret == null ? "" : secret); //$NON-NLS-1$ //$NON-NLS-2$
		return credentials;
	}

	/** @return whether these are the process's own credentials */
	static boolean isProcess(String user, String password) {
		String expected = secret;
		return expected != null && PROCESS_USER.equals(user) && password != null
				&& MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
	}

	/** Records that the served database has shut down: nothing boots it again while the guard holds. */
	static void servedStopped() {
		if (served != null) {
			stopped = true;
		}
	}

	/** @return whether the served database has shut down since {@link #install} */
	public static boolean isStopped() {
		return stopped;
	}

	private static void set(String key, String value) {
		PREVIOUS.putIfAbsent(key, System.getProperty(key));
		System.setProperty(key, value);
	}

	/** @return the canonical path of the served database's directory, or {@code null} when none is served */
	static String served() {
		return served;
	}

	/**
	 * Whether Derby may open a database of this name, resolved as Derby resolves it: an absolute path
	 * as it is, else inside {@code home}.
	 *
	 * @param home Derby's system home, or {@code null}
	 * @param name the database name a connection gave
	 * @return whether it is the served database
	 */
	static boolean admits(String home, String name) throws IOException {
		String directory = served;
		if (directory == null || name == null || stopped) {
			return false;
		}
		File file = new File(name);
		File root = file.isAbsolute() || (home != null && name.startsWith(home)) ? file : new File(home, name);
		return root.getCanonicalPath().equals(directory);
	}
}
