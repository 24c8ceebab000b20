package org.jixiao.core.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The default weights of a project evaluation (项目支出绩效自评) and where the 满意度 weight goes when the
 * project has no 满意度 indicator: published project tables print 产出 50 / 效益 30 / 满意度 10 and,
 * without a satisfaction indicator, 产出 60 / 效益 30.
 *
 * @param weights the default weights with a 满意度 indicator (预算执行率 10, 产出 50, 效益 30, 满意度 10)
 * @param withoutSatisfaction the 一级 group that takes the 满意度 weight when the project has no
 *            满意度 indicator
 */
public record ProjectWeights(WeightTemplate weights, Target withoutSatisfaction) {

	/** The central tables' project weights: 10 / 50 / 30 / 10, the 满意度 weight to 产出 without one. */
	public static final ProjectWeights DEFAULT = new ProjectWeights(new WeightTemplate(BigDecimal.TEN, BigDecimal.valueOf(50),
			BigDecimal.valueOf(30), BigDecimal.TEN), Target.OUTPUT);

	/** The 一级 groups that can take the 满意度 weight. */
	public enum Target {
		/** 产出指标. */
		OUTPUT("output"), //$NON-NLS-1$
		/** 效益指标. */
		BENEFIT("benefit"); //$NON-NLS-1$

		private final String id;

		Target(String id) {
			this.id = id;
		}

		/** @return the identifier in a rule set's JSON */
		public String id() {
			return id;
		}
	}

	/** Checks that both parts are present. */
	public ProjectWeights {
		Objects.requireNonNull(weights);
		Objects.requireNonNull(withoutSatisfaction);
	}

	/**
	 * @param hasSatisfaction whether the project has a 满意度 indicator
	 * @return {@link #weights()} with one; else the weights with the 满意度 weight moved to
	 *         {@link #withoutSatisfaction()} and 满意度 at 0
	 */
	public WeightTemplate weights(boolean hasSatisfaction) {
		if (hasSatisfaction) {
			return weights;
		}
		BigDecimal moved = weights.satisfaction();
		return switch (withoutSatisfaction) {
			case OUTPUT -> new WeightTemplate(weights.budgetExecution(), weights.output().add(moved), weights.benefit(), BigDecimal.ZERO);
			case BENEFIT -> new WeightTemplate(weights.budgetExecution(), weights.output(), weights.benefit().add(moved), BigDecimal.ZERO);
		};
	}
}
