package org.jixiao.store;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.nio.file.Path;

import org.apache.derby.drda.NetworkServerControl;
import org.eclipse.osgi.util.NLS;
import org.jixiao.store.internal.Messages;
import org.jixiao.store.internal.ServerDatabases;

/**
 * The Derby Network Server on localhost, serving an evaluation store to other processes (the CLI, the
 * workbench of colleagues through a tunnel) at {@code jdbc:derby://localhost:PORT/NAME}.
 * <p>
 * Authentication is Derby's NATIVE authentication, local to the database: when the server first
 * serves a database, it creates it (the given user becomes its owner), creates that user with the
 * given password, and sets {@code derby.authentication.provider=NATIVE::LOCAL}; from then on every
 * connection to it, embedded or over the network, must give that user and password (Derby keeps only
 * a salted hash). A database owned by another user is refused. The server listens on localhost only.
 */
public final class DerbyServer implements AutoCloseable {

	/** The default port, Derby's. */
	public static final int DEFAULT_PORT = 1527;

	private final NetworkServerControl control;
	private final int port;
	private final Path database;

	private DerbyServer(NetworkServerControl control, int port, Path database) {
		this.control = control;
		this.port = port;
		this.database = database;
	}

	/**
	 * Prepares the database (schema, user, authentication) and starts the server.
	 *
	 * @param database the database directory; its name is the name clients use
	 * @param port the TCP port on localhost
	 * @param user the user clients connect as
	 * @param password the user's password
	 * @return the running server
	 * @throws StoreException when the database cannot be prepared or the port is taken
	 */
	public static DerbyServer start(Path database, int port, String user, char[] password) throws StoreException {
		Path directory = database.toAbsolutePath().normalize();
		ServerDatabases.prepare(StoreLocation.embedded(directory, user, password));
		try {
			NetworkServerControl control = new NetworkServerControl(InetAddress.getByName("localhost"), port); //$NON-NLS-1$
			control.start(new PrintWriter(PrintWriter.nullWriter()));
			Exception last = null;
			for (int attempt = 0; attempt < 100; attempt++) {
				try {
					control.ping();
					return new DerbyServer(control, port, directory);
				} catch (Exception e) {
					last = e;
					Thread.sleep(100);
				}
			}
			throw last;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException(NLS.bind(Messages.Server_startFailed, port, e), e);
		} catch (Exception e) {
			throw new StoreException(NLS.bind(Messages.Server_startFailed, port, e.getMessage()), e);
		}
	}

	/**
	 * Stops the server on a port of localhost, whichever process runs it.
	 *
	 * @param port the port
	 * @throws StoreException when no server answers there
	 */
	public static void stop(int port) throws StoreException {
		try {
			new NetworkServerControl(InetAddress.getByName("localhost"), port).shutdown(); //$NON-NLS-1$
		} catch (Exception e) {
			throw new StoreException(NLS.bind(Messages.Server_stopFailed, port, e.getMessage()), e);
		}
	}

	/** @return the port */
	public int port() {
		return port;
	}

	/** @return the URL clients connect to: the database's absolute path on this server */
	public String url() {
		return "jdbc:derby://localhost:" + port + "/" + database; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return whether the server answers */
	public boolean isRunning() {
		try {
			control.ping();
			return true;
		} catch (Exception e) {
			return false;
		}
	}

	/** Stops the server. */
	@Override
	public void close() throws StoreException {
		try {
			control.shutdown();
		} catch (Exception e) {
			throw new StoreException(NLS.bind(Messages.Server_stopFailed, port, e.getMessage()), e);
		}
	}
}
