package org.jixiao.interchange.tests;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A published table of the corpus (see {@code corpus/README.md}): its rows as written down, what the
 * import must give, and the wordings that are real rather than illustrative.
 */
final class CorpusTable {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?"); //$NON-NLS-1$
	private static final Pattern DASH = Pattern.compile("[-—–/]+"); //$NON-NLS-1$
	private static final String ILLUSTRATIVE_ROW = "# illustrative"; //$NON-NLS-1$
	private static final String ILLUSTRATIVE_CELL = "†"; //$NON-NLS-1$
	private static final Set<String> VALUE_HEADINGS = Set.of("年度指标值", "指标值", "实际完成值", "完成值", "全年实际值", "指标性质"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	final String name;
	final Map<String, String> facts = new LinkedHashMap<>();
	/** The rows, each a list of cells as written, markers removed. */
	final List<List<String>> rows = new ArrayList<>();
	/** The cells marked illustrative, as "row,column" from 0. */
	private final Set<String> illustrative = new HashSet<>();

	private CorpusTable(String name) {
		this.name = name;
	}

	/** @return the names listed in {@code corpus/index.txt} */
	static List<String> index() throws IOException {
		List<String> names = new ArrayList<>();
		for (String line : lines("index.txt")) {
			if (!line.isBlank()) {
				names.add(line.strip());
			}
		}
		return names;
	}

	static CorpusTable read(String name) throws IOException {
		CorpusTable table = new CorpusTable(name);
		for (String line : lines(name)) {
			if (line.startsWith("#")) { //$NON-NLS-1$
				int colon = line.indexOf(':');
				table.facts.merge(line.substring(1, colon).strip(), line.substring(colon + 1).strip(), (a, b) -> a + "\n" + b); //$NON-NLS-1$
				continue;
			}
			boolean rowIllustrative = line.endsWith(ILLUSTRATIVE_ROW);
			String text = rowIllustrative ? line.substring(0, line.length() - ILLUSTRATIVE_ROW.length()) : line;
			List<String> cells = new ArrayList<>();
			for (String cell : text.split("\\|", -1)) { //$NON-NLS-1$
				String value = cell.strip();
				if (rowIllustrative || value.endsWith(ILLUSTRATIVE_CELL)) {
					table.illustrative.add(table.rows.size() + "," + cells.size()); //$NON-NLS-1$
				}
				cells.add(value.endsWith(ILLUSTRATIVE_CELL) ? value.substring(0, value.length() - 1) : value);
			}
			table.rows.add(cells);
		}
		return table;
	}

	private static List<String> lines(String name) throws IOException {
		InputStream in = CorpusTable.class.getClassLoader().getResourceAsStream("corpus/" + name); //$NON-NLS-1$
		if (in == null) {
			throw new IOException("corpus/" + name + " is missing from the test bundle"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines().toList();
		}
	}

	/** @return the expected total */
	BigDecimal expectedTotal() {
		return new BigDecimal(facts.get("expect total")); //$NON-NLS-1$
	}

	/** @return the cells expected to carry errors, sorted */
	List<String> expectedErrors() {
		String cells = facts.getOrDefault("expect errors", ""); //$NON-NLS-1$ //$NON-NLS-2$
		return cells.isBlank() ? List.of() : List.of(cells.strip().split("\\s+")); //$NON-NLS-1$
	}

	/** @return the number of 三级 rows expected */
	int expectedIndicators() {
		return Integer.parseInt(facts.get("expect indicators")); //$NON-NLS-1$
	}

	/**
	 * @return the real wordings: the texts of the 年度指标值, 实际完成值 and 指标性质 cells below the
	 *         绩效指标 header that are not illustrative
	 */
	List<String> realWordings() {
		List<String> wordings = new ArrayList<>();
		List<Integer> columns = null;
		for (int r = 0; r < rows.size(); r++) {
			List<String> row = rows.get(r);
			if (row.contains("三级指标")) { //$NON-NLS-1$
				columns = new ArrayList<>();
				for (int c = 0; c < row.size(); c++) {
					if (VALUE_HEADINGS.contains(row.get(c))) {
						columns.add(c);
					}
				}
				continue;
			}
			if (columns == null) {
				continue;
			}
			for (int c : columns) {
				String value = c < row.size() ? row.get(c) : ""; //$NON-NLS-1$
				if (!value.isEmpty() && !value.equals("^") && !value.equals("<") && !DASH.matcher(value).matches() //$NON-NLS-1$ //$NON-NLS-2$
						&& !illustrative.contains(r + "," + c)) { //$NON-NLS-1$
					wordings.add(value);
				}
			}
		}
		return wordings;
	}

	/** @return the table as an .xlsx workbook written by POI, merges and number cells as published */
	byte[] xlsx() throws IOException {
		try (Workbook workbook = new XSSFWorkbook()) {
			write(workbook.createSheet("Sheet1")); //$NON-NLS-1$
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/** Writes the rows into a sheet: plain numbers as number cells, {@code ^} and {@code <} as merges. */
	void write(Sheet sheet) {
		int[][] owner = new int[rows.size()][];
		List<int[]> regions = new ArrayList<>();
		for (int r = 0; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			Row row = sheet.createRow(r);
			owner[r] = new int[cells.size()];
			for (int c = 0; c < cells.size(); c++) {
				String value = cells.get(c);
				int[] region = null;
				if (value.equals("^") && r > 0 && c < owner[r - 1].length) { //$NON-NLS-1$
					region = regions.get(owner[r - 1][c]);
					region[2] = Math.max(region[2], r);
				} else if (value.equals("<") && c > 0) { //$NON-NLS-1$
					region = regions.get(owner[r][c - 1]);
					region[3] = Math.max(region[3], c);
				}
				if (region != null) {
					owner[r][c] = regions.indexOf(region);
					continue;
				}
				regions.add(new int[] { r, c, r, c });
				owner[r][c] = regions.size() - 1;
				if (value.isEmpty()) {
					continue;
				}
				Cell cell = row.createCell(c);
				if (NUMBER.matcher(value).matches()) {
					cell.setCellValue(Double.parseDouble(value));
				} else {
					cell.setCellValue(value);
				}
			}
		}
		for (int[] region : regions) {
			if (region[2] > region[0] || region[3] > region[1]) {
				sheet.addMergedRegion(new CellRangeAddress(region[0], region[2], region[1], region[3]));
			}
		}
	}

	@Override
	public String toString() {
		return name;
	}
}
