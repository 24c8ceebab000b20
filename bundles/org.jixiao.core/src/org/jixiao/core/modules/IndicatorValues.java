package org.jixiao.core.modules;

import java.time.Year;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;

/** Reads an indicator's target and actual texts for {@link ModuleConstraint}s, as scoring does. */
public final class IndicatorValues {

	private IndicatorValues() {
	}

	/**
	 * @param indicator an indicator
	 * @return its actual as a figure, when the text is one
	 */
	public static Optional<Quantity> actual(Indicator indicator) {
		return quantity(indicator, indicator.getActualText());
	}

	/**
	 * @param indicator an indicator
	 * @return its target as a figure, when the text is one
	 */
	public static Optional<Quantity> target(Indicator indicator) {
		return quantity(indicator, indicator.getTargetText());
	}

	private static Optional<Quantity> quantity(Indicator indicator, String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		ParseResult parsed = parser(indicator).parse(text);
		return parsed instanceof Quantity quantity ? Optional.of(quantity) : Optional.empty();
	}

	private static ValueParser parser(Indicator indicator) {
		return new ValueParser(EcoreUtil.getRootContainer(indicator) instanceof Evaluation evaluation
				&& evaluation.getFiscalYear() > 0 ? Year.of(evaluation.getFiscalYear()) : Year.now());
	}
}
