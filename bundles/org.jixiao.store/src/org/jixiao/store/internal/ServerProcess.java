package org.jixiao.store.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import org.apache.derby.drda.NetworkServerControl;
import org.eclipse.osgi.util.NLS;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;

/**
 * The network server of this process (see {@link org.jixiao.store.DerbyServer}). Starting it:
 * prepares the database ({@link ServerDatabases}) and makes its directory accessible to this account
 * only; shuts Derby's engine down, so that it boots again
 * with the system-wide settings of {@link ServerGuard}; boots the served database before the server
 * listens (a booted database ignores the {@code restoreFrom} and {@code createFrom} attributes a
 * client could send); starts Derby's server, with the TLS context as the process's default while its
 * socket is made (Derby takes its SSL server socket from the default factory); and waits until it
 * answers. Its own pings and its stop use {@link ServerCommands} with a context that trusts the
 * server's own certificate; it stops with the process's secret ({@link ServerGuard}), so that it
 * keeps no administrator's password after the start.
 */
public final class ServerProcess {

	private static final String SSL_MODE = "derby.drda.sslMode"; //$NON-NLS-1$
	private static final int WAIT_STEPS = 100;
	private static final long WAIT_STEP_MILLIS = 100;

	private static ServerProcess current;

	private final String host;
	private final String pingHost;
	private final int port;
	private final Path database;
	private final ServerTls tls;
	private final SSLContext self;
	private boolean closed;

	private ServerProcess(String host, int port, Path database, ServerTls tls, SSLContext self) {
		this.host = host;
		this.pingHost = wildcard(host) ? "localhost" : host; //$NON-NLS-1$
		this.port = port;
		this.database = database;
		this.tls = tls;
		this.self = self;
	}

	/** @see org.jixiao.store.DerbyServer#start(Path, String, int, String, char[], ServerTls) */
	public static ServerProcess start(Path database, String host, int port, String admin, char[] password, ServerTls tls)
			throws StoreException {
		synchronized (ServerProcess.class) {
			if (current != null) {
				throw new StoreException(NLS.bind(Messages.Server_alreadyServing, current.database), null);
			}
			InetAddress address;
			try {
				address = InetAddress.getByName(host);
			} catch (UnknownHostException e) {
				throw new StoreException(NLS.bind(Messages.Server_unknownHost, host), e);
			}
			SSLContext serverContext = null;
			SSLContext self = null;
			if (tls.enabled()) {
				SSLContext[] contexts = contexts(tls);
				serverContext = contexts[0];
				self = contexts[1];
			}
			checkPortFree(address, port);
			ServerDatabases.prepare(database, admin, password);
			ownerOnly(database);
			if (Connections.embeddedInUse()) {
				throw new StoreException(Messages.Server_processInUse, null);
			}
			shutdownEngine(new Properties());
			ServerProcess process = new ServerProcess(host, port, database, tls, self);
			try {
				ServerGuard.install(database);
				Properties credentials = new Properties();
				credentials.setProperty("user", admin); //$NON-NLS-1$
				credentials.setProperty("password", new String(password)); //$NON-NLS-1$
				try (Connection boot = Drivers.embedded().connect("jdbc:derby:" + database, credentials)) { //$NON-NLS-1$
					// booted, the database stays booted until the engine stops
				}
				process.listen(address, serverContext);
			} catch (IOException | SQLException | RuntimeException e) {
				process.abandon(address);
				String cause = e instanceof SQLException sql ? SqlErrors.message(sql) : String.valueOf(e.getMessage());
				throw new StoreException(NLS.bind(Messages.Server_startFailed, process.address(), cause), e);
			}
			current = process;
			return process;
		}
	}

	/** Starts Derby's server and waits until it answers. */
	private void listen(InetAddress address, SSLContext serverContext) throws IOException {
		SSLContext previousDefault = null;
		String previousMode = System.getProperty(SSL_MODE);
		try {
			if (serverContext != null) {
				previousDefault = SSLContext.getDefault();
				SSLContext.setDefault(new NoDelaySslContext(serverContext));
			}
			System.setProperty(SSL_MODE, tls.mode().derbyName());
			NetworkServerControl control = new NetworkServerControl(address, port);
			control.start(new PrintWriter(PrintWriter.nullWriter()));
			IOException last = null;
			for (int step = 0; step < WAIT_STEPS; step++) {
				try {
					ServerCommands.ping(pingHost, port, self);
					return;
				} catch (IOException e) {
					last = e;
				} catch (ServerCommands.Refused e) {
					last = new IOException(e.getMessage(), e);
				}
				Thread.sleep(WAIT_STEP_MILLIS);
			}
			throw last;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		} catch (GeneralSecurityException e) {
			throw new IOException(e.getMessage(), e);
		} catch (IOException e) {
			throw e;
		} catch (Exception e) {
			// NetworkServerControl declares Exception
			throw new IOException(e.getMessage(), e);
		} finally {
			if (previousMode == null) {
				System.clearProperty(SSL_MODE);
			} else {
				System.setProperty(SSL_MODE, previousMode);
			}
			if (previousDefault != null) {
				SSLContext.setDefault(previousDefault);
			}
		}
	}

