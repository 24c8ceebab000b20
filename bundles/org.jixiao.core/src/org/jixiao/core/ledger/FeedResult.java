package org.jixiao.core.ledger;

import java.math.BigDecimal;
import java.util.Optional;

import org.jixiao.core.modules.LedgerFeed;
import org.jixiao.model.evaluation.Indicator;

/**
 * What a module's ledger says an indicator's actual value is.
 *
 * @param indicator the indicator fed
 * @param feed how the value is computed
 * @param actualText the value as the 实际完成值 column shows it, e.g. {@code 23名} or {@code 100%}
 * @param value the number
 * @param matched the number of matched entries
 * @param total the number of base entries
 * @param explanation how it was computed, e.g. {@code 由台账计算：23名（30名中23名已发放）}
 * @param draftReason the deviation's explanation drafted from the entries that did not match, if the
 *            feed names a reason field and such entries give one
 */
public record FeedResult(Indicator indicator, LedgerFeed feed, String actualText, BigDecimal value, int matched, int total,
		String explanation, Optional<String> draftReason) {
}
