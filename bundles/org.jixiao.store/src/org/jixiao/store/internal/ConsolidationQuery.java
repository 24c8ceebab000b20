package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.store.StoreException;

/**
 * The bureau's consolidation of a fiscal year in two queries, whatever the number of evaluations:
 * the evaluations of the year and of the year before with their department, budget and scores, and
 * the number of deviations per evaluation of the year, counted by the database. Both read through
 * {@link DerbyEvaluationStore#readable(String)}, so a restricted session consolidates only the
 * evaluations it may read.
 * <p>
 * A project's evaluation is matched with the same unit's evaluation of the same project (by its code,
 * else its name) in the year before, a department's with the department's.
 * <p>
 * An indicator row that applies counts as a deviation as the 自评报告 counts them (rows scoring below their weight,
 * or with an explanation): it carries a 偏差原因分析 (not empty after trimming spaces), which the
 * validator requires of every row scoring below its weight, or its actual value misses a numeric
 * target ({@code ≥ > = ≤ <}) in the target's own unit, which catches the rows of an evaluation still
 * lacking its explanations without scoring every row.
 */
final class ConsolidationQuery {

	/** An explanation longer than this counts without being trimmed. */
	private static final int TRIMMED = 200;

	private final DerbyEvaluationStore store;

	private ConsolidationQuery(DerbyEvaluationStore store) {
		this.store = store;
	}

