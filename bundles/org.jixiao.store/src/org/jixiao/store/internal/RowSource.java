package org.jixiao.store.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import org.apache.derby.vti.VTITemplate;

/**
 * The rows of a save, handed to Derby's embedded engine as the result of the table functions
 * {@code JIXIAO.<table>_SOURCE()} ({@link RowTable}): one {@code INSERT … SELECT} per table and save
 * instead of a JDBC batch, which Derby executes row by row, opening the table, its index and its
 * foreign key's check again for every row.
 * <p>
 * The function returns the rows the calling thread is sending ({@link #insert}), and none on any other
 * thread: an embedded engine runs a statement on the thread that executes it, while the network
 * server runs it on a thread of its own, where there is nothing to read. Values are {@link String},
 * {@link Long}, {@link Integer}, {@link Boolean}, {@link Timestamp} or {@code null}, in the order of the
 * table's {@link RowTable#columns()}.
 */
public final class RowSource extends VTITemplate {

	private static final ThreadLocal<List<Object[]>> SENDING = new ThreadLocal<>();

	private final List<Object[]> rows;
	private int next;
	private Object[] row;
	private boolean wasNull;

	private RowSource(List<Object[]> rows) {
		this.rows = rows;
	}

	/**
	 * The table functions' method.
	 *
	 * @return the rows this thread is sending, none when it sends nothing
	 */
	public static ResultSet rows() {
		List<Object[]> sending = SENDING.get();
		return new RowSource(sending == null ? List.of() : sending);
	}

	/**
	 * Inserts the rows into the table through its function, in the caller's transaction.
	 * <p>
	 * Derby finds the function's class through the thread's context class loader, which is set to this
	 * bundle's for the statement's preparation and execution.
	 *
	 * @return the number of rows inserted
	 */
	static int insert(Statements statements, RowTable table, List<Object[]> rows) throws SQLException {
		Thread thread = Thread.currentThread();
		ClassLoader loader = thread.getContextClassLoader();
		thread.setContextClassLoader(RowSource.class.getClassLoader());
		SENDING.set(rows);
		try {
			return statements.get(table.insertFromSource()).executeUpdate();
		} finally {
			SENDING.remove();
			thread.setContextClassLoader(loader);
		}
	}

	@Override
	public boolean next() {
		if (next >= rows.size()) {
			row = null;
			return false;
		}
		row = rows.get(next++);
		return true;
	}

	private Object value(int column) throws SQLException {
		if (row == null || column < 1 || column > row.length) {
			throw new SQLException("no column " + column + " in the current row"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Object value = row[column - 1];
		wasNull = value == null;
		return value;
	}

	@Override
	public String getString(int column) throws SQLException {
		Object value = value(column);
		return value == null ? null : value.toString();
	}

	@Override
	public long getLong(int column) throws SQLException {
		Object value = value(column);
		return value == null ? 0 : ((Number) value).longValue();
	}

	@Override
	public int getInt(int column) throws SQLException {
		Object value = value(column);
		return value == null ? 0 : ((Number) value).intValue();
	}

	@Override
	public boolean getBoolean(int column) throws SQLException {
		Object value = value(column);
		return value != null && ((Boolean) value).booleanValue();
	}

	@Override
	public Timestamp getTimestamp(int column) throws SQLException {
		return (Timestamp) value(column);
	}

	@Override
	public boolean wasNull() {
		return wasNull;
	}

	@Override
	public void close() {
		row = null;
		next = rows.size();
	}
}
