package org.jixiao.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao server start|stop}: the Derby Network Server on localhost. {@code start} runs in the
 * foreground until {@code jixiao server stop} (from another terminal) or Ctrl-C; clients connect with
 * {@code --db jdbc:derby://localhost:PORT/DIR --user U --password P}.
 */
@Command(name = "server", subcommands = { ServerCommand.Start.class, ServerCommand.Stop.class })
final class ServerCommand implements Runnable {

	@Spec
	private CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getErr());
	}

	/** {@code jixiao server start [--port P] [--dir DIR] --user U --password P}. */
	@Command(name = "start")
	static final class Start implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--port", defaultValue = "1527", paramLabel = "PORT", descriptionKey = "server.port")
		int port;

		@Option(names = "--dir", paramLabel = "DIR", descriptionKey = "server.dir")
		Path directory;

		@Option(names = "--user", required = true, paramLabel = "USER", descriptionKey = "server.user")
		String user;

		@Option(names = "--password", paramLabel = "PASSWORD", descriptionKey = "store.password")
		String password;

		@Override
		public Integer call() {
			PrintWriter err = spec.commandLine().getErr();
			String secret = password != null ? password : System.getenv(StoreOptions.PASSWORD_ENV);
			if (secret == null || secret.isEmpty()) {
				err.println(Messages.ServerCommand_noPassword);
				return StoreCommands.BAD_INPUT;
			}
			Path database = directory != null ? directory : StoreLocation.defaultEmbedded().directory();
			if (database == null) {
				database = Path.of(System.getProperty("user.home"), ".jixiao", "db"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			DerbyServer server;
			try {
				server = DerbyServer.start(database, port, user, secret.toCharArray());
			} catch (StoreException e) {
				err.println(NLS.bind(Messages.StoreCommand_failed, "server start", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
			CountDownLatch stopped = new CountDownLatch(1);
			Thread hook = new Thread(() -> {
				stopQuietly(server);
				stopped.countDown();
			});
			Runtime.getRuntime().addShutdownHook(hook);
			spec.commandLine().getOut().println(server.url());
			spec.commandLine().getOut().flush();
			err.println(NLS.bind(Messages.ServerCommand_running, server.url(), port));
			err.flush();
			try {
				while (stopped.getCount() > 0 && server.isRunning()) {
					Thread.sleep(500);
				}
				Runtime.getRuntime().removeShutdownHook(hook);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (IllegalStateException e) {
				return 0; // the virtual machine is shutting down (Ctrl-C): the hook stops the server
			}
			stopQuietly(server);
			err.println(Messages.ServerCommand_stopped);
			return 0;
		}

		private static void stopQuietly(DerbyServer server) {
			if (server.isRunning()) {
				try {
					server.close();
				} catch (StoreException e) {
					// it stopped by itself meanwhile
				}
			}
		}
	}

	/** {@code jixiao server stop [--port P]}. */
	@Command(name = "stop")
	static final class Stop implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Option(names = "--port", defaultValue = "1527", paramLabel = "PORT", descriptionKey = "server.port")
		int port;

		@Override
		public Integer call() {
			try {
				DerbyServer.stop(port);
				spec.commandLine().getErr().println(NLS.bind(Messages.ServerCommand_stopRequested, port));
				return 0;
			} catch (StoreException e) {
				spec.commandLine().getErr().println(NLS.bind(Messages.StoreCommand_failed, "server stop", e.getMessage())); //$NON-NLS-1$
				return StoreCommands.FAILED;
			}
		}
	}
}
