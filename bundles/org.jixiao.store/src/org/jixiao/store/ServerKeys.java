package org.jixiao.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.internal.Messages;

/**
 * The key and trust stores of a TLS server, made with the JDK's {@code keytool} (of the running
 * Java) in one folder:
 * <ul>
 * <li>{@value #KEY_STORE}: the server's key pair (EC P-256) with a self-signed certificate for the
 * given host names and addresses, valid {@value #VALIDITY_DAYS} days, protected by the password;</li>
 * <li>{@value #CERTIFICATE}: that certificate (PEM);</li>
 * <li>{@value #TRUST_STORE}: the clients' trust store, holding that certificate only;</li>
 * <li>{@code client-NAME.p12} and {@code client-NAME.crt} for each client named, with the same
 * password: a client's key for {@code peerAuthentication};</li>
 * <li>{@value #SERVER_TRUST_STORE}: the server's trust store for {@code peerAuthentication}: the
 * clients' certificates and the server's own.</li>
 * </ul>
 * The trust stores hold public certificates only and have no password. The key stores are made
 * readable by their owner only where the file system has POSIX permissions. The password reaches
 * {@code keytool} through its environment, never on a command line.
 */
public final class ServerKeys {

	/** The server's key store. */
	public static final String KEY_STORE = "server.p12"; //$NON-NLS-1$
	/** The server's certificate. */
	public static final String CERTIFICATE = "server.crt"; //$NON-NLS-1$
	/** The clients' trust store. */
	public static final String TRUST_STORE = "truststore.p12"; //$NON-NLS-1$
	/** The server's trust store of client certificates. */
	public static final String SERVER_TRUST_STORE = "server-truststore.p12"; //$NON-NLS-1$
	/** How long the certificates are valid. */
	public static final int VALIDITY_DAYS = 825;

