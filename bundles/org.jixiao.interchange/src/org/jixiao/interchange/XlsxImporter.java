package org.jixiao.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;

/**
 * Reads a 部门整体支出绩效自评表 (.xlsx, also .xls) as departments publish it into a new evaluation.
 * The blocks are found by their header labels, never by fixed cells: the header (部门名称, 年度,
 * 主管部门, 填报人, 填报日期, the money unit), 预算资金 (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 * 执行率 | 得分, with the 其中 breakdown rows), 年度总体目标 (预期目标 | 实际完成情况), 绩效指标 (一级 |
 * 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, optionally 指标性质 and
 * 度量单位, in any column order), 总分 and 自评等级.
 * <p>
 * Merged cells are read from their first cell; blank rows and repeated header rows (a table printed
 * over several pages) are skipped; labels are compared after NFKC normalisation without blanks, so
 * full-width characters and spaces do not matter; money is read in the unit the table states (元 or
 * 万元, from a column header such as 全年预算数（万元） or a note such as （单位：万元）) and kept in yuan.
 * Targets and actuals are read with the core value parser; a 三级 row's 其中… sub-rows become its
 * details. The 得分 column becomes each indicator's stated score; the stated 总分, 自评等级 and budget
 * 得分 are compared with the engine's and a difference is a warning.
 * <p>
 * Every problem names its sheet and cell. Any error fails the import with an {@link ImportException}
 * that carries all the problems found; the importer throws nothing else on bad input.
 */
public final class XlsxImporter {

	private final RuleSet rules;

	/** An importer that compares stated scores with those of the default rule set, the department's mof-2020 ({@link RuleSets#forId(String)}). */
	public XlsxImporter() {
		this(RuleSets.forId(null));
	}

	/**
	 * @param rules the rule set the stated scores are compared with; the new evaluation names it
	 */
	public XlsxImporter(RuleSet rules) {
		this.rules = Objects.requireNonNull(rules);
	}

	/**
	 * @param file an .xlsx (or .xls) file
	 * @return the new evaluation and the warnings
	 * @throws ImportException when the file cannot be read or the table has errors; the message names
	 *             the file or the sheet and cell
	 */
	public ImportResult read(Path file) throws ImportException {
		String name = file.toString();
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, name);
		} catch (NoSuchFileException e) {
			throw fileProblem(name, Messages.XlsxImporter_missing, e);
		} catch (IOException e) {
			throw fileProblem(name, NLS.bind(Messages.XlsxImporter_unreadable, e.getMessage()), e);
		}
	}

	/**
	 * @param in the workbook's bytes; not closed
	 * @param name the file's name, for messages about the whole file
	 * @return the new evaluation and the warnings
	 * @throws ImportException when the bytes are not a workbook or the table has errors
	 */
	public ImportResult read(InputStream in, String name) throws ImportException {
		try (Workbook workbook = open(in, name)) {
			return read(workbook, name);
		} catch (IOException e) {
			throw fileProblem(name, NLS.bind(Messages.XlsxImporter_unreadable, e.getMessage()), e);
		}
	}

	/**
	 * Opens the workbook by its magic bytes (an .xlsx, or an older .xls). POI's WorkbookFactory finds
	 * its providers with a service loader that cannot see the OOXML bundle in OSGi, so the workbook
	 * classes are called directly. POI signals a damaged or foreign file with many exception types, checked and
	 * unchecked (zip, XML, OLE2 and record format failures); all of them mean the same to the user.
	 */
	private static Workbook open(InputStream in, String name) throws ImportException {
		try {
			InputStream stream = FileMagic.prepareToCheckMagic(in);
			return switch (FileMagic.valueOf(stream)) {
				case OOXML -> new XSSFWorkbook(stream);
				case OLE2 -> new HSSFWorkbook(stream);
				default -> throw new IOException(Messages.XlsxImporter_unknownFormat);
			};
		} catch (IOException | RuntimeException e) {
			String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
			throw fileProblem(name, NLS.bind(Messages.XlsxImporter_notAWorkbook, cause), e);
		}
	}

	private ImportResult read(Workbook workbook, String name) throws ImportException {
		if (workbook.getNumberOfSheets() == 0) {
			throw fileProblem(name, Messages.XlsxImporter_noSheet, null);
		}
		for (Sheet sheet : workbook) {
			SheetGrid grid = new SheetGrid(sheet);
			if (TableReader.findIndicatorHeader(grid) >= 0) {
				return new TableReader(grid, rules).read();
			}
		}
		SheetGrid first = new SheetGrid(workbook.getSheetAt(0));
		throw new ImportException(List.of(new ImportProblem(first.name(), first.usedRange(), ImportProblem.Severity.ERROR,
				Messages.XlsxImporter_noIndicatorBlock)), null);
	}

	private static ImportException fileProblem(String name, String message, Throwable cause) {
		List<ImportProblem> problems = new ArrayList<>();
		problems.add(new ImportProblem(name, null, ImportProblem.Severity.ERROR, message));
		return new ImportException(problems, cause);
	}

	/** @return the amount in yuan of a number written in a table whose unit is {@code factor} yuan */
	static BigDecimal yuan(BigDecimal number, BigDecimal factor) {
		return number.multiply(factor).setScale(2, RoundingMode.HALF_UP);
	}
}
