package org.jixiao.interchange.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Edits the entries of a zip (.xlsx, .ods) the way a hand-made or damaged file has them. */
final class Zips {

	private Zips() {
	}

	/**
	 * @param zip a zip
	 * @param name an entry's name
	 * @param edit the new text of the entry from its old one (UTF-8); returning null drops the entry
	 * @return the zip with the entry edited, every other entry as it was
	 */
	static byte[] edit(byte[] zip, String name, UnaryOperator<String> edit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals(name)) {
					String edited = edit.apply(new String(bytes, StandardCharsets.UTF_8));
					if (edited == null) {
						continue;
					}
					bytes = edited.getBytes(StandardCharsets.UTF_8);
				}
				copy.putNextEntry(new ZipEntry(entry.getName()));
				copy.write(bytes);
				copy.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/**
	 * @param zip a zip
	 * @param name the name of an entry to add
	 * @param size how many zero bytes it holds
	 * @return the zip with the entry added last
	 */
	static byte[] withZeros(byte[] zip, String name, long size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream copy = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				copy.putNextEntry(new ZipEntry(entry.getName()));
				in.transferTo(copy);
				copy.closeEntry();
			}
			copy.putNextEntry(new ZipEntry(name));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < size; written += zeros.length) {
				copy.write(zeros, 0, (int) Math.min(zeros.length, size - written));
			}
			copy.closeEntry();
		}
		return out.toByteArray();
	}
}
