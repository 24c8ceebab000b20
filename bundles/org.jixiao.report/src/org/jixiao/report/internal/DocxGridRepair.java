package org.jixiao.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Repairs the one thing BIRT 4.22's DOCX emitter writes against the standard: the width of a table
 * grid column, which it puts into {@code <w:gridCol w:val="…"/>} where ECMA-376 (§17.4.16, CT_TblGridCol)
 * has the attribute {@code w:w}. Word falls back to the cells' widths and shows the tables right;
 * LibreOffice ignores the unknown attribute and gives every grid column the same width, which broke
 * the 自评表 there (the budget label apart from its rows, amounts over the borders, the goals block's
 * heading over the first goal, the indicator columns shifted against their headings). It also adds
 * what the emitter leaves out: the design's page-break-after: avoid on a chart's caption, written as
 * {@code <w:keepNext/>} on the paragraph right before a picture, so that a caption does not end a page
 * without its chart; and, for a design whose table rows must stay whole, a row's page-break-inside:
 * avoid, written as {@code <w:cantSplit/>} in each row's properties (LibreOffice otherwise splits a tall
 * row of the 自评表 across pages and draws its parts out of order). The package is copied entry by
 * entry; only the main document changes.
 */
public final class DocxGridRepair {

	private static final String DOCUMENT = "word/document.xml"; //$NON-NLS-1$
	private static final String WRONG = "<w:gridCol w:val="; //$NON-NLS-1$
	private static final String RIGHT = "<w:gridCol w:w="; //$NON-NLS-1$
	/** A paragraph that starts with a picture, after the bookmarks before it. */
	private static final Pattern PICTURE = Pattern.compile("</w:p>(?:<w:bookmark(?:Start|End) [^>]*/>)*<w:p><w:r><w:(?:pict|drawing)>"); //$NON-NLS-1$
	private static final String PARAGRAPH = "<w:p><w:pPr>"; //$NON-NLS-1$
	private static final String KEEP_NEXT = "<w:keepNext/>"; //$NON-NLS-1$
	/** The properties of a table row as the emitter writes them: empty, or a repeated heading's. */
	private static final String EMPTY_ROW_PROPERTIES = "<w:tr><w:trPr/>"; //$NON-NLS-1$
	private static final String ROW_PROPERTIES = "<w:tr><w:trPr>"; //$NON-NLS-1$
	private static final String CANT_SPLIT = "<w:cantSplit/>"; //$NON-NLS-1$

	private DocxGridRepair() {
	}

	/**
	 * @param docx the document as the emitter wrote it
	 * @param out where the repaired document is written; not closed
	 * @param wholeRows whether no table row may be split by a page break
	 * @throws IOException when the document is no zip package or cannot be written
	 */
	public static void copy(byte[] docx, OutputStream out, boolean wholeRows) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (DOCUMENT.equals(entry.getName())) {
					String xml = new String(content, StandardCharsets.UTF_8).replace(WRONG, RIGHT);
					if (wholeRows) {
						// CT_TrPrBase is a choice of any order: the mark may come first
						xml = xml.replace(ROW_PROPERTIES, ROW_PROPERTIES + CANT_SPLIT)
								.replace(EMPTY_ROW_PROPERTIES, ROW_PROPERTIES + CANT_SPLIT + "</w:trPr>"); //$NON-NLS-1$
					}
					content = keepWithPictures(xml).getBytes(StandardCharsets.UTF_8);
				}
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(content);
				zip.closeEntry();
			}
		}
		zip.finish();
	}

	/** @return the document with {@code <w:keepNext/>} on each paragraph that a picture's paragraph follows */
	private static String keepWithPictures(String xml) {
		StringBuilder kept = new StringBuilder(xml);
		Matcher picture = PICTURE.matcher(xml);
		int inserted = 0;
		while (picture.find()) {
			int start = xml.lastIndexOf(PARAGRAPH, picture.start());
			if (start >= 0 && xml.indexOf("</w:p>", start) == picture.start()) { //$NON-NLS-1$
				kept.insert(start + PARAGRAPH.length() + inserted, KEEP_NEXT);
				inserted += KEEP_NEXT.length();
			}
		}
		return kept.toString();
	}
}
