package org.jixiao.interchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.scoring.WeightTemplate;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;

/**
 * One self-evaluation table layout (a jurisdiction's 部门整体 or 项目支出 table) as data, read from a JSON
 * file by {@link TableFormats}: the blocks in the order the table prints them, and for each block its
 * columns (printed heading, the spellings the importer accepts, the model field it maps to, its span in
 * the sheet's and in the report's columns) or its labelled lines. The importer ({@link XlsxImporter}),
 * the exporter ({@link XlsxExporter}) and the report's 自评表 all work from it.
 * <p>
 * Sheet columns are laid out from the left in the order of a block's columns: the 绩效指标 block from
 * column 0; the budget and goals blocks after their block label ({@link Block#labelSpan()}) and, for the
 * budget, the row labels ({@link Block#rowLabelSpan()}). Report columns likewise, over
 * {@link #reportColumns()} columns.
 */
public final class TableFormat {

	/** What a block of the table holds. */
	public enum BlockKind {
		/** Labelled values above the blocks: 部门名称, 项目名称, 主管部门, 填报人 … ({@link Block#lines()}). */
		HEADER,
		/** The budget (预算资金, 项目资金, 预算执行情况): amount columns, the total row and the breakdown rows. */
		BUDGET,
		/** 年度总体目标: 预期目标 and 实际完成情况. */
		GOALS,
		/** 绩效指标: one row per 三级 indicator. */
		INDICATORS,
		/** The rows below the indicators: 总分, 自评等级 ({@link Block#lines()}). */
		TOTALS,
		/** A labelled paragraph (评价结论, 存在问题 …), kept as a narrative section of {@link Block#section()}. */
		TEXT,
		/** Labels with room for a signature (项目负责人, 财务负责人); printed only. */
		SIGNATURES;

