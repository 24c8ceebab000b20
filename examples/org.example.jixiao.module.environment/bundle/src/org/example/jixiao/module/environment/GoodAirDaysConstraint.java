package org.example.jixiao.module.environment;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.modules.ConstraintProblem;
import org.jixiao.core.modules.IndicatorValues;
import org.jixiao.core.modules.ModuleConstraint;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.Unit;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;

/**
 * A count of days in the year (空气质量优良天数) cannot exceed the number of days of the fiscal year.
 */
public final class GoodAirDaysConstraint implements ModuleConstraint {

	private static final Unit DAY = Unit.of("天").orElseThrow(); //$NON-NLS-1$

	@Override
	public List<ConstraintProblem> check(Indicator indicator) {
		if (indicator.getName() == null || !indicator.getName().contains("天数")) { //$NON-NLS-1$
			return List.of();
		}
		Optional<Quantity> actual = IndicatorValues.actual(indicator);
		if (actual.isEmpty() || !actual.get().unit().isConvertibleTo(DAY)) {
			return List.of();
		}
		Optional<BigDecimal> days = actual.get().unit().convert(actual.get().number(), DAY);
		int year = EcoreUtil.getRootContainer(indicator) instanceof Evaluation evaluation && evaluation.getFiscalYear() > 0
				? evaluation.getFiscalYear()
				: Year.now().getValue();
		int length = Year.of(year).length();
		if (days.isPresent() && days.get().compareTo(BigDecimal.valueOf(length)) > 0) {
			return List.of(ConstraintProblem.error(NLS.bind(Messages.GoodAirDaysConstraint_tooMany, actual.get().text(), length)));
		}
		return List.of();
	}
}
