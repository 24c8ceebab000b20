package org.jixiao.interchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.FieldLimits;
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
import org.jixiao.core.value.ValueParser;
import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Field;
import org.jixiao.interchange.TableFormat.Line;
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
import org.jixiao.model.evaluation.TargetBasis;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.WeightedGroup;

/**
 * Reads one sheet that holds a 绩效指标 block into an evaluation; see {@link XlsxImporter}. Every row is
 * kept; what cannot be understood is an error naming its cell, and the rows the scoring rules cannot
 * score carry the scorer's message on the cell it concerns.
 */
final class TableReader {

	private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;
	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final BigDecimal TOLERANCE = new BigDecimal("0.01"); //$NON-NLS-1$
	private static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.001"); //$NON-NLS-1$

	private final Set<String> level1Spellings;
	private final Set<String> level3Spellings;
	private final Set<String> weightSpellings;
	private final Set<String> scoreSpellings;
	private final Set<String> initialSpellings;
	private final Set<String> adjustedSpellings;
	private final Set<String> executedSpellings;
	private final Set<String> explanationSpellings;
	private final Set<String> expectedSpellings;
	private final Set<String> achievedSpellings;
	private final Set<String> totalRowSpellings;
	private final Set<String> gradeRowSpellings;
	private final Set<String> departmentSpellings;
	private final Set<String> competentSpellings;
	private final Set<String> preparerSpellings;
	private final Set<String> preparedOnSpellings;
	private final Set<String> yearSpellings;
	private final Set<String> projectNameSpellings;
	private final Set<String> projectCodeSpellings;
	/** The labels of the blocks that start a new part of the table (年度总体目标, 绩效指标 and the like). */
	private final Set<String> blockLabels = new HashSet<>();

