package org.jixiao.store.internal;

/**
 * Derby's storage settings for saves of many rows, set as system properties before an embedded
 * database boots (a value already given, by {@code -D} on the command line, is kept). None of them
 * weakens durability: every commit still waits until its log is on the disk. They change how often
 * Derby writes, not what it keeps.
 */
final class StorageSettings {

	/**
	 * Derby writes the log of a transaction whenever a log buffer is full, and on this disk every such
	 * write is synchronous (the log file is opened in {@code rws} mode). With the 32 KiB default, saving
	 * 1,000 evaluations in one transaction (about 11 MiB of log) waits for some 350 synchronous writes;
	 * with 1 MiB, for about 11. Derby keeps three buffers: 3 MiB of heap.
	 */
	static final String LOG_BUFFER_SIZE = "derby.storage.logBufferSize"; //$NON-NLS-1$

	/**
	 * Derby starts a new log file, which it first fills with zeros and syncs, every 1 MiB of log by
	 * default; 8 MiB makes that an eighth as often.
	 */
	static final String LOG_SWITCH_INTERVAL = "derby.storage.logSwitchInterval"; //$NON-NLS-1$

	/**
	 * A checkpoint writes the changed pages to the data files and syncs them, every 10 MiB of log by
	 * default; 32 MiB lets a large save finish before the next one. After a crash, recovery replays at
	 * most this much log (a few seconds).
	 */
	static final String CHECKPOINT_INTERVAL = "derby.storage.checkpointInterval"; //$NON-NLS-1$

	private StorageSettings() {
	}

	/** Sets the properties not already set; they take effect for databases booted afterwards. */
	static void apply() {
		setIfAbsent(LOG_BUFFER_SIZE, 1 << 20);
		setIfAbsent(LOG_SWITCH_INTERVAL, 8 << 20);
		setIfAbsent(CHECKPOINT_INTERVAL, 32 << 20);
	}

	private static void setIfAbsent(String property, int value) {
		if (System.getProperty(property) == null) {
			System.setProperty(property, Integer.toString(value));
		}
	}
}
