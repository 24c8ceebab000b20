package org.jixiao.interchange;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jixiao.interchange.TableFormat.Block;
import org.jixiao.interchange.TableFormat.BlockKind;
import org.jixiao.interchange.TableFormat.Column;
import org.jixiao.interchange.TableFormat.Field;
import org.jixiao.interchange.TableFormat.Line;
import org.jixiao.model.evaluation.MoneyUnit;

/**
 * The official 部门整体支出绩效自评表 by name, for the report's 自评表: the columns, lines and labels of
 * the built-in table format {@value TableFormats#CENTRAL_DEPARTMENT} ({@code formats/central-department.json}),
 * where the layout is kept: for each column of a block, the heading as printed, the headings the reader
 * accepts for it, and how many of the report table's columns it spans. A change to the table's columns is
 * made in that file.
 */
public final class OfficialTable {

	/**
	 * What the actual value cell of an indicator that does not apply says (不适用); its 得分 cell is left
	 * blank and the total is rescaled to 100 over the applicable weights.
	 */
	public static final String NOT_APPLICABLE = "不适用"; //$NON-NLS-1$

	private OfficialTable() {
	}

	private static Block block(BlockKind kind) {
		return TableFormats.builtIn(TableFormats.CENTRAL_DEPARTMENT).block(kind).orElseThrow();
	}

	private static Column column(BlockKind kind, Field field) {
		return block(kind).column(field).orElseThrow();
	}

	private static Line line(BlockKind kind, Field field) {
		return block(kind).lines().stream().filter(l -> l.field() == field).findFirst().orElseThrow();
	}

	/**
	 * The columns of the 绩效指标 block, in the order the table prints them; {@link #NATURE} and
	 * {@link #UNIT} are not printed but read when a table has them.
	 */
	public enum IndicatorColumn {
		/** 一级指标, its group merged down its rows. */
		LEVEL1(Field.LEVEL1),
		/** 二级指标, its group merged down its rows. */
		LEVEL2(Field.LEVEL2),
		/** 三级指标, the indicator's name. */
		LEVEL3(Field.LEVEL3),
		/** The target. */
		TARGET(Field.TARGET),
		/** The actual value. */
		ACTUAL(Field.ACTUAL),
		/** The weight. */
		WEIGHT(Field.WEIGHT),
		/** The score. */
		SCORE(Field.SCORE),
		/** The deviation's reason and the improvement measures; any heading naming a reason or measures is accepted. */
		DEVIATION(Field.DEVIATION),
		/** 指标性质, read only. */
		NATURE(Field.NATURE),
		/** 度量单位, read only. */
		UNIT(Field.UNIT);

		private final Field field;

		IndicatorColumn(Field field) {
			this.field = field;
		}

		private Column column() {
			return OfficialTable.column(BlockKind.INDICATORS, field);
		}

		/** @return the heading as printed, or {@code null} for a column the table does not print */
		public String heading() {
			return column().heading();
		}

		/** @return the number of the report table's ten columns the column spans; 0 when it is not printed */
		public int reportColumns() {
			return column().reportSpan();
		}

		/** @return the exact headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return column().spellings();
		}

		/**
		 * @param heading a header cell's normalized text
		 * @return whether the reader takes the cell as this column's heading
		 */
		public boolean accepts(String heading) {
			return column().accepts(heading);
		}

		/** @return the columns the table prints, in order; a column's index is its sheet column in the .xlsx */
		public static List<IndicatorColumn> printed() {
			return Arrays.stream(values()).filter(c -> c.column().printed()).toList();
		}
	}

