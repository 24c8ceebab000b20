package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.ServerKeys;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server with TLS, in Derby's two modes, with stores made by {@link ServerKeys} (the JDK's
 * keytool): clients that trust the server's certificate connect, plain clients and clients without
 * the certificate in their trust store are refused; with peer authentication, clients without a
 * certificate the server trusts are refused too, commands included.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServerTlsTest {

	private static final char[] KEYS_PASSWORD = "keys-pw-1".toCharArray();
	private static final String BOSS = "boss";
	private static final String BOSS_PASSWORD = "boss-pw-1";
	private static final String ALICE = "alice";
	private static final String ALICE_PASSWORD = "alice-pw-2";

	@TempDir
	static Path keysDir;

	@TempDir
	Path dir;

	private SSLContext jvmDefault;

	@BeforeAll
	static void makeKeys() throws Exception {
		List<Path> files = ServerKeys.create(keysDir, List.of("localhost", "127.0.0.1"), List.of("laptop"), KEYS_PASSWORD);
		for (Path file : files) {
			assertTrue(Files.isRegularFile(file), file.toString());
		}
		assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(keysDir.resolve(ServerKeys.KEY_STORE)));
		assertEquals(PosixFilePermissions.fromString("rw-------"),
				Files.getPosixFilePermissions(keysDir.resolve(ServerKeys.clientKeyStore("laptop"))));
		// the clients' trust store holds the certificate only, and opens without a password
		KeyStore trust = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keysDir.resolve(ServerKeys.TRUST_STORE))) {
			trust.load(in, null);
		}
		assertEquals(1, trust.size());
		assertFalse(trust.isKeyEntry(trust.aliases().nextElement()));
		assertThrows(StoreException.class, () -> ServerKeys.create(keysDir, List.of("localhost"), List.of(), KEYS_PASSWORD),
				"existing stores are not overwritten");
	}

	@BeforeEach
	void rememberDefault() throws Exception {
		jvmDefault = SSLContext.getDefault();
	}

	@AfterEach
	void restoreDefault() {
		SSLContext.setDefault(jvmDefault);
	}

	private static Path keys(String file) {
		return keysDir.resolve(file);
	}

	/** @return a client context trusting the clients' trust store, with the laptop's key or none */
	private static SSLContext client(boolean withKey) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(keys(ServerKeys.TRUST_STORE))) {
			trust.load(in, null);
		}
		TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trustManagers.init(trust);
		KeyManagerFactory keyManagers = null;
		if (withKey) {
			KeyStore key = KeyStore.getInstance("PKCS12");
			try (InputStream in = Files.newInputStream(keys(ServerKeys.clientKeyStore("laptop")))) {
				key.load(in, KEYS_PASSWORD);
			}
			keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(key, KEYS_PASSWORD);
		}
		SSLContext context = SSLContext.getInstance("TLS");
		context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
		return context;
	}

	private static String plain(String url) {
		return url.substring(0, url.indexOf(';'));
	}

	@Test
	void basicTlsServesClientsThatTrustItsCertificateOnly() throws Exception {
		int port = Clients.freePort();
		ServerTls tls = new ServerTls(ServerTls.Mode.BASIC, keys(ServerKeys.KEY_STORE), KEYS_PASSWORD, null, null);
		try (DerbyServer server = DerbyServer.start(dir.resolve("served"), "localhost", port, BOSS, BOSS_PASSWORD.toCharArray(), tls)) {
			String url = server.url();
			assertTrue(url.endsWith(";ssl=peerAuthentication"), url);
			// the JVM's own trust store does not know this server
			assertNotNull(Clients.refusal(url, BOSS, BOSS_PASSWORD));
			// a plain connection to a TLS server is refused
			assertEquals("08006", Clients.refusal(plain(url), BOSS, BOSS_PASSWORD));
			SSLContext.setDefault(client(false));
			try (Accounts accounts = Accounts.open(StoreLocation.of(url, BOSS, BOSS_PASSWORD.toCharArray()))) {
				accounts.add(ALICE, Role.FILLER, "党政办公室", null, ALICE_PASSWORD.toCharArray());
			}
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, ALICE, ALICE_PASSWORD.toCharArray()))) {
				store.insert(Evaluations.ofUnit(SyntheticEvaluations.create(3, 4), "党政办公室", null), ALICE);
				assertEquals(1, store.list(EvaluationQuery.all()).size());
			}
			assertEquals("08006", Clients.refusal(plain(url), ALICE, ALICE_PASSWORD));
			// Derby's ij, with the trust store
			String out = Clients.ij(dir, List.of("-Djavax.net.ssl.trustStore=" + keys(ServerKeys.TRUST_STORE)),
					"connect '" + plain(url) + ";user=" + ALICE + ";password=" + ALICE_PASSWORD + "' as plaintext;",
					"connect '" + url + ";user=" + ALICE + ";password=" + ALICE_PASSWORD + "' as tls;",
					"set role FILLER;",
					"select 'rows:' || trim(char(count(*))) from VISIBLE.EVALUATION;");
			assertTrue(out.contains("ERROR 08006"), out);
			assertTrue(out.contains("rows:1"), out);
			// the credentials of a stop go only to a server the trust store vouches for
			assertThrows(StoreException.class,
					() -> DerbyServer.stop("localhost", port, ServerTls.off(), BOSS, BOSS_PASSWORD.toCharArray()));
			assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, new ServerTls(ServerTls.Mode.BASIC, null, null,
					null, null), BOSS, BOSS_PASSWORD.toCharArray()));
			ServerTls trusting = new ServerTls(ServerTls.Mode.BASIC, null, null, keys(ServerKeys.TRUST_STORE), null);
			assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, trusting, ALICE, ALICE_PASSWORD.toCharArray()));
			assertTrue(server.isRunning());
			DerbyServer.stop("localhost", port, trusting, BOSS, BOSS_PASSWORD.toCharArray());
			assertFalse(server.isRunning());
		}
	}

	@Test
	void peerAuthenticationRefusesClientsWithoutTheirCertificateCommandsIncluded() throws Exception {
		int port = Clients.freePort();
		ServerTls tls = new ServerTls(ServerTls.Mode.PEER_AUTHENTICATION, keys(ServerKeys.KEY_STORE), KEYS_PASSWORD,
				keys(ServerKeys.SERVER_TRUST_STORE), null);
		try (DerbyServer server = DerbyServer.start(dir.resolve("served"), "localhost", port, BOSS, BOSS_PASSWORD.toCharArray(), tls)) {
			String url = server.url();
			SSLContext.setDefault(client(false));
			assertNotNull(Clients.refusal(url, BOSS, BOSS_PASSWORD), "a client without a certificate is refused");
			// nor can it send Derby's unauthenticated commands: no TLS session, no command
			assertThrows(Exception.class, () -> runtimeInfo(client(false), port));
			assertThrows(Exception.class, () -> Clients.control(port).getRuntimeInfo());
			SSLContext.setDefault(client(true));
			try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, BOSS, BOSS_PASSWORD.toCharArray()))) {
				store.insert(SyntheticEvaluations.create(4, 4), BOSS);
				assertEquals(1, store.list(EvaluationQuery.all()).size());
			}
			assertTrue(runtimeInfo(client(true), port).contains("Session"), "a client with its certificate is answered");
			ServerTls withoutKey = new ServerTls(ServerTls.Mode.PEER_AUTHENTICATION, null, null, keys(ServerKeys.TRUST_STORE), null);
			assertThrows(StoreException.class, () -> DerbyServer.stop("localhost", port, withoutKey, BOSS, BOSS_PASSWORD.toCharArray()));
			assertTrue(server.isRunning());
			ServerTls laptop = new ServerTls(ServerTls.Mode.PEER_AUTHENTICATION, keys(ServerKeys.clientKeyStore("laptop")), KEYS_PASSWORD,
					keys(ServerKeys.TRUST_STORE), null);
			DerbyServer.stop("localhost", port, laptop, BOSS, BOSS_PASSWORD.toCharArray());
			assertFalse(server.isRunning());
		}
	}

	@Test
	void aPeerAuthenticationTrustStoreWithoutTheServersCertificateIsRefusedAtStart() throws Exception {
		ServerTls tls = new ServerTls(ServerTls.Mode.PEER_AUTHENTICATION, keys(ServerKeys.KEY_STORE), KEYS_PASSWORD,
				keys(ServerKeys.TRUST_STORE).resolveSibling(ServerKeys.clientKeyStore("laptop")), KEYS_PASSWORD);
		StoreException refused = assertThrows(StoreException.class,
				() -> DerbyServer.start(dir.resolve("served"), "localhost", Clients.freePort(), BOSS, BOSS_PASSWORD.toCharArray(), tls));
		assertTrue(refused.getMessage().contains(ServerKeys.KEY_STORE), refused.getMessage());
		ServerTls wrongPassword = new ServerTls(ServerTls.Mode.BASIC, keys(ServerKeys.KEY_STORE), "wrong".toCharArray(), null, null);
		assertThrows(StoreException.class,
				() -> DerbyServer.start(dir.resolve("served"), "localhost", Clients.freePort(), BOSS, BOSS_PASSWORD.toCharArray(), wrongPassword));
	}

	/** Derby's runtimeinfo command ({@code CMD:}, version 1, no locale, command 7) over a TLS socket. */
	private static String runtimeInfo(SSLContext context, int port) throws Exception {
		try (Socket socket = context.getSocketFactory().createSocket("localhost", port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write("CMD:".getBytes(StandardCharsets.UTF_8));
			out.write(new byte[] { 0, 1, 0, 0, 7 });
			out.flush();
			byte[] reply = socket.getInputStream().readAllBytes();
			if (reply.length < 5) {
				throw new IllegalStateException("no reply");
			}
			return new String(reply, StandardCharsets.UTF_8);
		}
	}
}
