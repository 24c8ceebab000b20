package org.jixiao.store.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * The connections of the stores: to a served database through the client driver, to an embedded one
 * through the embedded driver, which this process boots on the first store opening it (after checking
 * the directory is writable and setting up Derby's log) and shuts down when the last store closes.
 */
final class Connections {

	/** Embedded databases open in this process, by directory, with the number of stores using each. */
	private static final Map<Path, Integer> OPEN = new HashMap<>();

	private Connections() {
	}

	/** What a store does with a new connection: on failure it closes a served one itself. */
	interface Session<T> {
		T start(Connection connection) throws StoreException;
	}

	/**
	 * Connects to the location and starts the session on the connection; an embedded database is
	 * counted, and its holder file written, before the session starts, and released if it fails.
	 */
	static <T> T open(StoreLocation location, Session<T> session) throws StoreException {
		if (!location.isEmbedded()) {
			return session.start(connect(location, Drivers::client));
		}
		Path directory = location.directory();
		synchronized (OPEN) {
			checkWritable(directory);
			configureErrorLog(directory);
			StorageSettings.apply();
			Connection connection = connect(location, Drivers::embedded);
			boolean first = !OPEN.containsKey(directory);
			OPEN.merge(directory, 1, Integer::sum);
			try {
				if (first) {
					Holder.write(directory);
				}
				return session.start(connection);
			} catch (IOException e) {
				release(location, connection);
				throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getMessage()), e);
			} catch (StoreException | RuntimeException e) {
				release(location, connection);
				throw e;
			}
		}
	}

	/** Closes a store's connection; the last store of an embedded database shuts it down. */
	static void close(StoreLocation location, Connection connection) {
		if (location.isEmbedded()) {
			synchronized (OPEN) {
				release(location, connection);
			}
		} else {
			closeQuietly(connection);
		}
	}

	/** A unit of work on an embedded database that no store has open. */
	interface Work {
		void run() throws StoreException;
	}

	/**
	 * Runs the work while no store of this process can open the database.
	 *
	 * @throws StoreException if a store of this process has it open
	 */
	static void withoutStores(Path directory, Work work) throws StoreException {
		synchronized (OPEN) {
			if (OPEN.containsKey(directory)) {
				throw new StoreException(NLS.bind(Messages.Store_restoreInUse, directory), null);
			}
			work.run();
		}
	}

	/** @return whether this process has an embedded database open */
	static boolean embeddedInUse() {
		synchronized (OPEN) {
			return !OPEN.isEmpty();
		}
	}

	/** A source of driver instances. */
	private interface DriverSource {
		java.sql.Driver get() throws SQLException;
	}

	private static Connection connect(StoreLocation location, DriverSource drivers) throws StoreException {
		String url = location.url() + (location.isEmbedded() ? ";create=true" : ""); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			Connection connection = drivers.get().connect(url, credentials(location));
			if (connection == null) {
				throw new SQLException("no Derby driver accepts " + location.url()); //$NON-NLS-1$
			}
			return connection;
		} catch (SQLException e) {
			if (SqlErrors.has(e, SqlErrors.LOCKED)) {
				throw new StoreException(NLS.bind(Messages.Store_locked, location, Holder.describe(location.directory())), e);
			}
			if (SqlErrors.has(e, SqlErrors.AUTHENTICATION)) {
				throw new StoreException(NLS.bind(Messages.Store_authentication, location, location.user()), e);
			}
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, SqlErrors.message(e)), e);
		} catch (RuntimeException e) {
			// a driver failing to build its own message (a missing resource bundle) must not escape
			throw new StoreException(NLS.bind(Messages.Store_cannotOpen, location, e), e);
		}
	}

	private static Properties credentials(StoreLocation location) {
		Properties properties = new Properties();
		if (location.user() != null) {
			properties.setProperty("user", location.user()); //$NON-NLS-1$
		}
		char[] password = location.password();
		if (password != null) {
			properties.setProperty("password", new String(password)); //$NON-NLS-1$
		}
		return properties;
	}

	/**
	 * Refuses a directory this process cannot write before Derby sees it: Derby would otherwise open
	 * it read-only, or fail obscurely.
	 */
	static void checkWritable(Path directory) throws StoreException {
		try {
			Files.createDirectories(directory.getParent());
			List<Path> probes = new ArrayList<>();
			if (Files.isDirectory(directory)) {
				probes.add(directory);
				for (String sub : new String[] { "seg0", "log" }) { //$NON-NLS-1$ //$NON-NLS-2$
					if (Files.isDirectory(directory.resolve(sub))) {
						probes.add(directory.resolve(sub));
					}
				}
			} else {
				probes.add(directory.getParent());
			}
			for (Path probe : probes) {
				Files.delete(Files.createTempFile(probe, ".jixiao-write-check", null)); //$NON-NLS-1$
			}
		} catch (AccessDeniedException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getFile()), e);
		} catch (FileSystemException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getReason() == null ? e.getFile() : e.getReason()), e);
		} catch (IOException | UnsupportedOperationException e) {
			throw new StoreException(NLS.bind(Messages.Store_readOnly, directory, e.getMessage()), e);
		}
	}

	/** Derby writes its log beside the first database opened, not into the working directory. */
	static void configureErrorLog(Path directory) {
		if (System.getProperty("derby.stream.error.file") == null) { //$NON-NLS-1$
			System.setProperty("derby.stream.error.file", directory.resolveSibling("derby.log").toString()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Closes the connection; the last store of an embedded database in this process shuts it down. */
	private static void release(StoreLocation location, Connection connection) {
		try {
			connection.rollback();
		} catch (SQLException e) {
			// closing discards the transaction too
		}
		closeQuietly(connection);
		Path directory = location.directory();
		Integer users = OPEN.get(directory);
		if (users == null || users <= 1) {
			OPEN.remove(directory);
			Holder.clear(directory);
			shutdown(directory, credentials(location));
		} else {
			OPEN.put(directory, users - 1);
		}
	}

	/** Shuts down the embedded database in the directory. */
	static void shutdown(Path directory, Properties credentials) {
		try {
			Drivers.embedded().connect("jdbc:derby:" + directory + ";shutdown=true", credentials); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (SQLException e) {
			// 08006 is Derby's normal answer; any other failure leaves the database to Derby's recovery
		}
	}

	/** Rolls back the transaction after the failure {@code e}, adding any failure to roll back to it. */
	static void rollbackQuietly(Connection connection, Exception e) {
		try {
			connection.rollback();
		} catch (SQLException rollback) {
			e.addSuppressed(rollback);
		}
	}

	static void closeQuietly(Connection connection) {
		try {
			connection.close();
		} catch (SQLException e) {
			// nothing more to release
		}
	}
}
