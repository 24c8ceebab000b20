package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.consolidation.ReviewStates;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.store.StoreException;

/**
 * Finds the evaluation of the year before of the same unit (its {@code UNIT}, else its department's
 * name) and kind, for a project the same project (by its code, else its name), as the consolidation
 * matches them. Of several (one kept beside another as a new version) the confirmed one is taken, else
 * one with a score, else the later. Reads through {@link DerbyEvaluationStore#readable(String)}: a
 * restricted session finds only an evaluation it may read.
 */
final class PriorYearQuery {

	/** One evaluation as stored, with what identifies its unit and what it evaluates. */
	private record Stored(long id, int year, String department, String unit, EvaluationKind kind, String project, String projectCode,
			String state, boolean scored) {

		String what() {
			return kind.getLiteral() + '\0' + (projectCode != null ? projectCode : project == null ? "" : project); //$NON-NLS-1$
		}

		String owner() {
			return unit != null ? unit : department;
		}
	}

	private PriorYearQuery() {
	}

	/**
	 * @param store the open store
	 * @param id an evaluation's id
	 * @return the id of the same unit's evaluation of the year before, or empty
	 * @throws StoreException when there is no such evaluation or the database cannot be read
	 */
	static OptionalLong find(DerbyEvaluationStore store, long id) throws StoreException {
		synchronized (store) {
			store.checkOpen();
			Connection connection = store.connection();
			Stored current;
			OptionalLong prior;
			try {
				List<Stored> found = read(store, connection, "E.ID = ?", id); //$NON-NLS-1$
				current = found.isEmpty() ? null : found.get(0);
				prior = current == null ? OptionalLong.empty()
						: choose(current, read(store, connection, "E.FISCAL_YEAR = ?", current.year() - 1)); //$NON-NLS-1$
				connection.commit();
			} catch (SQLException | RuntimeException e) {
				store.rollbackQuietly(e);
				throw store.failed("prior year of " + id, e); //$NON-NLS-1$
			}
			if (current == null) {
				throw new StoreException(NLS.bind(Messages.Store_notFound, store.location(), id), null);
			}
			return prior;
		}
	}

	/** The same unit's evaluation by {@code UNIT}, else by the department's name; the preferred of several. */
	private static OptionalLong choose(Stored current, List<Stored> candidates) {
		Stored byUnit = null;
		Stored byName = null;
		for (Stored candidate : candidates) {
			if (!candidate.what().equals(current.what())) {
				continue;
			}
			if (current.owner() != null && current.owner().equals(candidate.owner())) {
				byUnit = byUnit == null ? candidate : preferred(byUnit, candidate);
			}
			if (current.department() != null && current.department().equals(candidate.department())) {
				byName = byName == null ? candidate : preferred(byName, candidate);
			}
		}
		Stored chosen = byUnit != null ? byUnit : byName;
		return chosen == null ? OptionalLong.empty() : OptionalLong.of(chosen.id());
	}

	/** Of two: the confirmed one, else the one with a score, else the later (the candidates come by id). */
	private static Stored preferred(Stored kept, Stored later) {
		boolean keptConfirmed = ReviewStates.CONFIRMED.equals(kept.state());
		boolean laterConfirmed = ReviewStates.CONFIRMED.equals(later.state());
		if (keptConfirmed != laterConfirmed) {
			return keptConfirmed ? kept : later;
		}
		if (kept.scored() != later.scored()) {
			return kept.scored() ? kept : later;
		}
		return later;
	}

	private static List<Stored> read(DerbyEvaluationStore store, Connection connection, String condition, long value) throws SQLException {
		String query = "SELECT E.ID, E.FISCAL_YEAR, D.NAME, E.UNIT, P.KIND, P.PROJECT_NAME, P.PROJECT_CODE, E.REVIEW_STATE, " //$NON-NLS-1$
				+ "E.SELF_SCORE, E.TOTAL_SCORE, E.ERROR_COUNT FROM " + store.readable("EVALUATION") + " E LEFT JOIN " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ store.readable("DEPARTMENT") + " D ON D.EVALUATION_ID = E.ID LEFT JOIN " + store.readable("EVALUATION_PROJECT") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " P ON P.EVALUATION_ID = E.ID WHERE " + condition + " ORDER BY E.ID"; //$NON-NLS-1$ //$NON-NLS-2$
		List<Stored> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(query)) {
			select.setLong(1, value);
			try (ResultSet row = select.executeQuery()) {
				while (row.next()) {
					EvaluationKind kind = row.getString(5) == null ? null : EvaluationKind.get(row.getString(5));
					BigDecimal self = row.getBigDecimal(9);
					boolean scored = self != null || row.getBigDecimal(10) != null && (row.getObject(11) == null || row.getInt(11) == 0);
					rows.add(new Stored(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4),
							kind == null ? EvaluationKind.DEPARTMENT : kind, row.getString(6), row.getString(7), row.getString(8), scored));
				}
			}
		}
		return rows;
	}
}
