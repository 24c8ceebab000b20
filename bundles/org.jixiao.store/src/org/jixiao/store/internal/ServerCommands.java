package org.jixiao.store.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Arrays;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.jixiao.store.ServerTls;

/**
 * The two commands of Derby's network server protocol that Jixiao sends: {@code ping} (Derby's
 * "test connection") and {@code shutdown} with a user and password, each on a connection of its own.
 * Derby's {@code NetworkServerControl} sends them too, but in 10.17 not over TLS: its client falls
 * through from the SSL cases of its socket set-up into the next ones and ends on a plain socket (the
 * server then reads garbage, or the default trust store refuses the server first). These commands
 * open the socket themselves: plain, or TLS that trusts only the given trust store and presents the
 * given key store's key when the server asks for a client certificate.
 * <p>
 * A command is {@code CMD:}, the protocol version (2 bytes: 1, or 2 for a shutdown with
 * credentials), the length of a locale and of a code set (0 and 0: the server's), the command byte,
 * then length-prefixed UTF-8 strings; the reply is {@code RPY:}, a status byte (0 for done) and, for
 * any other status, a length-prefixed message.
 */
final class ServerCommands {

	private static final int SHUTDOWN = 1;
	private static final int TEST_CONNECTION = 4;
	private static final int OK = 0;
	private static final int CONNECT_TIMEOUT = 5_000;
	private static final int READ_TIMEOUT = 60_000;

	private ServerCommands() {
	}

	/** A refusal or error the server replied with. */
	static final class Refused extends Exception {
		private static final long serialVersionUID = 1L;

		Refused(String message) {
			super(message);
		}
	}

	/**
	 * Asks the server whether it runs.
	 *
	 * @param tls the TLS context, or {@code null} for plain TCP
	 * @throws IOException when nothing answers, or TLS fails
	 * @throws Refused when it answers with an error
	 */
	static void ping(String host, int port, SSLContext tls) throws IOException, Refused {
		send(host, port, tls, 1, TEST_CONNECTION, null, null, null);
	}

	/**
	 * Asks the server to stop; it checks the credentials with the system-wide authentication.
	 *
	 * @param tls the TLS context, or {@code null} for plain TCP
	 * @throws IOException when nothing answers, or TLS fails
	 * @throws Refused when the server refuses (the message is Derby's)
	 */
	static void shutdown(String host, int port, SSLContext tls, String user, char[] password) throws IOException, Refused {
		send(host, port, tls, 2, SHUTDOWN, user, password == null ? null : new String(password));
	}

	private static void send(String host, int port, SSLContext tls, int version, int command, String... strings)
			throws IOException, Refused {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		DataOutputStream out = new DataOutputStream(bytes);
		out.write("CMD:".getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
		out.writeShort(version);
		out.writeByte(0);
		out.writeByte(0);
		out.writeByte(command);
		for (String string : strings) {
			byte[] utf8 = string == null ? new byte[0] : string.getBytes(StandardCharsets.UTF_8);
			out.writeShort(utf8.length);
			out.write(utf8);
		}
		try (Socket socket = open(host, port, tls)) {
			socket.getOutputStream().write(bytes.toByteArray());
			socket.getOutputStream().flush();
			DataInputStream in = new DataInputStream(socket.getInputStream());
			byte[] header = new byte[4];
			in.readFully(header);
			if (!Arrays.equals(header, "RPY:".getBytes(StandardCharsets.UTF_8))) { //$NON-NLS-1$
				throw new IOException("no reply of a Derby network server: " + new String(header, StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
			}
			int status = in.readUnsignedByte();
			if (status != OK) {
				throw new Refused(readMessage(in));
			}
		}
	}

	private static String readMessage(DataInputStream in) throws IOException {
		try {
			byte[] message = new byte[in.readUnsignedShort()];
			in.readFully(message);
			return new String(message, StandardCharsets.UTF_8);
		} catch (EOFException e) {
			return ""; //$NON-NLS-1$
		}
	}

	private static Socket open(String host, int port, SSLContext tls) throws IOException {
		Socket socket = tls != null ? tls.getSocketFactory().createSocket() : new Socket();
		try {
			socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT);
			socket.setSoTimeout(READ_TIMEOUT);
			if (socket instanceof SSLSocket ssl) {
				ssl.startHandshake();
			}
			return socket;
		} catch (IOException e) {
			socket.close();
			throw e;
		}
	}

	/**
	 * @param tls a client's TLS settings, enabled
	 * @return a TLS context that trusts the trust store only and presents the key store's key
	 */
	static SSLContext clientContext(ServerTls tls) throws IOException, GeneralSecurityException {
		KeyStore keys = tls.keyStore() == null ? null : load(tls.keyStore(), tls.keyStorePassword());
		return context(keys, tls.keyStorePassword(), load(tls.trustStore(), tls.trustStorePassword()));
	}

	/** @return a TLS context with these keys (or none) that trusts these certificates only */
	static SSLContext context(KeyStore keys, char[] password, KeyStore trusted) throws GeneralSecurityException {
		TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		trust.init(trusted);
		KeyManagerFactory keyManagers = null;
		if (keys != null) {
			keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keyManagers.init(keys, password);
		}
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
		return context;
	}

	/** @return the PKCS#12 (or JKS) store in the file; {@code null} password for a store without one */
	static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, password);
		}
		return store;
	}
}
