package org.jixiao.core.evaluation;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.WeightedGroup;

/** Names a row of an evaluation the way an officer reads it: 一级 / 二级 / 三级, or 预算资金 / 项目. */
public final class RowPaths {

	private static final String SEPARATOR = " / "; //$NON-NLS-1$

	private RowPaths() {
	}

	/**
	 * @param object an object of an evaluation
	 * @return its path, e.g. {@code 产出指标 / 数量指标 / 发展党员}
	 */
	public static String of(EObject object) {
		Deque<String> names = new ArrayDeque<>();
		for (EObject o = object; o != null && !(o instanceof Evaluation); o = o.eContainer()) {
			String name = name(o);
			if (name != null) {
				names.addFirst(name);
			}
		}
		return names.isEmpty() ? Messages.RowPaths_evaluation : String.join(SEPARATOR, names);
	}

	private static String name(EObject object) {
		if (object instanceof Indicator indicator) {
			return indicator.getName();
		}
		if (object instanceof WeightedGroup group) {
			return group.getName();
		}
		if (object instanceof BudgetProject project) {
			return project.getName();
		}
		if (object instanceof BudgetLine line) {
			return line.getLabel();
		}
		if (object instanceof Budget) {
			return Messages.RowPaths_budget;
		}
		if (object instanceof Goal goal) {
			return Messages.RowPaths_goal + goal.getNumber();
		}
		if (object instanceof NarrativeSection section) {
			return section.getTitle();
		}
		return null;
	}
}
