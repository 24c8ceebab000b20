package org.jixiao.core.evaluation;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes a file the safe way, for every file Jixiao Workbench writes on a user's behalf (tables, XMI,
 * reports, rule sets): the content goes to a new file with a random name in the target's folder,
 * created exclusively (never following a link planted there, and with the permissions the user's
 * umask gives a new file), is forced to the disk and then moved onto the target in one atomic step.
 * A target that exists and is not a regular file (a symbolic link, a device, a folder) is refused, and
 * a failure (a full disk, an exception of the writer) leaves no file behind and the target as it was.
 */
public final class SafeFiles {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int BUFFER = 1 << 16;

	private SafeFiles() {
	}

	/** Writes the content of a file to a stream. */
	@FunctionalInterface
	public interface Content {
		/**
		 * @param out the stream; closed by {@link SafeFiles#write}
		 * @throws IOException when the content cannot be written
		 */
		void writeTo(OutputStream out) throws IOException;
	}

	/**
	 * A target that exists and is no regular file: a symbolic link, a device, a folder, a pipe. The
	 * message names it and says so.
	 */
	public static final class NotARegularFileException extends FileSystemException {

		private static final long serialVersionUID = 1L;

		NotARegularFileException(Path target) {
			super(target.toString(), null, Messages.SafeFiles_notRegular);
		}
	}

	/**
	 * Writes a file: completely into a new temporary file beside it, forced to the disk, then moved in
	 * place.
	 *
	 * @param target the file to write or replace
	 * @param content what to write
	 * @throws NotARegularFileException when the target exists and is not a regular file
	 * @throws IOException when the file cannot be written (the folder is missing or read-only, the disk
	 *             is full); no file is left behind and the target is unchanged
	 */
	public static void write(Path target, Content content) throws IOException {
		Path absolute = target.toAbsolutePath();
		refuseIfNotRegular(absolute);
		Path folder = absolute.getParent();
		Path temp = createTemp(folder);
		boolean moved = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				OutputStream out = new BufferedOutputStream(new KeptOpen(Channels.newOutputStream(channel)), BUFFER);
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			// the check again, right before the move: a link planted meanwhile is not replaced silently
			refuseIfNotRegular(absolute);
			try {
				Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
			}
			moved = true;
			syncFolder(folder);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * @param target a file to be written
	 * @throws NotARegularFileException when it exists and is not a regular file
	 */
	public static void refuseIfNotRegular(Path target) throws NotARegularFileException {
		if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
			throw new NotARegularFileException(target);
		}
	}

	/**
	 * A new empty file with a random name, created with {@code O_CREAT|O_EXCL} (which never follows a
	 * link): unlike {@link Files#createTempFile}, it gets the permissions of any new file of the user
	 * (the umask's), not 0600, since it becomes the user's document.
	 */
	private static Path createTemp(Path folder) throws IOException {
		for (int attempt = 0;; attempt++) {
			byte[] random = new byte[12];
			RANDOM.nextBytes(random);
			Path temp = folder.resolve(".jixiao-" + HexFormat.of().formatHex(random) + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
				return temp;
			} catch (FileAlreadyExistsException e) {
				if (attempt >= 10) {
					throw e;
				}
			}
		}
	}

	/** The channel's stream, which a writer that closes its stream (BIRT's emitters do) leaves open to be forced. */
	private static final class KeptOpen extends FilterOutputStream {

		KeptOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}

	/** Makes the rename durable where the platform allows a folder to be forced (Linux does). */
	private static void syncFolder(Path folder) {
		try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException e) {
			// not supported for folders on this platform: the file itself is on the disk already
		}
	}
}