	private static final Pattern CLIENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}"); //$NON-NLS-1$
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:_-]{1,253}"); //$NON-NLS-1$
	/** An IPv4 address, or anything with a colon (an IPv6 address). */
	private static final Pattern IP = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}|.*:.*"); //$NON-NLS-1$
	private static final String PASSWORD_VARIABLE = "JIXIAO_KEYTOOL_PASSWORD"; //$NON-NLS-1$
	/** keytool options for a PKCS#12 store without password or integrity check. */
	private static final String[] NO_PASSWORD = { "-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE", //$NON-NLS-1$
			"-J-Dkeystore.pkcs12.macAlgorithm=NONE" }; //$NON-NLS-1$

	private ServerKeys() {
	}

	/** @return whether the name can name a client's files */
	public static boolean validClient(String name) {
		return name != null && CLIENT.matcher(name).matches();
	}

	/** @return whether the text can be a host name or address in the certificate */
	public static boolean validHost(String host) {
		return host != null && HOST.matcher(host).matches();
	}

	/**
	 * @param directory the folder
	 * @param clients the clients' names
	 * @return the files {@link #create} writes there
	 */
	public static List<Path> files(Path directory, List<String> clients) {
		List<Path> files = new ArrayList<>(List.of(directory.resolve(KEY_STORE), directory.resolve(CERTIFICATE),
				directory.resolve(TRUST_STORE), directory.resolve(SERVER_TRUST_STORE)));
		for (String client : clients) {
			files.add(directory.resolve(clientKeyStore(client)));
			files.add(directory.resolve(clientCertificate(client)));
		}
		return files;
	}

	/** @return the file name of a client's key store */
	public static String clientKeyStore(String client) {
		return "client-" + client + ".p12"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String clientCertificate(String client) {
		return "client-" + client + ".crt"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Makes the stores; none of the {@link #files} may exist.
	 *
	 * @param directory the folder, created when missing
	 * @param hosts the names and addresses clients use to reach the server (the first is the
	 *            certificate's common name); see {@link #validHost}
	 * @param clients the clients to make keys for; see {@link #validClient}
	 * @param password the password of the key stores (keytool wants 6 characters at least)
	 * @return the files written
	 * @throws StoreException when keytool is missing or fails, or a file exists or cannot be written
	 */
	public static List<Path> create(Path directory, List<String> hosts, List<String> clients, char[] password) throws StoreException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", //$NON-NLS-1$ //$NON-NLS-2$
				System.getProperty("os.name", "").startsWith("Windows") ? "keytool.exe" : "keytool"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		if (!Files.isExecutable(keytool)) {
			throw new StoreException(NLS.bind(Messages.Keys_noKeytool, keytool), null);
		}
		List<Path> files = files(directory, clients);
		for (Path file : files) {
			if (Files.exists(file)) {
				throw new StoreException(NLS.bind(Messages.Keys_exists, file), null);
			}
		}
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Keys_cannotWrite, directory, e.getMessage()), e);
		}
		Keytool tool = new Keytool(keytool, directory, password);
		tool.newKey("server", KEY_STORE, hosts); //$NON-NLS-1$
		tool.run("-exportcert", "-rfc", "-alias", "server", "-keystore", KEY_STORE, "-storetype", "PKCS12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"-storepass:env", PASSWORD_VARIABLE, "-file", CERTIFICATE); //$NON-NLS-1$ //$NON-NLS-2$
		tool.trust(TRUST_STORE, "server", CERTIFICATE); //$NON-NLS-1$
		tool.trust(SERVER_TRUST_STORE, "server", CERTIFICATE); //$NON-NLS-1$
		for (String client : clients) {
			tool.newKey("client", clientKeyStore(client), List.of(client)); //$NON-NLS-1$
			tool.run("-exportcert", "-rfc", "-alias", "client", "-keystore", clientKeyStore(client), "-storetype", "PKCS12", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					"-storepass:env", PASSWORD_VARIABLE, "-file", clientCertificate(client)); //$NON-NLS-1$ //$NON-NLS-2$
			tool.trust(SERVER_TRUST_STORE, "client-" + client, clientCertificate(client)); //$NON-NLS-1$
		}
		for (Path file : files) {
			if (file.getFileName().toString().endsWith(".p12") && !file.getFileName().toString().contains("truststore")) { //$NON-NLS-1$ //$NON-NLS-2$
				ownerOnly(file);
			}
		}
		return files;
	}

	private static void ownerOnly(Path file) throws StoreException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------")); //$NON-NLS-1$
		} catch (UnsupportedOperationException e) {
			// no POSIX permissions here (Windows): the folder's access rules apply
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Keys_cannotWrite, file, e.getMessage()), e);
		}
	}

	/** keytool in a folder, with the password in its environment. */
	private record Keytool(Path keytool, Path directory, char[] password) {

		void newKey(String alias, String store, List<String> names) throws StoreException {
			List<String> san = new ArrayList<>();
			for (String name : names) {
				san.add((IP.matcher(name).matches() ? "ip:" : "dns:") + name); //$NON-NLS-1$ //$NON-NLS-2$
			}
			List<String> command = new ArrayList<>(List.of("-genkeypair", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
					"-validity", Integer.toString(VALIDITY_DAYS), "-dname", "CN=" + names.get(0) + ", O=Jixiao Workbench", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					"-keystore", store, "-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (alias.equals("server")) { //$NON-NLS-1$
				command.addAll(List.of("-ext", "SAN=" + String.join(",", san))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			run(command.toArray(String[]::new));
		}

		void trust(String store, String alias, String certificate) throws StoreException {
			List<String> command = new ArrayList<>(List.of(NO_PASSWORD));
			command.addAll(List.of("-importcert", "-noprompt", "-alias", alias, "-file", certificate, "-keystore", store, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					"-storetype", "PKCS12", "-storepass:env", PASSWORD_VARIABLE)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			run(command.toArray(String[]::new));
		}

		void run(String... arguments) throws StoreException {
			List<String> command = new ArrayList<>();
			command.add(keytool.toString());
			command.addAll(List.of(arguments));
			ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
			builder.environment().put(PASSWORD_VARIABLE, new String(password));
			try {
				Process process = builder.start();
				process.getOutputStream().close();
				String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
				if (process.waitFor() != 0) {
					throw new StoreException(NLS.bind(Messages.Keys_keytoolFailed, arguments[0], output), null);
				}
			} catch (IOException e) {
				throw new StoreException(NLS.bind(Messages.Keys_keytoolFailed, arguments[0], e.getMessage()), e);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new StoreException(NLS.bind(Messages.Keys_keytoolFailed, arguments[0], e), e);
			}
		}
	}
}
