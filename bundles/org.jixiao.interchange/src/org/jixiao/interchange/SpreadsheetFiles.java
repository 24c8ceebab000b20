package org.jixiao.interchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXException;

/**
 * Opens a spreadsheet file of any of the kinds departments send, chosen by its content, never by its
 * name: an Office Open XML workbook (.xlsx, a zip with {@code [Content_Types].xml}), an OLE2 workbook
 * (.xls) or an OpenDocument spreadsheet (.ods, a zip whose {@code mimetype} entry says so).
 * <p>
 * Before any library sees a zip, every entry is inflated once and counted: a file larger than
 * {@value #MAX_FILE_MB} MB, inflating to more than {@value #MAX_UNZIPPED_MB} MB or holding more than
 * {@value #MAX_ENTRIES} entries is refused (a zip bomb is refused after {@value #MAX_UNZIPPED_MB} MB of
 * inflating, whatever its ratio), so POI's own ratio check can allow the highly compressible content of
 * a legitimate table (one cell of 100,000 repeated characters) within those bounds. The XML of an .ods
 * is checked to carry no DTD (no external entities) and to spell out at most {@value #MAX_ODS_CELLS}
 * cells before SODS reads it; POI reads .xlsx XML with its own hardened parsers.
 */
final class SpreadsheetFiles {

	/** The largest file accepted. */
	static final int MAX_FILE_MB = 64;
	/** The most a zip may inflate to. */
	static final int MAX_UNZIPPED_MB = 100;
	/** The most entries a zip may hold. */
	static final int MAX_ENTRIES = 1000;
	/** The most cells the content of an .ods may spell out, repetitions included. */
	static final long MAX_ODS_CELLS = 2_000_000;

	private static final long MB = 1024L * 1024L;
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final String ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"; //$NON-NLS-1$
	private static final String OPEN_DOCUMENT_MIME = "application/vnd.oasis.opendocument."; //$NON-NLS-1$
	private static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"; //$NON-NLS-1$
	/** SODS skips a row or cell repeated more often than this (an empty tail), so such do not count. */
	private static final int SODS_REPEAT_LIMIT = 10_000;

	/**
	 * POI's limits for the zips it opens, set once before the first spreadsheet is read ({@link #sheets}):
	 * not when this class is first used, since telling a spreadsheet from an evaluation file
	 * ({@link #isSpreadsheet}) need not load POI and its logging (about 60 ms of {@code jixiao score}).
	 */
	private static final class PoiLimits {
		static {
			ZipSecureFile.setGraceEntrySize(MAX_UNZIPPED_MB * MB);
			ZipSecureFile.setMaxEntrySize(MAX_UNZIPPED_MB * MB);
			ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
		}

		private PoiLimits() {
		}

		/** Sets the limits, once. */
		static void set() {
			// the static initializer did
		}
	}