		/** @return the name the JSON file uses, e.g. {@code indicators} */
		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** The model field a column or a labelled line maps to; the JSON file names it by {@link #id()}. */
	public enum Field {
		/** Header: 部门（单位）名称, or a project's 实施单位 (Department.name). */
		DEPARTMENT("department"), //$NON-NLS-1$
		/** Header: 主管部门 (Department.competentDepartment). */
		COMPETENT_DEPARTMENT("competentDepartment"), //$NON-NLS-1$
		/** Header: 填报人 (Evaluation.preparer). */
		PREPARER("preparer"), //$NON-NLS-1$
		/** Header: 填报日期 (Evaluation.preparedOn). */
		PREPARED_ON("preparedOn"), //$NON-NLS-1$
		/** Header: 年度, read only (the title states the year). */
		YEAR("year"), //$NON-NLS-1$
		/** Header: 项目名称 (Evaluation.projectName). */
		PROJECT_NAME("projectName"), //$NON-NLS-1$
		/** Header: 项目编码 (Evaluation.projectCode). */
		PROJECT_CODE("projectCode"), //$NON-NLS-1$
		/** Budget column: 年初预算数. */
		INITIAL_BUDGET("initialBudget"), //$NON-NLS-1$
		/** Budget column: 全年预算数, 调整后预算数. */
		ADJUSTED_BUDGET("adjustedBudget"), //$NON-NLS-1$
		/** Budget column: 全年执行数, 预算执行数. */
		EXECUTED("executed"), //$NON-NLS-1$
		/** Budget column: 执行率, computed. */
		EXECUTION_RATE("executionRate"), //$NON-NLS-1$
		/** Budget column: the reason of a low execution (原因; Budget.explanation). */
		BUDGET_EXPLANATION("budgetExplanation"), //$NON-NLS-1$
		/** Budget row: the total (年度资金总额, 合计). */
		BUDGET_TOTAL("budgetTotal"), //$NON-NLS-1$
		/** Budget row: a source of funds (当年财政拨款, 财政资金 …). */
		INCOME("income"), //$NON-NLS-1$
		/** Budget row: a use of funds (基本支出, 项目支出). */
		EXPENDITURE("expenditure"), //$NON-NLS-1$
		/** Goals column: 预期目标. */
		EXPECTED("expected"), //$NON-NLS-1$
		/** Goals column: 实际完成情况. */
		ACHIEVED("achieved"), //$NON-NLS-1$
		/** Indicator column: 一级指标 (the category). */
		LEVEL1("level1"), //$NON-NLS-1$
		/** Indicator column: 二级指标 (the subcategory). */
		LEVEL2("level2"), //$NON-NLS-1$
		/** Indicator column: 三级指标, 指标名称. */
		LEVEL3("level3"), //$NON-NLS-1$
		/** Indicator column: 指标性质 (Indicator.comparator). */
		NATURE("nature"), //$NON-NLS-1$
		/** Indicator column: the year's target that scoring uses (年度指标值, 调整指标值). */
		TARGET("target"), //$NON-NLS-1$
		/** Indicator column: 年初指标值 where the table also has the adjusted target (Indicator.initialTargetText). */
		INITIAL_TARGET("initialTarget"), //$NON-NLS-1$
		/** Indicator column: 度量单位, 计量单位 (Indicator.targetUnit). */
		UNIT("unit"), //$NON-NLS-1$
		/** Indicator column: 实际完成值, 全年完成值. */
		ACTUAL("actual"), //$NON-NLS-1$
		/** Budget or indicator column: 分值, 权重. */
		WEIGHT("weight"), //$NON-NLS-1$
		/** Budget or indicator column: 得分. */
		SCORE("score"), //$NON-NLS-1$
		/** Indicator column: 得分系数(%), the score as a percentage of the weight, computed. */
		SCORE_RATE("scoreRate"), //$NON-NLS-1$
		/** Indicator column: 偏差原因分析及改进措施, 未完成原因分析. */
		DEVIATION("deviation"), //$NON-NLS-1$
		/** Indicator column: 是否核心指标 (是/否). */
		CORE("core"), //$NON-NLS-1$
		/** Indicator column: 指标值设定依据 (Indicator.targetBasis). */
		TARGET_BASIS("targetBasis"), //$NON-NLS-1$
		/** Indicator column: 评（扣）分标准 (Indicator.scoringCriterion). */
		SCORING_CRITERION("scoringCriterion"), //$NON-NLS-1$
		/** Totals line: 总分. */
		TOTAL("total"), //$NON-NLS-1$
		/** Totals line: 自评等级. */
		GRADE("grade"), //$NON-NLS-1$
		/** Signature line. */
		SIGNATURE("signature"); //$NON-NLS-1$

		private final String id;

		Field(String id) {
			this.id = id;
		}

		/** @return the name the JSON file uses */
		public String id() {
			return id;
		}
	}

	/**
	 * A column of a block.
	 *
	 * @param heading the heading as printed, or {@code null} for a column only read when a table has it
	 * @param field the model field
	 * @param spellings the headings the importer accepts, normalized (NFKC, no blanks, no parenthesised
	 *            parts), the printed one among them
	 * @param loose a pattern any heading matching which is accepted too, or {@code null}
	 * @param sheetSpan the sheet columns the column spans (merged); 0 when not printed
	 * @param reportSpan the report columns the column spans; 0 when not printed
	 */
	public record Column(String heading, Field field, Set<String> spellings, Pattern loose, int sheetSpan, int reportSpan) {

		/** Copies the spellings. */
		public Column {
			Objects.requireNonNull(field);
			spellings = Set.copyOf(spellings);
		}

		/** @return whether the table prints the column */
		public boolean printed() {
			return heading != null && sheetSpan > 0;
		}

		/**
		 * @param normalized a header cell's heading, normalized as {@link #spellings()}
		 * @return whether the importer takes the cell as this column's heading
		 */
		public boolean accepts(String normalized) {
			return spellings.contains(normalized) || loose != null && loose.matcher(normalized).find();
		}
	}

	/**
	 * A labelled line: a header value, a fixed budget row, a totals row or a signature.
	 *
	 * @param label the label as printed
	 * @param field the model field
	 * @param spellings the labels the importer accepts, normalized, the printed one among them
	 */
	public record Line(String label, Field field, Set<String> spellings) {

		/** Copies the spellings. */
		public Line {
			Objects.requireNonNull(field);
			spellings = Set.copyOf(spellings);
		}
	}

	/**
	 * A block of the table.
	 *
	 * @param kind what the block holds
	 * @param label the block's label as printed (merged down its rows at the left, or the label of a
	 *            text block); {@code {unit}} stands for the money unit; {@code null} for none
	 * @param labelSpellings the labels the importer accepts for it, normalized
	 * @param labelSpan the sheet columns the label spans at the left of the block's rows (0: a label row
	 *            above the block)
	 * @param rowLabelSpan the budget block's sheet columns of its row labels
	 * @param rowLabelHeading the budget block's heading above its row labels ({@code {unit}} for the money
	 *            unit), or {@code null} for a blank cell
	 * @param columns the block's columns in printed order
	 * @param lines the labelled lines (header, budget rows, totals, signatures)
	 * @param section the narrative section a text block is kept as
	 * @param maxLength the longest text a text block should hold (字), 0 for no limit; a longer one is a
	 *            warning on its cell
	 */
	public record Block(BlockKind kind, String label, Set<String> labelSpellings, int labelSpan, int rowLabelSpan, String rowLabelHeading, List<Column> columns,
			List<Line> lines, SectionKind section, int maxLength) {

		/** Copies the lists. */
		public Block {
			Objects.requireNonNull(kind);
			labelSpellings = Set.copyOf(labelSpellings);
			columns = List.copyOf(columns);
			lines = List.copyOf(lines);
		}

		/** @return the block's column of the field, if it has one */
		public Optional<Column> column(Field field) {
			return columns.stream().filter(c -> c.field() == field).findFirst();
		}

		/** @return the columns the table prints */
		public List<Column> printedColumns() {
			return columns.stream().filter(Column::printed).toList();
		}

		/**
		 * @param evaluation an evaluation
		 * @return the narrative section a text block holds: the evaluation's section of the block's kind
		 *         titled as the block (or untitled), if it has one
		 */
		public Optional<NarrativeSection> section(Evaluation evaluation) {
			return evaluation.getNarrative().stream().filter(s -> s.getKind() == section
					&& (s.getTitle() == null || TableFormats.normalize(s.getTitle()).equals(TableFormats.normalize(label))))
					.findFirst();
		}

		/** @return the label with the money unit in place of {@code {unit}} */
		public String label(MoneyUnit unit) {
			return withUnit(label, unit);
		}

		/** @return the heading above the budget's row labels with the money unit in place of {@code {unit}} */
		public String rowLabelHeading(MoneyUnit unit) {
			return withUnit(rowLabelHeading, unit);
		}

		private static String withUnit(String text, MoneyUnit unit) {
			return text == null ? null : text.replace("{unit}", (unit == null ? MoneyUnit.YUAN : unit).getLiteral()); //$NON-NLS-1$
		}

		/** @return the sheet column a printed column starts at, or -1 for one not printed */
		public int sheetColumn(Column column) {
			int at = labelSpan + (kind == BlockKind.BUDGET ? rowLabelSpan : 0);
			for (Column c : columns) {
				if (c == column) {
					return c.printed() ? at : -1;
				}
				at += c.printed() ? c.sheetSpan() : 0;
			}
			return -1;
		}

		/** @return the report column a printed column starts at, like {@link #sheetColumn(Column)} */
		public int reportColumn(Column column) {
			int at = labelSpan + (kind == BlockKind.BUDGET ? rowLabelSpan : 0);
			for (Column c : columns) {
				if (c == column) {
					return c.printed() ? at : -1;
				}
				at += c.printed() ? c.reportSpan() : 0;
			}
			return -1;
		}
	}

	/** The source of the diagnostics a format makes of an evaluation. */
	public static final String SOURCE = "org.jixiao.interchange"; //$NON-NLS-1$

	private static final Pattern LINE_BREAK = Pattern.compile("\\R"); //$NON-NLS-1$

	private final String id;
	private final String nameZh;
	private final String nameEn;
	private final String jurisdiction;
	private final Set<EvaluationKind> kinds;
	private final String ruleSetId;
	private final WeightTemplate defaultWeights;
	private final String title;
	private final List<String> markers;
	private final List<Integer> columnWidths;
	private final int reportColumns;
	private final List<Block> blocks;
	private final boolean builtIn;

	TableFormat(String id, String nameZh, String nameEn, String jurisdiction, Set<EvaluationKind> kinds, String ruleSetId,
			WeightTemplate defaultWeights, String title, List<String> markers, List<Integer> columnWidths, int reportColumns,
			List<Block> blocks, boolean builtIn) {
		this.id = id;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.jurisdiction = jurisdiction;
		this.kinds = Set.copyOf(kinds);
		this.ruleSetId = ruleSetId;
		this.defaultWeights = defaultWeights;
		this.title = title;
		this.markers = List.copyOf(markers);
		this.columnWidths = List.copyOf(columnWidths);
		this.reportColumns = reportColumns;
		this.blocks = List.copyOf(blocks);
		this.builtIn = builtIn;
	}

	/** @return the id, e.g. {@code sichuan-project}; a department's file is named {@code <id>.json} */
	public String id() {
		return id;
	}

	/** @return the name in the language of the locale (Chinese unless English is asked for) */
	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh; //$NON-NLS-1$
	}

