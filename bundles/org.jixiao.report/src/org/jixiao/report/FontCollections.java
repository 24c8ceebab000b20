package org.jixiao.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

/**
 * Extracts one face of a TrueType/OpenType collection ({@code .ttc}) into a font file of its own.
 * OpenPDF reads a face of a collection ({@code simsun.ttc,0}), but the glyph layout that BIRT's PDF
 * emitter always switches on ({@code LayoutProcessor}) opens the font again by that name as a file
 * and fails, so BIRT silently falls back to another font. The extracted face has the same tables.
 */
final class FontCollections {

	private static final int TTC_TAG = 0x74746366; // 'ttcf'

	private static final int OTTO_TAG = 0x4F54544F; // 'OTTO': CFF outlines

	private FontCollections() {
	}

	/** @return the number of faces of the collection */
	static int faces(Path collection) throws IOException {
		try (FileChannel file = FileChannel.open(collection, StandardOpenOption.READ)) {
			ByteBuffer header = read(file, 0, 12);
			if (header.getInt(0) != TTC_TAG) {
				throw new IOException("not a TrueType collection"); //$NON-NLS-1$
			}
			return header.getInt(8);
		}
	}

	/**
	 * @param collection a {@code .ttc} file
	 * @param index the face, from 0
	 * @param folder where extracted faces are kept; a face is extracted once per version of the file
	 * @return the face as a {@code .ttf} (TrueType outlines) or {@code .otf} (CFF outlines) file
	 */
	static Path extract(Path collection, int index, Path folder) throws IOException {
		String name = collection.getFileName().toString().replaceFirst("(?i)\\.ttc$", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String version = Long.toHexString(Files.size(collection)) + '-' + Long.toHexString(Files.getLastModifiedTime(collection).toMillis());
		try (FileChannel file = FileChannel.open(collection, StandardOpenOption.READ)) {
			ByteBuffer header = read(file, 0, 12);
			if (header.getInt(0) != TTC_TAG || index >= header.getInt(8)) {
				throw new IOException("no face " + index); //$NON-NLS-1$
			}
			long offset = Integer.toUnsignedLong(read(file, 12 + 4L * index, 4).getInt(0));
			ByteBuffer table = read(file, offset, 12);
			int sfntVersion = table.getInt(0);
			int tables = Short.toUnsignedInt(table.getShort(4));
			String suffix = sfntVersion == OTTO_TAG ? ".otf" : ".ttf"; //$NON-NLS-1$ //$NON-NLS-2$
			Path target = folder.resolve((name + '-' + index + '-' + version + suffix).toLowerCase(Locale.ROOT));
			if (Files.isRegularFile(target)) {
				return target;
			}
			ByteBuffer records = read(file, offset + 12, 16 * tables);
			long dataStart = 12 + 16L * tables;
			long position = dataStart;
			ByteBuffer outHeader = ByteBuffer.allocate((int) dataStart).order(ByteOrder.BIG_ENDIAN);
			outHeader.put(table.array(), 0, 12);
			long[] sources = new long[tables];
			int[] lengths = new int[tables];
			for (int i = 0; i < tables; i++) {
				int at = 16 * i;
				sources[i] = Integer.toUnsignedLong(records.getInt(at + 8));
				lengths[i] = records.getInt(at + 12);
				outHeader.putInt(records.getInt(at)).putInt(records.getInt(at + 4)).putInt((int) position).putInt(lengths[i]);
				position += (lengths[i] + 3) & ~3;
			}
			Files.createDirectories(folder);
			Path partial = Files.createTempFile(folder, name, ".part"); //$NON-NLS-1$
			try (FileChannel out = FileChannel.open(partial, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				out.write(outHeader.flip());
				for (int i = 0; i < tables; i++) {
					long copied = 0;
					while (copied < lengths[i]) {
						copied += file.transferTo(sources[i] + copied, lengths[i] - copied, out);
					}
					int padding = ((lengths[i] + 3) & ~3) - lengths[i];
					out.write(ByteBuffer.allocate(padding));
				}
			}
			return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static ByteBuffer read(FileChannel file, long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.BIG_ENDIAN);
		while (buffer.hasRemaining()) {
			if (file.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("truncated font file"); //$NON-NLS-1$
			}
		}
		return buffer.flip();
	}
}
