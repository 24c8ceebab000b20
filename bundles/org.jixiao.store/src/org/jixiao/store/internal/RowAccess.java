package org.jixiao.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.store.Role;

/**
 * Restricts the rows of a served database to the evaluations of each account, in the database
 * itself: Derby has SQL authorization (privileges on tables and columns, granted to roles) but no
 * row-level security, so the owner ({@link ServerDatabases#prepare}, at every start of the server)
 * builds it from three parts of standard SQL.
 * <ol>
 * <li><b>Views to read.</b> Schema {@value #VIEWS} holds one view per table of schema
 * {@code JIXIAO} that belongs to an evaluation, of the same name, showing only the rows of the
 * evaluations the session's account may read: a {@link Role#FILLER} those whose {@code UNIT} is its
 * unit, a {@link Role#SUPERVISOR} those whose {@code SUPERVISOR} (主管部门) is its department, a
 * {@link Role#BUREAU} or {@link Role#ADMIN} all. A view reads its tables with its owner's
 * privileges and compares with {@code SESSION_USER}, the account of whoever reads it. The two
 * restricted roles get no privilege to read the tables themselves beyond the key columns an
 * {@code UPDATE} or {@code DELETE} names in its {@code WHERE} clause (Derby demands them): they learn
 * the ids and review states of other evaluations, nothing of their content. A view of a table below
 * {@code EVALUATION} reads the evaluation first (the saves' lock order) and gives its {@code ID} as
 * {@code EVALUATION_ID}, so that reading one evaluation's rows finds it by its primary key; one more
 * view, {@value #SUMMARY}, gives the navigator's lines (an evaluation with its project) over the
 * tables, since Derby reads the inner side of an outer join of two such views once per row.</li>
 * <li><b>Triggers to write.</b> Every table of an evaluation has triggers after insert, update and
 * delete that look at the changed rows (transition tables, one statement at a time) and refuse the
 * whole statement when a row belongs to an evaluation the session may not change: they insert
 * those rows into {@code JIXIAO.ACCESS_DENIED}, whose check constraint {@value #DENIED} no row can
 * satisfy, so the statement fails and is rolled back (Derby has no {@code SIGNAL}). Content, the
 * evaluation's own columns and every table below it, is changed only by a {@link Role#FILLER} of
 * the evaluation's unit while it is a draft or returned ({@code REVIEW_STATE} {@code DRAFT} or
 * {@code RETURNED}), or by an {@link Role#ADMIN}; the review state only along
 * {@code JIXIAO.REVIEW_TRANSITION} for the session's role, the self-evaluated score only by a
 * submission, the reviewed score only by a confirmation. Triggers run with their owner's
 * privileges: a client cannot turn them off.</li>
 * <li><b>Privileges per role.</b> What a role may do at all (a {@link Role#SUPERVISOR} inserts
 * comments but never rows of content, a {@link Role#BUREAU} reads every table and updates only
 * review columns) is granted on tables and columns.</li>
 * </ol>
 * Why not the alternatives: a schema per unit would multiply the tables by the units and make the
 * bureau's consolidation a union over hundreds of schemas, rebuilt whenever a unit is added; routines
 * that check the session for every read and write would replace the product's plain SQL, and a
 * client's own SQL, with a procedural interface. Views and triggers keep the tables, the product's
 * statements and raw JDBC as they are, and enforce the same rules for all of them.
 * <p>
 * The embedded single-user store has none of this: no accounts, no views, no triggers.
 */
public final class RowAccess {

	/** The schema of the views that show a session only the rows of its own evaluations. */
	static final String VIEWS = "VISIBLE"; //$NON-NLS-1$
	/** The check constraint a refused write violates (SQL state 23513). */
	static final String DENIED = "ROW_ACCESS_DENIED"; //$NON-NLS-1$
	/**
	 * The view of the navigator's lines (the evaluation's columns the list shows, with its kind and
	 * project) of the evaluations the session may read, in schema {@value #VIEWS}.
	 */
	static final String SUMMARY = "EVALUATION_SUMMARY"; //$NON-NLS-1$
	/** The procedure a restricted session locks the tables of a save with. */
	static final String LOCK_PROCEDURE = "LOCK_FOR_SAVE"; //$NON-NLS-1$

