package org.jixiao.interchange.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.Unit;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;

/**
 * Writes an evaluation as a self-evaluation table in the layouts departments really publish, with
 * plain POI and none of the exporter's code: the variants the importer must read.
 */
final class TableBuilder {

	/** A column of the 绩效指标 block. */
	enum Column {
		LEVEL1("一级指标"), LEVEL2("二级指标"), LEVEL3("三级指标"), NATURE("指标性质"), TARGET("年度指标值"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		ACTUAL("实际完成值"), UNIT("度量单位"), WEIGHT("分值"), SCORE("得分"), DEVIATION("偏差原因分析及改进措施"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		final String label;

		Column(String label) {
			this.label = label;
		}
	}

	String sheetName = "Sheet1";
	/** Write money in 万元 (else 元). */
	boolean wanYuan = true;
	/** State the unit in the money column headers (全年预算数（万元）) instead of a （单位：万元） note. */
	boolean unitInColumnHeaders;
	/** Labels with blanks and full-width forms (三 级 指 标, （单位：万元）, full-width digits in money). */
	boolean fullWidth;
	/** The indicator columns, in order. */
	List<Column> columns = new ArrayList<>(List.of(Column.LEVEL1, Column.LEVEL2, Column.LEVEL3, Column.TARGET,
			Column.ACTUAL, Column.WEIGHT, Column.SCORE, Column.DEVIATION));
	/** Repeat the indicator header (after a blank row) every this many indicator rows; 0 never. */
	int repeatHeaderEvery;
	/** Merge 一级 and 二级 down their rows (else repeat the name on every row). */
	boolean mergeGroups = true;
	boolean totalRow = true;
	boolean gradeRow = true;
	/** Head the breakdowns with rows of their own: 按收入来源分 and 按支出性质分. */
	boolean breakdownHeadings;
	/** Write the older binary .xls format instead of .xlsx. */
	boolean xls;
	/** Put 部门名称 and its value in one cell (部门名称：xxx). */
	boolean labelAndValueInOneCell;

	private Sheet sheet;
	private int row;
	private ScoreSheet scores;
	private ValueParser parser;

	byte[] bytes(Evaluation evaluation) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(evaluation, out);
		return out.toByteArray();
	}

	Path write(Evaluation evaluation, Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			write(evaluation, out);
		}
		return file;
	}

	void write(Evaluation evaluation, OutputStream out) throws IOException {
		evaluation.setMoneyUnit(wanYuan ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN);
		scores = new EvaluationScorer(RuleSets.builtIn(RuleSets.MOF_2020)).score(evaluation);
		parser = new ValueParser(Year.of(evaluation.getFiscalYear()));
		try (Workbook workbook = xls ? new org.apache.poi.hssf.usermodel.HSSFWorkbook() : new XSSFWorkbook()) {
			sheet = workbook.createSheet(sheetName);
			row = 0;
			set(row++, 0, label(evaluation.getFiscalYear() + "年度部门整体支出绩效自评表"));
			if (labelAndValueInOneCell) {
				set(row, 0, label("部门名称") + "：" + evaluation.getDepartment().getName());
			} else {
				set(row, 0, label("部门名称"));
				set(row, 1, evaluation.getDepartment().getName());
			}
			if (!unitInColumnHeaders) {
				set(row, 6, fullWidth ? "（单位：" + unit() + "）" : "(单位:" + unit() + ")");
			}
			row++;
			row++;
			budget(evaluation);
			row++;
			goals(evaluation);
			indicators(evaluation);
			workbook.write(out);
		}
	}

	private String unit() {
		return wanYuan ? "万元" : "元";
	}