	/** @return the name in the default locale's language */
	public String name() {
		return name(Locale.getDefault());
	}

	/** @return the jurisdiction whose table this is, e.g. 中央, 四川省 */
	public String jurisdiction() {
		return jurisdiction;
	}

	/** @return the evaluation kinds the format serves */
	public Set<EvaluationKind> kinds() {
		return kinds;
	}

	/** @return whether the format serves evaluations of the kind */
	public boolean serves(EvaluationKind kind) {
		return kinds.contains(kind);
	}

	/** @return the id of the rule set the format pairs with */
	public String ruleSetId() {
		return ruleSetId;
	}

	/** @return the default weights of a new evaluation in this format */
	public WeightTemplate defaultWeights() {
		return defaultWeights;
	}

	/** @return the table's title, e.g. 项目支出绩效自评表 */
	public String title() {
		return title;
	}

	/** @return the normalized headings that tell a table in this format from the others (detection) */
	public List<String> markers() {
		return markers;
	}

	/** @return the widths of the sheet's columns, in characters; their number is the sheet's columns */
	public List<Integer> columnWidths() {
		return columnWidths;
	}

	/** @return the number of the sheet's columns */
	public int sheetColumns() {
		return columnWidths.size();
	}

	/** @return the number of the report table's columns */
	public int reportColumns() {
		return reportColumns;
	}

