package org.jixiao.core.ledger;

import org.eclipse.emf.ecore.EAttribute;
import org.jixiao.model.evaluation.Indicator;

/**
 * One value a ledger feed sets on an indicator.
 *
 * @param indicator the indicator
 * @param attribute its attribute, the actual value or the deviation's explanation
 * @param value the new value
 */
public record FeedChange(Indicator indicator, EAttribute attribute, Object value) {
}