	/** The kinds of spreadsheet files read. */
	enum Format {
		/** Office Open XML (.xlsx). */
		XLSX(".xlsx"), //$NON-NLS-1$
		/** Excel 97–2003 (.xls). */
		XLS(".xls"), //$NON-NLS-1$
		/** OpenDocument (.ods). */
		ODS(".ods"); //$NON-NLS-1$

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}
	}

	/** What a scan of a zip found. */
	private record ZipContent(List<String> names, String mimetype) {
	}

	private SpreadsheetFiles() {
	}

	/**
	 * @param in the file's bytes; not closed
	 * @param name the file's name, for messages
	 * @return every byte, at most {@value #MAX_FILE_MB} MB
	 * @throws ImportException when the file is larger or cannot be read
	 */
	static byte[] readAll(InputStream in, String name) throws ImportException {
		try {
			byte[] bytes = in.readNBytes((int) (MAX_FILE_MB * MB) + 1);
			if (bytes.length > MAX_FILE_MB * MB) {
				throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_tooLarge, Integer.valueOf(MAX_FILE_MB)), null);
			}
			return bytes;
		} catch (IOException e) {
			throw fileProblem(name, Messages.SpreadsheetFiles_unreadable, e);
		}
	}

	/**
	 * @param bytes a whole file
	 * @param name the file's name, for messages
	 * @return its sheets, in order
	 * @throws ImportException when the file is no spreadsheet, is damaged or exceeds a limit
	 */
	static List<SheetGrid> sheets(byte[] bytes, String name) throws ImportException {
		PoiLimits.set();
		if (startsWith(bytes, OLE2)) {
			return poi(Format.XLS, bytes, name);
		}
		if (!startsWith(bytes, ZIP)) {
			throw fileProblem(name, Messages.SpreadsheetFiles_notASpreadsheet, null);
		}
		ZipContent content = scan(bytes, name);
		if (content.mimetype() != null && content.mimetype().startsWith(OPEN_DOCUMENT_MIME)) {
			if (!ODS_MIME.equals(content.mimetype())) {
				throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_otherOpenDocument, content.mimetype()), null);
			}
			checkOdsXml(bytes, name);
			try {
				return OdsSheets.grids(bytes);
			} catch (IOException | RuntimeException e) {
				throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_notAWorkbook, Format.ODS.extension), e);
			}
		}
		if (!content.names().contains("[Content_Types].xml")) { //$NON-NLS-1$
			throw fileProblem(name, Messages.SpreadsheetFiles_notASpreadsheet, null);
		}
		return poi(Format.XLSX, bytes, name);
	}

	private static List<SheetGrid> poi(Format format, byte[] bytes, String name) throws ImportException {
		if (format == Format.XLSX) {
			try {
				return XlsxSheets.grids(bytes);
			} catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
				// read again with the full model below, which names what is wrong with the file
			}
		}
		try (Workbook workbook = format == Format.XLS ? new HSSFWorkbook(new ByteArrayInputStream(bytes))
				: new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			List<SheetGrid> grids = new ArrayList<>();
			for (Sheet sheet : workbook) {
				grids.add(PoiSheets.grid(sheet));
			}
			return grids;
		} catch (EncryptedDocumentException e) {
			throw fileProblem(name, Messages.SpreadsheetFiles_encrypted, e);
		} catch (IOException | RuntimeException e) {
			throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_notAWorkbook, format.extension), e);
		}
	}

	/** Inflates every entry once, counting, and notes the entry names and the OpenDocument mimetype. */
	private static ZipContent scan(byte[] bytes, String name) throws ImportException {
		List<String> names = new ArrayList<>();
		String mimetype = null;
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
				if (names.size() > MAX_ENTRIES) {
					throw bomb(name);
				}
				if ("mimetype".equals(entry.getName())) { //$NON-NLS-1$
					byte[] head = zip.readNBytes(200);
					mimetype = new String(head, StandardCharsets.US_ASCII).strip();
					total += head.length;
				}
				for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
					total += n;
					if (total > MAX_UNZIPPED_MB * MB) {
						throw bomb(name);
					}
				}
			}
		} catch (ZipException e) {
			throw fileProblem(name, Messages.SpreadsheetFiles_damaged, e);
		} catch (IOException e) {
			throw fileProblem(name, Messages.SpreadsheetFiles_damaged, e);
		}
		if (names.isEmpty()) {
			throw fileProblem(name, Messages.SpreadsheetFiles_damaged, null);
		}
		return new ZipContent(names, mimetype);
	}

	private static ImportException bomb(String name) {
		return fileProblem(name,
				NLS.bind(Messages.SpreadsheetFiles_zipBomb, Integer.valueOf(MAX_UNZIPPED_MB), Integer.valueOf(MAX_ENTRIES)), null);
	}

	/**
	 * Reads every XML entry of an .ods with a parser that resolves nothing: a DTD (the carrier of
	 * external and expanding entities, which no OpenDocument file has) refuses the file, and so does
	 * content that spells out more than {@value #MAX_ODS_CELLS} cells through repetitions.
	 */
	private static void checkOdsXml(byte[] bytes, String name) throws ImportException {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, Boolean.FALSE);
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().endsWith(".xml")) { //$NON-NLS-1$
					checkXml(factory, readEntry(zip), entry.getName(), name);
				}
			}
		} catch (IOException e) {
			throw fileProblem(name, Messages.SpreadsheetFiles_damaged, e);
		}
	}

	private static byte[] readEntry(ZipInputStream zip) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		zip.transferTo(out);
		return out.toByteArray();
	}

	private static void checkXml(XMLInputFactory factory, byte[] xml, String entry, String name) throws ImportException {
		long cells = 0;
		long rowCells = 0;
		long rowRepeat = 0;
		try {
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
			try {
				while (reader.hasNext()) {
					int event = reader.next();
					if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
						throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_dtd, entry), null);
					}
					if (event == XMLStreamConstants.START_ELEMENT && TABLE_NS.equals(reader.getNamespaceURI())) {
						String local = reader.getLocalName();
						if ("table-row".equals(local)) { //$NON-NLS-1$
							rowRepeat = repeat(reader, "number-rows-repeated"); //$NON-NLS-1$
							rowCells = 0;
						} else if ("table-cell".equals(local) || "covered-table-cell".equals(local)) { //$NON-NLS-1$ //$NON-NLS-2$
							rowCells += repeat(reader, "number-columns-repeated"); //$NON-NLS-1$
						}
					} else if (event == XMLStreamConstants.END_ELEMENT && TABLE_NS.equals(reader.getNamespaceURI())
							&& "table-row".equals(reader.getLocalName())) { //$NON-NLS-1$
						cells += rowRepeat * rowCells;
						if (cells > MAX_ODS_CELLS) {
							throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_tooManyCells, Long.valueOf(MAX_ODS_CELLS)), null);
						}
					}
				}
			} finally {
				reader.close();
			}
		} catch (XMLStreamException e) {
			throw fileProblem(name, NLS.bind(Messages.SpreadsheetFiles_badXml, entry), e);
		}
	}

	/** A repetition as SODS applies it: one when absent, none when above its limit or malformed. */
	private static long repeat(XMLStreamReader reader, String attribute) {
		String value = reader.getAttributeValue(TABLE_NS, attribute);
		if (value == null) {
			return 1;
		}
		try {
			long n = Long.parseLong(value.strip());
			return n < 1 || n > SODS_REPEAT_LIMIT ? 0 : n;
		} catch (NumberFormatException e) {
			return 1;
		}
	}

	/**
	 * @param head the first bytes of a file
	 * @return whether they begin as an OLE2 or a zip file, the containers of every spreadsheet read
	 */
	static boolean isSpreadsheet(byte[] head) {
		return startsWith(head, OLE2) || startsWith(head, ZIP);
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		if (bytes.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if (bytes[i] != magic[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * @param name the file's name
	 * @param message what is wrong with the whole file
	 * @param cause the underlying failure, kept for the log, or null
	 * @return an exception naming the file
	 */
	static ImportException fileProblem(String name, String message, Throwable cause) {
		return new ImportException(List.of(new ImportProblem(name, null, ImportProblem.Severity.ERROR, message)), cause);
	}
}
