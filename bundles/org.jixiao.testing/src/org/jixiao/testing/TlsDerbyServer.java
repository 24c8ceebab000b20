package org.jixiao.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.Role;
import org.jixiao.store.ServerKeys;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/**
 * A Derby Network Server with TLS on for the tests of the shared store: the key and trust stores made
 * by {@link ServerKeys} in {@code keys/} of a folder, the database in {@code served/}, served on
 * localhost, and the JVM's default TLS context trusting the server's certificate while it runs (Derby's
 * client takes the default context). {@link #close()} stops the server and gives the JVM its default
 * context back.
 */
public final class TlsDerbyServer implements AutoCloseable {

	private static final char[] KEYS_PASSWORD = "keys-pw-test".toCharArray(); //$NON-NLS-1$

	private final DerbyServer server;
	private final Path trustStore;
	private final SSLContext jvmDefault;
	private final String owner;
	private final char[] password;

	private TlsDerbyServer(DerbyServer server, Path trustStore, SSLContext jvmDefault, String owner, char[] password) {
		this.server = server;
		this.trustStore = trustStore;
		this.jvmDefault = jvmDefault;
		this.owner = owner;
		this.password = password.clone();
	}

	/**
	 * Makes the TLS stores and serves a new database, {@code owner} its owner and first administrator.
	 *
	 * @param dir an empty folder for the stores and the database
	 * @param port the TCP port, {@link #freePort()} when it does not matter
	 * @param owner the owner's account
	 * @param password the owner's password
	 * @return the running server
	 */
	public static TlsDerbyServer start(Path dir, int port, String owner, char[] password)
			throws StoreException, IOException, GeneralSecurityException {
		Path keys = dir.resolve("keys"); //$NON-NLS-1$
		ServerKeys.create(keys, List.of("localhost", "127.0.0.1"), List.of(), KEYS_PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$
		SSLContext jvmDefault = SSLContext.getDefault();
		SSLContext.setDefault(trusting(keys.resolve(ServerKeys.TRUST_STORE)));
		try {
			ServerTls tls = new ServerTls(ServerTls.Mode.BASIC, keys.resolve(ServerKeys.KEY_STORE), KEYS_PASSWORD, null, null);
			DerbyServer server = DerbyServer.start(dir.resolve("served"), "localhost", port, owner, password, tls); //$NON-NLS-1$ //$NON-NLS-2$
			return new TlsDerbyServer(server, keys.resolve(ServerKeys.TRUST_STORE), jvmDefault, owner, password);
		} catch (StoreException | RuntimeException e) {
			SSLContext.setDefault(jvmDefault);
			throw e;
		}
	}

	/** @return a TCP port nobody listens on at the moment */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** @return the served database's JDBC URL */
	public String url() {
		return server.url();
	}

	/** @return the clients' trust store (PKCS12, no password), for a client in another process such as {@code ij} */
	public Path trustStore() {
		return trustStore;
	}

	/**
	 * @param user an account of the served database
	 * @param userPassword its password
	 * @return where that account reaches the served database
	 */
	public StoreLocation location(String user, char[] userPassword) {
		return StoreLocation.of(url(), user, userPassword);
	}

	/**
	 * Adds accounts as the owner, each with {@code accountPassword}.
	 *
	 * @param accountPassword the password of every account added
	 * @param accounts each account as name, role, unit (for 填报) and 主管部门 (for 主管部门审核)
	 */
	public void addAccounts(char[] accountPassword, Account... accounts) throws StoreException {
		try (Accounts store = Accounts.open(location(owner, password))) {
			for (Account account : accounts) {
				store.add(account.name(), account.role(), account.unit(), account.department(), accountPassword);
			}
		}
	}

	/**
	 * An account to add.
	 *
	 * @param name the account's name
	 * @param role its role
	 * @param unit the unit of a 填报 account, else {@code null}
	 * @param department the 主管部门 of a 主管部门审核 account, else {@code null}
	 */
	public record Account(String name, Role role, String unit, String department) {
	}

	@Override
	public void close() throws StoreException {
		try {
			server.close();
		} finally {
			SSLContext.setDefault(jvmDefault);
		}
	}

	private static SSLContext trusting(Path trustStore) throws IOException, GeneralSecurityException {
		KeyStore trust = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(trustStore)) {
			trust.load(in, null);
		}
		TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		managers.init(trust);
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(null, managers.getTrustManagers(), null);
		return context;
	}
}
