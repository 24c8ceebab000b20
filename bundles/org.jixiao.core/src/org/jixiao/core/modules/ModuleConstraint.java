package org.jixiao.core.modules;

import java.util.List;

import org.jixiao.model.evaluation.Indicator;

/**
 * An extra validation rule of a module, contributed by class in a {@code constraint} element of
 * {@code org.jixiao.core.modules}. Validation calls it for every indicator whose moduleId is the
 * module's id; it must not change the indicator and must be safe to call from several threads.
 * {@link IndicatorValues} reads the indicator's texts the way the scoring engine does.
 */
public interface ModuleConstraint {

	/**
	 * @param indicator an indicator of the module
	 * @return the problems found, empty when the indicator satisfies the constraint; the validator
	 *         puts the indicator's row path in front of each message
	 */
	List<ConstraintProblem> check(Indicator indicator);
}
