package org.jixiao.interchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.model.evaluation.MoneyUnit;

/**
 * The layout of the official 部门整体支出绩效自评表, kept in one place for the .xlsx and .ods reader,
 * the writer ({@link XlsxExporter}) and the report's 自评表: for each column of a block, the heading as
 * printed, the headings the reader accepts for it, and how many of the report table's ten columns it
 * spans. A change to the table's columns is made here.
 */
public final class OfficialTable {

	/**
	 * What the actual value cell of an indicator that does not apply says (不适用); its 得分 cell is left
	 * blank and the total is rescaled to 100 over the applicable weights.
	 */
	public static final String NOT_APPLICABLE = "不适用"; //$NON-NLS-1$

	private OfficialTable() {
	}

	/**
	 * The columns of the 绩效指标 block, in the order the table prints them; {@link #NATURE} and
	 * {@link #UNIT} are not printed but read when a table has them.
	 */
	public enum IndicatorColumn {
		/** 一级指标, its group merged down its rows. */
		LEVEL1("一级指标", 1, null), //$NON-NLS-1$
		/** 二级指标, its group merged down its rows. */
		LEVEL2("二级指标", 1, null), //$NON-NLS-1$
		/** 三级指标, the indicator's name. */
		LEVEL3("三级指标", 1, null), //$NON-NLS-1$
		/** The target. */
		TARGET("年度指标值", 1, null, "指标值", "年度目标值", "目标值", "预期指标值", "全年指标值", "年度指标", "年初目标值", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				"年初指标值", "计划值"), //$NON-NLS-1$ //$NON-NLS-2$
		/** The actual value. */
		ACTUAL("实际完成值", 1, null, "全年实际完成值", "实际值", "完成值", "实际完成", "全年实际值", "全年完成值", "实际完成数"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		/** The weight. */
		WEIGHT("分值", 1, null, "权重", "权重分值", "标准分值", "指标分值"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		/** The score. */
		SCORE("得分", 1, null, "自评得分", "评分", "实际得分"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		/** The deviation's reason and the improvement measures; any heading naming a reason or measures is accepted. */
		DEVIATION("偏差原因分析及改进措施", 3, Pattern.compile("^偏差原因|原因分析|改进措施|未完成原因")), //$NON-NLS-1$ //$NON-NLS-2$
		/** 指标性质, read only. */
		NATURE(null, 0, null, "指标性质", "指标方向", "性质"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/** 度量单位, read only. */
		UNIT(null, 0, null, "度量单位", "计量单位", "单位"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		private final String heading;
		private final int reportColumns;
		private final Pattern loose;
		private final Set<String> spellings;

		IndicatorColumn(String heading, int reportColumns, Pattern loose, String... others) {
			this.heading = heading;
			this.reportColumns = reportColumns;
			this.loose = loose;
			this.spellings = accepted(heading, others);
		}

		/** @return the heading as printed, or {@code null} for a column the table does not print */
		public String heading() {
			return heading;
		}

		/** @return the number of the report table's ten columns the column spans; 0 when it is not printed */
		public int reportColumns() {
			return reportColumns;
		}

		/** @return the exact headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return spellings;
		}

		/**
		 * @param heading a header cell's normalized text
		 * @return whether the reader takes the cell as this column's heading
		 */
		public boolean accepts(String heading) {
			return spellings.contains(heading) || loose != null && loose.matcher(heading).find();
		}

		/** @return the columns the table prints, in order; a column's index is its sheet column in the .xlsx */
		public static List<IndicatorColumn> printed() {
			return Arrays.stream(values()).filter(c -> c.heading != null).toList();
		}
	}

	/**
	 * The columns of the budget block ({@link #budgetBlockLabel}) right of its row labels, in the order the table prints
	 * them; {@link #WEIGHT} and {@link #SCORE} take the headings of the indicator block's.
	 */
	public enum BudgetColumn {
		/** The initial budget. */
		INITIAL("年初预算数", 1, "年初预算", "年初预算金额"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/** The adjusted budget. */
		ADJUSTED("全年预算数", 1, "调整后预算数", "全年预算", "调整预算数", "预算数"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		/** The amount executed. */
		EXECUTED("全年执行数", 2, "执行数", "实际执行数", "全年执行", "预算执行数"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		/** The budget's weight. */
		WEIGHT(IndicatorColumn.WEIGHT),
		/** The execution rate, computed; the reader does not look for it. */
		RATE("执行率", 1), //$NON-NLS-1$
		/** The budget's score. */
		SCORE(IndicatorColumn.SCORE);

		private final String heading;
		private final int reportColumns;
		private final Set<String> spellings;

		BudgetColumn(String heading, int reportColumns, String... others) {
			this.heading = heading;
			this.reportColumns = reportColumns;
			this.spellings = accepted(heading, others);
		}

		BudgetColumn(IndicatorColumn same) {
			this.heading = same.heading();
			this.reportColumns = same.reportColumns();
			this.spellings = same.spellings();
		}

		/** @return the heading as printed */
		public String heading() {
			return heading;
		}

		/** @return the number of the report table's ten columns the column spans */
		public int reportColumns() {
			return reportColumns;
		}

		/** @return the headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return spellings;
		}

		/** @return the column's sheet column in the .xlsx, right of the block's label and the row labels */
		public int sheetColumn() {
			return 2 + ordinal();
		}
	}

	/** The two columns of the 年度总体目标 block, each merged across several columns of the table. */
	public enum GoalColumn {
		/** The goal as set at the start of the year. */
		EXPECTED("预期目标", 1, 4, 4, "年度目标", "预期目标值", "年初设定目标", "项目年度目标"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		/** What was achieved. */
		ACHIEVED("实际完成情况", 5, 7, 5, "实际完成", "完成情况", "全年实际完成情况", "年度总体目标完成情况综述", "年度目标完成情况"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

		private final String heading;
		private final int firstSheetColumn;
		private final int lastSheetColumn;
		private final int reportColumns;
		private final Set<String> spellings;

		GoalColumn(String heading, int firstSheetColumn, int lastSheetColumn, int reportColumns, String... others) {
			this.heading = heading;
			this.firstSheetColumn = firstSheetColumn;
			this.lastSheetColumn = lastSheetColumn;
			this.reportColumns = reportColumns;
			this.spellings = accepted(heading, others);
		}

		/** @return the heading as printed */
		public String heading() {
			return heading;
		}

		/** @return the first of the .xlsx sheet columns the column is merged across */
		public int firstSheetColumn() {
			return firstSheetColumn;
		}

		/** @return the last of the .xlsx sheet columns the column is merged across */
		public int lastSheetColumn() {
			return lastSheetColumn;
		}

		/** @return the number of the report table's ten columns the column spans */
		public int reportColumns() {
			return reportColumns;
		}

		/** @return the headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return spellings;
		}
	}

	/**
	 * @param unit the money unit the table is presented in, or {@code null} for yuan
	 * @return the label of the budget block, merged down its rows, e.g. {@code 年度预算资金（万元）}
	 */
	public static String budgetBlockLabel(MoneyUnit unit) {
		return "年度预算资金（" + (unit == null ? MoneyUnit.YUAN : unit).getLiteral() + "）"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The labelled lines above the budget block, each printed as its label followed by its value;
	 * {@link #YEAR} is printed in the title line instead and only read when a table labels it.
	 */
	public enum HeaderLabel {
		/** The department. */
		DEPARTMENT("部门名称", "部门(单位)名称", "单位名称", "部门单位名称", "预算部门", "部门", "实施单位", "项目实施单位"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
		/** The competent department. */
		COMPETENT("主管部门", "主管部门及代码"), //$NON-NLS-1$ //$NON-NLS-2$
		/** Who prepared the table. */
		PREPARER("填报人", "填表人", "填报单位"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		/** When it was prepared. */
		PREPARED_ON("填报日期", "填表日期"), //$NON-NLS-1$ //$NON-NLS-2$
		/** The fiscal year, read only. */
		YEAR(null, "年度", "评价年度", "所属年度"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		private final String heading;
		private final Set<String> spellings;

		HeaderLabel(String heading, String... others) {
			this.heading = heading;
			this.spellings = accepted(heading, others);
		}

		/** @return the label as printed, or {@code null} for one the table does not print as a label */
		public String heading() {
			return heading;
		}

		/** @return the labels the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return spellings;
		}
	}

	/** The two rows below the indicator block, each a label followed by its values. */
	public enum TotalRow {
		/** The total score. */
		TOTAL("总分", "合计", "总计", "自评总分", "综合得分", "合计得分"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		/** The grade. */
		GRADE("自评等级", "评价等级", "绩效等级", "等级"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		private final String heading;
		private final Set<String> spellings;

		TotalRow(String heading, String... others) {
			this.heading = heading;
			this.spellings = accepted(heading, others);
		}

		/** @return the label as printed */
		public String heading() {
			return heading;
		}

		/** @return the labels the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return spellings;
		}
	}

	private static Set<String> accepted(String heading, String... others) {
		String[] all = Arrays.copyOf(others, others.length + (heading == null ? 0 : 1));
		if (heading != null) {
			all[others.length] = heading;
		}
		return Set.of(all);
	}
}
