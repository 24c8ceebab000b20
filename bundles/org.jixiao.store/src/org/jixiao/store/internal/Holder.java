package org.jixiao.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

/**
 * The holder file of an embedded database: who has it open (process, user, host, since when). Derby's
 * own lock refuses a second process; this file lets the refusal name the first one.
 */
final class Holder {

	static final String FILE = "jixiao-holder.properties"; //$NON-NLS-1$

	private Holder() {
	}

	/** Records this process as the holder of the database in {@code directory}. */
	static void write(Path directory) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("pid", Long.toString(ProcessHandle.current().pid())); //$NON-NLS-1$
		properties.setProperty("user", System.getProperty("user.name", "?")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		properties.setProperty("host", host()); //$NON-NLS-1$
		properties.setProperty("since", Instant.now().toString()); //$NON-NLS-1$
		Path temp = directory.resolve(FILE + ".tmp"); //$NON-NLS-1$
		try (OutputStream out = Files.newOutputStream(temp)) {
			properties.store(out, "Jixiao Workbench: the process that has this database open"); //$NON-NLS-1$
		}
		Files.move(temp, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** Removes the record, when this process wrote it. */
	static void clear(Path directory) {
		Path file = directory.resolve(FILE);
		Properties properties = read(file);
		if (properties != null && Long.toString(ProcessHandle.current().pid()).equals(properties.getProperty("pid"))) { //$NON-NLS-1$
			try {
				Files.deleteIfExists(file);
			} catch (IOException e) {
				// a stale record is overwritten by the next holder
			}
		}
	}

	/** @return who holds the database, as a person reads it */
	static String describe(Path directory) {
		Properties properties = read(directory.resolve(FILE));
		if (properties == null) {
			return Messages.Store_holderUnknown;
		}
		return NLS.bind(Messages.Store_holder, new Object[] { properties.getProperty("pid", "?"), //$NON-NLS-1$ //$NON-NLS-2$
				properties.getProperty("user", "?"), properties.getProperty("host", "?"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				properties.getProperty("since", "?") }); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Properties read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
			return properties;
		} catch (IOException e) {
			return null;
		}
	}

	private static String host() {
		String host = System.getenv("HOSTNAME"); //$NON-NLS-1$
		if (host != null && !host.isBlank()) {
			return host;
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "?"; //$NON-NLS-1$
		}
	}
}
