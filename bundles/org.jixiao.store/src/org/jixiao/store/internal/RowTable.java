package org.jixiao.store.internal;

import java.util.Collections;

/**
 * The tables below {@code EVALUATION} that a save inserts into, in the order it inserts (parents
 * first, the narrative last), with the columns it writes: {@code EVALUATION_ID} and then those named
 * here. Each table has a table function {@code JIXIAO.<table>_SOURCE()} of the same columns in the same
 * order ({@code sql/V011__row_sources.sql}), through which an embedded store's owner inserts the rows
 * of a save ({@link RowSource}).
 */
enum RowTable {
	/** 项目支出 evaluations: the kind, the project and the illustrative flag. */
	EVALUATION_PROJECT("KIND", "PROJECT_NAME", "PROJECT_CODE", "ILLUSTRATIVE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The department (预算部门) and its 主管部门. */
	DEPARTMENT("NAME", "CODE", "COMPETENT_DEPARTMENT", "COMPETENT_DEPARTMENT_CODE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** The budget's totals. */
	BUDGET("INITIAL_BUDGET", "ADJUSTED_BUDGET", "EXECUTED", "WEIGHT", "EXPLANATION"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** The budget's breakdown by nature. */
	BUDGET_LINE("POS", "LABEL", "CATEGORY", "INITIAL_BUDGET", "ADJUSTED_BUDGET", "EXECUTED"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	/** The budget projects. */
	BUDGET_PROJECT("POS", "NAME", "EXPENDITURE_TYPE", "MODULE_ID", "INITIAL_BUDGET", "ADJUSTED_BUDGET", "EXECUTED", "CODE"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
	/** The annual goals. */
	GOAL("POS", "NUMBER", "EXPECTED", "ACHIEVED"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** 一级指标. */
	INDICATOR_CATEGORY("POS", "NAME", "WEIGHT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** 二级指标. */
	INDICATOR_SUBCATEGORY("CATEGORY_POS", "POS", "NAME", "WEIGHT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** 三级指标. */
	INDICATOR_ROW("CATEGORY_POS", "SUBCATEGORY_POS", "POS", "NAME", "MODULE_ID", "COMPARATOR", "TARGET_TEXT", "TARGET_VALUE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"TARGET_UNIT", "ACTUAL_TEXT", "ACTUAL_VALUE", "ACTUAL_UNIT", "WEIGHT", "STATED_SCORE", "DEVIATION_REASON", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"IMPROVEMENT_MEASURES", "CORE", "EVIDENCE", "ILLUSTRATIVE", "ROW_UID", "ACTUAL_BY_HAND", "NOT_APPLICABLE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"INITIAL_TARGET_TEXT", "TARGET_BASIS", "SCORING_CRITERION"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** A reviewer's adjustment of an indicator's score. */
	SCORE_ADJUSTMENT("CATEGORY_POS", "SUBCATEGORY_POS", "INDICATOR_POS", "SCORE", "REASON", "ADJUSTED_BY", "ADJUSTED_ON"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** The lines of an indicator with several targets. */
	INDICATOR_DETAIL("CATEGORY_POS", "SUBCATEGORY_POS", "INDICATOR_POS", "POS", "NAME", "TARGET_TEXT", "ACTUAL_TEXT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** The narrative's sections, numbered in document order. */
	NARRATIVE_SECTION("SECTION_NO", "PARENT_NO", "POS", "KIND", "NUMBER", "TITLE", "MODULE_ID"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
	/** The narrative's paragraphs. */
	NARRATIVE_PARAGRAPH("SECTION_NO", "POS", "TEXT"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** The modules' 台账, each an XMI document. */
	MODULE_DATA("POS", "MODULE_ID", "NS_URI", "CONTENT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	private final String columns;
	private final int width;

	RowTable(String... columns) {
		this.columns = "EVALUATION_ID, " + String.join(", ", columns); //$NON-NLS-1$ //$NON-NLS-2$
		this.width = columns.length + 1;
	}

	/** @return the columns written, in order, separated by commas */
	String columns() {
		return columns;
	}

	/** @return the number of columns written */
	int width() {
		return width;
	}

	/** @return the name of the table function of these columns, in schema {@code JIXIAO} */
	String source() {
		return name() + "_SOURCE"; //$NON-NLS-1$
	}

	/** @return the insert of one row, its values parameters */
	String insertValues() {
		return "INSERT INTO " + name() + " (" + columns + ") VALUES (" + String.join(", ", Collections.nCopies(width, "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** @return the insert of the rows the calling thread sends through {@link RowSource} */
	String insertFromSource() {
		return "INSERT INTO " + name() + " (" + columns + ") SELECT * FROM TABLE (" + Migrations.SCHEMA + "." + source() + "()) S"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}
}
