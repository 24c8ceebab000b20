package org.jixiao.store.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.SyncFailedException;

import org.apache.derby.io.StorageFactory;
import org.apache.derby.io.StorageFile;
import org.apache.derby.io.WritableStorageFactory;
import org.eclipse.osgi.util.NLS;

/**
 * The storage of database directories while this process serves a database ({@link ServerGuard}):
 * Derby's own directory storage for the served database, and an {@link IOException} for any other
 * directory, thrown from {@link #init} before Derby has read, booted, locked or created anything
 * there. Derby creates one instance per database it looks at; a client that names another path, a
 * new database or an in-memory one gets "database not found" or "failed to start database". When
 * the instance that booted the served database shuts down, the database has shut down: the guard
 * then refuses it too.
 */
public class ServedStorage implements WritableStorageFactory {

	private static final String DIRECTORY_STORAGE = "org.apache.derby.impl.io.DirStorageFactory"; //$NON-NLS-1$

	private final WritableStorageFactory directory;
	/** Whether Derby booted the served database with this instance (it gives a boot a unique name). */
	private boolean booted;

	/** Creates Derby's directory storage to delegate to (Derby instantiates this class by its name). */
	public ServedStorage() throws ReflectiveOperationException {
		directory = (WritableStorageFactory) Class.forName(DIRECTORY_STORAGE, true, StorageFactory.class.getClassLoader())
				.getConstructor().newInstance();
	}

	@Override
	public void init(String home, String databaseName, String tempDirName, String uniqueName) throws IOException {
		if (databaseName != null && !ServerGuard.admits(home, databaseName)) {
			throw refused(databaseName);
		}
		directory.init(home, databaseName, tempDirName, uniqueName);
		booted = databaseName != null && uniqueName != null;
	}

	static IOException refused(String databaseName) {
		return new IOException(NLS.bind(Messages.Server_refusedDatabase, databaseName));
	}

	@Override
	public void shutdown() {
		if (booted) {
			ServerGuard.servedStopped();
		}
		directory.shutdown();
	}

	@Override
	public String getCanonicalName() throws IOException {
		return directory.getCanonicalName();
	}

	@Override
	public void setCanonicalName(String name) {
		directory.setCanonicalName(name);
	}

	@Override
	public StorageFile newStorageFile(String path) {
		return directory.newStorageFile(path);
	}

	@Override
	public StorageFile newStorageFile(String directoryName, String fileName) {
		return directory.newStorageFile(directoryName, fileName);
	}

	@Override
	public StorageFile newStorageFile(StorageFile directoryName, String fileName) {
		return directory.newStorageFile(directoryName, fileName);
	}

	@Override
	public char getSeparator() {
		return directory.getSeparator();
	}

	@Override
	public StorageFile getTempDir() {
		return directory.getTempDir();
	}

	@Override
	public boolean isFast() {
		return directory.isFast();
	}

	@Override
	public boolean isReadOnlyDatabase() {
		return directory.isReadOnlyDatabase();
	}

	@Override
	public boolean supportsRandomAccess() {
		return directory.supportsRandomAccess();
	}

	@Override
	public int getStorageFactoryVersion() {
		return directory.getStorageFactoryVersion();
	}

	@Override
	public StorageFile createTemporaryFile(String prefix, String suffix) throws IOException {
		return directory.createTemporaryFile(prefix, suffix);
	}

	@Override
	public void sync(OutputStream stream, boolean metaData) throws IOException, SyncFailedException {
		directory.sync(stream, metaData);
	}

	@Override
	public boolean supportsWriteSync() {
		return directory.supportsWriteSync();
	}

	/** The storage of the other kinds of database (in memory, in a jar, on the class path, by URL): none. */
	public static final class Refused extends ServedStorage {

		/** Derby instantiates this class by its name. */
		public Refused() throws ReflectiveOperationException {
		}

		@Override
		public void init(String home, String databaseName, String tempDirName, String uniqueName) throws IOException {
			throw refused(databaseName);
		}
	}
}