	/**
	 * The columns of the budget block ({@link #budgetBlockLabel}) right of its row labels, in the order the table prints
	 * them.
	 */
	public enum BudgetColumn {
		/** The initial budget. */
		INITIAL(Field.INITIAL_BUDGET),
		/** The adjusted budget. */
		ADJUSTED(Field.ADJUSTED_BUDGET),
		/** The amount executed. */
		EXECUTED(Field.EXECUTED),
		/** The budget's weight. */
		WEIGHT(Field.WEIGHT),
		/** The execution rate, computed; the reader does not look for it. */
		RATE(Field.EXECUTION_RATE),
		/** The budget's score. */
		SCORE(Field.SCORE);

		private final Field field;

		BudgetColumn(Field field) {
			this.field = field;
		}

		private Column column() {
			return OfficialTable.column(BlockKind.BUDGET, field);
		}

		/** @return the heading as printed */
		public String heading() {
			return column().heading();
		}

		/** @return the number of the report table's ten columns the column spans */
		public int reportColumns() {
			return column().reportSpan();
		}

		/** @return the headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return column().spellings();
		}

		/** @return the column's sheet column in the .xlsx, right of the block's label and the row labels */
		public int sheetColumn() {
			return block(BlockKind.BUDGET).sheetColumn(column());
		}
	}

	/** The two columns of the 年度总体目标 block, each merged across several columns of the table. */
	public enum GoalColumn {
		/** The goal as set at the start of the year. */
		EXPECTED(Field.EXPECTED),
		/** What was achieved. */
		ACHIEVED(Field.ACHIEVED);

		private final Field field;

		GoalColumn(Field field) {
			this.field = field;
		}

		private Column column() {
			return OfficialTable.column(BlockKind.GOALS, field);
		}

		/** @return the heading as printed */
		public String heading() {
			return column().heading();
		}

		/** @return the first of the .xlsx sheet columns the column is merged across */
		public int firstSheetColumn() {
			return block(BlockKind.GOALS).sheetColumn(column());
		}

		/** @return the last of the .xlsx sheet columns the column is merged across */
		public int lastSheetColumn() {
			return firstSheetColumn() + column().sheetSpan() - 1;
		}

		/** @return the number of the report table's ten columns the column spans */
		public int reportColumns() {
			return column().reportSpan();
		}

		/** @return the headings the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return column().spellings();
		}
	}

	/**
	 * @param unit the money unit the table is presented in, or {@code null} for yuan
	 * @return the label of the budget block, merged down its rows, e.g. {@code 年度预算资金（万元）}
	 */
	public static String budgetBlockLabel(MoneyUnit unit) {
		return block(BlockKind.BUDGET).label(unit);
	}

	/**
	 * The labelled lines above the budget block, each printed as its label followed by its value;
	 * {@link #YEAR} is printed in the title line instead and only read when a table labels it.
	 */
	public enum HeaderLabel {
		/** The department. */
		DEPARTMENT(Field.DEPARTMENT),
		/** The competent department. */
		COMPETENT(Field.COMPETENT_DEPARTMENT),
		/** Who prepared the table. */
		PREPARER(Field.PREPARER),
		/** When it was prepared. */
		PREPARED_ON(Field.PREPARED_ON),
		/** The fiscal year, read only. */
		YEAR(Field.YEAR);

		private final Field field;

		HeaderLabel(Field field) {
			this.field = field;
		}

		/** @return the label as printed, or {@code null} for one the table does not print as a label */
		public String heading() {
			return line(BlockKind.HEADER, field).label();
		}

		/** @return the labels the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return line(BlockKind.HEADER, field).spellings();
		}
	}

	/** The two rows below the indicator block, each a label followed by its values. */
	public enum TotalRow {
		/** The total score. */
		TOTAL(Field.TOTAL),
		/** The grade. */
		GRADE(Field.GRADE);

		private final Field field;

		TotalRow(Field field) {
			this.field = field;
		}

		/** @return the label as printed */
		public String heading() {
			return line(BlockKind.TOTALS, field).label();
		}

		/** @return the labels the reader accepts, the printed one among them */
		public Set<String> spellings() {
			return line(BlockKind.TOTALS, field).spellings();
		}
	}
}