	private static final String SCHEMA = Migrations.SCHEMA;
	private static final String TRIGGER_PREFIX = "ROW_ACCESS_"; //$NON-NLS-1$
	private static final String ACCESS_DENIED = "ACCESS_DENIED"; //$NON-NLS-1$

	/** Tables of the review chain, written by reviewers as well: readable is enough to add to them. */
	private static final Set<String> REVIEW_TABLES = Set.of("AUDIT", "REVIEW_EVENT", "REVIEW_COMMENT", "REVIEW_ADJUSTMENT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Tables whose rows name the account that made them: it must be the session's. */
	private static final Set<String> SIGNED_TABLES = Set.of("SUBMISSION", "REVIEW_EVENT", "REVIEW_COMMENT", "REVIEW_ADJUSTMENT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/** Tables that belong to no evaluation, readable by every role. */
	private static final Set<String> SHARED_TABLES = Set.of("SCHEMA_VERSION", "REVIEW_TRANSITION"); //$NON-NLS-1$ //$NON-NLS-2$
	/** The columns of EVALUATION that only the review chain changes. */
	private static final List<String> REVIEW_COLUMNS = List.of("REVIEW_STATE", "STATE_CHANGED_AT", "STATE_CHANGED_BY", "SELF_SCORE", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"SELF_GRADE", "REVIEW_SCORE", "REVIEW_GRADE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	/** The session's account, {@code A}. */
	private static final String ACCOUNT = SCHEMA + ".ACCOUNT A WHERE A.USER_NAME = SESSION_USER"; //$NON-NLS-1$
	/** May the account {@code A} read evaluation {@code E}. */
	private static final String READABLE = "(A.ROLE_NAME IN ('BUREAU', 'ADMIN') OR (A.ROLE_NAME = 'FILLER' AND A.UNIT = E.UNIT) " //$NON-NLS-1$
			+ "OR (A.ROLE_NAME = 'SUPERVISOR' AND A.DEPARTMENT = E.SUPERVISOR))"; //$NON-NLS-1$
	/** May the account {@code A} change the content of evaluation {@code E}. */
	private static final String EDITABLE = "(A.ROLE_NAME = 'ADMIN' OR (A.ROLE_NAME = 'FILLER' AND A.UNIT = E.UNIT " //$NON-NLS-1$
			+ "AND E.REVIEW_STATE IN ('DRAFT', 'RETURNED')))"; //$NON-NLS-1$

	private RowAccess() {
	}

	/**
	 * {@code JIXIAO.LOCK_FOR_SAVE()}: locks the tables a save writes for the rest of the caller's
	 * transaction, with the owner's rights: {@code LOCK TABLE} needs the privilege to read the whole
	 * table, which a restricted role has not.
	 *
	 * @throws SQLException when a lock cannot be had
	 */
	public static void lockForSave() throws SQLException {
		try (Connection connection = AccountProcedures.nested(); Statement statement = connection.createStatement()) {
			for (String table : EvaluationWriter.LOCKED_TABLES) {
				statement.execute("LOCK TABLE " + SCHEMA + "." + table + " IN EXCLUSIVE MODE"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/**
	 * Builds (again) the views, triggers and privileges for the tables the database has now; run by
	 * the owner in its transaction, after the migrations.
	 */
	static void install(Connection connection) throws SQLException {
		List<String> tables = tables(connection);
		List<String> ofEvaluations = new ArrayList<>();
		for (String table : tables) {
			// not ACCESS_DENIED itself (it exists from the second start on): its triggers would insert into it again and again
			if (!table.equals(ACCESS_DENIED) && hasColumn(connection, table, "EVALUATION_ID")) { //$NON-NLS-1$
				ofEvaluations.add(table);
			}
		}
		try (Statement statement = connection.createStatement()) {
			if (!tables.contains(ACCESS_DENIED)) {
				statement.execute("CREATE TABLE " + SCHEMA + "." + ACCESS_DENIED + " (TABLE_NAME VARCHAR(128), EVALUATION_ID BIGINT, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "CONSTRAINT " + DENIED + " CHECK (TABLE_NAME IS NULL AND TABLE_NAME IS NOT NULL))"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			dropOld(connection, statement);
			views(connection, statement, ofEvaluations);
			triggers(connection, statement, ofEvaluations);
			if (!exists(connection, "SELECT 1 FROM SYS.SYSALIASES A JOIN SYS.SYSSCHEMAS S ON A.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
					+ "WHERE S.SCHEMANAME = '" + SCHEMA + "' AND A.ALIAS = ?", LOCK_PROCEDURE)) { //$NON-NLS-1$ //$NON-NLS-2$
				statement.execute("CREATE PROCEDURE " + SCHEMA + "." + LOCK_PROCEDURE + "() LANGUAGE JAVA PARAMETER STYLE JAVA " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						+ "READS SQL DATA EXTERNAL SECURITY DEFINER EXTERNAL NAME '" + RowAccess.class.getName() + ".lockForSave'"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			privileges(connection, statement, tables, ofEvaluations);
		}
	}

	/** Drops the views and triggers of an earlier start: the tables may have changed since. */
	private static void dropOld(Connection connection, Statement statement) throws SQLException {
		for (String trigger : names(connection, "SELECT T.TRIGGERNAME FROM SYS.SYSTRIGGERS T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
				+ "WHERE S.SCHEMANAME = '" + SCHEMA + "' AND T.TRIGGERNAME LIKE '" + TRIGGER_PREFIX + "%'")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			statement.execute("DROP TRIGGER " + SCHEMA + "." + trigger); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (!exists(connection, "SELECT 1 FROM SYS.SYSSCHEMAS WHERE SCHEMANAME = ?", VIEWS)) { //$NON-NLS-1$
			statement.execute("CREATE SCHEMA " + VIEWS); //$NON-NLS-1$
			return;
		}
		// the views of rows depend on the view of evaluations: it goes last
		List<String> views = names(connection, "SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
				+ "WHERE S.SCHEMANAME = '" + VIEWS + "' AND T.TABLETYPE = 'V' ORDER BY CASE WHEN T.TABLENAME = 'EVALUATION' THEN 1 ELSE 0 END"); //$NON-NLS-1$ //$NON-NLS-2$
		for (String view : views) {
			statement.execute("DROP VIEW " + VIEWS + "." + view); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static void views(Connection connection, Statement statement, List<String> ofEvaluations) throws SQLException {
		statement.execute("CREATE VIEW " + VIEWS + ".EVALUATION AS SELECT E.* FROM " + SCHEMA + ".EVALUATION E " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "WHERE EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + READABLE + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// the navigator's lines: the evaluation and its project in one view over the tables, the evaluation
		// first (the outer side of the join), so that a condition on the year or the unit uses its index
		statement.execute("CREATE VIEW " + VIEWS + "." + SUMMARY + " AS SELECT E.ID, E.UNIT, E.FISCAL_YEAR, E.STATUS, E.TOTAL_SCORE, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "E.GRADE, E.MODIFIED_AT, E.MODIFIED_BY, E.ERROR_COUNT, E.REVIEW_STATE, E.SELF_SCORE, E.REVIEW_SCORE, P.KIND, P.PROJECT_NAME, " //$NON-NLS-1$
				+ "P.PROJECT_CODE FROM " + SCHEMA + ".EVALUATION E LEFT JOIN " + SCHEMA + ".EVALUATION_PROJECT P ON P.EVALUATION_ID = E.ID " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "WHERE EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + READABLE + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// the evaluation first, then its rows, in a fixed join order: a save locks EVALUATION first and
		// then the tables below it (LOCK_FOR_SAVE); a view that read a child table before EVALUATION
		// would hold the child's lock while waiting for EVALUATION's, and deadlock with a save. The
		// view's EVALUATION_ID is the evaluation's ID, so that a condition on it (WHERE EVALUATION_ID = ?,
		// every read of an evaluation's rows) finds the evaluation by its primary key and then its rows
		// by their index; with T.EVALUATION_ID, Derby read every evaluation of the store for each query.
		for (String table : ofEvaluations) {
			List<String> columns = new ArrayList<>();
			for (String column : columns(connection, table)) {
				columns.add(column.equals("EVALUATION_ID") ? "E.ID AS EVALUATION_ID" : "T." + column); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			statement.execute("CREATE VIEW " + VIEWS + "." + table + " AS SELECT " + String.join(", ", columns) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " FROM --DERBY-PROPERTIES joinOrder=FIXED\n" //$NON-NLS-1$
					+ SCHEMA + ".EVALUATION E, " + SCHEMA + "." + table + " T WHERE T.EVALUATION_ID = E.ID " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "AND EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + READABLE + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static void triggers(Connection connection, Statement statement, List<String> ofEvaluations) throws SQLException {
		// the evaluation itself: created as a draft of the account's unit, content changed while editable,
		// the review columns changed only along a transition of the account's role, deleted while editable
		String evaluation = SCHEMA + ".EVALUATION"; //$NON-NLS-1$
		statement.execute(trigger("EVALUATION_INSERT", "INSERT ON " + evaluation + " REFERENCING NEW_TABLE AS E FOR EACH STATEMENT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"'EVALUATION', E.ID FROM E WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT + " AND (A.ROLE_NAME = 'ADMIN' OR (A.ROLE_NAME = 'FILLER' " //$NON-NLS-1$ //$NON-NLS-2$
						+ "AND A.UNIT = E.UNIT AND E.REVIEW_STATE = 'DRAFT' AND E.SELF_SCORE IS NULL AND E.REVIEW_SCORE IS NULL)))")); //$NON-NLS-1$
		List<String> content = new ArrayList<>(columns(connection, "EVALUATION")); //$NON-NLS-1$
		content.removeAll(REVIEW_COLUMNS);
		content.remove("ID"); //$NON-NLS-1$
		statement.execute(trigger("EVALUATION_CONTENT", "UPDATE OF " + String.join(", ", content) + " ON " + evaluation //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " REFERENCING OLD AS E NEW AS N FOR EACH ROW", //$NON-NLS-1$
				"'EVALUATION', E.ID FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + EDITABLE //$NON-NLS-1$ //$NON-NLS-2$
						+ " AND (A.ROLE_NAME = 'ADMIN' OR A.UNIT = N.UNIT))")); //$NON-NLS-1$
		statement.execute(trigger("EVALUATION_REVIEW", "UPDATE OF " + String.join(", ", REVIEW_COLUMNS) + " ON " + evaluation //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ " REFERENCING OLD AS E NEW AS N FOR EACH ROW", //$NON-NLS-1$
				"'EVALUATION', E.ID FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT + " AND (A.ROLE_NAME = 'ADMIN' OR (" //$NON-NLS-1$ //$NON-NLS-2$
						+ READABLE + " AND EXISTS (SELECT 1 FROM " + SCHEMA + ".REVIEW_TRANSITION T WHERE T.ROLE_NAME = A.ROLE_NAME " //$NON-NLS-1$ //$NON-NLS-2$
						+ "AND T.FROM_STATE = E.REVIEW_STATE AND T.TO_STATE = N.REVIEW_STATE " //$NON-NLS-1$
						+ "AND (T.ACTION = 'SUBMIT' OR (" + same("SELF_SCORE") + " AND " + same("SELF_GRADE") + ")) " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						+ "AND (T.ACTION = 'CONFIRM' OR (" + same("REVIEW_SCORE") + " AND " + same("REVIEW_GRADE") + "))))))")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		statement.execute(trigger("EVALUATION_DELETE", "DELETE ON " + evaluation + " REFERENCING OLD_TABLE AS E FOR EACH STATEMENT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"'EVALUATION', E.ID FROM E WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + EDITABLE + ")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (String table : ofEvaluations) {
			String allowed = switch (table) {
			case "SUBMISSION" -> "(A.ROLE_NAME = 'ADMIN' OR (A.ROLE_NAME = 'FILLER' AND A.UNIT = E.UNIT))"; //$NON-NLS-1$ //$NON-NLS-2$
			case "RECTIFICATION" -> READABLE; //$NON-NLS-1$
			case "PRESENCE" -> "(" + READABLE + " AND (A.ROLE_NAME = 'ADMIN' OR R.BY_USER = SESSION_USER))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			case "EVIDENCE" -> "(" + EDITABLE + " OR (A.ROLE_NAME = 'FILLER' AND A.UNIT = E.UNIT AND E.REVIEW_STATE = 'CONFIRMED' " //$NON-NLS-1$ //$NON-NLS-2$
					+ "AND R.OWNER_UID LIKE 'rectification:%'))"; //$NON-NLS-1$
			default -> REVIEW_TABLES.contains(table) ? READABLE : EDITABLE;
			};
			// the review's own records go only with their evaluation (the parent row is gone then), or by an administrator
			String deletable = SIGNED_TABLES.contains(table) || table.equals("RECTIFICATION") ? "A.ROLE_NAME = 'ADMIN'" : allowed; //$NON-NLS-1$ //$NON-NLS-2$
			if (SIGNED_TABLES.contains(table)) {
				// who made a step of the review is the session's account, whatever a client writes
				allowed = "(" + allowed + " AND (A.ROLE_NAME = 'ADMIN' OR R." + (table.equals("SUBMISSION") ? "SUBMITTED_BY" : "BY_USER") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						+ " = SESSION_USER))"; //$NON-NLS-1$
			}
			// an update is checked on the rows before and after it: rows moved between evaluations
			String[][] events = { { "INSERT", "NEW_TABLE" }, { "UPDATE", "NEW_TABLE" }, { "UPDATE", "OLD_TABLE" }, { "DELETE", "OLD_TABLE" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			for (String[] event : events) {
				// rows whose evaluation is gone (deleted in this statement, by cascade) are no longer anyone's
				statement.execute(trigger(table + "_" + event[0] + "_" + event[1].substring(0, 3), event[0] + " ON " + SCHEMA + "." + table //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ " REFERENCING " + event[1] + " AS R FOR EACH STATEMENT", //$NON-NLS-1$ //$NON-NLS-2$
						"'" + table + "', R.EVALUATION_ID FROM R JOIN " + SCHEMA + ".EVALUATION E ON E.ID = R.EVALUATION_ID " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ "WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT + " AND " + (event[0].equals("DELETE") ? deletable : allowed) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ ")")); //$NON-NLS-1$
			}
		}
		statement.execute(trigger("RECTIFICATION_ANSWER", "UPDATE OF STATE ON " + SCHEMA + ".RECTIFICATION REFERENCING OLD AS O NEW AS N " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "FOR EACH ROW", "'RECTIFICATION', O.EVALUATION_ID FROM SYSIBM.SYSDUMMY1 WHERE NOT EXISTS (SELECT 1 FROM " + ACCOUNT //$NON-NLS-1$ //$NON-NLS-2$
						+ " AND (A.ROLE_NAME IN ('BUREAU', 'ADMIN') OR (O.STATE IN ('ISSUED', 'RETURNED') AND N.STATE = 'ANSWERED')))")); //$NON-NLS-1$
	}

	/** @return the statement creating trigger {@code name} that refuses the rows its selection finds */
	private static String trigger(String name, String event, String refusedRows) {
		return "CREATE TRIGGER " + SCHEMA + "." + TRIGGER_PREFIX + name + " AFTER " + event + " INSERT INTO " + SCHEMA + "." //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				+ ACCESS_DENIED + " (TABLE_NAME, EVALUATION_ID) SELECT " + refusedRows; //$NON-NLS-1$
	}

	/** @return the condition that column {@code column} is unchanged from {@code E} (old) to {@code N} (new) */
	private static String same(String column) {
		return "(E." + column + " = N." + column + " OR (E." + column + " IS NULL AND N." + column + " IS NULL))"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	}

	private static void privileges(Connection connection, Statement statement, List<String> tables, List<String> ofEvaluations)
			throws SQLException {
		revokeTablePrivileges(connection, statement);
		for (String table : tables) {
			String name = SCHEMA + "." + table; //$NON-NLS-1$
			if (table.equals(ACCESS_DENIED)) {
				continue;
			}
			if (table.equals("ACCOUNT")) { //$NON-NLS-1$
				grant(statement, "SELECT", name, Role.ADMIN); //$NON-NLS-1$
				continue;
			}
			if (SHARED_TABLES.contains(table)) {
				grant(statement, "SELECT", name, Role.values()); //$NON-NLS-1$
				continue;
			}
			grant(statement, table.equals("AUDIT") ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE", name, Role.ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			grant(statement, "SELECT", name, Role.BUREAU); //$NON-NLS-1$
			if (ofEvaluations.contains(table) || table.equals("EVALUATION")) { //$NON-NLS-1$
				grant(statement, "SELECT", VIEWS + "." + table, Role.values()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		grant(statement, "SELECT", VIEWS + "." + SUMMARY, Role.values()); //$NON-NLS-1$ //$NON-NLS-2$
		String evaluation = SCHEMA + ".EVALUATION"; //$NON-NLS-1$
		String stateChange = "UPDATE (REVIEW_STATE, STATE_CHANGED_AT, STATE_CHANGED_BY)"; //$NON-NLS-1$
		// the columns a save's or a step's UPDATE reads (WHERE ID = ? AND REVIEW_STATE = ?, VERSION = VERSION + 1)
		grant(statement, "SELECT (ID, REVIEW_STATE, VERSION)", evaluation, Role.FILLER, Role.SUPERVISOR); //$NON-NLS-1$
		grant(statement, "INSERT, UPDATE, DELETE", evaluation, Role.FILLER); //$NON-NLS-1$
		grant(statement, stateChange, evaluation, Role.SUPERVISOR);
		grant(statement, "UPDATE (REVIEW_STATE, STATE_CHANGED_AT, STATE_CHANGED_BY, REVIEW_SCORE, REVIEW_GRADE)", evaluation, Role.BUREAU); //$NON-NLS-1$
		// a unit's officer deletes its draft with everything below it: Derby checks the DELETE privilege
		// on the tables the delete cascades to, and the triggers refuse deleting those rows on their own
		for (String table : ofEvaluations) {
			String name = SCHEMA + "." + table; //$NON-NLS-1$
			switch (table) {
			case "AUDIT" -> grant(statement, "INSERT", name, Role.FILLER, Role.SUPERVISOR, Role.BUREAU); //$NON-NLS-1$ //$NON-NLS-2$
			case "REVIEW_EVENT" -> { //$NON-NLS-1$
				grant(statement, "INSERT", name, Role.SUPERVISOR, Role.BUREAU); //$NON-NLS-1$
				grant(statement, "INSERT, DELETE", name, Role.FILLER); //$NON-NLS-1$
			}
			case "REVIEW_COMMENT" -> { //$NON-NLS-1$
				grant(statement, "INSERT", name, Role.SUPERVISOR, Role.BUREAU); //$NON-NLS-1$
				grant(statement, "DELETE", name, Role.FILLER); //$NON-NLS-1$
			}
			case "REVIEW_ADJUSTMENT" -> { //$NON-NLS-1$
				grant(statement, "INSERT", name, Role.BUREAU); //$NON-NLS-1$
				grant(statement, "DELETE", name, Role.FILLER); //$NON-NLS-1$
			}
			case "SUBMISSION" -> grant(statement, "INSERT, DELETE", name, Role.FILLER); //$NON-NLS-1$ //$NON-NLS-2$
			case "PRESENCE" -> grant(statement, "SELECT (EVALUATION_ID, SESSION_ID), INSERT, UPDATE, DELETE", name, Role.FILLER, //$NON-NLS-1$ //$NON-NLS-2$
					Role.SUPERVISOR, Role.BUREAU);
			case "RECTIFICATION" -> { //$NON-NLS-1$
				grant(statement, "INSERT, UPDATE (STATE, DECISION_COMMENT, DECIDED_BY, DECIDED_AT)", name, Role.BUREAU); //$NON-NLS-1$
				grant(statement, "SELECT (ID), UPDATE (STATE, ANSWER, ANSWERED_BY, ANSWERED_AT), DELETE", name, Role.FILLER); //$NON-NLS-1$
			}
			case "EVIDENCE" -> grant(statement, "SELECT (ID, EVALUATION_ID), INSERT, UPDATE, DELETE", name, Role.FILLER); //$NON-NLS-1$ //$NON-NLS-2$
			default -> grant(statement, "SELECT (EVALUATION_ID), INSERT, DELETE", name, Role.FILLER); //$NON-NLS-1$
			}
		}
		statement.execute("GRANT EXECUTE ON PROCEDURE " + SCHEMA + "." + LOCK_PROCEDURE + " TO " + String.join(", ", names(Role.values()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/**
	 * Revokes the roles' table-wide privileges on schema {@code JIXIAO}, which a database served by an
	 * earlier version granted to every role, before the grants of this one.
	 */
	private static void revokeTablePrivileges(Connection connection, Statement statement) throws SQLException {
		List<String[]> granted = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("SELECT P.GRANTEE, T.TABLENAME, P.SELECTPRIV, P.INSERTPRIV, P.UPDATEPRIV, " //$NON-NLS-1$
				+ "P.DELETEPRIV FROM SYS.SYSTABLEPERMS P JOIN SYS.SYSTABLES T ON P.TABLEID = T.TABLEID JOIN SYS.SYSSCHEMAS S " //$NON-NLS-1$
				+ "ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = ?")) { //$NON-NLS-1$
			query.setString(1, SCHEMA);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					granted.add(new String[] { result.getString(1), result.getString(2), result.getString(3), result.getString(4),
							result.getString(5), result.getString(6) });
				}
			}
		}
		String[] privileges = { "SELECT", "INSERT", "UPDATE", "DELETE" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		for (String[] row : granted) {
			if (Role.of(row[0]) == null) {
				continue;
			}
			Set<String> revoked = new LinkedHashSet<>();
			for (int i = 0; i < privileges.length; i++) {
				if (!"N".equalsIgnoreCase(row[2 + i])) { //$NON-NLS-1$
					revoked.add(privileges[i]);
				}
			}
			if (!revoked.isEmpty()) {
				statement.execute("REVOKE " + String.join(", ", revoked) + " ON " + SCHEMA + "." + row[1] + " FROM " + row[0]); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			}
		}
	}

	private static void grant(Statement statement, String privileges, String table, Role... roles) throws SQLException {
		statement.execute("GRANT " + privileges + " ON " + table + " TO " + String.join(", ", names(roles))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static List<String> names(Role... roles) {
		List<String> names = new ArrayList<>();
		for (Role role : roles) {
			names.add(role.name());
		}
		return names;
	}

	private static List<String> tables(Connection connection) throws SQLException {
		return names(connection, "SELECT T.TABLENAME FROM SYS.SYSTABLES T JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID " //$NON-NLS-1$
				+ "WHERE S.SCHEMANAME = '" + SCHEMA + "' AND T.TABLETYPE = 'T' ORDER BY T.TABLENAME"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static List<String> columns(Connection connection, String table) throws SQLException {
		return names(connection, "SELECT C.COLUMNNAME FROM SYS.SYSCOLUMNS C JOIN SYS.SYSTABLES T ON C.REFERENCEID = T.TABLEID " //$NON-NLS-1$
				+ "JOIN SYS.SYSSCHEMAS S ON T.SCHEMAID = S.SCHEMAID WHERE S.SCHEMANAME = '" + SCHEMA + "' AND T.TABLENAME = '" + table //$NON-NLS-1$ //$NON-NLS-2$
				+ "' ORDER BY C.COLUMNNUMBER"); //$NON-NLS-1$
	}

	private static boolean hasColumn(Connection connection, String table, String column) throws SQLException {
		return columns(connection, table).contains(column);
	}

	private static List<String> names(Connection connection, String sql) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				names.add(result.getString(1));
			}
		}
		return names;
	}

	private static boolean exists(Connection connection, String sql, String parameter) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				return result.next();
			}
		}
	}
}
