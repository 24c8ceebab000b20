package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.ServerKeys;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao server start|stop|keystore}: the Derby Network Server of one store. {@code start}
 * serves the database in the foreground until an administrator runs {@code jixiao server stop}, or
 * Ctrl-C; clients connect with {@code --db jdbc:derby://HOST:PORT//DIR --user U --password P}.
 * {@code keystore --create} makes the TLS key and trust stores with the JDK's keytool.
 */
@Command(name = "server", subcommands = { ServerCommand.Start.class, ServerCommand.Stop.class, ServerCommand.Keystore.class })
final class ServerCommand implements Runnable {

	/** The environment variable read when {@code --keystore-password} is not given. */
	static final String KEYSTORE_PASSWORD_ENV = "JIXIAO_KEYSTORE_PASSWORD"; //$NON-NLS-1$
	/** The environment variable of the trust store's password, for a trust store that has one. */
	static final String TRUSTSTORE_PASSWORD_ENV = "JIXIAO_TRUSTSTORE_PASSWORD"; //$NON-NLS-1$

	/** How often {@code start} checks that its server still runs, in milliseconds. */
	private static final long CHECK_INTERVAL = 1000;

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}

	/** The TLS options of {@code start} and {@code stop} ({@code @Mixin}). */
	static final class TlsOptions {

		@Option(names = "--ssl", defaultValue = "off", paramLabel = "MODE", descriptionKey = "server.ssl")
		String ssl;

		@Option(names = "--keystore", paramLabel = "FILE", descriptionKey = "server.keystore")
		Path keyStore;

		@Option(names = "--keystore-password", paramLabel = "PASSWORD", descriptionKey = "server.keystorePassword")
		String keyStorePassword;

		@Option(names = "--truststore", paramLabel = "FILE", descriptionKey = "server.truststore")
		Path trustStore;

		/**
		 * @param err where to say what is wrong
		 * @return the TLS settings, or {@code null} after saying what is wrong
		 */
		ServerTls settings(String command, PrintWriter err) {
			ServerTls.Mode mode = ServerTls.Mode.parse(ssl);
			if (mode == null) {
				err.println(NLS.bind(Messages.ServerCommand_badSsl, command, ssl));
				return null;
			}
			for (Path file : new Path[] { keyStore, trustStore }) {
				if (file != null && !Files.isRegularFile(file)) {
					err.println(NLS.bind(Messages.ServerCommand_noFile, command, file));
					return null;
				}
			}
			String keyPassword = keyStorePassword != null ? keyStorePassword : System.getenv(KEYSTORE_PASSWORD_ENV);
			if (keyStore != null && keyPassword == null) {
				err.println(NLS.bind(Messages.ServerCommand_noKeystorePassword, command));
				return null;
			}
			String trustPassword = System.getenv(TRUSTSTORE_PASSWORD_ENV);
			return new ServerTls(mode, keyStore, keyStore == null ? null : keyPassword.toCharArray(), trustStore,
					trustPassword == null ? null : trustPassword.toCharArray());
		}
	}

	private static String password(String given) {
		return given != null ? given : System.getenv(StoreOptions.PASSWORD_ENV);
	}

	/** {@code jixiao server start [--dir DIR] [--host ADDR] [--port P] --user U [--password P] [TLS]}. */
	@Command(name = "start")
	static final class Start implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--port", defaultValue = "1527", paramLabel = "PORT", descriptionKey = "server.port")
		int port;

		@Option(names = "--host", defaultValue = DerbyServer.DEFAULT_HOST, paramLabel = "ADDRESS", descriptionKey = "server.host")
		String host;

		@Option(names = "--dir", paramLabel = "DIR", descriptionKey = "server.dir")
		Path directory;

		@Option(names = "--user", required = true, paramLabel = "USER", descriptionKey = "server.user")
		String user;

		@Option(names = "--password", paramLabel = "PASSWORD", descriptionKey = "store.password")
		String password;

		@Mixin
		TlsOptions tlsOptions;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			String secret = password(password);
			if (secret == null || secret.isEmpty()) {
				err.println(NLS.bind(Messages.ServerCommand_noPassword, "server start")); //$NON-NLS-1$
				return StoreCommands.BAD_INPUT;
			}
			ServerTls tls = tlsOptions.settings("server start", err); //$NON-NLS-1$
			if (tls == null) {
				return StoreCommands.BAD_INPUT;
			}
			if (tls.enabled() && tls.keyStore() == null) {
				err.println(Messages.ServerCommand_keystoreRequired);
				return StoreCommands.BAD_INPUT;
			}
			if (tls.mode() == ServerTls.Mode.PEER_AUTHENTICATION && tls.trustStore() == null) {
				err.println(Messages.ServerCommand_truststoreRequired);
				return StoreCommands.BAD_INPUT;
			}
			try {
				InetAddress address = InetAddress.getByName(host);
				if (!tls.enabled() && !address.isLoopbackAddress()) {
					err.println(NLS.bind(Messages.ServerCommand_plainOnNetwork, host));
					return StoreCommands.BAD_INPUT;
				}
			} catch (UnknownHostException e) {
				err.println(NLS.bind(Messages.ServerCommand_unknownHost, host));
				return StoreCommands.BAD_INPUT;
			}
			Path database = directory != null ? directory : StoreLocation.defaultEmbedded().directory();
			if (database == null) {
				database = Path.of(System.getProperty("user.home"), ".jixiao", "db"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			DerbyServer server;
			try {
				server = DerbyServer.start(database, host, port, user, secret.toCharArray(), tls);
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "server start", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
			return serve(server, err);
		}

		/** Runs until the server stops (jixiao server stop) or the process is interrupted (Ctrl-C). */
		private int serve(DerbyServer server, PrintWriter err) {
			CountDownLatch stopped = new CountDownLatch(1);
			Thread hook = new Thread(() -> {
				closeQuietly(server);
				stopped.countDown();
			});
			Runtime.getRuntime().addShutdownHook(hook);
			spec.commandLine().getOut().println(server.url());
			spec.commandLine().getOut().flush();
			err.println(NLS.bind(Messages.ServerCommand_running, new Object[] { server.url(), host, Integer.toString(port), user }));
			err.flush();
			try {
				while (stopped.getCount() > 0 && server.isRunning()) {
					Thread.sleep(CHECK_INTERVAL);
				}
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (IllegalStateException e) {
				return 0; // the virtual machine is shutting down (Ctrl-C): the hook stops the server
			}
			try {
				server.close();
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "server start", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
			err.println(Messages.ServerCommand_stopped);
			return 0;
		}

		private static void closeQuietly(DerbyServer server) {
			try {
				server.close();
			} catch (StoreException e) {
				// the process ends anyway
			}
		}
	}

	/** {@code jixiao server stop [--host ADDR] [--port P] --user U [--password P] [TLS]}. */
	@Command(name = "stop")
	static final class Stop implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--port", defaultValue = "1527", paramLabel = "PORT", descriptionKey = "server.port")
		int port;

		@Option(names = "--host", defaultValue = DerbyServer.DEFAULT_HOST, paramLabel = "ADDRESS", descriptionKey = "server.stopHost")
		String host;

		@Option(names = "--user", required = true, paramLabel = "USER", descriptionKey = "server.admin")
		String user;

		@Option(names = "--password", paramLabel = "PASSWORD", descriptionKey = "store.password")
		String password;

		@Mixin
		TlsOptions tlsOptions;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			String secret = password(password);
			if (secret == null || secret.isEmpty()) {
				err.println(NLS.bind(Messages.ServerCommand_noPassword, "server stop")); //$NON-NLS-1$
				return StoreCommands.BAD_INPUT;
			}
			ServerTls tls = tlsOptions.settings("server stop", err); //$NON-NLS-1$
			if (tls == null) {
				return StoreCommands.BAD_INPUT;
			}
			if (tls.enabled() && tls.trustStore() == null) {
				err.println(Messages.ServerCommand_stopTruststoreRequired);
				return StoreCommands.BAD_INPUT;
			}
			try {
				DerbyServer.stop(host, port, tls, user, secret.toCharArray());
				err.println(NLS.bind(Messages.ServerCommand_stopRequested, host + ":" + port)); //$NON-NLS-1$
				return 0;
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "server stop", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
		}
	}

	/** {@code jixiao server keystore --create --dir DIR [--host NAME]... [--client NAME]... [--keystore-password P]}. */
	@Command(name = "keystore")
	static final class Keystore implements Callable<Integer> {

		/** The smallest password keytool accepts. */
		private static final int MIN_PASSWORD = 6;

		@Spec
		CommandSpec spec;

		@Option(names = "--create", descriptionKey = "keystore.create")
		boolean create;

		@Option(names = "--dir", required = true, paramLabel = "DIR", descriptionKey = "keystore.dir")
		Path directory;

		@Option(names = "--host", split = ",", paramLabel = "NAME", descriptionKey = "keystore.host")
		List<String> hosts = new ArrayList<>();

		@Option(names = "--client", split = ",", paramLabel = "NAME", descriptionKey = "keystore.client")
		List<String> clients = new ArrayList<>();

		@Option(names = "--keystore-password", paramLabel = "PASSWORD", descriptionKey = "server.keystorePassword")
		String password;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			if (!create) {
				err.println(Messages.KeystoreCommand_createOnly);
				return StoreCommands.BAD_INPUT;
			}
			String secret = password != null ? password : System.getenv(KEYSTORE_PASSWORD_ENV);
			if (secret == null || secret.length() < MIN_PASSWORD) {
				err.println(NLS.bind(Messages.KeystoreCommand_password, MIN_PASSWORD));
				return StoreCommands.BAD_INPUT;
			}
			List<String> names = hosts.isEmpty() ? List.of(DerbyServer.DEFAULT_HOST, "127.0.0.1") : hosts; //$NON-NLS-1$
			for (String name : names) {
				if (!ServerKeys.validHost(name)) {
					err.println(NLS.bind(Messages.KeystoreCommand_badHost, name));
					return StoreCommands.BAD_INPUT;
				}
			}
			for (String client : clients) {
				if (!ServerKeys.validClient(client)) {
					err.println(NLS.bind(Messages.KeystoreCommand_badClient, client));
					return StoreCommands.BAD_INPUT;
				}
			}
			for (Path file : ServerKeys.files(directory, clients)) {
				if (Files.exists(file)) {
					err.println(NLS.bind(Messages.KeystoreCommand_exists, file));
					return StoreCommands.BAD_INPUT;
				}
			}
			try {
				for (Path file : ServerKeys.create(directory, names, clients, secret.toCharArray())) {
					spec.commandLine().getOut().println(file);
				}
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "server keystore", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
			err.println(NLS.bind(Messages.KeystoreCommand_done, new Object[] { directory.resolve(ServerKeys.KEY_STORE),
					directory.resolve(ServerKeys.TRUST_STORE), directory.resolve(ServerKeys.SERVER_TRUST_STORE) }));
			return 0;
		}
	}
}
