package org.jixiao.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.SafeFiles;
import org.jixiao.core.ledger.LedgerValues;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.interchange.ImportProblem.Severity;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;

/**
 * A module's ledgers (台账) as the workbook officers keep: one sheet per ledger, named by its label,
 * a header row of field labels and one row per entry. Reading is lenient like the 自评表's import:
 * sheets and columns are found by label or name wherever the header row is, blank rows are skipped,
 * and a cell that is not a value of its field is left empty and named as a problem, the rest of its
 * row kept.
 */
public final class LedgerWorkbooks {

	/**
	 * What was read from a workbook.
	 *
	 * @param data the module data read: every ledger found, with its entries
	 * @param entries the number of entries read, over all ledgers
	 * @param problems the cells and sheets not understood, in the order of the file
	 */
	public record LedgerImport(ModuleData data, int entries, List<ImportProblem> problems) {
	}

	private LedgerWorkbooks() {
	}

	/**
	 * Writes a module's ledgers as an .xlsx workbook.
	 *
	 * @param dataClass the module's data class
	 * @param data the module's data, or {@code null} for empty ledgers (a template to fill in)
	 * @param file the workbook
	 * @throws IOException when the file cannot be written; nothing is left half-written
	 */
	public static void write(EClass dataClass, ModuleData data, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd")); //$NON-NLS-1$
			for (EReference ledger : ModuleLedgers.ledgers(dataClass)) {
				Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(ModuleLedgers.label(ledger)));
				List<EAttribute> fields = fields(ledger.getEReferenceType());
				Row top = sheet.createRow(0);
				for (int c = 0; c < fields.size(); c++) {
					Cell cell = top.createCell(c);
					cell.setCellValue(ModuleLedgers.label(fields.get(c)));
					cell.setCellStyle(header);
					sheet.setColumnWidth(c, 16 * 256);
				}
				sheet.createFreezePane(0, 1);
				List<?> entries = data == null || !dataClass.isInstance(data) ? List.of() : (List<?>) data.eGet(ledger);
				int r = 1;
				for (Object entry : entries) {
					Row row = sheet.createRow(r++);
					for (int c = 0; c < fields.size(); c++) {
						Object value = ((EObject) entry).eGet(fields.get(c));
						if (value == null) {
							continue;
						}
						Cell cell = row.createCell(c);
						if (value instanceof Date date) {
							cell.setCellValue(date);
							cell.setCellStyle(day);
						} else if (value instanceof BigDecimal || value instanceof Integer || value instanceof Long) {
							cell.setCellValue(((Number) value).doubleValue());
						} else {
							cell.setCellValue(LedgerValues.format(fields.get(c), value));
						}
					}
				}
			}
			SafeFiles.write(file, workbook::write);
		}
	}

	/**
	 * Reads a module's ledgers from a workbook (.xlsx, .xls or .ods).
	 *
	 * @param file the workbook
	 * @param dataClass the module's data class
	 * @param moduleId the module's id
	 * @return the data read, and the problems
	 * @throws ImportException when the file is no spreadsheet or holds none of the module's ledgers
	 */
	public static LedgerImport read(Path file, EClass dataClass, String moduleId) throws ImportException {
		String name = file.getFileName().toString();
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = SpreadsheetFiles.readAll(in, name);
		} catch (IOException e) {
			throw SpreadsheetFiles.fileProblem(name, Messages.SpreadsheetFiles_unreadable, e);
		}
		List<SheetGrid> sheets = SpreadsheetFiles.sheets(bytes, name);
		ModuleData data = (ModuleData) EcoreUtil.create(dataClass);
		data.setModuleId(moduleId);
		List<ImportProblem> problems = new ArrayList<>();
		int read = 0;
		boolean found = false;
		for (EReference ledger : ModuleLedgers.ledgers(dataClass)) {
			SheetGrid sheet = sheet(sheets, ledger);
			if (sheet == null) {
				problems.add(new ImportProblem(name, null, Severity.WARNING, NLS.bind(Messages.LedgerWorkbooks_noSheet, ModuleLedgers.label(ledger))));
				continue;
			}
			found = true;
			read += readLedger(sheet, ledger, data, problems);
		}
		if (!found) {
			throw SpreadsheetFiles.fileProblem(name, NLS.bind(Messages.LedgerWorkbooks_noLedger, String.join(Messages.LedgerWorkbooks_separator,
					ModuleLedgers.ledgers(dataClass).stream().map(ModuleLedgers::label).toList())), null);
		}
		return new LedgerImport(data, read, problems);
	}

	@SuppressWarnings("unchecked")
	private static int readLedger(SheetGrid sheet, EReference ledger, ModuleData data, List<ImportProblem> problems) {
		EClass entryClass = ledger.getEReferenceType();
		List<EAttribute> fields = fields(entryClass);
		int headerRow = -1;
		Map<Integer, EAttribute> columns = new HashMap<>();
		for (int r = 0; r <= Math.min(sheet.lastRow(), 20) && headerRow < 0; r++) {
			Map<Integer, EAttribute> found = new HashMap<>();
			for (int c = 0; c <= sheet.lastColumn(); c++) {
				EAttribute field = field(fields, sheet.text(r, c));
				if (field != null && !found.containsValue(field)) {
					found.put(c, field);
				}
			}
			if (!found.isEmpty()) {
				headerRow = r;
				columns = found;
			}
		}
		if (headerRow < 0) {
			problems.add(new ImportProblem(sheet.name(), null, Severity.ERROR, Messages.LedgerWorkbooks_noHeader));
			return 0;
		}
		for (EAttribute field : fields) {
			if (!columns.containsValue(field)) {
				problems.add(new ImportProblem(sheet.name(), SheetGrid.ref(headerRow, 0), Severity.WARNING,
						NLS.bind(Messages.LedgerWorkbooks_noColumn, ModuleLedgers.label(field))));
			}
		}
		List<EObject> entries = (List<EObject>) data.eGet(ledger);
		int read = 0;
		for (int r = headerRow + 1; r <= sheet.lastRow(); r++) {
			final int row = r;
			if (columns.keySet().stream().allMatch(c -> sheet.isBlank(row, c))) {
				continue;
			}
			EObject entry = EcoreUtil.create(entryClass);
			for (Map.Entry<Integer, EAttribute> column : columns.entrySet()) {
				EAttribute field = column.getValue();
				try {
					Object value = value(sheet, r, column.getKey(), field);
					if (value != null) {
						entry.eSet(field, value);
					}
				} catch (IllegalArgumentException e) {
					problems.add(new ImportProblem(sheet.name(), SheetGrid.ref(r, column.getKey()), Severity.ERROR,
							NLS.bind(Messages.LedgerWorkbooks_cell, ModuleLedgers.label(field), e.getMessage())));
				}
			}
			entries.add(entry);
			read++;
		}
		return read;
	}

	private static Object value(SheetGrid sheet, int row, int column, EAttribute field) {
		Object cell = sheet.value(row, column);
		Class<?> type = field.getEAttributeType().getInstanceClass();
		if (cell instanceof SheetGrid.Unreadable unreadable) {
			throw new IllegalArgumentException(unreadable.cause());
		}
		if (cell instanceof LocalDate day && type == Date.class) {
			return LedgerValues.date(day);
		}
		if (cell instanceof LocalDate day) {
			return LedgerValues.parse(field, day.toString());
		}
		return LedgerValues.parse(field, sheet.text(row, column));
	}

	private static SheetGrid sheet(List<SheetGrid> sheets, EReference ledger) {
		for (SheetGrid sheet : sheets) {
			String name = SheetGrid.normalize(sheet.name());
			if (name.equals(SheetGrid.normalize(WorkbookUtil.createSafeSheetName(ModuleLedgers.label(ledger, Locale.CHINESE))))
					|| name.equals(SheetGrid.normalize(WorkbookUtil.createSafeSheetName(ModuleLedgers.label(ledger, Locale.ENGLISH))))
					|| name.equalsIgnoreCase(ledger.getName())) {
				return sheet;
			}
		}
		return null;
	}

	private static EAttribute field(List<EAttribute> fields, String header) {
		String text = SheetGrid.normalize(header);
		if (text.isEmpty()) {
			return null;
		}
		for (EAttribute field : fields) {
			if (text.equals(SheetGrid.normalize(ModuleLedgers.label(field, Locale.CHINESE)))
					|| text.equals(SheetGrid.normalize(ModuleLedgers.label(field, Locale.ENGLISH))) || text.equalsIgnoreCase(field.getName())) {
				return field;
			}
		}
		return null;
	}

	private static List<EAttribute> fields(EClass entryClass) {
		return entryClass.getEAllAttributes().stream().filter(a -> a != EvaluationPackage.Literals.LEDGER_ENTRY__UID)
				.filter(a -> !a.isTransient() && !a.isDerived()).toList();
	}
}
