package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jixiao.model.evaluation.Indicator;

/**
 * This year's indicators beside last year's: each 三级 indicator of this year's evaluation is matched
 * with last year's row of the same lineage (the {@link Indicator#getUid() uid} a copy to the new year
 * keeps), else with the row of the same path (一级 / 二级 / 三级), else with the row of the same name
 * where that name is unique in both years. A row of last year is matched at most once.
 */
public final class PriorYear {

	/** How a row of this year was matched with last year's. */
	public enum Match {
		/** The same row, copied to the new year (same uid). */
		LINEAGE(Messages.PriorYear_lineage),
		/** A row of the same 一级 / 二级 / 三级 path. */
		PATH(Messages.PriorYear_path),
		/** A row of the same name, unique in both years, under another group. */
		NAME(Messages.PriorYear_name);

		private final String displayName;

		Match(String displayName) {
			this.displayName = displayName;
		}

		/** @return the name an officer reads, e.g. 沿用 */
		public String displayName() {
			return displayName;
		}
	}

	/**
	 * One indicator of this year with last year's row, where there is one.
	 *
	 * @param current this year's row as scored
	 * @param prior last year's row as scored, or {@code null} for a row new this year
	 * @param match how they were matched, or {@code null} for a row new this year
	 */
	public record Row(IndicatorScore current, IndicatorScore prior, Match match) {

		/** @return whether last year has a row for this one */
		public boolean matched() {
			return prior != null;
		}

		/** @return last year's 年度指标值 as written, or empty */
		public Optional<String> priorTarget() {
			return prior == null ? Optional.empty() : Optional.ofNullable(prior.indicator().getTargetText());
		}

		/** @return last year's 实际完成值 as written, or empty */
		public Optional<String> priorActual() {
			return prior == null ? Optional.empty() : Optional.ofNullable(prior.indicator().getActualText());
		}

		/** @return last year's score of the row by last year's rules, or empty */
		public Optional<BigDecimal> priorScore() {
			return prior == null ? Optional.empty() : Optional.of(prior.score().score());
		}

		/** @return this year's score less last year's, or empty for a row new this year */
		public Optional<BigDecimal> change() {
			return priorScore().map(last -> current.score().score().subtract(last));
		}
	}

	private final ScoreSheet current;
	private final ScoreSheet prior;
	private final List<Row> rows;
	private final List<IndicatorScore> dropped;

	private PriorYear(ScoreSheet current, ScoreSheet prior, List<Row> rows, List<IndicatorScore> dropped) {
		this.current = current;
		this.prior = prior;
		this.rows = List.copyOf(rows);
		this.dropped = List.copyOf(dropped);
	}

	/**
	 * @param current this year's evaluation as scored
	 * @param prior last year's evaluation as scored by its own rules
	 * @return every indicator of this year, in table order, with last year's row where one matches
	 */
	public static PriorYear compare(ScoreSheet current, ScoreSheet prior) {
		Map<IndicatorScore, IndicatorScore> matched = new IdentityHashMap<>();
		Map<IndicatorScore, Match> how = new IdentityHashMap<>();
		List<IndicatorScore> open = new ArrayList<>(prior.indicators());
		matchBy(current.indicators(), open, matched, how, Match.LINEAGE, row -> blankToNull(row.indicator().getUid()));
		matchBy(current.indicators(), open, matched, how, Match.PATH, row -> normalized(row.path()));
		matchBy(current.indicators(), open, matched, how, Match.NAME, row -> normalized(row.indicator().getName()));
		List<Row> rows = new ArrayList<>();
		for (IndicatorScore row : current.indicators()) {
			rows.add(new Row(row, matched.get(row), how.get(row)));
		}
		return new PriorYear(current, prior, rows, open);
	}

	/**
	 * Matches the rows of this year still unmatched with the rows of last year still open whose key is
	 * the same and unique on both sides.
	 */
	private static void matchBy(List<IndicatorScore> rows, List<IndicatorScore> open, Map<IndicatorScore, IndicatorScore> matched,
			Map<IndicatorScore, Match> how, Match match, Function<IndicatorScore, String> key) {
		Map<String, List<IndicatorScore>> last = group(open, key);
		Map<String, List<IndicatorScore>> now = group(rows.stream().filter(row -> !matched.containsKey(row)).toList(), key);
		for (Map.Entry<String, List<IndicatorScore>> entry : now.entrySet()) {
			List<IndicatorScore> candidates = last.get(entry.getKey());
			if (entry.getValue().size() == 1 && candidates != null && candidates.size() == 1) {
				IndicatorScore row = entry.getValue().get(0);
				IndicatorScore previous = candidates.get(0);
				matched.put(row, previous);
				how.put(row, match);
				open.remove(previous);
			}
		}
	}

	private static Map<String, List<IndicatorScore>> group(List<IndicatorScore> rows, Function<IndicatorScore, String> key) {
		Map<String, List<IndicatorScore>> groups = new LinkedHashMap<>();
		for (IndicatorScore row : rows) {
			String k = key.apply(row);
			if (k != null) {
				groups.computeIfAbsent(k, any -> new ArrayList<>()).add(row);
			}
		}
		return groups;
	}

	/** @return the text without blanks (an officer's spaces in a name do not make it another row), or null when empty */
	private static String normalized(String text) {
		return text == null ? null : blankToNull(text.replaceAll("\\s+", "")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** @return this year's scores */
	public ScoreSheet current() {
		return current;
	}

	/** @return last year's scores (total, grade and every row) */
	public ScoreSheet prior() {
		return prior;
	}

	/** @return every 三级 indicator of this year, in table order, with last year's row where one matches */
	public List<Row> rows() {
		return rows;
	}

	/** @return last year's rows that match no row of this year, in last year's table order */
	public List<IndicatorScore> dropped() {
		return dropped;
	}

	/** @return the number of this year's rows matched, by how */
	public Map<Match, Integer> counts() {
		Map<Match, Integer> counts = new HashMap<>();
		for (Row row : rows) {
			if (row.matched()) {
				counts.merge(row.match(), 1, Integer::sum);
			}
		}
		return counts;
	}
}
