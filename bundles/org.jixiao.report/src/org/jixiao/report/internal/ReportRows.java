package org.jixiao.report.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The rows a report design's scripted data sets and charts read by name: each data set a list of
 * rows, each row its columns by name.
 */
public abstract class ReportRows {

	/**
	 * @param name a data set's name
	 * @return its rows; empty for an unknown name
	 */
	public abstract List<Map<String, Object>> rows(String name);

	/**
	 * @param name a data set's name, as for {@link #rows(String)}
	 * @return the number of its rows
	 */
	public int count(String name) {
		return rows(name).size();
	}

	/**
	 * For the designs' scripts.
	 *
	 * @param name a data set's name, as for {@link #rows(String)}
	 * @param row the row index, from 0
	 * @param column the column name
	 * @return the value as text; "" for none
	 */
	public String value(String name, int row, String column) {
		Object value = rows(name).get(row).get(column);
		return value == null ? "" : value.toString(); //$NON-NLS-1$
	}

	/**
	 * For the charts' data sets.
	 *
	 * @param name a data set's name, as for {@link #rows(String)}
	 * @param row the row index, from 0
	 * @param column the column name
	 * @return the value as a number, or {@code null} for none
	 */
	public Double number(String name, int row, String column) {
		return rows(name).get(row).get(column) instanceof BigDecimal value ? value.doubleValue() : null;
	}
}
