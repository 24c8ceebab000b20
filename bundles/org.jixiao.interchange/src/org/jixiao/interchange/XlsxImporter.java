package org.jixiao.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;

/**
 * Reads a 部门整体支出绩效自评表 (or a 项目支出绩效自评表) as departments publish it into a new
 * evaluation, from an .xlsx, .xls or .ods file, told apart by content (see {@link SpreadsheetFiles}).
 * The blocks are found by their header labels, never by fixed cells: the header (部门名称, 年度,
 * 主管部门, 填报人, 填报日期, the money unit), 预算资金 (年初预算数 | 全年预算数 | 全年执行数 | 分值 |
 * 执行率 | 得分, with the 其中 breakdown rows), 年度总体目标 (预期目标 | 实际完成情况), 绩效指标 (一级 |
 * 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施, optionally 指标性质 and
 * 度量单位, in any column order and with the usual synonyms), 总分 and 自评等级. The first sheet that holds
 * a complete 绩效指标 header is read.
 * <p>
 * Import is lenient: a readable table always gives its evaluation, with every row kept as written. A
 * cell that cannot be understood (a value the parser cannot read, a formula error, a number too large
 * to store, a negative weight) is an error of the {@link ImportResult} naming its sheet and cell, and its
 * row scores 0 until it is fixed; the validator reports the same rows once the evaluation is stored.
 * Only a file that is not a spreadsheet, is damaged, exceeds a limit, or has no sheet with a
 * recognisable 绩效指标 block is refused with an {@link ImportException}; the importer throws nothing
 * else on bad input.
 */
public final class XlsxImporter {

	private final RuleSet rules;
	private final TableFormat format;
	private final TableFormats formats;

	/** An importer that compares stated scores with those of the default rule set, the department's mof-2020 ({@link RuleSetService#rulesForId(String)}). */
	public XlsxImporter() {
		this(RuleSetService.getDefault().rulesForId(null));
	}

	/**
	 * @param rules the rule set the stated scores are compared with; the new evaluation names it
	 */
	public XlsxImporter(RuleSet rules) {
		this(rules, null);
	}

	/**
	 * @param rules the rule set the stated scores are compared with; the new evaluation names it
	 * @param format the table format to read the table in, or {@code null} to detect it from the
	 *            headings among {@link TableFormats#getDefault()}'s
	 */
	public XlsxImporter(RuleSet rules, TableFormat format) {
		this.rules = Objects.requireNonNull(rules);
		this.format = format;
		this.formats = TableFormats.getDefault();
	}

	/**
	 * @param file an .xlsx, .xls or .ods file
	 * @return the new evaluation and every problem found, errors and warnings
	 * @throws ImportException when the file cannot be read as a table; the message names the file, or
	 *             the sheet and cell
	 */
	public ImportResult read(Path file) throws ImportException {
		String name = file.toString();
		if (Files.isDirectory(file)) {
			throw SpreadsheetFiles.fileProblem(name, Messages.XlsxImporter_directory, null);
		}
		try (InputStream in = Files.newInputStream(file)) {
			return read(in, name);
		} catch (NoSuchFileException e) {
			throw SpreadsheetFiles.fileProblem(name, Messages.XlsxImporter_missing, e);
		} catch (AccessDeniedException e) {
			throw SpreadsheetFiles.fileProblem(name, Messages.XlsxImporter_denied, e);
		} catch (IOException e) {
			throw SpreadsheetFiles.fileProblem(name, Messages.SpreadsheetFiles_unreadable, e);
		}
	}

	/**
	 * @param in the file's bytes; not closed
	 * @param name the file's name, for messages about the whole file
	 * @return the new evaluation and every problem found, errors and warnings
	 * @throws ImportException when the bytes cannot be read as a table
	 */
	public ImportResult read(InputStream in, String name) throws ImportException {
		byte[] bytes = SpreadsheetFiles.readAll(in, name);
		List<SheetGrid> grids = SpreadsheetFiles.sheets(bytes, name);
		if (grids.isEmpty()) {
			throw SpreadsheetFiles.fileProblem(name, Messages.XlsxImporter_noSheet, null);
		}
		List<ImportProblem> incomplete = new ArrayList<>();
		for (SheetGrid grid : grids) {
			TableReader reader = reader(grid);
			if (reader.hasIndicatorHeader()) {
				List<ImportProblem> missing = reader.missingColumns();
				if (missing.isEmpty()) {
					return reader.read();
				}
				incomplete.addAll(missing);
			}
		}
		if (!incomplete.isEmpty()) {
			throw new ImportException(incomplete, null);
		}
		throw new ImportException(List.of(noIndicatorBlock(grids)), null);
	}

	/** A reader of the sheet in the format asked for, else the one its headings show. */
	private TableReader reader(SheetGrid grid) {
		if (format != null) {
			return new TableReader(grid, rules, format,
					NLS.bind(Messages.XlsxImporter_formatChosen, new Object[] { format.id(), format.name(), Messages.XlsxImporter_formatAsked }));
		}
		Set<String> headings = new HashSet<>();
		for (int r = 0; r <= grid.lastRow(); r++) {
			for (int c = 0; c <= grid.lastColumn(); c++) {
				if (!grid.isBlank(r, c)) {
					headings.add(grid.heading(r, c));
				}
			}
		}
		TableFormats.Detection detection = formats.detect(headings);
		return new TableReader(grid, rules, detection.format(), NLS.bind(Messages.XlsxImporter_formatChosen,
				new Object[] { detection.format().id(), detection.format().name(), detection.reason() }));
	}

	/** Names the first unreadable cell when there is one, since it may hide the header, else the first sheet. */
	private static ImportProblem noIndicatorBlock(List<SheetGrid> grids) {
		for (SheetGrid grid : grids) {
			if (grid.firstUnreadable() != null) {
				return new ImportProblem(grid.name(), grid.firstUnreadable(), ImportProblem.Severity.ERROR,
						NLS.bind(Messages.XlsxImporter_noIndicatorBlockUnreadable, grid.firstUnreadableValue().cause()));
			}
		}
		SheetGrid first = grids.get(0);
		return new ImportProblem(first.name(), first.usedRange(), ImportProblem.Severity.ERROR, Messages.XlsxImporter_noIndicatorBlock);
	}

	/** @return the amount in yuan of a number written in a table whose unit is {@code factor} yuan */
	static BigDecimal yuan(BigDecimal number, BigDecimal factor) {
		return number.multiply(factor).setScale(2, RoundingMode.HALF_UP);
	}
}