	/**
	 * @return the server's context (its key; in peer authentication, trusting the trust store) and
	 *         the context of its own pings (the same key; trusting its own certificate)
	 */
	private static SSLContext[] contexts(ServerTls tls) throws StoreException {
		if (tls.keyStore() == null) {
			throw new StoreException(Messages.Server_keyStoreRequired, null);
		}
		boolean peer = tls.mode() == ServerTls.Mode.PEER_AUTHENTICATION;
		if (peer && tls.trustStore() == null) {
			throw new StoreException(Messages.Server_trustStoreRequired, null);
		}
		KeyStore keys = read(tls.keyStore(), tls.keyStorePassword());
		try {
			KeyStore own = KeyStore.getInstance(KeyStore.getDefaultType());
			own.load(null, null);
			for (String alias : Collections.list(keys.aliases())) {
				if (keys.isKeyEntry(alias) && keys.getCertificate(alias) != null) {
					own.setCertificateEntry(alias, keys.getCertificate(alias));
				}
			}
			if (own.size() == 0) {
				throw new StoreException(NLS.bind(Messages.Server_noKey, tls.keyStore()), null);
			}
			KeyStore clients = null;
			if (peer) {
				clients = read(tls.trustStore(), tls.trustStorePassword());
				for (String alias : Collections.list(own.aliases())) {
					Certificate certificate = own.getCertificate(alias);
					if (clients.getCertificateAlias(certificate) == null) {
						throw new StoreException(NLS.bind(Messages.Server_trustStoreLacksServer, tls.trustStore(), tls.keyStore()), null);
					}
				}
			}
			return new SSLContext[] { ServerCommands.context(keys, tls.keyStorePassword(), clients),
					ServerCommands.context(keys, tls.keyStorePassword(), own) };
		} catch (IOException | GeneralSecurityException e) {
			throw new StoreException(NLS.bind(Messages.Server_tlsUnreadable, tls.keyStore(), e.getMessage()), e);
		}
	}

	private static KeyStore read(Path file, char[] password) throws StoreException {
		try {
			return ServerCommands.load(file, password);
		} catch (IOException | GeneralSecurityException e) {
			throw new StoreException(NLS.bind(Messages.Server_tlsUnreadable, file, e.getMessage()), e);
		}
	}

