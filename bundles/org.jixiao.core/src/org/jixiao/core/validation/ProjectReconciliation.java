package org.jixiao.core.validation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;
import org.jixiao.model.evaluation.Amounts;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;

/**
 * Reconciles a department's evaluation (部门整体) with its project evaluations (项目支出): each budget
 * project of the department's budget block is matched by its code (项目编码) with the project
 * evaluation of the same year, and their 年初预算数, 全年预算数 and 全年执行数 must be equal to the fen.
 * A pure function of the evaluations given.
 */
public final class ProjectReconciliation {

	/** What a finding is about. */
	public enum Kind {
		/** An amount of the budget project differs from the project evaluation's budget block: a warning. */
		AMOUNT_DIFFERS,
		/** A budget project without a code cannot be matched: a warning. */
		NO_CODE,
		/** A project evaluation whose code is not among the department's budget projects: a warning. */
		NOT_IN_BUDGET,
		/** Two project evaluations of the year have the same code: a warning. */
		DUPLICATE,
		/** A budget project has no project evaluation yet: information. */
		NO_EVALUATION
	}

	/** The amounts compared, in the order of the table. */
	public enum Amount {
		/** 年初预算数. */
		INITIAL(Amounts::getInitialBudget),
		/** 全年预算数. */
		ADJUSTED(Amounts::getAdjustedBudget),
		/** 全年执行数. */
		EXECUTED(Amounts::getExecuted);

		private final Function<Amounts, BigDecimal> value;

		Amount(Function<Amounts, BigDecimal> value) {
			this.value = value;
		}

		/**
		 * @param amounts a budget row
		 * @return this amount of it, 0 where none is entered
		 */
		public BigDecimal of(Amounts amounts) {
			return amounts == null ? BigDecimal.ZERO : Objects.requireNonNullElse(value.apply(amounts), BigDecimal.ZERO);
		}

		/** @return the amount's name as the table prints it, translated */
		public String label() {
			return switch (this) {
				case INITIAL -> Messages.Reconciliation_initial;
				case ADJUSTED -> Messages.Reconciliation_adjusted;
				case EXECUTED -> Messages.Reconciliation_executed;
			};
		}
	}

	/**
	 * One finding.
	 *
	 * @param kind what it is about
	 * @param project the project's name
	 * @param code the project's code, or {@code null}
	 * @param amount the amount that differs, for {@link Kind#AMOUNT_DIFFERS}; else {@code null}
	 * @param departmentValue the amount in the department's budget block, in yuan, or {@code null}
	 * @param projectValue the amount in the project evaluation's budget block, in yuan, or {@code null}
	 * @param message the translated message naming the project (and the amount with both values)
	 */
	public record Finding(Kind kind, String project, String code, Amount amount, BigDecimal departmentValue, BigDecimal projectValue,
			String message) {

		/** @return whether it is a warning (everything but a project not evaluated yet) */
		public boolean isWarning() {
			return kind != Kind.NO_EVALUATION;
		}
	}

	private ProjectReconciliation() {
	}

	/**
	 * @param department the department's evaluation
	 * @param evaluations evaluations of the same department; those of other years and of the kind
	 *            部门整体 are ignored
	 * @return the findings, budget projects in their order first, then project evaluations not in the budget
	 */
	public static List<Finding> check(Evaluation department, Collection<Evaluation> evaluations) {
		List<Finding> findings = new ArrayList<>();
		Map<String, Evaluation> byCode = new LinkedHashMap<>();
		for (Evaluation evaluation : evaluations) {
			if (evaluation.getKind() == EvaluationKind.DEPARTMENT || evaluation.getFiscalYear() != department.getFiscalYear()) {
				continue;
			}
			String code = evaluation.getProjectCode() == null ? "" : evaluation.getProjectCode().strip(); //$NON-NLS-1$
			if (byCode.putIfAbsent(code, evaluation) != null) {
				findings.add(new Finding(Kind.DUPLICATE, evaluation.getProjectName(), code, null, null, null,
						NLS.bind(Messages.Reconciliation_duplicate, evaluation.getProjectName(), code)));
			}
		}
		List<BudgetProject> projects = department.getBudget() == null ? List.of() : department.getBudget().getProjects();
		for (BudgetProject project : projects) {
			String code = project.getCode() == null ? "" : project.getCode().strip(); //$NON-NLS-1$
			if (code.isEmpty()) {
				findings.add(new Finding(Kind.NO_CODE, project.getName(), null, null, null, null,
						NLS.bind(Messages.Reconciliation_noCode, project.getName())));
				continue;
			}
			Evaluation evaluation = byCode.remove(code);
			if (evaluation == null) {
				findings.add(new Finding(Kind.NO_EVALUATION, project.getName(), code, null, null, null,
						NLS.bind(Messages.Reconciliation_noEvaluation, project.getName(), code)));
				continue;
			}
			for (Amount amount : Amount.values()) {
				BigDecimal expected = amount.of(project);
				BigDecimal actual = amount.of(evaluation.getBudget());
				if (expected.compareTo(actual) != 0) {
					findings.add(new Finding(Kind.AMOUNT_DIFFERS, project.getName(), code, amount, expected, actual,
							NLS.bind(Messages.Reconciliation_amountDiffers, new Object[] { project.getName(), code, amount.label(),
									yuan(expected), yuan(actual), yuan(actual.subtract(expected)) })));
				}
			}
		}
		for (Map.Entry<String, Evaluation> left : byCode.entrySet()) {
			findings.add(new Finding(Kind.NOT_IN_BUDGET, left.getValue().getProjectName(), left.getKey(), null, null, null,
					NLS.bind(Messages.Reconciliation_notInBudget, left.getValue().getProjectName(), left.getKey())));
		}
		return findings;
	}

	/**
	 * @param amount an amount in yuan
	 * @return the amount grouped by thousands with two decimals, whatever the locale: 1,250,000.00
	 */
	public static String yuan(BigDecimal amount) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount); //$NON-NLS-1$
	}
}
