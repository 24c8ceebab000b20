package org.jixiao.report.internal;

import java.util.List;

import org.jixiao.interchange.OfficialTable;
import org.jixiao.interchange.OfficialTable.BudgetColumn;
import org.jixiao.interchange.OfficialTable.GoalColumn;
import org.jixiao.interchange.OfficialTable.IndicatorColumn;
import org.jixiao.interchange.OfficialTable.TotalRow;

/**
 * The blocks of a 项目支出绩效自评表 as the report lays them out on a grid of {@link #widths()} columns:
 * the header lines, the budget block, 年度总体目标, 绩效指标, the total, the text blocks some provinces add
 * and the signatures. Each column of a block names what it shows by a {@link Field} and how many grid
 * columns it spans; the spans of a block's columns (with its label column) add up to the grid's width.
 *
 * @param title the table's title
 * @param widths the relative widths of the grid's columns
 * @param header the lines above the budget block, each its label and value cells
 * @param budget the budget block
 * @param goals the 年度总体目标 block, or {@code null} when the table has none
 * @param indicators the 绩效指标 block
 * @param texts the text blocks below the indicators (项目基本情况, 评价结论, …), each a label and a field
 * @param signatures the signature lines below the table (项目负责人, 财务负责人), empty for none
 */
record ProjectTableLayout(String title, List<Integer> widths, List<List<Cell>> header, BudgetBlock budget, Block goals,
		Block indicators, List<Cell> texts, List<String> signatures) {

	/** What a cell shows of the evaluation. */
	enum Field {
		/** A fixed label. */
		LABEL,
		/** 项目名称. */
		PROJECT,
		/** 项目编码. */
		PROJECT_CODE,
		/** 主管部门, with its code. */
		COMPETENT,
		/** 实施单位, with its code. */
		UNIT,
		/** 年初预算数. */
		INITIAL,
		/** 全年预算数 (调整后预算数). */
		ADJUSTED,
		/** 全年执行数. */
		EXECUTED,
		/** 分值 (权重). */
		WEIGHT,
		/** 执行率. */
		RATE,
		/** 得分. */
		SCORE,
		/** The budget's explanation (原因). */
		REASON,
		/** 预期目标. */
		EXPECTED,
		/** 实际完成情况. */
		ACHIEVED,
		/** 一级指标. */
		LEVEL1,
		/** 二级指标. */
		LEVEL2,
		/** 三级指标. */
		LEVEL3,
		/** 指标性质. */
		NATURE,
		/** 年度指标值. */
		TARGET,
		/** 度量单位. */
		TARGET_UNIT,
		/** 实际完成值. */
		ACTUAL,
		/** 偏差原因分析及改进措施. */
		DEVIATION,
		/** 项目基本情况. */
		BASIC_INFORMATION,
		/** 评价结论. */
		CONCLUSION,
		/** 存在问题. */
		PROBLEMS,
		/** 改进措施. */
		MEASURES
	}

	/**
	 * A cell: a heading or label, the field it shows, and its span.
	 *
	 * @param heading the heading (of a column) or the text (of a label)
	 * @param field what its cells show
	 * @param span the grid columns it spans
	 */
	record Cell(String heading, Field field, int span) {
	}

	/**
	 * A block: its label in the first grid column, merged down its rows, and its columns.
	 *
	 * @param label the block's label
	 * @param columns the columns right of the label
	 */
	record Block(String label, List<Cell> columns) {
	}

	/**
	 * The budget block.
	 *
	 * @param label the block's label, merged down its rows, e.g. {@code 项目资金（元）}
	 * @param rowLabelSpan the grid columns the row labels (年度资金总额, 其中：…) span
	 * @param columns the amount columns right of the row labels
	 * @param total the label of the total row
	 * @param lines the labels of the source rows printed when the budget has no breakdowns of its own
	 */
	record BudgetBlock(String label, int rowLabelSpan, List<Cell> columns, String total, List<String> lines) {
	}

	/** @return the number of grid columns */
	int columns() {
		return widths.size();
	}

	/**
	 * @param label the budget block's label, with the money unit
	 * @return the central 项目支出绩效自评表 (财预〔2021〕101号), its headings those of {@link OfficialTable}
	 */
	static ProjectTableLayout central(String label) {
		List<Integer> widths = List.of(7, 8, 8, 17, 11, 11, 6, 6, 13, 13);
		List<List<Cell>> header = List.of(
				List.of(new Cell("项目名称", Field.LABEL, 1), new Cell(null, Field.PROJECT, 5), new Cell("项目编码", Field.LABEL, 2), //$NON-NLS-1$ //$NON-NLS-2$
						new Cell(null, Field.PROJECT_CODE, 2)),
				List.of(new Cell("主管部门", Field.LABEL, 1), new Cell(null, Field.COMPETENT, 5), new Cell("实施单位", Field.LABEL, 2), //$NON-NLS-1$ //$NON-NLS-2$
						new Cell(null, Field.UNIT, 2)));
		BudgetBlock budget = new BudgetBlock(label, 2,
				List.of(new Cell(BudgetColumn.INITIAL.heading(), Field.INITIAL, 1), new Cell(BudgetColumn.ADJUSTED.heading(), Field.ADJUSTED, 1),
						new Cell(BudgetColumn.EXECUTED.heading(), Field.EXECUTED, 1), new Cell(BudgetColumn.WEIGHT.heading(), Field.WEIGHT, 1),
						new Cell(BudgetColumn.RATE.heading(), Field.RATE, 1), new Cell(BudgetColumn.SCORE.heading(), Field.SCORE, 2)),
				"年度资金总额", List.of("当年财政拨款", "上年结转资金", "其他资金")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Block goals = new Block("年度总体目标", List.of(new Cell(GoalColumn.EXPECTED.heading(), Field.EXPECTED, 5), //$NON-NLS-1$
				new Cell(GoalColumn.ACHIEVED.heading(), Field.ACHIEVED, 4)));
		Block indicators = new Block("绩效指标", List.of(new Cell(IndicatorColumn.LEVEL1.heading(), Field.LEVEL1, 1), //$NON-NLS-1$
				new Cell(IndicatorColumn.LEVEL2.heading(), Field.LEVEL2, 1), new Cell(IndicatorColumn.LEVEL3.heading(), Field.LEVEL3, 1),
				new Cell(IndicatorColumn.TARGET.heading(), Field.TARGET, 1), new Cell(IndicatorColumn.ACTUAL.heading(), Field.ACTUAL, 1),
				new Cell(IndicatorColumn.WEIGHT.heading(), Field.WEIGHT, 1), new Cell(IndicatorColumn.SCORE.heading(), Field.SCORE, 1),
				new Cell(IndicatorColumn.DEVIATION.heading(), Field.DEVIATION, 2)));
		return new ProjectTableLayout("项目支出绩效自评表", widths, header, budget, goals, indicators, List.of(), List.of()); //$NON-NLS-1$
	}

	/** @return the label of the total row */
	static String totalLabel() {
		return TotalRow.TOTAL.heading();
	}

	/** @return the label of the grade */
	static String gradeLabel() {
		return TotalRow.GRADE.heading();
	}
}