	private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年"); //$NON-NLS-1$
	private static final Pattern YEAR_NUMBER = Pattern.compile("(20\\d\\d)"); //$NON-NLS-1$
	private static final Pattern UNIT_NOTE = Pattern.compile("单位:?(?:人民币)?(万元|元)"); //$NON-NLS-1$
	private static final Pattern UNIT_IN_HEADER = Pattern.compile("\\((万元|元)\\)"); //$NON-NLS-1$
	private static final Pattern SUB_ROW = Pattern.compile("^\\s*其中\\s*[:：,，、]?\\s*"); //$NON-NLS-1$
	private static final Pattern BY_NATURE = Pattern.compile("^\\s*按[^:：]{1,8}分\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern GROUP_WEIGHT = Pattern.compile("^(.*?)\\s*[(（]\\s*(\\d+(?:\\.\\d+)?)\\s*分\\s*[)）]\\s*$"); //$NON-NLS-1$
	private static final Pattern GOAL_NUMBER = Pattern.compile("^\\s*(\\d{1,3})\\s*[.、．]\\s*(?!\\d)"); //$NON-NLS-1$
	private static final Pattern MEASURES = Pattern.compile("\\s*改进措施\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern REASON = Pattern.compile("^\\s*偏差原因(?:分析)?\\s*[:：]\\s*"); //$NON-NLS-1$
	private static final Pattern TEXT_DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
	private static final Pattern DASH = Pattern.compile("[-—–/－]+|无|不适用"); //$NON-NLS-1$
	/** An actual or 得分 cell that says the row does not apply: 不适用, —（不适用）, 不适用/—. */
	private static final Pattern NOT_APPLICABLE = Pattern.compile("^[-—–/－\\s(（]*不适用[)）\\s/—–-]*$"); //$NON-NLS-1$
	private static final Pattern BARE_FIGURE = Pattern.compile("-?\\d+(?:\\.\\d+)?(\\D*)"); //$NON-NLS-1$
	/** A template's numbering of its rows: 指标1：… */
	private static final Pattern NUMBERING = Pattern.compile("^\\s*指标\\s*\\d+\\s*[:：]\\s*"); //$NON-NLS-1$
	/** What a template's unused row holds in its name cell: nothing, an ellipsis or a dash. */
	private static final Pattern PLACEHOLDER = Pattern.compile("[…．.。·]*|[-—–/－]+"); //$NON-NLS-1$
	/** A number in a 分值 or 得分 cell: 10, 10.0, 10分, -5. */
	private static final Pattern SCORE_NUMBER = Pattern.compile("(-?\\d+(?:\\.\\d+)?)分?"); //$NON-NLS-1$
	/** An amount with its own unit: 20万元, 1200000元, 约3.5万. */
	private static final Pattern AMOUNT = Pattern.compile("约?(-?\\d+(?:\\.\\d+)?)(亿元|万元|千元|元|万|亿)?"); //$NON-NLS-1$
	private static final String CORE_MARK = "★"; //$NON-NLS-1$

	/** Where a 三级 row's values are, for messages about them. */
	private record RowCells(String target, String actual, String weight, String score) {
	}

	private record Columns(int level1, int level2, int level3, int target, int actual, int weight, int score,
			int deviation, int nature, int unit, int initialTarget, int core, int basis, int criterion) {
	}

	private final SheetGrid grid;
	private final RuleSet rules;
	private final TableFormat format;
	private final String formatReason;
	private final Block indicatorBlock;
	private final int indicatorHeader;
	private final List<ImportProblem> problems = new ArrayList<>();
	private final Map<Indicator, RowCells> rowCells = new IdentityHashMap<>();
	private final Map<WeightedGroup, String> groupWeightCells = new IdentityHashMap<>();

	private ValueParser parser;
	private BigDecimal statedTotal;
	private String statedTotalCell;
	private String statedGrade;
	private String statedGradeCell;
	private int budgetHeader;
	private BigDecimal statedBudgetScore;
	private String statedBudgetScoreCell;
	private String budgetCell;
	private String budgetWeightCell;

	/**
	 * @param grid the sheet
	 * @param rules the rule set the stated scores are compared with
	 * @param format the table format whose headings the reader looks for
	 * @param formatReason why the format was chosen, for the result
	 */
	TableReader(SheetGrid grid, RuleSet rules, TableFormat format, String formatReason) {
		this.grid = grid;
		this.rules = rules;
		this.format = format;
		this.formatReason = formatReason;
		this.indicatorBlock = format.block(BlockKind.INDICATORS).orElseThrow();
		Block budget = format.block(BlockKind.BUDGET).orElse(null);
		Block goals = format.block(BlockKind.GOALS).orElse(null);
		level1Spellings = spellings(indicatorBlock, Field.LEVEL1);
		level3Spellings = spellings(indicatorBlock, Field.LEVEL3);
		weightSpellings = spellings(budget, Field.WEIGHT);
		scoreSpellings = spellings(budget, Field.SCORE);
		initialSpellings = spellings(budget, Field.INITIAL_BUDGET);
		adjustedSpellings = spellings(budget, Field.ADJUSTED_BUDGET);
		executedSpellings = spellings(budget, Field.EXECUTED);
		explanationSpellings = spellings(budget, Field.BUDGET_EXPLANATION);
		expectedSpellings = spellings(goals, Field.EXPECTED);
		achievedSpellings = spellings(goals, Field.ACHIEVED);
		totalRowSpellings = lineSpellings(BlockKind.TOTALS, Field.TOTAL);
		gradeRowSpellings = lineSpellings(BlockKind.TOTALS, Field.GRADE);
		departmentSpellings = lineSpellings(BlockKind.HEADER, Field.DEPARTMENT);
		competentSpellings = lineSpellings(BlockKind.HEADER, Field.COMPETENT_DEPARTMENT);
		preparerSpellings = lineSpellings(BlockKind.HEADER, Field.PREPARER);
		preparedOnSpellings = lineSpellings(BlockKind.HEADER, Field.PREPARED_ON);
		yearSpellings = lineSpellings(BlockKind.HEADER, Field.YEAR);
		projectNameSpellings = lineSpellings(BlockKind.HEADER, Field.PROJECT_NAME);
		projectCodeSpellings = lineSpellings(BlockKind.HEADER, Field.PROJECT_CODE);
		blockLabels.add("年度总体目标"); //$NON-NLS-1$
		blockLabels.add("绩效指标"); //$NON-NLS-1$
		for (Block block : format.blocks()) {
			if (block.kind() == BlockKind.GOALS || block.kind() == BlockKind.INDICATORS || block.kind() == BlockKind.TEXT) {
				blockLabels.addAll(block.labelSpellings());
			}
		}
		this.indicatorHeader = findRow(grid, 0, level3Spellings);
	}

	private static Set<String> spellings(Block block, Field field) {
		return block == null ? Set.of() : block.column(field).map(Column::spellings).orElse(Set.of());
	}

	private Set<String> lineSpellings(BlockKind kind, Field field) {
		Set<String> all = new HashSet<>();
		for (Block block : format.blocks()) {
			if (block.kind() == kind) {
				block.lines().stream().filter(line -> line.field() == field).forEach(line -> all.addAll(line.spellings()));
			}
		}
		return all;
	}

	/** @return whether the sheet has a header row with 三级指标 */
	boolean hasIndicatorHeader() {
		return indicatorHeader >= 0;
	}

	/** @return an error naming the header row for each column the 绩效指标 block needs and lacks */
	List<ImportProblem> missingColumns() {
		Columns columns = indicatorColumns(indicatorHeader);
		String[] names = { Messages.TableReader_level1Column, Messages.TableReader_level2Column,
				Messages.TableReader_targetColumn, Messages.TableReader_actualColumn, Messages.TableReader_weightColumn };
		int[] required = { columns.level1(), columns.level2(), columns.target(), columns.actual(), columns.weight() };
		boolean[] needed = { indicatorBlock.column(Field.LEVEL1).isPresent(), indicatorBlock.column(Field.LEVEL2).isPresent(), true, true, true };
		List<ImportProblem> missing = new ArrayList<>();
		String row = SheetGrid.ref(indicatorHeader, 0) + ":" + SheetGrid.ref(indicatorHeader, grid.lastColumn()); //$NON-NLS-1$
		for (int i = 0; i < required.length; i++) {
			if (required[i] < 0 && needed[i]) {
				missing.add(new ImportProblem(grid.name(), row, ImportProblem.Severity.ERROR,
						NLS.bind(Messages.TableReader_missingColumn, names[i])));
			}
		}
		return missing;
	}

	/** @return the format the sheet is read in */
	TableFormat format() {
		return format;
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

	/** Reads the sheet; call only when {@link #missingColumns()} is empty. */
	ImportResult read() {
		Evaluation evaluation = FACTORY.createEvaluation();
		evaluation.setDepartment(FACTORY.createDepartment());
		evaluation.setBudget(FACTORY.createBudget());
		evaluation.setRuleSetId(rules.id());
		if (!format.serves(EvaluationKind.DEPARTMENT)) {
			evaluation.setKind(EvaluationKind.PROJECT);
		}
		int budgetRow = findBudgetHeader();
		int goalsHeader = findGoalsHeader();
		int firstBlock = min(indicatorHeader, budgetRow, goalsHeader);
		readHeader(evaluation, firstBlock);
		parser = new ValueParser(Year.of(evaluation.getFiscalYear() == 0 ? Year.now().getValue() : evaluation.getFiscalYear()));
		Set<Integer> headers = new HashSet<>(List.of(indicatorHeader, budgetRow, goalsHeader));
		if (budgetRow >= 0) {
			readBudget(evaluation, budgetRow, firstMoneyUnit(firstBlock, budgetRow), headers);
		} else {
			warning(grid.usedRange(), Messages.TableReader_noBudgetBlock);
		}
		if (goalsHeader >= 0) {
			readGoals(evaluation, goalsHeader, headers);
		}
		Columns columns = indicatorColumns(indicatorHeader);
		readIndicators(evaluation, columns);
		readTexts(evaluation, headers);
		checkWeights(evaluation, SheetGrid.ref(indicatorHeader, columns.weight()));
		checkScores(evaluation);
		if (!format.id().equals(TableFormats.getDefault().forKind(evaluation.getKind()).id())) {
			evaluation.setFormatId(format.id());
		}
		return new ImportResult(evaluation, problems, statedTotal, statedGrade, format, formatReason);
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
			if (column(grid, r, adjustedSpellings) >= 0 && column(grid, r, executedSpellings) >= 0 && column(grid, r, level3Spellings) < 0) {
				return r;
			}
		}
		return -1;
	}

	private int findGoalsHeader() {
		for (int r = 0; r <= grid.lastRow(); r++) {
			if (column(grid, r, expectedSpellings) >= 0 && column(grid, r, achievedSpellings) >= 0 && column(grid, r, level3Spellings) < 0) {
				return r;
			}
		}
		return -1;
	}

	// ---------------------------------------------------------------- header

	private void readHeader(Evaluation evaluation, int firstBlock) {
		int last = firstBlock < 0 ? grid.lastRow() : firstBlock - 1;
		String yearCell = null;
		String departmentCell = null;
		for (int r = 0; r <= last; r++) {
			for (int c = 0; c <= grid.lastColumn(); c++) {
				String label = grid.heading(r, c);
				if (grid.label(r, c).isEmpty() || grid.region(r, c) != null && (grid.region(r, c).getFirstColumn() != c
						|| grid.region(r, c).getFirstRow() != r)) {
					continue;
				}
				String value = labelledValue(r, c, label);
				String cell = SheetGrid.ref(r, c);
				if (matches(departmentSpellings, label) && value != null && evaluation.getDepartment().getName() == null) {
					evaluation.getDepartment().setName(departmentName(value, cell));
					departmentCell = cell;
				} else if (matches(projectNameSpellings, label) && value != null && evaluation.getProjectName() == null) {
					evaluation.setProjectName(limited(value.strip(), FieldLimits.NAME_LENGTH, cell, label));
					if (evaluation.getKind() == EvaluationKind.DEPARTMENT) {
						evaluation.setKind(EvaluationKind.PROJECT);
					}
				} else if (matches(projectCodeSpellings, label) && value != null && evaluation.getProjectCode() == null) {
					evaluation.setProjectCode(limited(value.strip(), FieldLimits.SHORT_TEXT_LENGTH, cell, label));
				} else if (matches(competentSpellings, label) && value != null) {
					evaluation.getDepartment().setCompetentDepartment(limited(value, FieldLimits.NAME_LENGTH, cell, label));
				} else if (matches(preparerSpellings, label) && value != null) {
					evaluation.setPreparer(limited(value, FieldLimits.NAME_LENGTH, cell, label));
				} else if (matches(preparedOnSpellings, label) && value != null) {
					readDate(r, c, evaluation);
				} else if (matches(yearSpellings, label) && value != null && yearCell == null) {
					Matcher m = YEAR_NUMBER.matcher(SheetGrid.normalize(value));
					if (m.find()) {
						evaluation.setFiscalYear(Integer.parseInt(m.group(1)));
						yearCell = cell;
					}
				}
				if (yearCell == null) {
					Matcher m = YEAR.matcher(grid.label(r, c));
					if (m.find() && !matches(preparedOnSpellings, label)) {
						evaluation.setFiscalYear(Integer.parseInt(m.group(1)));
						yearCell = cell;
					}
				}
			}
		}
		String header = SheetGrid.ref(0, 0) + ":" + SheetGrid.ref(Math.max(0, last), grid.lastColumn()); //$NON-NLS-1$
		if (yearCell == null) {
			error(header, Messages.TableReader_noYear);
		}
		if (departmentCell == null) {
			error(header, Messages.TableReader_noDepartment);
		}
	}

	/** A department name as kept: on one line, at most {@link FieldLimits#DEPARTMENT_NAME_LENGTH} long. */
	private String departmentName(String value, String cell) {
		String name = value.replaceAll("[\\s\\p{Z}]+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
		if (name.length() > FieldLimits.DEPARTMENT_NAME_LENGTH) {
			warning(cell, NLS.bind(Messages.TableReader_departmentTooLong, Integer.valueOf(name.length()),
					Integer.valueOf(FieldLimits.DEPARTMENT_NAME_LENGTH)));
			return Texts.cut(name, FieldLimits.DEPARTMENT_NAME_LENGTH).strip();
		}
		return name;
	}

	private boolean isAnyLabel(String label) {
		return matches(departmentSpellings, label) || matches(competentSpellings, label) || matches(preparerSpellings, label) || matches(preparedOnSpellings, label)
				|| matches(yearSpellings, label) || matches(projectNameSpellings, label) || matches(projectCodeSpellings, label) || UNIT_NOTE.matcher(label).find();
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
			Matcher m = TEXT_DATE.matcher(SheetGrid.normalize(grid.text(row, c)));
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

	private boolean matchesMoneyColumn(String heading) {
		return initialSpellings.contains(heading) || adjustedSpellings.contains(heading) || executedSpellings.contains(heading);
	}

	private static BigDecimal factor(String unit) {
		return switch (unit) {
			case "万元", "万" -> TEN_THOUSAND; //$NON-NLS-1$ //$NON-NLS-2$
			case "千元" -> BigDecimal.valueOf(1000); //$NON-NLS-1$
			case "亿元", "亿" -> BigDecimal.valueOf(100_000_000); //$NON-NLS-1$ //$NON-NLS-2$
			default -> BigDecimal.ONE;
		};
	}

	// ---------------------------------------------------------------- budget

	private void readBudget(Evaluation evaluation, int header, BigDecimal tableUnit, Set<Integer> headers) {
		budgetHeader = header;
		int initial = column(grid, header, initialSpellings);
		int adjusted = column(grid, header, adjustedSpellings);
		int executed = column(grid, header, executedSpellings);
		int weight = column(grid, header, weightSpellings);
		int score = column(grid, header, scoreSpellings);
		int explanation = explanationSpellings.isEmpty() ? -1 : column(grid, header, explanationSpellings);
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
			if (column(grid, r, adjustedSpellings) >= 0) {
				continue;
			}
			String label = rowLabel(r, firstMoney, header);
			BigDecimal[] amounts = new BigDecimal[3];
			int[] columns = { initial, adjusted, executed };
			boolean any = false;
			for (int i = 0; i < 3; i++) {
				amounts[i] = columns[i] < 0 ? null : money(r, columns[i], units[i] != null ? units[i] : unit);
				any |= columns[i] >= 0 && !grid.isBlank(r, columns[i]) && !isDash(r, columns[i]);
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
				budgetCell = SheetGrid.ref(r, adjusted);
				if (weight >= 0) {
					budgetWeightCell = SheetGrid.ref(r, weight);
					budget.setWeight(weight(r, weight));
				}
				if (score >= 0) {
					statedBudgetScore = score(r, score);
					statedBudgetScoreCell = SheetGrid.ref(r, score);
				}
				if (explanation >= 0 && !grid.isBlank(r, explanation) && !isDash(r, explanation)) {
					budget.setExplanation(grid.text(r, explanation).strip());
				}
				continue;
			}
			BudgetLine line = FACTORY.createBudgetLine();
			String name = BY_NATURE.matcher(SUB_ROW.matcher(label).replaceFirst("")).replaceFirst("").strip(); //$NON-NLS-1$ //$NON-NLS-2$
			line.setLabel(limited(name, FieldLimits.NAME_LENGTH, SheetGrid.ref(r, Math.max(0, firstMoney - 1)), name));
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
					&& (blockLabels.stream().anyMatch(label::startsWith) || level1Spellings.contains(label))) {
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

	/**
	 * An amount in yuan: a number in the table's unit, or a text with its own unit (20万元). Blank or a
	 * dash is null; anything else unreadable, negative or too large to store is an error on the cell.
	 */
	private BigDecimal money(int row, int column, BigDecimal unit) {
		String cell = SheetGrid.ref(row, column);
		String what = grid.text(budgetHeader, column);
		if (unreadable(row, column, what)) {
			return null;
		}
		Object value = grid.value(row, column);
		BigDecimal amount = null;
		if (value instanceof BigDecimal number) {
			amount = XlsxImporter.yuan(number, unit);
		} else {
			String text = grid.label(row, column).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
			if (text.isEmpty() || DASH.matcher(text).matches()) {
				return null;
			}
			Matcher m = AMOUNT.matcher(text);
			if (!m.matches()) {
				error(cell, NLS.bind(Messages.TableReader_notAnAmount, what, grid.text(row, column)));
				return null;
			}
			amount = XlsxImporter.yuan(new BigDecimal(m.group(1)), m.group(2) == null ? unit : factor(m.group(2)));
		}
		if (!FieldLimits.isStorableAmount(amount)) {
			error(cell, NLS.bind(Messages.TableReader_amountTooLarge, what, grid.text(row, column)));
			return null;
		}
		if (amount.signum() < 0) {
			error(cell, NLS.bind(Messages.TableReader_negativeAmount, what, grid.text(row, column)));
		}
		return amount;
	}

	/** A 分值 cell: blank or a dash is null; negative is an error (kept), above 100 an error (not kept). */
	private BigDecimal weight(int row, int column) {
		BigDecimal weight = number(row, column, Messages.TableReader_weightColumn);
		if (weight == null) {
			return null;
		}
		String cell = SheetGrid.ref(row, column);
		if (weight.signum() < 0) {
			error(cell, NLS.bind(Messages.TableReader_negativeWeight, weight.toPlainString()));
		} else if (weight.compareTo(FieldLimits.MAX_WEIGHT) > 0) {
			error(cell, NLS.bind(Messages.TableReader_weightTooLarge, grid.text(row, column)));
			return null;
		}
		return weight;
	}

	/** A 得分 cell: blank or a dash is null; outside [0, 100] an error (not kept). */
	private BigDecimal score(int row, int column) {
		BigDecimal score = number(row, column, Messages.TableReader_scoreColumn);
		if (score != null && (score.signum() < 0 || score.compareTo(FieldLimits.MAX_WEIGHT) > 0)) {
			error(SheetGrid.ref(row, column), NLS.bind(Messages.TableReader_scoreOutOfRange, grid.text(row, column)));
			return null;
		}
		return score;
	}

	/**
	 * A number cell such as 分值 or 得分, written 10, 10.0, １０, 10分 or 十分: blank or a dash is null;
	 * anything else not a number is an error.
	 */
	private BigDecimal number(int row, int column, String what) {
		if (unreadable(row, column, what)) {
			return null;
		}
		Object value = grid.value(row, column);
		if (value instanceof BigDecimal number) {
			return number;
		}
		String text = grid.label(row, column).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
		if (text.isEmpty() || DASH.matcher(text).matches()) {
			return null;
		}
		Matcher m = SCORE_NUMBER.matcher(text);
		if (m.matches()) {
			return SheetGrid.tidy(new BigDecimal(m.group(1)));
		}
		if (parser.parse(text) instanceof Quantity q && q.comparator() == Comparator.AT_LEAST && !text.startsWith("≥") //$NON-NLS-1$
				&& (q.unit() == Unit.NONE || "分".equals(q.unit().symbol()))) { //$NON-NLS-1$
			return SheetGrid.tidy(q.number());
		}
		error(SheetGrid.ref(row, column), NLS.bind(Messages.TableReader_notANumber, what, grid.text(row, column)));
		return null;
	}

	/** Reports a cell that cannot be read (a formula error, NaN, a broken cell) and says whether it was one. */
	private boolean unreadable(int row, int column, String what) {
		SheetGrid.Unreadable value = grid.unreadable(row, column);
		if (value == null) {
			return false;
		}
		error(SheetGrid.ref(row, column), value.shown().isEmpty() ? NLS.bind(Messages.TableReader_unreadableBlank, what, value.cause())
				: NLS.bind(Messages.TableReader_unreadable, new Object[] { what, value.shown(), value.cause() }));
		return true;
	}

	// ---------------------------------------------------------------- goals

	private void readGoals(Evaluation evaluation, int header, Set<Integer> headers) {
		int expected = column(grid, header, expectedSpellings);
		int achieved = column(grid, header, achievedSpellings);
		for (int r = header + 1; r <= grid.lastRow(); r++) {
			if (headers.contains(r) || isBlockLabelRow(r) || column(grid, r, adjustedSpellings) >= 0) {
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
			if (column(grid, r, expectedSpellings) >= 0) {
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

	/** The text cut at the limit, with an error on the cell when it was longer. */
	private String limited(String text, int limit, String cell, String what) {
		if (text == null || text.length() <= limit) {
			return text;
		}
		error(cell, NLS.bind(Messages.TableReader_tooLong,
				new Object[] { what, Integer.valueOf(text.length()), Integer.valueOf(limit) }));
		return Texts.cut(text, limit);
	}

	// ---------------------------------------------------------------- text blocks

	/**
	 * The format's text blocks (项目基本情况, 评价结论, 存在问题 …): the text right of the block's label,
	 * kept as a narrative section of the block's kind, one paragraph per line; a text longer than the
	 * block allows is a warning on its cell, the text kept whole.
	 */
	private void readTexts(Evaluation evaluation, Set<Integer> headers) {
		for (Block block : format.blocks()) {
			if (block.kind() != BlockKind.TEXT) {
				continue;
			}
			found: for (int r = 0; r <= grid.lastRow(); r++) {
				if (headers.contains(r) || r == indicatorHeader || !expectedSpellings.isEmpty() && column(grid, r, expectedSpellings) >= 0) {
					continue;
				}
				for (int c = 0; c <= grid.lastColumn(); c++) {
					var region = grid.region(r, c);
					if (region != null && (region.getFirstRow() != r || region.getFirstColumn() != c)
							|| !block.labelSpellings().contains(grid.heading(r, c))) {
						continue;
					}
					int value = grid.valueColumnRightOf(r, c);
					if (value < 0) {
						break found;
					}
					String text = grid.text(r, value).strip();
					NarrativeSection section = FACTORY.createNarrativeSection();
					section.setKind(block.section());
					section.setTitle(block.label());
					for (String line : text.split("\\R")) { //$NON-NLS-1$
						if (!line.isBlank()) {
							section.getParagraphs().add(line.strip());
						}
					}
					evaluation.getNarrative().add(section);
					int length = TableFormat.characters(text);
					if (block.maxLength() > 0 && length > block.maxLength()) {
						warning(SheetGrid.ref(r, value), NLS.bind(Messages.TableReader_textTooLong,
								new Object[] { block.label(), Integer.valueOf(length), Integer.valueOf(block.maxLength()) }));
					}
					break found;
				}
			}
		}
	}

	// ---------------------------------------------------------------- indicators

	private Columns indicatorColumns(int header) {
		return new Columns(column(header, Field.LEVEL1), column(header, Field.LEVEL2), column(header, Field.LEVEL3),
				column(header, Field.TARGET), column(header, Field.ACTUAL), column(header, Field.WEIGHT), column(header, Field.SCORE),
				column(header, Field.DEVIATION), column(header, Field.NATURE), column(header, Field.UNIT), column(header, Field.INITIAL_TARGET),
				column(header, Field.CORE), column(header, Field.TARGET_BASIS), column(header, Field.SCORING_CRITERION));
	}

	/** @return the first column of the row whose heading the format accepts for the field, or -1 */
	private int column(int header, Field field) {
		Column column = indicatorBlock.column(field).orElse(null);
		if (column == null || header < 0) {
			return -1;
		}
		for (int c = 0; c <= grid.lastColumn(); c++) {
			if (column.accepts(grid.heading(header, c))) {
				var region = grid.region(header, c);
				return region == null ? c : region.getFirstColumn();
			}
		}
		return -1;
	}

	private void readIndicators(Evaluation evaluation, Columns columns) {
		IndicatorCategory category = null;
		IndicatorSubcategory subcategory = null;
		Indicator last = null;
		boolean inDetails = false;
		boolean ended = false;
		for (int r = indicatorHeader + 1; r <= grid.lastRow(); r++) {
			if (isTotalRow(r) || isGradeRow(r)) {
				ended = true;
				continue;
			}
			if (ended || column(grid, r, level3Spellings) >= 0 || rowIsBlank(r, columns)) {
				continue;
			}
			String name = NUMBERING.matcher(grid.text(r, columns.level3())).replaceFirst(""); //$NON-NLS-1$
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
			boolean noValues = isEmptyOrDash(r, columns.target()) && isEmptyOrDash(r, columns.actual());
			if (noValues && isEmptyOrDash(r, columns.weight()) && noScore
					&& PLACEHOLDER.matcher(SheetGrid.normalize(name)).matches()) {
				continue;
			}
			String level1 = columns.level1() < 0 ? "" : grid.text(r, columns.level1()); //$NON-NLS-1$
			String level2 = columns.level2() < 0 ? level1 : grid.text(r, columns.level2());
			if (name.isEmpty() && noValues) {
				heading(evaluation, r, columns, level1, level2);
				continue;
			}
			if (category == null || !level1.isEmpty() && !sameGroup(category, level1)) {
				category = group(FACTORY.createIndicatorCategory(), level1, r, columns.level1());
				evaluation.getCategories().add(category);
				subcategory = null;
			}
			if (subcategory == null || !level2.isEmpty() && !sameGroup(subcategory, level2)) {
				subcategory = group(FACTORY.createIndicatorSubcategory(), columns.level2() < 0 ? splitWeight(level2)[0] : level2, r,
						columns.level2() < 0 ? Math.max(0, columns.level1()) : columns.level2());
				category.getSubcategories().add(subcategory);
			}
			last = indicator(r, columns, name);
			subcategory.getIndicators().add(last);
		}
	}

	/**
	 * A row that names groups but no indicator (产出指标 | | | … | 50): the groups it names start here,
	 * and a 分值 written on it is the weight of the lowest group it names.
	 */
	private void heading(Evaluation evaluation, int row, Columns columns, String level1, String level2) {
		if (level1.isEmpty() && level2.isEmpty() || isEmptyOrDash(row, columns.weight())) {
			return;
		}
		IndicatorCategory category = evaluation.getCategories().isEmpty() ? null : evaluation.getCategories().getLast();
		if (category == null || !level1.isEmpty() && !sameGroup(category, level1)) {
			category = group(FACTORY.createIndicatorCategory(), level1, row, columns.level1());
			evaluation.getCategories().add(category);
		}
		WeightedGroup group = category;
		if (!level2.isEmpty() && columns.level2() >= 0) {
			IndicatorSubcategory subcategory = category.getSubcategories().isEmpty() ? null : category.getSubcategories().getLast();
			if (subcategory == null || !sameGroup(subcategory, level2)) {
				subcategory = group(FACTORY.createIndicatorSubcategory(), level2, row, columns.level2());
				category.getSubcategories().add(subcategory);
			}
			group = subcategory;
		}
		BigDecimal weight = weight(row, columns.weight());
		if (weight != null && group.getWeight() == null) {
			group.setWeight(weight);
			groupWeightCells.put(group, SheetGrid.ref(row, columns.weight()));
		}
	}

	private boolean isDash(int row, int column) {
		return DASH.matcher(grid.label(row, column)).matches();
	}

	private boolean isEmptyOrDash(int row, int column) {
		return column < 0 || grid.isBlank(row, column) || isDash(row, column);
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
		int c = labelColumn(row, totalRowSpellings);
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
		int c = labelColumn(row, gradeRowSpellings);
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
		String cell = SheetGrid.ref(row, column);
		if (parts[0].isEmpty()) {
			error(cell, Messages.TableReader_groupMissing);
		}
		group.setName(limited(parts[0], FieldLimits.NAME_LENGTH, cell, parts[0]));
		if (parts[1] != null) {
			BigDecimal weight = SheetGrid.tidy(new BigDecimal(parts[1]));
			if (weight.compareTo(FieldLimits.MAX_WEIGHT) > 0) {
				error(cell, NLS.bind(Messages.TableReader_weightTooLarge, parts[1]));
			} else {
				group.setWeight(weight);
				groupWeightCells.put(group, cell);
			}
		}
		return group;
	}

	private Indicator indicator(int row, Columns columns, String written) {
		Indicator indicator = FACTORY.createIndicator();
		String cell = SheetGrid.ref(row, columns.level3());
		String name = written;
		if (name.startsWith(CORE_MARK)) {
			indicator.setCore(true);
			name = name.substring(CORE_MARK.length()).strip();
		}
		if (name.isEmpty()) {
			error(cell, Messages.TableReader_nameMissing);
		}
		indicator.setName(limited(name, FieldLimits.NAME_LENGTH, cell, Messages.TableReader_level3Column));
		String weightCell = SheetGrid.ref(row, columns.weight());
		indicator.setWeight(weight(row, columns.weight()));
		if (indicator.getWeight() == null && isEmptyOrDash(row, columns.weight())) {
			error(weightCell, Messages.TableReader_weightMissing);
		}
		String scoreCell = null;
		if (columns.score() >= 0) {
			scoreCell = SheetGrid.ref(row, columns.score());
			indicator.setStatedScore(score(row, columns.score()));
		}
		String targetCell = SheetGrid.ref(row, columns.target());
		String actualCell = SheetGrid.ref(row, columns.actual());
		rowCells.put(indicator, new RowCells(targetCell, actualCell, weightCell, scoreCell));
		unreadable(row, columns.target(), Messages.TableReader_targetColumn);
		unreadable(row, columns.actual(), Messages.TableReader_actualColumn);
		String targetText = limited(valueText(row, columns.target(), columns.unit()), FieldLimits.VALUE_TEXT_LENGTH, targetCell,
				Messages.TableReader_targetColumn);
		String actualText = limited(valueText(row, columns.actual(), columns.unit()), FieldLimits.VALUE_TEXT_LENGTH, actualCell,
				Messages.TableReader_actualColumn);
		ParseResult target = parser.parse(targetText);
		Comparator comparator = nature(row, columns.nature(), target);
		if (comparator != null && comparator.isQuantitative() && isBareFigure(targetText)) {
			targetText = comparator.symbol() + targetText;
			target = parser.parse(targetText);
		}
		indicator.setTargetText(emptyToNull(targetText));
		if (columns.initialTarget() >= 0) {
			String initialCell = SheetGrid.ref(row, columns.initialTarget());
			String initial = limited(valueText(row, columns.initialTarget(), columns.unit()), FieldLimits.VALUE_TEXT_LENGTH, initialCell,
					grid.text(indicatorHeader, columns.initialTarget()));
			if (comparator != null && comparator.isQuantitative() && isBareFigure(initial)) {
				initial = comparator.symbol() + initial;
			}
			indicator.setInitialTargetText(emptyToNull(initial));
			if (indicator.getTargetText() == null && indicator.getInitialTargetText() != null) {
				targetText = indicator.getInitialTargetText();
				target = parser.parse(targetText);
				indicator.setTargetText(targetText);
			}
		}
		if (columns.core() >= 0) {
			String core = grid.label(row, columns.core());
			indicator.setCore(indicator.isCore() || core.startsWith("是") || core.equals("★") || core.equalsIgnoreCase("Y")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (columns.basis() >= 0 && !grid.isBlank(row, columns.basis())) {
			TargetBasis basis = TargetBasis.get(grid.label(row, columns.basis()));
			if (basis != null) {
				indicator.setTargetBasis(basis);
			} else if (!isDash(row, columns.basis())) {
				warning(SheetGrid.ref(row, columns.basis()), NLS.bind(Messages.TableReader_unknownBasis, grid.text(row, columns.basis())));
			}
		}
		if (columns.criterion() >= 0) {
			indicator.setScoringCriterion(emptyToNull(limited(grid.text(row, columns.criterion()), FieldLimits.VALUE_TEXT_LENGTH,
					SheetGrid.ref(row, columns.criterion()), grid.text(indicatorHeader, columns.criterion()))));
		}
		boolean notApplicable = NOT_APPLICABLE.matcher(grid.label(row, columns.actual())).matches()
				|| columns.score() >= 0 && NOT_APPLICABLE.matcher(grid.label(row, columns.score())).matches();
		indicator.setNotApplicable(notApplicable);
		indicator.setActualText(notApplicable ? null : emptyToNull(actualText));
		if (target instanceof ParseProblem problem && grid.unreadable(row, columns.target()) == null) {
			error(targetCell, problem.cause() == ParseProblem.Cause.EMPTY ? Messages.TableReader_targetMissing
					: NLS.bind(Messages.TableReader_badValue, Messages.TableReader_targetColumn, problem.message()));
		}
		indicator.setComparator(comparator != null ? modelComparator(comparator) : comparatorOf(target));
		if (!notApplicable && parser.parse(actualText) instanceof ParseProblem problem && grid.unreadable(row, columns.actual()) == null) {
			error(actualCell, problem.cause() == ParseProblem.Cause.EMPTY ? Messages.TableReader_actualMissing
					: NLS.bind(Messages.TableReader_badValue, Messages.TableReader_actualColumn, problem.message()));
		}
		if (columns.deviation() >= 0) {
			String deviation = grid.text(row, columns.deviation());
			Matcher m = MEASURES.matcher(deviation);
			String reason = deviation;
			if (m.find()) {
				reason = deviation.substring(0, m.start());
				indicator.setImprovementMeasures(emptyToNull(deviation.substring(m.end())));
			}
			indicator.setDeviationReason(emptyToNull(REASON.matcher(reason).replaceFirst(""))); //$NON-NLS-1$
		}
		return indicator;
	}

	/**
	 * The comparator the 指标性质 column states, or null when it states none (blank, 定量, unknown — a
	 * warning) or when it contradicts the comparator the target writes itself (a warning: the target's
	 * own wording counts).
	 */
	private Comparator nature(int row, int column, ParseResult target) {
		if (column < 0 || grid.isBlank(row, column) || isDash(row, column)) {
			return null;
		}
		String nature = grid.text(row, column);
		String cell = SheetGrid.ref(row, column);
		Optional<Comparator> declared = Comparator.fromNature(nature);
		if (declared.isEmpty()) {
			if (!Comparator.isUndirectedNature(nature)) {
				warning(cell, NLS.bind(Messages.TableReader_unknownNature, nature));
			}
			return null;
		}
		if (declared.get().isQuantitative() && target instanceof Quantity quantity && !isBareFigure(target.text())
				&& quantity.comparator().isPositive() != declared.get().isPositive()) {
			warning(cell, NLS.bind(Messages.TableReader_natureConflicts, nature, target.text()));
			return null;
		}
		return declared.get();
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
		return m.matches() && (m.group(1).isEmpty() || m.group(1).length() <= 4 && m.group(1).codePoints().allMatch(Character::isLetter)
				|| Unit.of(m.group(1)).isPresent());
	}

	/**
	 * The text of a target or actual cell; with a 度量单位 column, a bare figure gets its unit (30 and 名
	 * become 30名, 192 and 只 become 192只). A cell that cannot be read (reported where it is read) gives
	 * no text, so that its row scores 0 until the cell is filled in.
	 */
	private String valueText(int row, int column, int unitColumn) {
		if (grid.unreadable(row, column) != null) {
			return ""; //$NON-NLS-1$
		}
		String text = grid.text(row, column);
		if (unitColumn < 0 || text.isEmpty() || grid.isBlank(row, unitColumn) || isDash(row, unitColumn)) {
			return text;
		}
		String unit = grid.text(row, unitColumn).strip();
		ParseResult parsed = parser.parse(text);
		return parsed instanceof Quantity quantity && quantity.unit() == Unit.NONE ? text + unit : text;
	}

	// ---------------------------------------------------------------- weights and scores

	/**
	 * Checks the weights the table states against those of the rows below them, each difference an
	 * error on the cell that states the weight, and the budget weight and 一级 weights against 100. A
	 * 一级 group that states no weight takes the sum of its rows'.
	 */
	private void checkWeights(Evaluation evaluation, String weightHeaderCell) {
		boolean complete = evaluation.getBudget().getWeight() != null;
		BigDecimal total = complete ? evaluation.getBudget().getWeight() : BigDecimal.ZERO;
		for (IndicatorCategory category : evaluation.getCategories()) {
			BigDecimal rows = BigDecimal.ZERO;
			boolean known = true;
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				BigDecimal indicators = sum(subcategory.getIndicators().stream().map(Indicator::getWeight).toList());
				if (subcategory.getWeight() != null && indicators != null) {
					checkSum(subcategory, indicators);
				}
				BigDecimal weight = subcategory.getWeight() != null ? subcategory.getWeight() : indicators;
				known &= weight != null;
				rows = weight == null ? rows : rows.add(weight);
			}
			if (category.getWeight() == null && known) {
				category.setWeight(SheetGrid.tidy(rows));
			} else if (category.getWeight() != null && known) {
				checkSum(category, rows);
			}
			complete &= category.getWeight() != null;
			total = category.getWeight() == null ? total : total.add(category.getWeight());
		}
		if (complete && total.subtract(HUNDRED).abs().compareTo(SUM_TOLERANCE) > 0) {
			error(weightHeaderCell, NLS.bind(Messages.TableReader_weightsTotal, SheetGrid.tidy(total).toPlainString()));
		}
	}

	private static BigDecimal sum(List<BigDecimal> weights) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal weight : weights) {
			if (weight == null) {
				return null;
			}
			sum = sum.add(weight);
		}
		return sum;
	}

	private void checkSum(WeightedGroup group, BigDecimal rows) {
		if (rows.subtract(group.getWeight()).abs().compareTo(SUM_TOLERANCE) > 0 && groupWeightCells.containsKey(group)) {
			error(groupWeightCells.get(group), NLS.bind(Messages.TableReader_weightsSum,
					new Object[] { group.getName(), SheetGrid.tidy(rows).toPlainString(), group.getWeight().toPlainString() }));
		}
	}

	/**
	 * Scores the evaluation as read: every error of a row's score that the reading did not report is
	 * reported on the cell it concerns; the stated 得分, 总分 and 自评等级 are compared with the engine's.
	 */
	private void checkScores(Evaluation evaluation) {
		ScoreSheet sheet = new EvaluationScorer(rules).score(evaluation);
		for (ScoreProblem problem : sheet.budget().problems()) {
			if (problem.code() == ScoreProblem.Code.ZERO_BUDGET && budgetCell != null) {
				error(budgetCell, problem.message());
			} else if (problem.code() == ScoreProblem.Code.WEIGHT_NOT_POSITIVE && budgetWeightCell != null
					&& evaluation.getBudget().getWeight() != null && evaluation.getBudget().getWeight().signum() == 0) {
				error(budgetWeightCell, problem.message());
			}
		}
		if (statedBudgetScore != null && differs(statedBudgetScore, sheet.budget().score())) {
			warning(statedBudgetScoreCell, NLS.bind(Messages.TableReader_budgetScoreDiffers, plain(statedBudgetScore),
					plain(sheet.budget().score())));
		}
		for (IndicatorScore row : sheet.indicators()) {
			RowCells cells = rowCells.get(row.indicator());
			boolean unread = row.target() instanceof ParseProblem || row.actual() instanceof ParseProblem;
			for (ScoreProblem problem : row.score().problems()) {
				switch (problem.code()) {
					case STATED_SCORE_DIFFERS -> warning(cells.score(), problem.message());
					case UNITS_DIFFER -> warning(cells.actual(), problem.message());
					case OFFICER_SCORE_REQUIRED -> {
						if (!unread) {
							error(cells.actual(), NLS.bind(Messages.TableReader_badValue, Messages.TableReader_actualColumn, problem.message()));
						}
					}
					case TARGET_NOT_SCORABLE -> {
						if (!unread) {
							error(cells.target(), NLS.bind(Messages.TableReader_badValue, Messages.TableReader_targetColumn, problem.message()));
						}
					}
					case OFFICER_SCORE_OUT_OF_RANGE, OFFICER_SCORE_OUT_OF_BAND, OFFICER_SCORE_ABOVE_LATE_CAP -> error(
							cells.score() == null ? cells.actual() : cells.score(), problem.message());
					case WEIGHT_NOT_POSITIVE -> {
						if (row.indicator().getWeight() != null && row.indicator().getWeight().signum() == 0) {
							error(cells.weight(), problem.message());
						}
					}
					default -> {
						// the remaining codes concern the budget row or an officer's adjustment, which a table has not
					}
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
