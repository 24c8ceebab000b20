package org.jixiao.core.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.value.Dimension;
import org.jixiao.core.value.Quantity;
import org.jixiao.model.evaluation.Indicator;

/**
 * A ready-made {@link ModuleConstraint}: a count (人, 件, 次, 户…), an amount of money or a percentage
 * cannot be negative, neither as target nor as actual. A module contributes it by naming this class in
 * a {@code constraint} element.
 */
public final class NonNegativeConstraint implements ModuleConstraint {

	@Override
	public List<ConstraintProblem> check(Indicator indicator) {
		List<ConstraintProblem> problems = new ArrayList<>();
		check(IndicatorValues.target(indicator), Messages.NonNegativeConstraint_target, problems);
		check(IndicatorValues.actual(indicator), Messages.NonNegativeConstraint_actual, problems);
		return problems;
	}

	private static void check(Optional<Quantity> value, String message, List<ConstraintProblem> problems) {
		if (value.isPresent() && value.get().number().signum() < 0) {
			Dimension dimension = value.get().unit().dimension();
			if (dimension == Dimension.COUNT || dimension == Dimension.MONEY || dimension == Dimension.PERCENT
					|| dimension == Dimension.NONE) {
				problems.add(ConstraintProblem.error(NLS.bind(message, value.get().text())));
			}
		}
	}
}
