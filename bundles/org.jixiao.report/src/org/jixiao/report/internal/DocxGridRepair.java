package org.jixiao.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Repairs the one thing BIRT 4.22's DOCX emitter writes against the standard: the width of a table
 * grid column, which it puts into {@code <w:gridCol w:val="…"/>} where ECMA-376 (§17.4.16, CT_TblGridCol)
 * has the attribute {@code w:w}. Word falls back to the cells' widths and shows the tables right;
 * LibreOffice ignores the unknown attribute and gives every grid column the same width, which broke
 * the 自评表 there (the budget label apart from its rows, amounts over the borders, the goals block's
 * heading over the first goal, the indicator columns shifted against their headings). The package is
 * copied entry by entry; only the grid columns of the main document change.
 */
public final class DocxGridRepair {

	private static final String DOCUMENT = "word/document.xml"; //$NON-NLS-1$
	private static final String WRONG = "<w:gridCol w:val="; //$NON-NLS-1$
	private static final String RIGHT = "<w:gridCol w:w="; //$NON-NLS-1$

	private DocxGridRepair() {
	}

	/**
	 * @param docx the document as the emitter wrote it
	 * @param out where the repaired document is written; not closed
	 * @throws IOException when the document is no zip package or cannot be written
	 */
	public static void copy(byte[] docx, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (DOCUMENT.equals(entry.getName())) {
					content = new String(content, StandardCharsets.UTF_8).replace(WRONG, RIGHT).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		zip.finish();
	}
}