	/** @return the blocks in printed order */
	public List<Block> blocks() {
		return blocks;
	}

	/**
	 * The text blocks whose text in the evaluation is longer than the format allows (四川's 项目基本情况,
	 * 评价结论, 存在问题 and 改进措施: 200 字 each).
	 *
	 * @param evaluation an evaluation
	 * @return a warning for each such block, on its narrative section, naming the block, the length and
	 *         the limit
	 */
	public List<Diagnostic> textsTooLong(Evaluation evaluation) {
		return blocks.stream().filter(block -> block.kind() == BlockKind.TEXT && block.maxLength() > 0).flatMap(block -> block.section(evaluation)
				.filter(section -> characters(String.join("", section.getParagraphs())) > block.maxLength()).stream() //$NON-NLS-1$
				.map(section -> (Diagnostic) new BasicDiagnostic(Diagnostic.WARNING, SOURCE, 0, NLS.bind(Messages.TableFormat_textTooLong,
						new Object[] { block.label(), Integer.valueOf(characters(String.join("", section.getParagraphs()))), //$NON-NLS-1$
								Integer.valueOf(block.maxLength()), name() }),
						new Object[] { section, EvaluationPackage.Literals.NARRATIVE_SECTION__PARAGRAPHS })))
				.toList();
	}

	/**
	 * @param text a text
	 * @return the characters (字) of the text as a table's length limit counts them: code points, line
	 *         breaks left out
	 */
	public static int characters(String text) {
		String joined = LINE_BREAK.matcher(text).replaceAll(""); //$NON-NLS-1$
		return joined.codePointCount(0, joined.length());
	}

	/** @return the first block of the kind, if the format has one */
	public Optional<Block> block(BlockKind kind) {
		return blocks.stream().filter(b -> b.kind() == kind).findFirst();
	}

	/** @return whether the format ships with the product (a department's file of the same id replaces it) */
	public boolean isBuiltIn() {
		return builtIn;
	}

	@Override
	public String toString() {
		return id;
	}
}