	private String label(String text) {
		if (!fullWidth) {
			return text;
		}
		StringBuilder spaced = new StringBuilder();
		for (char c : text.toCharArray()) {
			spaced.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c).append(c >= '0' && c <= '9' ? "" : " ");
		}
		return " " + spaced.toString().strip() + "　";
	}

	private void budget(Evaluation evaluation) {
		int header = row;
		String suffix = unitInColumnHeaders ? "（" + unit() + "）" : "";
		set(row, 0, label("年度预算执行情况"));
		set(row, 2, label("年初预算数") + suffix);
		set(row, 3, label("全年预算数") + suffix);
		set(row, 4, label("全年执行数") + suffix);
		set(row, 5, label("分值"));
		set(row, 6, label("执行率"));
		set(row, 7, label("得分"));
		row++;
		var budget = evaluation.getBudget();
		set(row, 1, "年度资金总额");
		money(row, budget.getInitialBudget(), budget.getAdjustedBudget(), budget.getExecuted());
		setNumber(row, 5, budget.getWeight());
		set(row, 6, "100%");
		setNumber(row, 7, scores.budget().score());
		row++;
		org.jixiao.model.evaluation.BudgetCategory heading = null;
		for (BudgetLine line : evaluation.getBudget().getBreakdowns()) {
			if (breakdownHeadings && line.getCategory() != heading) {
				heading = line.getCategory();
				set(row++, 1, heading == org.jixiao.model.evaluation.BudgetCategory.INCOME ? "按收入来源分：" : "按支出性质分：");
			}
			set(row, 1, "其中：" + line.getLabel());
			money(row, line.getInitialBudget(), line.getAdjustedBudget(), line.getExecuted());
			set(row, 5, "—");
			row++;
		}
		sheet.addMergedRegion(new CellRangeAddress(header, row - 1, 0, 0));
	}

	private void money(int r, BigDecimal... amounts) {
		for (int i = 0; i < amounts.length; i++) {
			if (amounts[i] == null) {
				continue;
			}
			BigDecimal value = wanYuan ? amounts[i].movePointLeft(4) : amounts[i];
			if (fullWidth) {
				StringBuilder text = new StringBuilder();
				for (char c : value.toPlainString().toCharArray()) {
					text.append(c == '.' ? '．' : (char) (c - '0' + '０'));
				}
				set(r, 2 + i, text.toString());
			} else {
				setNumber(r, 2 + i, value);
			}
		}
	}

	private void goals(Evaluation evaluation) {
		int header = row;
		set(row, 0, label("年度总体目标"));
		set(row, 1, label("预期目标"));
		set(row, 5, label("实际完成情况"));
		merge(row, row, 1, 4);
		merge(row, row, 5, 7);
		row++;
		for (Goal goal : evaluation.getGoals()) {
			set(row, 1, goal.getNumber() + "、" + goal.getExpected());
			set(row, 5, goal.getAchieved());
			merge(row, row, 1, 4);
			merge(row, row, 5, 7);
			row++;
		}
		merge(header, row - 1, 0, 0);
	}

	private void indicatorHeader() {
		for (int c = 0; c < columns.size(); c++) {
			set(row, c, label(columns.get(c).label));
		}
		row++;
	}

	private void indicators(Evaluation evaluation) {
		indicatorHeader();
		int written = 0;
		for (IndicatorCategory category : evaluation.getCategories()) {
			int categoryStart = row;
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				int subcategoryStart = row;
				for (Indicator indicator : subcategory.getIndicators()) {
					if (repeatHeaderEvery > 0 && written > 0 && written % repeatHeaderEvery == 0) {
						mergeGroups(categoryStart, subcategoryStart);
						row++;
						indicatorHeader();
						categoryStart = row;
						subcategoryStart = row;
					}
					if (!mergeGroups || row == categoryStart) {
						set(row, at(Column.LEVEL1), group(category.getName(), category.getWeight()));
					}
					if (!mergeGroups || row == subcategoryStart) {
						set(row, at(Column.LEVEL2), group(subcategory.getName(), subcategory.getWeight()));
					}
					indicator(indicator);
					written++;
				}
				if (mergeGroups && row - 1 > subcategoryStart) {
					merge(subcategoryStart, row - 1, at(Column.LEVEL2), at(Column.LEVEL2));
				}
			}
			if (mergeGroups && row - 1 > categoryStart) {
				merge(categoryStart, row - 1, at(Column.LEVEL1), at(Column.LEVEL1));
			}
		}
		if (totalRow) {
			set(row, 0, label("总分"));
			setNumber(row, at(Column.SCORE), scores.total());
			row++;
		}
		if (gradeRow) {
			set(row, 0, label("自评等级"));
			set(row, 1, scores.grade().officialTerm());
			row++;
		}
	}

	private void mergeGroups(int categoryStart, int subcategoryStart) {
		if (mergeGroups && row - 1 > subcategoryStart) {
			merge(subcategoryStart, row - 1, at(Column.LEVEL2), at(Column.LEVEL2));
		}
		if (mergeGroups && row - 1 > categoryStart) {
			merge(categoryStart, row - 1, at(Column.LEVEL1), at(Column.LEVEL1));
		}
	}

	private static String group(String name, BigDecimal weight) {
		return weight == null ? name : name + "（" + weight.toPlainString() + "分）";
	}

	private void indicator(Indicator indicator) {
		set(row, at(Column.LEVEL3), (indicator.isCore() ? "★" : "") + indicator.getName());
		ParseResult target = parser.parse(indicator.getTargetText());
		ParseResult actual = parser.parse(indicator.getActualText());
		boolean split = columns.contains(Column.UNIT) && target instanceof Quantity t && t.unit() != Unit.RANK
				&& actual instanceof Quantity a && a.unit().equals(t.unit()) && a.flags().isEmpty() && t.flags().isEmpty();
		if (split) {
			Quantity t = (Quantity) target;
			set(row, at(Column.NATURE), t.comparator().symbol());
			setNumber(row, at(Column.TARGET), t.number());
			setNumber(row, at(Column.ACTUAL), ((Quantity) actual).number());
			set(row, at(Column.UNIT), t.unit().symbol());
		} else {
			set(row, at(Column.TARGET), indicator.getTargetText());
			set(row, at(Column.ACTUAL), indicator.getActualText());
		}
		setNumber(row, at(Column.WEIGHT), indicator.getWeight());
		setNumber(row, at(Column.SCORE), scores.row(indicator).score().score());
		String deviation = indicator.getDeviationReason() == null ? "" : indicator.getDeviationReason();
		if (indicator.getImprovementMeasures() != null) {
			deviation += "\n改进措施：" + indicator.getImprovementMeasures();
		}
		set(row, at(Column.DEVIATION), deviation);
		row++;
		boolean first = true;
		for (IndicatorDetail detail : indicator.getDetails()) {
			set(row, at(Column.LEVEL3), (first ? "其中：" : "") + detail.getName());
			set(row, at(Column.TARGET), detail.getTargetText());
			set(row, at(Column.ACTUAL), detail.getActualText());
			first = false;
			row++;
		}
	}

	private int at(Column column) {
		return columns.indexOf(column);
	}

	private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		sheet.addMergedRegion(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	private Cell cell(int r, int c) {
		Row cells = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
		return cells.getCell(c) == null ? cells.createCell(c) : cells.getCell(c);
	}

	private void set(int r, int c, String text) {
		if (c >= 0 && text != null && !text.isEmpty()) {
			cell(r, c).setCellValue(text);
		}
	}

	private void setNumber(int r, int c, BigDecimal value) {
		if (c >= 0 && value != null) {
			cell(r, c).setCellValue(value.doubleValue());
		}
	}
}
