package org.jixiao.report;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An evidence file (佐证材料) as the documents show it: the report lists it and counts it on its row,
 * the submission package carries its content. Whoever renders gets the list from the store; the
 * report bundle reads no database.
 *
 * @param id the file's id where it is kept, for {@link Content}
 * @param ownerUid the uid of the indicator row or ledger entry it is attached to
 * @param ownerPath that row's path as the store recorded it, shown when the evaluation has no row of
 *            that uid any more; may be {@code null}
 * @param fileName the file's name
 * @param size its size in bytes
 * @param sha256 the lower-case hexadecimal SHA-256 of its content
 */
public record EvidenceFile(long id, String ownerUid, String ownerPath, String fileName, long size, String sha256) {

	/** Where the submission package reads a file's content from. */
	@FunctionalInterface
	public interface Content {

		/**
		 * Writes a file's content.
		 *
		 * @param file the file
		 * @param out where to write; not to be closed
		 * @throws IOException when it cannot be read or written; the message names the cause
		 */
		void writeTo(EvidenceFile file, OutputStream out) throws IOException;
	}
}