	/**
	 * Makes the database directory accessible to this account only: the server's clients reach the
	 * data through it, never through the files (Derby keeps them unencrypted).
	 */
	private static void ownerOnly(Path database) throws StoreException {
		try {
			Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rwx------")); //$NON-NLS-1$
		} catch (UnsupportedOperationException e) {
			// no POSIX permissions here (Windows): the folder's access rules apply
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Server_notPrivate, database, e.getMessage()), e);
		}
	}

	private static void checkPortFree(InetAddress address, int port) throws StoreException {
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress(address, port));
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Server_startFailed, address.getHostAddress() + ":" + port, e.getMessage()), e); //$NON-NLS-1$
		}
	}

	/** Stops the engine; Derby answers with an exception, which means done. */
	private static void shutdownEngine(Properties credentials) {
		try {
			Drivers.embedded().connect("jdbc:derby:;shutdown=true", credentials); //$NON-NLS-1$
		} catch (SQLException e) {
			// XJ015 is the normal answer
		}
	}

	/** @see org.jixiao.store.DerbyServer#stop(String, int, ServerTls, String, char[]) */
	public static void stop(String host, int port, ServerTls tls, String user, char[] password) throws StoreException {
		String address = host + ":" + port; //$NON-NLS-1$
		SSLContext context = null;
		if (tls.enabled()) {
			if (tls.trustStore() == null) {
				throw new StoreException(Messages.Server_clientTrustStoreRequired, null);
			}
			try {
				context = ServerCommands.clientContext(tls);
			} catch (IOException | GeneralSecurityException e) {
				throw new StoreException(NLS.bind(Messages.Server_tlsUnreadable, tls.trustStore(), e.getMessage()), e);
			}
		}
		try {
			ServerCommands.shutdown(host, port, context, user, password);
		} catch (ServerCommands.Refused e) {
			throw new StoreException(NLS.bind(Messages.Server_stopRefused, address, e.getMessage()), null);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Server_stopFailed, address, e.getMessage()), e);
		}
		waitUntilStopped(host, port, context);
	}

	private static boolean waitUntilStopped(String host, int port, SSLContext context) {
		for (int step = 0; step < WAIT_STEPS; step++) {
			try {
				ServerCommands.ping(host, port, context);
				Thread.sleep(WAIT_STEP_MILLIS);
			} catch (IOException | ServerCommands.Refused e) {
				return true;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return false;
	}

	/** @return the address listened on */
	public String host() {
		return host;
	}

	/** @return the port */
	public int port() {
		return port;
	}

	/** @see org.jixiao.store.DerbyServer#url() */
	public String url() {
		String name = host;
		if (wildcard(host)) {
			try {
				name = InetAddress.getLocalHost().getCanonicalHostName();
			} catch (UnknownHostException e) {
				name = "localhost"; //$NON-NLS-1$
			}
		}
		if (name.contains(":")) { //$NON-NLS-1$
			name = "[" + name + "]"; //$NON-NLS-1$ //$NON-NLS-2$
		}
		return "jdbc:derby://" + name + ":" + port + "/" + database //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ (tls.enabled() ? ";ssl=" + ServerTls.Mode.PEER_AUTHENTICATION.derbyName() : ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return whether the server answers and its database is up (after the database has shut down,
	 *         the server serves nothing and should be closed)
	 * @see org.jixiao.store.DerbyServer#isRunning()
	 */
	public boolean isRunning() {
		return !ServerGuard.isStopped() && listening();
	}

	private boolean listening() {
		try {
			ServerCommands.ping(pingHost, port, self);
			return true;
		} catch (IOException | ServerCommands.Refused e) {
			return false;
		}
	}

	/** @see org.jixiao.store.DerbyServer#close() */
	public void close() throws StoreException {
		synchronized (ServerProcess.class) {
			if (closed) {
				return;
			}
			boolean databaseStopped = ServerGuard.isStopped();
			if (listening()) {
				try {
					ServerCommands.shutdown(pingHost, port, self, ServerGuard.PROCESS_USER, secret());
				} catch (ServerCommands.Refused e) {
					// the server keeps running, and keeps its guard
					throw new StoreException(NLS.bind(Messages.Server_stopRefused, address(), e.getMessage()), null);
				} catch (IOException e) {
					throw new StoreException(NLS.bind(Messages.Server_stopFailed, address(), e.getMessage()), e);
				}
				if (!waitUntilStopped(pingHost, port, self)) {
					throw new StoreException(NLS.bind(Messages.Server_stopFailed, address(), "-"), null); //$NON-NLS-1$
				}
			}
			// Derby's server leaves the engine it did not boot running: stop it while the guard still
			// holds, so that it boots again with this process's own settings
			shutdownEngine(ServerGuard.processCredentials());
			closed = true;
			current = null;
			ServerGuard.uninstall();
			if (databaseStopped) {
				throw new StoreException(NLS.bind(Messages.Server_databaseStopped, database), null);
			}
		}
	}

	/**
	 * After a failed start: stops what may have started, and gives the settings back once nothing
	 * listens on the port any more (else the process keeps them: a server without its guard would
	 * open any database).
	 */
	private void abandon(InetAddress address) {
		try {
			ServerCommands.shutdown(pingHost, port, self, ServerGuard.PROCESS_USER, secret());
		} catch (IOException | ServerCommands.Refused e) {
			// it did not start
		}
		shutdownEngine(ServerGuard.processCredentials());
		try (ServerSocket probe = new ServerSocket()) {
			probe.bind(new InetSocketAddress(address, port));
		} catch (IOException e) {
			return;
		}
		ServerGuard.uninstall();
	}

	private String address() {
		return host + ":" + port; //$NON-NLS-1$
	}

	private static char[] secret() {
		return ServerGuard.processCredentials().getProperty("password").toCharArray(); //$NON-NLS-1$
	}

	private static boolean wildcard(String host) {
		return "0.0.0.0".equals(host) || "::".equals(host) || "[::]".equals(host); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
