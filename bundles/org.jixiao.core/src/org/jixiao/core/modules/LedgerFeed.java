package org.jixiao.core.modules;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one of a module's ledgers (台账) gives an indicator its actual value (实际完成值), declared
 * beside the indicator's template as data:
 *
 * <pre>
 * "feed": { "ledger": "instructors", "measure": "count", "where": { "subsidyPaid": true },
 *           "note": "{total}名中{matched}名已发放", "reasons": "unpaidReason" }
 * </pre>
 *
 * The entries of the ledger that match {@code among} (all when it is empty), and when
 * {@code inYear} names a date field, whose date lies in the evaluation's fiscal year, are the base;
 * those of the base that also match {@code where} are the matched entries. A {@code count} is the
 * number of matched entries, a {@code ratio} the matched entries as a percentage of the base, a
 * {@code sum} the sum of {@code field} over the matched entries. A condition maps a field of the
 * entry to the values it may take: a text, a boolean, an enum literal, or a list of them.
 *
 * @param ledger the name of the ledger: a containment reference of the module's data class
 * @param measure what is computed
 * @param where the condition of the matched entries
 * @param among the condition of the base entries
 * @param inYear a date field that must lie in the fiscal year, or empty
 * @param field the number field a sum adds up, or empty
 * @param note how the computation is told after the value, with {@code {matched}}, {@code {total}} and
 *            {@code {unmatched}}; empty for none
 * @param reasons a text field of the entries; the values of the base entries that do not match
 *            draft the deviation's explanation (偏差原因), or empty
 */
public record LedgerFeed(String ledger, Measure measure, Map<String, List<String>> where, Map<String, List<String>> among,
		Optional<String> inYear, Optional<String> field, String note, Optional<String> reasons) {

	/** What a feed computes from the ledger. */
	public enum Measure {
		/** The number of matched entries. */
		COUNT,
		/** The matched entries as a percentage of the base. */
		RATIO,
		/** The sum of a number field over the matched entries. */
		SUM
	}

	/** Checks that every part is given and copies the conditions. */
	public LedgerFeed {
		Objects.requireNonNull(ledger, "ledger"); //$NON-NLS-1$
		Objects.requireNonNull(measure, "measure"); //$NON-NLS-1$
		where = Map.copyOf(where);
		among = Map.copyOf(among);
		note = note == null ? "" : note; //$NON-NLS-1$
	}
}
