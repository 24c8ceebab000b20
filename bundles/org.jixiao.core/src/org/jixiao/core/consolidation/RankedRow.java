package org.jixiao.core.consolidation;

import java.util.Set;

/**
 * An evaluation's place in the consolidation.
 *
 * @param rank its rank, from 1: evaluations with equal 复核得分 and 自评得分 share one, the next rank
 *            counts them all (1, 2, 2, 4); {@code 0} for an evaluation without any score
 * @param row the evaluation's figures
 * @param flags why it goes before the budget hearing; empty when it does not
 */
public record RankedRow(int rank, ConsolidationRow row, Set<HearingFlag> flags) {

	/** Keeps the flags unmodifiable. */
	public RankedRow {
		flags = Set.copyOf(flags);
	}

	/** @return whether it goes before the budget hearing */
	public boolean flagged() {
		return !flags.isEmpty();
	}
}
