package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.value.Dimension;
import org.jixiao.core.value.Quantity;
import org.jixiao.model.evaluation.Indicator;

/**
 * A ready-made {@link ModuleConstraint}: a rate or a share in percent (办结率, 满意度, 覆盖率, 比例) cannot
 * exceed 100%, neither as target nor as actual. Growth figures (增长, 增幅, 增速), which can, are left
 * alone. A module contributes it by naming this class in a {@code constraint} element.
 */
public final class RateCeilingConstraint implements ModuleConstraint {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final Pattern GROWTH = Pattern.compile("增长|增幅|增速|提高|提升"); //$NON-NLS-1$

	@Override
	public List<ConstraintProblem> check(Indicator indicator) {
		if (indicator.getName() != null && GROWTH.matcher(indicator.getName()).find()) {
			return List.of();
		}
		List<ConstraintProblem> problems = new ArrayList<>();
		check(IndicatorValues.target(indicator), Messages.RateCeilingConstraint_target, problems);
		check(IndicatorValues.actual(indicator), Messages.RateCeilingConstraint_actual, problems);
		return problems;
	}

	private static void check(Optional<Quantity> value, String message, List<ConstraintProblem> problems) {
		if (value.isPresent() && value.get().unit().dimension() == Dimension.PERCENT
				&& value.get().inBaseUnit().compareTo(HUNDRED) > 0) {
			problems.add(ConstraintProblem.error(NLS.bind(message, value.get().text())));
		}
	}
}
