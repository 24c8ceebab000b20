package org.jixiao.store;

import java.nio.file.Path;

import org.jixiao.store.internal.ServerProcess;

/**
 * The Derby Network Server of one evaluation store, at {@code jdbc:derby://HOST:PORT/DIRECTORY}: the
 * process that starts it serves that database and nothing else, to accounts of that database only.
 * See the package documentation for what is enforced and how; in short:
 * <ul>
 * <li>the database authenticates its users (Derby's NATIVE authentication) and enforces their roles
 * with SQL authorization; the first user is the one that starts the server on a database without
 * accounts, who becomes its administrator;</li>
 * <li>no other database of the machine, no new one and no in-memory one can be opened through the
 * server, whatever credentials a client gives;</li>
 * <li>stopping the server needs an administrator of the database;</li>
 * <li>if the database is shut down while served, nothing boots it again: the server stops;</li>
 * <li>with TLS ({@link ServerTls}), Derby's own SSL modes.</li>
 * </ul>
 * A process serves at most one database at a time, and while it does, it opens no other Derby
 * database (it refuses them like the clients' requests).
 */
public final class DerbyServer implements AutoCloseable {

	/** The default port, Derby's. */
	public static final int DEFAULT_PORT = 1527;
	/** The default address to listen on. */
	public static final String DEFAULT_HOST = "localhost"; //$NON-NLS-1$

	private final ServerProcess process;

	private DerbyServer(ServerProcess process) {
		this.process = process;
	}

	/**
	 * Serves the database in {@code database} on localhost, without TLS.
	 *
	 * @see #start(Path, String, int, String, char[], ServerTls)
	 */
	public static DerbyServer start(Path database, int port, String admin, char[] password) throws StoreException {
		return start(database, DEFAULT_HOST, port, admin, password, ServerTls.off());
	}

	/**
	 * Prepares the database (created when missing; authentication, roles and privileges set up when
	 * it has none) and starts serving it.
	 *
	 * @param database the database directory; clients name it by its absolute path
	 * @param host the address to listen on (a name or an IP address; {@code 0.0.0.0} for all)
	 * @param port the TCP port
	 * @param admin the database's owner, or an administrator of a database served before
	 * @param password the password; for a database without accounts, the owner's new password
	 * @param tls plain TCP or TLS; with TLS the key store is required, and in
	 *            {@link ServerTls.Mode#PEER_AUTHENTICATION} the trust store of the clients'
	 *            certificates, which must hold the server's own certificate too (the server checks
	 *            that it runs by connecting to itself)
	 * @return the running server
	 * @throws StoreException when the database cannot be prepared, the user may not serve it, this
	 *             process has a database open, the TLS stores cannot be read, or the port is taken
	 */
	public static DerbyServer start(Path database, String host, int port, String admin, char[] password, ServerTls tls)
			throws StoreException {
		return new DerbyServer(ServerProcess.start(database.toAbsolutePath().normalize(), host, port, admin, password, tls));
	}

	/**
	 * Asks the server at {@code host:port} to stop, as an administrator of its database.
	 *
	 * @param host the server's address
	 * @param port the port
	 * @param tls how the server is reached: with TLS, the trust store that holds the server's
	 *            certificate (the credentials are sent to no other server), and in peer
	 *            authentication a key store with this client's key
	 * @param user an administrator of the served database
	 * @param password the password
	 * @throws StoreException when no server answers, or it refuses the user
	 */
	public static void stop(String host, int port, ServerTls tls, String user, char[] password) throws StoreException {
		ServerProcess.stop(host, port, tls, user, password);
	}

	/** @return the address the server listens on */
	public String host() {
		return process.host();
	}

	/** @return the port */
	public int port() {
		return process.port();
	}

	/**
	 * @return the URL clients connect to: the database's absolute path on this server, with
	 *         {@code ;ssl=peerAuthentication} under TLS (the client then checks the server's
	 *         certificate against its trust store)
	 */
	public String url() {
		return process.url();
	}

	/**
	 * @return whether the server answers and its database is up; {@code false} once an administrator
	 *         stopped it, or once the served database was shut down (then {@link #close()} stops the
	 *         server)
	 */
	public boolean isRunning() {
		return process.isRunning();
	}

	/**
	 * Stops the server if it still runs, and Derby's engine, and gives this process its Derby settings
	 * back.
	 *
	 * @throws StoreException when the server cannot be stopped (it keeps running), or, after stopping
	 *             it, to report that the served database had been shut down while served
	 */
	@Override
	public void close() throws StoreException {
		process.close();
	}
}