	/**
	 * @param store the open store
	 * @param fiscalYear the year
	 * @return one row per evaluation of the year the session may read, in the order of their ids
	 * @throws StoreException when the database cannot be read
	 */
	static List<ConsolidationRow> rows(DerbyEvaluationStore store, int fiscalYear) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			Connection connection = store.connection();
			try {
				List<ConsolidationRow> rows = new ConsolidationQuery(store).read(connection, fiscalYear);
				connection.commit();
				return rows;
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("consolidation " + fiscalYear, e); //$NON-NLS-1$
			}
		}
	}

	/** One evaluation as stored, before the year before is matched. */
	private record Stored(long id, int year, String department, EvaluationKind kind, String project, String projectCode, String unit,
			String supervisor, BigDecimal adjustedBudget, BigDecimal executed, BigDecimal selfScore, BigDecimal reviewScore, Grade grade,
			String state, int errors) {

		BigDecimal score() {
			return reviewScore != null ? reviewScore : selfScore;
		}

		/** @return what it evaluates, by the unit: the same key in two years is the same unit's same kind and project */
		String unitKey() {
			return key(unit != null ? unit : department);
		}

		/** @return what it evaluates, by the department's name */
		String nameKey() {
			return key(department);
		}

		private String key(String owner) {
			String what = projectCode != null ? projectCode : project;
			return kind.getLiteral() + '\0' + owner + '\0' + (what == null ? "" : what); //$NON-NLS-1$
		}
	}

	private List<ConsolidationRow> read(Connection connection, int fiscalYear) throws SQLException {
		List<Stored> current = new ArrayList<>();
		Map<String, Stored> previousByUnit = new HashMap<>();
		Map<String, Stored> previousByName = new HashMap<>();
		String evaluations = "SELECT E.ID, E.FISCAL_YEAR, D.NAME, E.UNIT, COALESCE(E.SUPERVISOR, D.COMPETENT_DEPARTMENT), " //$NON-NLS-1$
				+ "B.ADJUSTED_BUDGET, B.EXECUTED, E.TOTAL_SCORE, E.GRADE, E.ERROR_COUNT, E.SELF_SCORE, E.SELF_GRADE, " //$NON-NLS-1$
				+ "E.REVIEW_SCORE, E.REVIEW_GRADE, E.REVIEW_STATE, P.KIND, P.PROJECT_NAME, P.PROJECT_CODE FROM " //$NON-NLS-1$
				+ store.readable("EVALUATION") + " E LEFT JOIN " + store.readable("DEPARTMENT") + " D ON D.EVALUATION_ID = E.ID LEFT JOIN " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ store.readable("BUDGET") + " B ON B.EVALUATION_ID = E.ID LEFT JOIN " + store.readable("EVALUATION_PROJECT") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " P ON P.EVALUATION_ID = E.ID WHERE E.FISCAL_YEAR IN (?, ?) ORDER BY E.ID"; //$NON-NLS-1$
		try (PreparedStatement select = connection.prepareStatement(evaluations)) {
			select.setInt(1, fiscalYear);
			select.setInt(2, fiscalYear - 1);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					Stored stored = stored(row);
					if (stored.year() == fiscalYear) {
						current.add(stored);
					} else {
						previousByUnit.merge(stored.unitKey(), stored, ConsolidationQuery::preferred);
						previousByName.merge(stored.nameKey(), stored, ConsolidationQuery::preferred);
					}
				}
			}
		}
		Map<Long, Integer> deviations = deviations(connection, fiscalYear);
		List<ConsolidationRow> rows = new ArrayList<>(current.size());
		for (Stored stored : current) {
			Stored previous = previousByUnit.get(stored.unitKey());
			if (previous == null) {
				previous = previousByName.get(stored.nameKey());
			}
			rows.add(new ConsolidationRow(stored.id(), stored.department(), stored.kind(), stored.project(), stored.supervisor(), stored.year(), stored.adjustedBudget(),
					stored.executed(), stored.selfScore(), stored.reviewScore(), stored.grade(), deviations.getOrDefault(stored.id(), 0),
					stored.state(), stored.errors(), previous == null ? null : previous.score(),
					previous == null ? null : ConsolidationRow.rate(previous.executed(), previous.adjustedBudget())));
		}
		return rows;
	}

	/**
	 * Of two evaluations of a unit in the year before (one kept beside another with
	 * {@code --as-new-version}): the confirmed one, else the one with a score, else the later.
	 */
	private static Stored preferred(Stored kept, Stored later) {
		boolean keptConfirmed = ReviewStates.CONFIRMED.equals(kept.state());
		boolean laterConfirmed = ReviewStates.CONFIRMED.equals(later.state());
		if (keptConfirmed != laterConfirmed) {
			return keptConfirmed ? kept : later;
		}
		if ((kept.score() == null) != (later.score() == null)) {
			return kept.score() != null ? kept : later;
		}
		return later;
	}

	private static Stored stored(ResultSet row) throws SQLException {
		String state = row.getString(15);
		int errors = row.getObject(10) == null ? 0 : row.getInt(10);
		boolean submitted = ReviewStates.submitted(state) && row.getBigDecimal(11) != null;
		BigDecimal selfScore;
		String selfGrade;
		if (submitted) {
			selfScore = row.getBigDecimal(11);
			selfGrade = row.getString(12);
		} else {
			// the working copy's total is no valid score while it has errors
			selfScore = errors > 0 ? null : row.getBigDecimal(8);
			selfGrade = errors > 0 ? null : row.getString(9);
		}
		boolean confirmed = ReviewStates.CONFIRMED.equals(state);
		BigDecimal reviewScore = confirmed ? row.getBigDecimal(13) : null;
		String grade = confirmed && row.getString(14) != null ? row.getString(14) : selfGrade;
		EvaluationKind kind = row.getString(16) == null ? EvaluationKind.DEPARTMENT : EvaluationKind.get(row.getString(16));
		return new Stored(row.getLong(1), row.getInt(2), row.getString(3), kind == null ? EvaluationKind.DEPARTMENT : kind, row.getString(17),
				row.getString(18), row.getString(4), row.getString(5), Values.decimal(row.getString(6)), Values.decimal(row.getString(7)), selfScore,
				reviewScore, grade == null ? null : Grade.get(grade), state, errors);
	}

	private Map<Long, Integer> deviations(Connection connection, int fiscalYear) throws SQLException {
		String actual = "DOUBLE(I.ACTUAL_VALUE)"; //$NON-NLS-1$
		String target = "DOUBLE(I.TARGET_VALUE)"; //$NON-NLS-1$
		String count = "SELECT I.EVALUATION_ID, COUNT(*) FROM " + store.readable("EVALUATION") + " E JOIN " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ store.readable("INDICATOR_ROW") + " I ON I.EVALUATION_ID = E.ID WHERE E.FISCAL_YEAR = ? AND I.NOT_APPLICABLE = FALSE AND (" //$NON-NLS-1$ //$NON-NLS-2$
				+ "(CASE WHEN I.DEVIATION_REASON IS NULL THEN 0 WHEN LENGTH(I.DEVIATION_REASON) > " + TRIMMED + " THEN 1 " //$NON-NLS-1$ //$NON-NLS-2$
				+ "WHEN LENGTH(TRIM(CAST(I.DEVIATION_REASON AS VARCHAR(" + TRIMMED + ")))) > 0 THEN 1 ELSE 0 END) = 1 " //$NON-NLS-1$ //$NON-NLS-2$
				+ "OR (I.ACTUAL_VALUE IS NOT NULL AND I.TARGET_VALUE IS NOT NULL " //$NON-NLS-1$
				+ "AND COALESCE(I.ACTUAL_UNIT, '') = COALESCE(I.TARGET_UNIT, '') AND (" //$NON-NLS-1$
				+ "(I.COMPARATOR = ? AND " + actual + " < " + target + ") OR (I.COMPARATOR = ? AND " + actual + " <= " + target + ") " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ "OR (I.COMPARATOR = ? AND " + actual + " <> " + target + ") OR (I.COMPARATOR = ? AND " + actual + " > " + target + ") " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				+ "OR (I.COMPARATOR = ? AND " + actual + " >= " + target + ")))) GROUP BY I.EVALUATION_ID"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Map<Long, Integer> counts = new HashMap<>();
		try (PreparedStatement select = connection.prepareStatement(count)) {
			select.setInt(1, fiscalYear);
			select.setString(2, Comparator.AT_LEAST.getLiteral());
			select.setString(3, Comparator.MORE_THAN.getLiteral());
			select.setString(4, Comparator.EQUAL.getLiteral());
			select.setString(5, Comparator.AT_MOST.getLiteral());
			select.setString(6, Comparator.LESS_THAN.getLiteral());
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					counts.put(row.getLong(1), row.getInt(2));
				}
			}
		}
		return counts;
	}
}
