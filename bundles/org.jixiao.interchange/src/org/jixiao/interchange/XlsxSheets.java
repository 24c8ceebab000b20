package org.jixiao.interchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the sheets of an .xlsx into {@link SheetGrid}s with SAX, the values exactly as
 * {@link PoiSheets} reads them from POI's full workbook model, without building that model: the
 * workbook, the shared strings, the number formats of the styles and each sheet's cells and merged
 * regions are streamed once (profiling {@code jixiao import DIR} showed the model's construction, XMLBeans
 * parsing every part, as half the time of reading a table). Like {@link PoiSheets}, it reads every date
 * in the 1900 date system. Cells are taken as POI takes them: a row
 * repeated in the file replaces the earlier one, a cell without reference follows the one before it,
 * a formula's cached result is its value, a shared string that is missing or a number that is none is
 * {@link SheetGrid.Unreadable}. Anything unexpected throws, and {@link SpreadsheetFiles} then reads the
 * file with the full model, which names what is wrong.
 */
final class XlsxSheets {

	private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"; //$NON-NLS-1$
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"; //$NON-NLS-1$

	private XlsxSheets() {
	}

	/**
	 * @param bytes an .xlsx file
	 * @return its sheets in the workbook's order
	 * @throws IOException when the package cannot be read
	 * @throws SAXException when a part is no well-formed XML
	 * @throws OpenXML4JException when a part is missing
	 * @throws ParserConfigurationException when no XML parser can be had
	 */
	static List<SheetGrid> grids(byte[] bytes) throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			Workbook workbook = new Workbook();
			parse(reader.getWorkbookData(), workbook);
			Styles styles = new Styles();
			try (InputStream in = reader.getStylesData()) {
				parse(in, styles);
			} catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
				// no styles part: every cell has the general format, as POI reads it
				styles.present = false;
			}
			List<SheetGrid> grids = new ArrayList<>();
			for (String[] sheet : workbook.sheets) {
				SheetHandler handler = new SheetHandler(sheet[0], strings, styles);
				try (InputStream in = reader.getSheet(sheet[1])) {
					parse(in, handler);
				}
				grids.add(handler.grid());
			}
			return grids;
		}
	}

	private static void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException, ParserConfigurationException {
		XMLReader reader = XMLHelper.newXMLReader();
		reader.setContentHandler(handler);
		reader.parse(new InputSource(in));
	}

	/** The sheets (name and relationship id) in order. */
	private static final class Workbook extends DefaultHandler {
		final List<String[]> sheets = new ArrayList<>();

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!MAIN.equals(uri)) {
				return;
			}
			if ("sheet".equals(localName)) { //$NON-NLS-1$
				String id = attributes.getValue(RELATIONSHIPS, "id"); //$NON-NLS-1$
				String name = attributes.getValue("name"); //$NON-NLS-1$
				if (id == null || name == null) {
					throw new IllegalStateException("sheet without id or name"); //$NON-NLS-1$
				}
				sheets.add(new String[] { name, id });
			}
		}
	}

	/** The number format of each cell style: its id and, for a custom one, its format code. */
	private static final class Styles extends DefaultHandler {
		final Map<Integer, String> custom = new HashMap<>();
		final List<Integer> formats = new ArrayList<>();
		boolean present = true;
		private boolean inCellXfs;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!MAIN.equals(uri)) {
				return;
			}
			switch (localName) {
			case "numFmt" -> custom.put(Integer.valueOf(attributes.getValue("numFmtId")), attributes.getValue("formatCode")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "cellXfs" -> inCellXfs = true; //$NON-NLS-1$
			case "xf" -> { //$NON-NLS-1$
				if (inCellXfs) {
					String id = attributes.getValue("numFmtId"); //$NON-NLS-1$
					formats.add(id == null ? 0 : Integer.parseInt(id));
				}
			}
			default -> {
				// other parts of the styles do not change a value
			}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (MAIN.equals(uri) && "cellXfs".equals(localName)) { //$NON-NLS-1$
				inCellXfs = false;
			}
		}

		/**
		 * @return the format id of a style, or -1 when POI finds no style for the cell (then no format
		 *         makes the number a date or a percentage)
		 */
		int formatId(int style) {
			return !present || style < 0 || style >= formats.size() ? -1 : formats.get(style);
		}

		/** @return the format code of a format id, as POI's cell style gives it */
		String formatCode(int id) {
			String code = custom.get(id);
			return code != null ? code : BuiltinFormats.getBuiltinFormat(id);
		}
	}

	/** One sheet's rows as POI keeps them (a repeated row replaces the earlier), and its merged regions. */
	private static final class SheetHandler extends DefaultHandler {
		private final String name;
		private final ReadOnlySharedStringsTable strings;
		private final Styles styles;
		private final TreeMap<Integer, TreeMap<Integer, Object>> rows = new TreeMap<>();
		private final List<CellRangeAddress> merged = new ArrayList<>();
		private TreeMap<Integer, Object> row;
		private int column;
		private String type;
		private int style;
		private boolean formula;
		private StringBuilder value;
		private StringBuilder inline;
		private boolean inInline;
		private boolean inPhonetic;
		private StringBuilder text;

		SheetHandler(String name, ReadOnlySharedStringsTable strings, Styles styles) {
			this.name = name;
			this.strings = strings;
			this.styles = styles;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!MAIN.equals(uri)) {
				return;
			}
			switch (localName) {
			case "row" -> { //$NON-NLS-1$
				String r = attributes.getValue("r"); //$NON-NLS-1$
				int number = r == null ? -1 : Integer.parseInt(r) - 1;
				row = new TreeMap<>();
				rows.put(number, row);
			}
			case "c" -> { //$NON-NLS-1$
				String r = attributes.getValue("r"); //$NON-NLS-1$
				// without a reference, POI puts a cell after the last column of its row so far
				column = r != null ? new CellReference(r).getCol() : row == null || row.isEmpty() ? 0 : row.lastKey() + 1;
				type = attributes.getValue("t"); //$NON-NLS-1$
				String s = attributes.getValue("s"); //$NON-NLS-1$
				style = s == null ? 0 : Integer.parseInt(s);
				formula = false;
				value = null;
				inline = null;
			}
			case "f" -> formula = true; //$NON-NLS-1$
			case "v" -> { //$NON-NLS-1$
				value = new StringBuilder();
				text = value;
			}
			case "is" -> { //$NON-NLS-1$
				inline = new StringBuilder();
				inInline = true;
			}
			case "rPh" -> inPhonetic = true; //$NON-NLS-1$
			case "t" -> { //$NON-NLS-1$
				if (inInline && !inPhonetic) {
					text = inline;
				}
			}
			case "mergeCell" -> merged.add(CellRangeAddress.valueOf(attributes.getValue("ref"))); //$NON-NLS-1$ //$NON-NLS-2$
			default -> {
				// other elements hold nothing the grid keeps
			}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (!MAIN.equals(uri)) {
				return;
			}
			switch (localName) {
			case "v", "t" -> text = null; //$NON-NLS-1$ //$NON-NLS-2$
			case "is" -> inInline = false; //$NON-NLS-1$
			case "rPh" -> inPhonetic = false; //$NON-NLS-1$
			case "c" -> { //$NON-NLS-1$
				if (row == null) {
					throw new IllegalStateException("cell outside a row"); //$NON-NLS-1$
				}
				row.put(column, cellValue());
			}
			default -> {
				// nothing to do at the end of other elements
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (text != null) {
				text.append(ch, start, length);
			}
		}

		/** The cell's value as {@link PoiSheets} reads it from POI's cell. */
		private Object cellValue() {
			String t = type == null ? "n" : type; //$NON-NLS-1$
			String v = value == null ? null : value.toString();
			switch (t) {
			case "s": { //$NON-NLS-1$
				if (formula) {
					throw new IllegalStateException("a formula with a shared string"); //$NON-NLS-1$
				}
				int index;
				try {
					index = Integer.parseInt(v);
				} catch (NumberFormatException e) {
					return new SheetGrid.Unreadable("", Messages.SheetGrid_missingSharedString); //$NON-NLS-1$
				}
				if (index < 0 || index >= strings.getUniqueCount()) {
					return new SheetGrid.Unreadable("", Messages.SheetGrid_missingSharedString); //$NON-NLS-1$
				}
				return strings.getItemAt(index).getString();
			}
			case "inlineStr": //$NON-NLS-1$
				if (inline != null && !formula) {
					return new XSSFRichTextString(inline.toString()).getString();
				}
				return new XSSFRichTextString(v == null ? "" : v).getString(); //$NON-NLS-1$
			case "str": //$NON-NLS-1$
				return new XSSFRichTextString(v == null ? "" : v).getString(); //$NON-NLS-1$
			case "b": //$NON-NLS-1$
				return String.valueOf("1".equals(v)); //$NON-NLS-1$
			case "e": //$NON-NLS-1$
				if (v == null) {
					return new SheetGrid.Unreadable(FormulaError.forInt(0).getString(), Messages.SheetGrid_formulaError);
				}
				try {
					return new SheetGrid.Unreadable(FormulaError.forInt(FormulaError.forString(v).getCode()).getString(),
							Messages.SheetGrid_formulaError);
				} catch (IllegalArgumentException e) {
					return new SheetGrid.Unreadable(Texts.clean(v), Messages.SheetGrid_unreadable);
				}
			case "n": //$NON-NLS-1$
				return number(v);
			default:
				throw new IllegalStateException("cell type " + t); //$NON-NLS-1$
			}
		}

		private Object number(String v) {
			if (v == null && !formula) {
				return null;
			}
			double number;
			try {
				number = v == null || v.isEmpty() ? 0.0 : Double.parseDouble(v);
			} catch (NumberFormatException e) {
				return new SheetGrid.Unreadable(Texts.clean(v), Messages.SheetGrid_unreadable);
			}
			if (Double.isNaN(number) || Double.isInfinite(number)) {
				return new SheetGrid.Unreadable(String.valueOf(number), Messages.SheetGrid_notANumber);
			}
			int id = styles.formatId(style);
			String code = id < 0 ? null : styles.formatCode(id);
			if (id >= 0 && DateUtil.isValidExcelDate(number) && DateUtil.isADateFormat(id, code)) {
				return DateUtil.getLocalDateTime(number).toLocalDate();
			}
			BigDecimal tidy = SheetGrid.tidy(BigDecimal.valueOf(number));
			return code != null && code.contains("%") ? new SheetGrid.Percent(tidy) : tidy; //$NON-NLS-1$
		}

		SheetGrid grid() {
			SheetGrid.Builder grid = new SheetGrid.Builder(name);
			for (Map.Entry<Integer, TreeMap<Integer, Object>> entry : rows.entrySet()) {
				grid.row(entry.getKey());
				for (Map.Entry<Integer, Object> cell : entry.getValue().entrySet()) {
					grid.put(entry.getKey(), cell.getKey(), cell.getValue());
				}
			}
			merged.forEach(grid::merge);
			return grid.build();
		}
	}
}
