package org.jixiao.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;

/** Derby's online backup of an open store and the restore of an embedded database from a backup. */
final class Backups {

	private Backups() {
	}

	/** @see EvaluationStore#backup(Path) */
	static Path backup(StoreLocation location, Connection connection, Path directory) throws StoreException {
		Path target = directory.toAbsolutePath().normalize();
		try {
			connection.commit();
			try (PreparedStatement call = connection.prepareStatement("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) { //$NON-NLS-1$
				call.setString(1, target.toString());
				call.execute();
			}
			connection.commit();
		} catch (SQLException e) {
			Connections.rollbackQuietly(connection, e);
			throw new StoreException(NLS.bind(Messages.Store_backupFailed, new Object[] { location, target, SqlErrors.message(e) }), e);
		}
		return target.resolve(databaseName(location));
	}

	private static String databaseName(StoreLocation location) {
		if (location.isEmbedded()) {
			return location.directory().getFileName().toString();
		}
		String url = location.url();
		int attributes = url.indexOf(';');
		String path = attributes < 0 ? url : url.substring(0, attributes);
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** @see EvaluationStore#restore(Path, Path) */
	static void restore(Path backupDirectory, Path databaseDirectory) throws StoreException {
		Path backup = backupDirectory.toAbsolutePath().normalize();
		Path directory = databaseDirectory.toAbsolutePath().normalize();
		if (!Files.isRegularFile(backup.resolve("service.properties"))) { //$NON-NLS-1$
			throw new StoreException(NLS.bind(Messages.Store_notABackup, backup), null);
		}
		Connections.withoutStores(directory, () -> {
			StoreLocation location = StoreLocation.embedded(directory);
			if (Files.isDirectory(directory)) {
				// Derby's lock tells whether another process has it open; boot and shut down to ask it.
				try {
					Connection probe = Drivers.embedded().connect("jdbc:derby:" + directory, new Properties()); //$NON-NLS-1$
					Connections.closeQuietly(probe);
					Connections.shutdown(directory, new Properties());
				} catch (SQLException e) {
					if (SqlErrors.has(e, SqlErrors.LOCKED)) {
						throw new StoreException(NLS.bind(Messages.Store_locked, location, Holder.describe(directory)), e);
					}
				}
			} else {
				Connections.checkWritable(directory);
			}
			Connections.configureErrorLog(directory);
			try {
				Connection connection = Drivers.embedded().connect("jdbc:derby:" + directory + ";restoreFrom=" + backup, new Properties()); //$NON-NLS-1$ //$NON-NLS-2$
				Connections.closeQuietly(connection);
				Connections.shutdown(directory, new Properties());
			} catch (SQLException e) {
				throw new StoreException(NLS.bind(Messages.Store_restoreFailed, new Object[] { directory, backup, SqlErrors.message(e) }), e);
			}
		});
	}
}
