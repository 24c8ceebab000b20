package org.jixiao.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.ScoreProblem;
import org.jixiao.core.value.Comparator;
import org.jixiao.core.value.Descriptive;
import org.jixiao.core.value.ParseProblem;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.TimePoint;
import org.jixiao.core.value.Unit;
import org.jixiao.core.value.ValueFlag;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.WeightedGroup;

/** Reads one sheet that holds a 绩效指标 block into an evaluation; see {@link XlsxImporter}. */
final class TableReader {

	private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01"); //$NON-NLS-1$

	private static final Set<String> LEVEL1 = Set.of("一级指标"); //$NON-NLS-1$
	private static final Set<String> LEVEL2 = Set.of("二级指标"); //$NON-NLS-1$
	private static final Set<String> LEVEL3 = Set.of("三级指标"); //$NON-NLS-1$
	private static final Set<String> TARGET = Set.of("年度指标值", "指标值", "年度目标值", "目标值", "预期指标值", "全年指标值", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"年度指标"); //$NON-NLS-1$
	private static final Set<String> ACTUAL = Set.of("实际完成值", "全年实际完成值", "实际值", "完成值", "实际完成"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	private static final Set<String> WEIGHT = Set.of("分值", "权重", "权重分值", "标准分值"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> SCORE = Set.of("得分", "自评得分", "评分", "实际得分"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> NATURE = Set.of("指标性质", "指标方向", "性质"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> UNIT = Set.of("度量单位", "计量单位", "单位"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> INITIAL = Set.of("年初预算数", "年初预算", "年初预算金额"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> ADJUSTED = Set.of("全年预算数", "调整后预算数", "全年预算", "调整预算数"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> EXECUTED = Set.of("全年执行数", "执行数", "实际执行数", "全年执行"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> RATE = Set.of("执行率"); //$NON-NLS-1$
	private static final Set<String> EXPECTED = Set.of("预期目标", "年度目标", "预期目标值"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> ACHIEVED = Set.of("实际完成情况", "实际完成", "完成情况", "全年实际完成情况"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> TOTAL_ROW = Set.of("总分", "合计", "总计", "自评总分", "综合得分", "合计得分"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Set<String> GRADE_ROW = Set.of("自评等级", "评价等级", "绩效等级", "等级"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Set<String> DEPARTMENT = Set.of("部门名称", "部门(单位)名称", "单位名称", "部门单位名称", "预算部门", "部门"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	private static final Set<String> COMPETENT = Set.of("主管部门", "主管部门及代码"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> PREPARER = Set.of("填报人", "填表人", "填报单位"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final Set<String> PREPARED_ON = Set.of("填报日期", "填表日期"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final Set<String> YEAR_LABEL = Set.of("年度", "评价年度", "所属年度"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年"); //$NON-NLS-1$
	private static final Pattern YEAR_NUMBER = Pattern.compile("(20\\d\\d)"); //$NON-NLS-1$
	private static final Pattern UNIT_NOTE = Pattern.compile("单位:?(万元|元)"); //$NON-NLS-1$
	private static final Pattern UNIT_IN_HEADER = Pattern.compile("\\((万元|元)\\)"); //$NON-NLS-1$
	private static final Pattern SUB_ROW = Pattern.compile("^\\s*其中\\s*[:：,，、]?\\s*"); //$NON-NLS-1$
	private static final Pattern BY_NATURE = Pattern.compile("^\\s*按[^:：]{1,8}分\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern GROUP_WEIGHT = Pattern.compile("^(.*?)\\s*[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]\\s*$"); //$NON-NLS-1$
	private static final Pattern GOAL_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*[.、．]\\s*(?!\\d)"); //$NON-NLS-1$
	private static final Pattern MEASURES = Pattern.compile("\\s*改进措施\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern REASON = Pattern.compile("^\\s*偏差原因(?:分析)?\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern TEXT_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
	private static final Pattern DASH = Pattern.compile("[-—–/－]+"); //$NON-NLS-1$
	private static final Pattern BARE_FIGURE = Pattern.compile("-?\\d+(?:\\.\\d+)?(\\D*)"); //$NON-NLS-1$
	private static final String CORE_MARK = "★"; //$NON-NLS-1$

	private final SheetGrid grid;
	private final RuleSet rules;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Map<Indicator, String> scoreCells = new IdentityHashMap<>();

	private ValueParser parser;
	private BigDecimal statedTotal;
	private String statedTotalCell;
	private String statedGrade;
	private String statedGradeCell;
	private int budgetHeader;
	private BigDecimal statedBudgetScore;
	private String statedBudgetScoreCell;

	TableReader(SheetGrid grid, RuleSet rules) {
		this.grid = grid;
		this.rules = rules;
	}

	/** @return the row of the 绩效指标 header (the row with 三级指标), or -1 */
	static int findIndicatorHeader(SheetGrid grid) {
		return findRow(grid, 0, LEVEL3);
	}

	private static int findRow(SheetGrid grid, int from, Set<String> labels) {
		for (int r = from; r <= grid.lastRow(); r++) {
			if (column(grid, r, labels) >= 0) {
				return r;
			}
		}
		return -1;
	}

	/** @return the first column of the row whose heading is one of the labels, or -1 */
	private static int column(SheetGrid grid, int row, Set<String> labels) {
		for (int c = 0; c <= grid.lastColumn(); c++) {
			if (labels.contains(grid.heading(row, c))) {
				var region = grid.region(row, c);
				return region == null ? c : region.getFirstColumn();
			}
		}
		return -1;
	}

	ImportResult read() throws ImportException {
		Evaluation evaluation = FACTORY.createEvaluation();
		evaluation.setDepartment(FACTORY.createDepartment());
		evaluation.setBudget(FACTORY.createBudget());
		evaluation.setRuleSetId(rules.id());
		int indicatorHeader = findIndicatorHeader(grid);
		int budgetRow = findBudgetHeader();
		int goalsHeader = findGoalsHeader();
		int firstBlock = min(indicatorHeader, budgetRow, goalsHeader);
		readHeader(evaluation, firstBlock);
		parser = new ValueParser(Year.of(evaluation.getFiscalYear() == 0 ? Year.now().getValue() : evaluation.getFiscalYear()));
		Set<Integer> headers = new java.util.HashSet<>(List.of(indicatorHeader, budgetRow, goalsHeader));
		if (budgetRow >= 0) {
			readBudget(evaluation, budgetRow, firstMoneyUnit(firstBlock, budgetRow), headers);
		} else {
			warning(grid.usedRange(), Messages.TableReader_noBudgetBlock);
		}
		if (goalsHeader >= 0) {
			readGoals(evaluation, goalsHeader, headers);
		}
		readIndicators(evaluation, indicatorHeader);
		if (problems.stream().anyMatch(ImportProblem::isError)) {
			throw new ImportException(problems, null);
		}
		compareStated(evaluation);
		return new ImportResult(evaluation, problems, statedTotal, statedGrade);
	}

	private static int min(int... rows) {
		int min = Integer.MAX_VALUE;
		for (int row : rows) {
			if (row >= 0 && row < min) {
				min = row;
			}
		}
		return min == Integer.MAX_VALUE ? -1 : min;
	}

	private int findBudgetHeader() {
		for (int r = 0; r <= grid.lastRow(); r++) {
			if (column(grid, r, ADJUSTED) >= 0 && column(grid, r, EXECUTED) >= 0) {
				return r;
			}
		}
		return -1;
	}

	private int findGoalsHeader() {
		for (int r = 0; r <= grid.lastRow(); r++) {
			if (column(grid, r, EXPECTED) >= 0 && column(grid, r, ACHIEVED) >= 0 && column(grid, r, LEVEL3) < 0) {
				return r;
			}
		}
		return -1;
	}

	// ---------------------------------------------------------------- header

	private void readHeader(Evaluation evaluation, int firstBlock) {
		int last = firstBlock < 0 ? grid.lastRow() : firstBlock - 1;
		String yearCell = null;
		for (int r = 0; r <= last; r++) {
			for (int c = 0; c <= grid.lastColumn(); c++) {
				String label = grid.heading(r, c);
				if (grid.label(r, c).isEmpty() || grid.region(r, c) != null && (grid.region(r, c).getFirstColumn() != c
						|| grid.region(r, c).getFirstRow() != r)) {
					continue;
				}
				String value = labelledValue(r, c, label);
				if (matches(DEPARTMENT, label) && value != null && evaluation.getDepartment().getName() == null) {
					evaluation.getDepartment().setName(value);
				} else if (matches(COMPETENT, label) && value != null) {
					evaluation.getDepartment().setCompetentDepartment(value);
				} else if (matches(PREPARER, label) && value != null) {
					evaluation.setPreparer(value);
				} else if (matches(PREPARED_ON, label) && value != null) {
					readDate(r, c, evaluation);
				} else if (matches(YEAR_LABEL, label) && value != null && yearCell == null) {
					Matcher m = YEAR_NUMBER.matcher(SheetGrid.normalize(value));
					if (m.find()) {
						evaluation.setFiscalYear(Integer.parseInt(m.group(1)));
						yearCell = SheetGrid.ref(r, c);
					}
				}
				if (yearCell == null) {
					Matcher m = YEAR.matcher(grid.label(r, c));
					if (m.find() && !matches(PREPARED_ON, label)) {
						evaluation.setFiscalYear(Integer.parseInt(m.group(1)));
						yearCell = SheetGrid.ref(r, c);
					}
				}
			}
		}
		String header = SheetGrid.ref(0, 0) + ":" + SheetGrid.ref(Math.max(0, last), grid.lastColumn()); //$NON-NLS-1$
		if (yearCell == null) {
			error(header, Messages.TableReader_noYear);
		}
		if (evaluation.getDepartment().getName() == null) {
			error(header, Messages.TableReader_noDepartment);
		}
	}

	private static boolean matches(Set<String> labels, String label) {
		return labels.contains(label) || labels.stream().anyMatch(l -> label.startsWith(l + ":")); //$NON-NLS-1$
	}

	/** The value of a header label: after a colon in the same cell, else the next cell to the right. */
	private String labelledValue(int row, int column, String label) {
		String text = grid.text(row, column);
		int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
		if (colon >= 0 && colon < text.length() - 1) {
			return text.substring(colon + 1).strip();
		}
		int c = grid.valueColumnRightOf(row, column);
		if (c < 0 || isAnyLabel(grid.heading(row, c))) {
			return null;
		}
		return grid.text(row, c);
	}

	private static boolean isAnyLabel(String label) {
		return matches(DEPARTMENT, label) || matches(COMPETENT, label) || matches(PREPARER, label)
				|| matches(PREPARED_ON, label) || matches(YEAR_LABEL, label) || UNIT_NOTE.matcher(label).find();
	}

	private void readDate(int row, int column, Evaluation evaluation) {
		String text = grid.text(row, column);
		int colon = Math.max(text.indexOf(':'), text.indexOf('：'));
		int c = colon >= 0 && colon < text.length() - 1 ? column : grid.valueColumnRightOf(row, column);
		if (c < 0) {
			return;
		}
		Object value = grid.value(row, c);
		LocalDate date = value instanceof LocalDate d ? d : null;
		if (date == null) {
			Matcher m = TEXT_DATE.matcher(SheetGrid.normalize(value == null ? "" : value.toString())); //$NON-NLS-1$
			if (m.find()) {
				try {
					date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
				} catch (java.time.DateTimeException e) {
					date = null;
				}
			}
		}
		if (date == null) {
			warning(SheetGrid.ref(row, c), NLS.bind(Messages.TableReader_badDate, grid.text(row, c)));
			return;
		}
		evaluation.setPreparedOn(Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
	}

	/** The money unit stated before the budget block or in its label, as a factor to yuan; null if none. */
	private BigDecimal firstMoneyUnit(int firstBlock, int budgetHeader) {
		int last = Math.max(firstBlock, budgetHeader);
		for (int r = 0; r <= last; r++) {
			for (int c = 0; c <= grid.lastColumn(); c++) {
				String label = grid.label(r, c);
				Matcher m = UNIT_NOTE.matcher(label);
				if (m.find()) {
					return factor(m.group(1));
				}
				if (r == budgetHeader && !matchesMoneyColumn(grid.heading(r, c))) {
					m = UNIT_IN_HEADER.matcher(label);
					if (m.find()) {
						return factor(m.group(1));
					}
				}
			}
		}
		return null;
	}

	private static boolean matchesMoneyColumn(String heading) {
		return INITIAL.contains(heading) || ADJUSTED.contains(heading) || EXECUTED.contains(heading);
	}

	private static BigDecimal factor(String unit) {
		return "万元".equals(unit) ? TEN_THOUSAND : BigDecimal.ONE; //$NON-NLS-1$
	}

	// ---------------------------------------------------------------- budget

	private void readBudget(Evaluation evaluation, int header, BigDecimal tableUnit, Set<Integer> headers) {
		budgetHeader = header;
		int initial = column(grid, header, INITIAL);
		int adjusted = column(grid, header, ADJUSTED);
		int executed = column(grid, header, EXECUTED);
		int weight = column(grid, header, WEIGHT);
		int score = column(grid, header, SCORE);
		BigDecimal[] units = new BigDecimal[] { columnUnit(header, initial), columnUnit(header, adjusted),
				columnUnit(header, executed) };
		BigDecimal unit = units[1] != null ? units[1] : tableUnit;
		if (unit == null) {
			unit = TEN_THOUSAND;
			warning(SheetGrid.ref(header, adjusted), Messages.TableReader_noMoneyUnit);
		}
		evaluation.setMoneyUnit(unit.compareTo(TEN_THOUSAND) == 0 ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN);
		int firstMoney = min(initial, adjusted, executed);
		Budget budget = evaluation.getBudget();
		boolean total = false;
		BudgetCategory context = BudgetCategory.INCOME;
		for (int r = header + 1; r <= grid.lastRow(); r++) {
			if (headers.contains(r) || isBlockLabelRow(r)) {
				break;
			}
			if (column(grid, r, ADJUSTED) >= 0) {
				continue;
			}
			String label = rowLabel(r, firstMoney, header);
			BigDecimal[] amounts = new BigDecimal[3];
			int[] columns = { initial, adjusted, executed };
			boolean any = false;
			for (int i = 0; i < 3; i++) {
				amounts[i] = columns[i] < 0 ? null : money(r, columns[i], units[i] != null ? units[i] : unit);
				any |= amounts[i] != null;
			}
			if (!any) {
				String heading = SheetGrid.normalize(label);
				if (heading.contains("支出")) { //$NON-NLS-1$
					context = BudgetCategory.EXPENDITURE;
				} else if (heading.contains("收入") || heading.contains("来源")) { //$NON-NLS-1$ //$NON-NLS-2$
					context = BudgetCategory.INCOME;
				}
				continue;
			}
			if (!total) {
				total = true;
				budget.setInitialBudget(amounts[0]);
				budget.setAdjustedBudget(amounts[1]);
				budget.setExecuted(amounts[2]);
				if (weight >= 0) {
					budget.setWeight(number(r, weight, Messages.TableReader_weightColumn));
				}
				if (score >= 0) {
					statedBudgetScore = number(r, score, Messages.TableReader_scoreColumn);
					statedBudgetScoreCell = SheetGrid.ref(r, score);
				}
				continue;
			}
			BudgetLine line = FACTORY.createBudgetLine();
			String name = BY_NATURE.matcher(SUB_ROW.matcher(label).replaceFirst("")).replaceFirst("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			line.setLabel(name);
			String normal = SheetGrid.normalize(name);
			line.setCategory(normal.contains("基本支出") || normal.contains("项目支出") ? BudgetCategory.EXPENDITURE //$NON-NLS-1$ //$NON-NLS-2$
					: context);
			line.setInitialBudget(amounts[0]);
			line.setAdjustedBudget(amounts[1]);
			line.setExecuted(amounts[2]);
			budget.getBreakdowns().add(line);
		}
	}

	private boolean isBlockLabelRow(int row) {
		for (int c = 0; c <= grid.lastColumn(); c++) {
			String label = grid.heading(row, c);
			if (!grid.mergedFromAbove(row, c, row - 1)
					&& (label.startsWith("年度总体目标") || label.startsWith("绩效指标") || LEVEL1.contains(label))) { //$NON-NLS-1$ //$NON-NLS-2$
				return true;
			}
		}
		return false;
	}

	private BigDecimal columnUnit(int header, int column) {
		if (column < 0) {
			return null;
		}
		Matcher m = UNIT_IN_HEADER.matcher(grid.label(header, column));
		return m.find() ? factor(m.group(1)) : null;
	}

	/** The rightmost text left of the amounts that is not the block's label spanning from the header. */
	private String rowLabel(int row, int firstMoney, int header) {
		for (int c = firstMoney - 1; c >= 0; c--) {
			if (!grid.isBlank(row, c) && !grid.mergedFromAbove(row, c, header)) {
				return grid.text(row, c);
			}
		}
		return ""; //$NON-NLS-1$
	}

	private BigDecimal money(int row, int column, BigDecimal unit) {
		Object value = grid.value(row, column);
		if (value instanceof BigDecimal number) {
			return XlsxImporter.yuan(number, unit);
		}
		String text = grid.label(row, column).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.isEmpty() || DASH.matcher(text).matches()) {
			return null;
		}
		try {
			return XlsxImporter.yuan(new BigDecimal(text), unit);
		} catch (NumberFormatException e) {
			error(SheetGrid.ref(row, column), NLS.bind(Messages.TableReader_notAnAmount, grid.text(budgetHeader, column), grid.text(row, column)));
			return null;
		}
	}

	/** A number cell such as 分值 or 得分: blank or a dash is null; anything else not a number is an error. */
	private BigDecimal number(int row, int column, String what) {
		Object value = grid.value(row, column);
		if (value instanceof BigDecimal number) {
			return number;
		}
		String text = grid.label(row, column).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.endsWith("分")) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		if (text.isEmpty() || DASH.matcher(text).matches()) {
			return null;
		}
		try {
			return SheetGrid.tidy(new BigDecimal(text));
		} catch (NumberFormatException e) {
			error(SheetGrid.ref(row, column), NLS.bind(Messages.TableReader_notANumber, what, grid.text(row, column)));
			return null;
		}
	}

	// ---------------------------------------------------------------- goals

	private void readGoals(Evaluation evaluation, int header, Set<Integer> headers) {
		int expected = column(grid, header, EXPECTED);
		int achieved = column(grid, header, ACHIEVED);
		for (int r = header + 1; r <= grid.lastRow(); r++) {
			if (headers.contains(r) || isBlockLabelRow(r) || column(grid, r, ADJUSTED) >= 0) {
				break;
			}
			String expectedText = grid.text(r, expected);
			String achievedText = grid.text(r, achieved);
			if (expectedText.isEmpty() && achievedText.isEmpty()) {
				if (r > header + 1) {
					break;
				}
				continue;
			}
			if (column(grid, r, EXPECTED) >= 0) {
				continue;
			}
			Goal goal = FACTORY.createGoal();
			Matcher m = GOAL_NUMBER.matcher(expectedText);
			if (m.find()) {
				goal.setNumber(Integer.parseInt(m.group(1)));
				expectedText = expectedText.substring(m.end());
			}
			goal.setExpected(emptyToNull(expectedText));
			goal.setAchieved(emptyToNull(achievedText));
			evaluation.getGoals().add(goal);
		}
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	// ---------------------------------------------------------------- indicators

	private record Columns(int level1, int level2, int level3, int target, int actual, int weight, int score,
			int deviation, int nature, int unit) {
	}

	private Columns indicatorColumns(int header) {
		int deviation = -1;
		for (int c = 0; c <= grid.lastColumn(); c++) {
			String heading = grid.heading(header, c);
			if (heading.startsWith("偏差原因") || heading.contains("原因分析") || heading.contains("改进措施")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				var region = grid.region(header, c);
				deviation = region == null ? c : region.getFirstColumn();
				break;
			}
		}
		return new Columns(column(grid, header, LEVEL1), column(grid, header, LEVEL2), column(grid, header, LEVEL3),
				column(grid, header, TARGET), column(grid, header, ACTUAL), column(grid, header, WEIGHT),
				column(grid, header, SCORE), deviation, column(grid, header, NATURE), column(grid, header, UNIT));
	}

	private void readIndicators(Evaluation evaluation, int header) {
		Columns columns = indicatorColumns(header);
		String[] names = { Messages.TableReader_level1Column, Messages.TableReader_level2Column,
				Messages.TableReader_targetColumn, Messages.TableReader_actualColumn, Messages.TableReader_weightColumn };
		int[] required = { columns.level1(), columns.level2(), columns.target(), columns.actual(), columns.weight() };
		boolean complete = true;
		for (int i = 0; i < required.length; i++) {
			if (required[i] < 0) {
				error(SheetGrid.ref(header, 0) + ":" + SheetGrid.ref(header, grid.lastColumn()), //$NON-NLS-1$
						NLS.bind(Messages.TableReader_missingColumn, names[i]));
				complete = false;
			}
		}
		if (!complete) {
			return;
		}
		IndicatorCategory category = null;
		IndicatorSubcategory subcategory = null;
		Indicator last = null;
		boolean inDetails = false;
		boolean ended = false;
		for (int r = header + 1; r <= grid.lastRow(); r++) {
			if (isTotalRow(r) || isGradeRow(r)) {
				ended = true;
				continue;
			}
			if (ended || column(grid, r, LEVEL3) >= 0 || rowIsBlank(r, columns)) {
				continue;
			}
			String name = grid.text(r, columns.level3());
			String weightText = grid.text(r, columns.weight());
			boolean noScore = columns.score() < 0 || grid.isBlank(r, columns.score()) || isDash(r, columns.score());
			boolean detail = SUB_ROW.matcher(name).lookingAt() && SheetGrid.normalize(name).startsWith("其中") //$NON-NLS-1$
					|| inDetails && (weightText.isEmpty() || isDash(r, columns.weight())) && noScore;
			if (detail && last != null) {
				IndicatorDetail sub = FACTORY.createIndicatorDetail();
				sub.setName(SUB_ROW.matcher(name).replaceFirst("").strip()); //$NON-NLS-1$
				sub.setTargetText(emptyToNull(valueText(r, columns.target(), columns.unit())));
				sub.setActualText(emptyToNull(valueText(r, columns.actual(), columns.unit())));
				last.getDetails().add(sub);
				inDetails = true;
				continue;
			}
			inDetails = false;
			if (name.isEmpty() && grid.isBlank(r, columns.target()) && grid.isBlank(r, columns.actual())) {
				continue;
			}
			String level1 = grid.text(r, columns.level1());
			String level2 = grid.text(r, columns.level2());
			if (category == null || !level1.isEmpty() && !sameGroup(category, level1)) {
				category = group(FACTORY.createIndicatorCategory(), level1, r, columns.level1());
				evaluation.getCategories().add(category);
				subcategory = null;
			}
			if (subcategory == null || !level2.isEmpty() && !sameGroup(subcategory, level2)) {
				subcategory = group(FACTORY.createIndicatorSubcategory(), level2, r, columns.level2());
				category.getSubcategories().add(subcategory);
			}
			last = indicator(r, columns, name);
			subcategory.getIndicators().add(last);
		}
	}

	private boolean isDash(int row, int column) {
		return DASH.matcher(grid.label(row, column)).matches();
	}

	private boolean rowIsBlank(int row, Columns columns) {
		int[] all = { columns.level3(), columns.target(), columns.actual(), columns.weight(), columns.score() };
		for (int c : all) {
			if (c >= 0 && !grid.isBlank(row, c)) {
				return false;
			}
		}
		return true;
	}

	private boolean isTotalRow(int row) {
		int c = labelColumn(row, TOTAL_ROW);
		if (c < 0) {
			return false;
		}
		if (statedTotal == null) {
			int scoreColumn = -1;
			for (int col = grid.lastColumn(); col > c; col--) {
				if (grid.value(row, col) instanceof BigDecimal || !grid.isBlank(row, col) && isNumber(grid.label(row, col))) {
					scoreColumn = col;
					break;
				}
			}
			if (scoreColumn >= 0) {
				statedTotal = number(row, scoreColumn, Messages.TableReader_totalRow);
				statedTotalCell = SheetGrid.ref(row, scoreColumn);
			}
		}
		return true;
	}

	private static boolean isNumber(String text) {
		return text.matches("-?\\d+(\\.\\d+)?分?"); //$NON-NLS-1$
	}

	private boolean isGradeRow(int row) {
		int c = labelColumn(row, GRADE_ROW);
		if (c < 0) {
			return false;
		}
		int value = grid.valueColumnRightOf(row, c);
		if (value >= 0 && statedGrade == null) {
			statedGrade = grid.text(row, value);
			statedGradeCell = SheetGrid.ref(row, value);
		}
		return true;
	}

	private int labelColumn(int row, Set<String> labels) {
		for (int c = 0; c <= grid.lastColumn(); c++) {
			String label = grid.heading(row, c);
			if (labels.contains(label.endsWith(":") ? label.substring(0, label.length() - 1) : label)) { //$NON-NLS-1$
				var region = grid.region(row, c);
				return region == null ? c : region.getLastColumn();
			}
		}
		return -1;
	}

	private static boolean sameGroup(WeightedGroup group, String text) {
		return SheetGrid.normalize(splitWeight(text)[0]).equals(SheetGrid.normalize(group.getName()));
	}

	/** @return the group's name and its weight text, e.g. 产出指标 and 50 for 产出指标（50分）; weight null if none */
	private static String[] splitWeight(String text) {
		Matcher m = GROUP_WEIGHT.matcher(text);
		return m.matches() ? new String[] { m.group(1).strip(), m.group(2) } : new String[] { text.strip(), null };
	}

	private <G extends WeightedGroup> G group(G group, String text, int row, int column) {
		String[] parts = splitWeight(text);
		if (parts[0].isEmpty()) {
			error(SheetGrid.ref(row, column), Messages.TableReader_groupMissing);
		}
		group.setName(parts[0]);
		if (parts[1] != null) {
			group.setWeight(SheetGrid.tidy(new BigDecimal(parts[1])));
		}
		return group;
	}

	private Indicator indicator(int row, Columns columns, String name) {
		Indicator indicator = FACTORY.createIndicator();
		String cell = SheetGrid.ref(row, columns.level3());
		if (name.startsWith(CORE_MARK)) {
			indicator.setCore(true);
			name = name.substring(CORE_MARK.length()).strip();
		}
		if (name.isEmpty()) {
			error(cell, Messages.TableReader_nameMissing);
		}
		indicator.setName(name);
		indicator.setWeight(number(row, columns.weight(), Messages.TableReader_weightColumn));
		if (indicator.getWeight() == null && (grid.isBlank(row, columns.weight()) || isDash(row, columns.weight()))) {
			error(SheetGrid.ref(row, columns.weight()), Messages.TableReader_weightMissing);
		}
		if (columns.score() >= 0) {
			indicator.setStatedScore(number(row, columns.score(), Messages.TableReader_scoreColumn));
			scoreCells.put(indicator, SheetGrid.ref(row, columns.score()));
		}
		Unit unit = unit(row, columns.unit());
		String targetText = valueText(row, columns.target(), columns.unit());
		String actualText = valueText(row, columns.actual(), columns.unit());
		Comparator comparator = null;
		if (columns.nature() >= 0 && !grid.isBlank(row, columns.nature())) {
			String nature = grid.text(row, columns.nature());
			Optional<Comparator> declared = Comparator.fromSymbol(nature);
			if (declared.isEmpty()) {
				error(SheetGrid.ref(row, columns.nature()), NLS.bind(Messages.TableReader_badNature, nature));
			} else {
				comparator = declared.get();
				if (isBareFigure(targetText)) {
					targetText = comparator.symbol() + targetText;
				}
			}
		}
		indicator.setTargetText(emptyToNull(targetText));
		indicator.setActualText(emptyToNull(actualText));
		ParseResult target = parser.parse(targetText);
		String targetCell = SheetGrid.ref(row, columns.target());
		String actualCell = SheetGrid.ref(row, columns.actual());
		if (target instanceof ParseProblem problem) {
			error(targetCell, problem.cause() == ParseProblem.Cause.EMPTY ? Messages.TableReader_targetMissing
					: NLS.bind(Messages.TableReader_badValue, Messages.TableReader_targetColumn, problem.message()));
		} else if (target instanceof Quantity quantity && quantity.has(ValueFlag.CHINESE_NUMERAL) && !quantity.has(ValueFlag.RANK)) {
			error(targetCell, NLS.bind(Messages.TableReader_notANumberOfUnit,
					new Object[] { Messages.TableReader_targetColumn, targetText, unitName(quantity.unit()) }));
		}
		indicator.setComparator(comparator != null ? modelComparator(comparator) : comparatorOf(target));
		checkActual(target, parser.parse(actualText), actualText, actualCell, unit);
		String deviation = columns.deviation() < 0 ? "" : grid.text(row, columns.deviation()); //$NON-NLS-1$
		Matcher m = MEASURES.matcher(deviation);
		if (m.find()) {
			indicator.setDeviationReason(emptyToNull(REASON.matcher(deviation.substring(0, m.start())).replaceFirst(""))); //$NON-NLS-1$
			indicator.setImprovementMeasures(emptyToNull(deviation.substring(m.end())));
		} else {
			indicator.setDeviationReason(emptyToNull(REASON.matcher(deviation).replaceFirst(""))); //$NON-NLS-1$
		}
		return indicator;
	}

	/** @return the comparator the table states through the target text (≥ for an unreadable one) */
	static org.jixiao.model.evaluation.Comparator comparatorOf(ParseResult target) {
		Comparator comparator = target instanceof Quantity q ? q.comparator()
				: target instanceof TimePoint ? Comparator.TIME
						: target instanceof Descriptive d ? d.comparator() : Comparator.AT_LEAST;
		return modelComparator(comparator);
	}

	private static org.jixiao.model.evaluation.Comparator modelComparator(Comparator comparator) {
		return switch (comparator) {
			case AT_LEAST -> org.jixiao.model.evaluation.Comparator.AT_LEAST;
			case MORE_THAN -> org.jixiao.model.evaluation.Comparator.MORE_THAN;
			case EQUAL -> org.jixiao.model.evaluation.Comparator.EQUAL;
			case AT_MOST -> org.jixiao.model.evaluation.Comparator.AT_MOST;
			case LESS_THAN -> org.jixiao.model.evaluation.Comparator.LESS_THAN;
			case TIME -> org.jixiao.model.evaluation.Comparator.TIME;
			case QUALITATIVE -> org.jixiao.model.evaluation.Comparator.QUALITATIVE;
		};
	}

	/** Whether a target is a number with at most a unit, which a 指标性质 column completes: 30名 → ≥30名. */
	private static boolean isBareFigure(String text) {
		Matcher m = BARE_FIGURE.matcher(ValueParser.normalize(text));
		return m.matches() && (m.group(1).isEmpty() || Unit.of(m.group(1)).isPresent());
	}

	/** A number is due where the target is a figure: the actual must be one, in digits, in a compatible unit. */
	private void checkActual(ParseResult target, ParseResult actual, String actualText, String cell, Unit declared) {
		if (actual instanceof ParseProblem problem) {
			error(cell, problem.cause() == ParseProblem.Cause.EMPTY ? Messages.TableReader_actualMissing
					: NLS.bind(Messages.TableReader_badValue, Messages.TableReader_actualColumn, problem.message()));
			return;
		}
		if (!(target instanceof Quantity wanted)) {
			return;
		}
		if (!(actual instanceof Quantity quantity) || quantity.has(ValueFlag.CHINESE_NUMERAL) && !quantity.has(ValueFlag.RANK)) {
			if (wanted.unit() == Unit.RANK && actual instanceof Descriptive descriptive && descriptive.has(ValueFlag.RANK)) {
				return;
			}
			Unit unit = wanted.unit() == Unit.NONE && declared != null ? declared : wanted.unit();
			error(cell, NLS.bind(Messages.TableReader_notANumberOfUnit,
					new Object[] { Messages.TableReader_actualColumn, actualText, unitName(unit) }));
			return;
		}
		if (quantity.alignTo(wanted) instanceof ParseProblem mismatch) {
			error(cell, NLS.bind(Messages.TableReader_badValue, Messages.TableReader_actualColumn, mismatch.message()));
		}
	}

	private static String unitName(Unit unit) {
		return unit == Unit.NONE ? Messages.TableReader_noUnit : unit.displayName();
	}

	/** The 度量单位 of the row, or null when there is no such column or it is blank or unknown (an error). */
	private Unit unit(int row, int column) {
		if (column < 0 || grid.isBlank(row, column)) {
			return null;
		}
		String text = grid.text(row, column);
		Optional<Unit> unit = Unit.of(ValueParser.normalize(text));
		if (unit.isEmpty()) {
			error(SheetGrid.ref(row, column), NLS.bind(Messages.TableReader_unknownUnit, text));
			return null;
		}
		return unit.get();
	}

	/**
	 * The text of a target or actual cell; with a 度量单位 column, a bare figure gets its unit (30 and 名
	 * become 30名).
	 */
	private String valueText(int row, int column, int unitColumn) {
		String text = grid.text(row, column);
		if (unitColumn < 0 || text.isEmpty() || grid.isBlank(row, unitColumn)) {
			return text;
		}
		String unit = grid.text(row, unitColumn);
		if (Unit.of(ValueParser.normalize(unit)).isEmpty()) {
			return text;
		}
		ParseResult parsed = parser.parse(text);
		return parsed instanceof Quantity quantity && quantity.unit() == Unit.NONE ? text + unit : text;
	}

	// ---------------------------------------------------------------- stated scores

	private void compareStated(Evaluation evaluation) {
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		if (statedBudgetScore != null && differs(statedBudgetScore, sheet.budget().score())) {
			warning(statedBudgetScoreCell, NLS.bind(Messages.TableReader_budgetScoreDiffers, plain(statedBudgetScore),
					plain(sheet.budget().score())));
		}
		for (IndicatorScore row : sheet.indicators()) {
			for (ScoreProblem problem : row.score().problems()) {
				if (problem.code() == ScoreProblem.Code.STATED_SCORE_DIFFERS && scoreCells.containsKey(row.indicator())) {
					warning(scoreCells.get(row.indicator()), problem.message());
				}
			}
		}
		if (statedTotal != null && differs(statedTotal, sheet.total())) {
			warning(statedTotalCell, NLS.bind(Messages.TableReader_totalDiffers, plain(statedTotal), plain(sheet.total())));
		}
		if (statedGrade != null) {
			String term = sheet.grade().officialTerm();
			if (!SheetGrid.normalize(statedGrade).startsWith(term)) {
				warning(statedGradeCell, NLS.bind(Messages.TableReader_gradeDiffers, statedGrade, term));
			}
		}
	}

	private static boolean differs(BigDecimal stated, BigDecimal computed) {
		return computed == null || stated.subtract(computed).abs().compareTo(TOLERANCE) > 0;
	}

	private static String plain(BigDecimal number) {
		return number == null ? "" : number.toPlainString(); //$NON-NLS-1$
	}

	private void error(String cell, String message) {
		problems.add(new ImportProblem(grid.name(), cell, ImportProblem.Severity.ERROR, message));
	}

	private void warning(String cell, String message) {
		problems.add(new ImportProblem(grid.name(), cell, ImportProblem.Severity.WARNING, message));
	}

}
