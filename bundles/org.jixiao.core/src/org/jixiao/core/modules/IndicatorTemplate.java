package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.TargetBasis;

/**
 * One indicator of a module's template library: where it sits in the table (一级 / 二级), its name,
 * how it is measured and what an officer is told when filling it in.
 *
 * @param id the template's id, unique in its library (e.g. {@code members-developed})
 * @param category the 一级 indicator it sits under, e.g. 产出指标
 * @param subcategory the 二级 indicator it sits under, e.g. 数量指标
 * @param name the 三级 indicator's name
 * @param comparator how the actual is compared with the target (指标性质)
 * @param unit the unit of the figures, e.g. 名 or 万元; empty for time and qualitative indicators
 * @param weight the default weight (分值)
 * @param target the default target text (年度指标值), e.g. ≥30名
 * @param guidance what to fill in and where the figure comes from
 * @param section the title of the narrative sub-section (自评工作开展情况) the indicator feeds
 * @param standard whether a new evaluation includes the indicator; the others are offered in the
 *            library for the officer to add
 * @param rules what the newer rules ask an indicator to state: the basis of its target, its 评（扣）分标准
 *            and whether it is a core indicator
 * @param feed how the module's ledger gives the indicator its actual value, if it does
 */
public record IndicatorTemplate(String id, String category, String subcategory, String name, Comparator comparator,
		String unit, BigDecimal weight, String target, String guidance, String section, boolean standard, Rules rules,
		Optional<LedgerFeed> feed) {

	/**
	 * What the newer rules ask an indicator to state besides its target.
	 *
	 * @param basis the basis of the target (计划标准, 行业标准, 历史标准, 其他标准), or {@code null} when the
	 *            template does not say
	 * @param criterion the 评（扣）分标准 as the officer's table states it; empty when the template does
	 *            not say
	 * @param core whether it is a core indicator (核心指标)
	 */
	public record Rules(TargetBasis basis, String criterion, boolean core) {

		/** A template that states none of them. */
		public static final Rules NONE = new Rules(null, "", false); //$NON-NLS-1$

		/** Makes a missing criterion empty. */
		public Rules {
			criterion = criterion == null ? "" : criterion; //$NON-NLS-1$
		}
	}

	/** Checks that every part is given. */
	public IndicatorTemplate {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(category, "category"); //$NON-NLS-1$
		Objects.requireNonNull(subcategory, "subcategory"); //$NON-NLS-1$
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(comparator, "comparator"); //$NON-NLS-1$
		Objects.requireNonNull(weight, "weight"); //$NON-NLS-1$
		Objects.requireNonNull(target, "target"); //$NON-NLS-1$
		unit = unit == null ? "" : unit; //$NON-NLS-1$
		guidance = guidance == null ? "" : guidance; //$NON-NLS-1$
		section = section == null ? "" : section; //$NON-NLS-1$
		Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
		Objects.requireNonNull(feed, "feed"); //$NON-NLS-1$
	}
}
