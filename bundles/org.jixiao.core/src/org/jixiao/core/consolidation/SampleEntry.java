package org.jixiao.core.consolidation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One evaluation of a 抽评 sample.
 *
 * @param evaluationId the evaluation's id in the store
 * @param department its name ({@link ConsolidationRow#name()}), for people reading the sample
 * @param budget its 全年预算数 in yuan when drawn, or {@code null}
 * @param drawn whether the seeded draw chose it ({@code false}: the reviewer added it)
 * @param decision the reviewer's decision
 * @param decidedBy who decided, or {@code null} while {@link Decision#PROPOSED}
 * @param decidedAt when, or {@code null} while {@link Decision#PROPOSED}
 */
public record SampleEntry(long evaluationId, String department, BigDecimal budget, boolean drawn, Decision decision, String decidedBy,
		Instant decidedAt) {

	/** The reviewer's decision on an evaluation of the sample. */
	public enum Decision {
		/** 待确认: drawn, not yet decided. */
		PROPOSED,
		/** 确认纳入: to be re-evaluated. */
		INCLUDED,
		/** 取消纳入: taken out of the sample. */
		EXCLUDED;

		/** @return the decision as people read it: 待确认, 确认纳入, 取消纳入 (or English) */
		public String label() {
			return switch (this) {
			case PROPOSED -> Messages.SampleEntry_proposed;
			case INCLUDED -> Messages.SampleEntry_included;
			case EXCLUDED -> Messages.SampleEntry_excluded;
			};
		}
	}

	/** @return whether the evaluation is to be re-evaluated: drawn or added, and not taken out */
	public boolean selected() {
		return decision != Decision.EXCLUDED;
	}
}
