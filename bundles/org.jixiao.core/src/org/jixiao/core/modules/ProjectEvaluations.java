package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.WeightTemplate;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;

/**
 * Creates the project evaluations (项目支出绩效自评, 谁支出、谁自评) of a department's budget projects: the
 * header and budget block from the department's evaluation, the indicators from the project's module's
 * standard templates, weighted by the rule set's {@link RuleSet#projectWeights() project weights}.
 */
public final class ProjectEvaluations {

	/*
	 * The rows of a project's budget block by income nature, as the official project table prints them;
	 * part of the Chinese document, not of the user interface.
	 */
	private static final String THIS_YEAR = "本年财政拨款"; //$NON-NLS-1$
	private static final String CARRIED_OVER = "上年结转资金"; //$NON-NLS-1$
	private static final String OTHER = "其他资金"; //$NON-NLS-1$
	private static final String OUTPUT = "产出指标"; //$NON-NLS-1$
	private static final String BENEFIT = "效益指标"; //$NON-NLS-1$
	private static final String SATISFACTION = "满意度指标"; //$NON-NLS-1$
	private static final List<String> CATEGORIES = List.of(OUTPUT, BENEFIT, SATISFACTION);

	private ProjectEvaluations() {
	}

	/**
	 * @param department the department's evaluation
	 * @param name a budget project's name, as listed in its budget block
	 * @return the project of that name
	 */
	public static Optional<BudgetProject> project(Evaluation department, String name) {
		if (department.getBudget() == null) {
			return Optional.empty();
		}
		return department.getBudget().getProjects().stream().filter(p -> name.strip().equals(p.getName())).findFirst();
	}

	/**
	 * Gives a budget project its code (项目编码) when it has none: the department's code, when it has one,
	 * then the project's place in the list, e.g. {@code 219001-03}; the department's evaluation must then
	 * be saved for the link to hold.
	 *
	 * @param department the department's evaluation
	 * @param project one of its budget projects
	 * @return whether a code was given
	 */
	public static boolean ensureCode(Evaluation department, BudgetProject project) {
		if (project.getCode() != null && !project.getCode().isBlank()) {
			return false;
		}
		String prefix = department.getDepartment() == null || department.getDepartment().getCode() == null
				|| department.getDepartment().getCode().isBlank() ? "P" : department.getDepartment().getCode().strip() + "-"; //$NON-NLS-1$ //$NON-NLS-2$
		int position = department.getBudget().getProjects().indexOf(project) + 1;
		String code = prefix + String.format("%02d", position); //$NON-NLS-1$
		if (department.getBudget().getProjects().stream().anyMatch(p -> code.equals(p.getCode()))) {
			throw new IllegalStateException(NLS.bind(Messages.ProjectEvaluations_codeTaken, code));
		}
		project.setCode(code);
		return true;
	}

	/**
	 * Creates the draft evaluation of one budget project: kind, year, rule set and money unit of the
	 * department's evaluation; 实施单位 and 主管部门 from its department; 项目名称 and 项目编码 from the
	 * project; the budget block with the project's 年初预算数, 全年预算数 and 全年执行数 (as 本年财政拨款, or
	 * as 上年结转资金 for a carried-over project) and the rule set's budget weight; one goal to fill in; the
	 * standard templates of the given modules (all their templates of a 一级 group where none is
	 * standard), each 一级 group weighted as the rule set's project weights say (产出 50 / 效益 30 / 满意度
	 * 10, or 产出 60 / 效益 30 when the templates have no 满意度 indicator), its indicators scaled to that
	 * weight, rounded to two decimals with the difference to the heaviest. When the modules have no
	 * template at all of 产出 or of 效益, that group's weight goes to the other one, so that the weights
	 * the indicators carry still add up to 100.
	 *
	 * @param department the department's evaluation
	 * @param project one of its budget projects, with a code ({@link #ensureCode(Evaluation, BudgetProject)})
	 * @param kind {@link EvaluationKind#PROJECT} or {@link EvaluationKind#CARRIED_OVER}
	 * @param modules the modules whose templates make the indicators (the project's module, usually)
	 * @param rules the rule set whose project weights apply
	 * @return the project's evaluation
	 * @throws IllegalArgumentException when the kind is not a project kind, the project has no code or
	 *             the modules have no template of 产出, 效益 or 满意度
	 */
	public static Evaluation newProjectEvaluation(Evaluation department, BudgetProject project, EvaluationKind kind,
			List<IndicatorModule> modules, RuleSet rules) {
		if (kind == EvaluationKind.DEPARTMENT) {
			throw new IllegalArgumentException(NLS.bind(Messages.ProjectEvaluations_notAProjectKind, kind.getLiteral()));
		}
		if (project.getCode() == null || project.getCode().isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.ProjectEvaluations_noCode, project.getName()));
		}
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setKind(kind);
		evaluation.setFiscalYear(department.getFiscalYear());
		evaluation.setRuleSetId(department.getRuleSetId());
		evaluation.setMoneyUnit(department.getMoneyUnit());
		evaluation.setStatus(EvaluationStatus.DRAFT);
		evaluation.setProjectName(project.getName());
		evaluation.setProjectCode(project.getCode());
		Department unit = factory.createDepartment();
		Department owner = department.getDepartment();
		if (owner != null) {
			unit.setName(owner.getName());
			unit.setCode(owner.getCode());
			unit.setCompetentDepartment(owner.getCompetentDepartment());
			unit.setCompetentDepartmentCode(owner.getCompetentDepartmentCode());
			evaluation.setPreparer(owner.getName());
		}
		evaluation.setDepartment(unit);
		Map<String, List<Template>> chosen = templates(modules);
		if (chosen.values().stream().allMatch(List::isEmpty)) {
			throw new IllegalArgumentException(Messages.EvaluationTemplates_noTemplates);
		}
		WeightTemplate weights = rules.projectWeights().weights(!chosen.get(SATISFACTION).isEmpty());
		if (chosen.get(OUTPUT).isEmpty()) {
			weights = new WeightTemplate(weights.budgetExecution(), BigDecimal.ZERO, weights.benefit().add(weights.output()), weights.satisfaction());
		} else if (chosen.get(BENEFIT).isEmpty()) {
			weights = new WeightTemplate(weights.budgetExecution(), weights.output().add(weights.benefit()), BigDecimal.ZERO, weights.satisfaction());
		}
		evaluation.setBudget(budget(project, kind, weights.budgetExecution()));
		Goal goal = factory.createGoal();
		goal.setNumber(1);
		evaluation.getGoals().add(goal);
		for (String category : CATEGORIES) {
			for (Template template : chosen.get(category)) {
				EvaluationTemplates.place(evaluation, template.module(), template.template());
			}
		}
		for (IndicatorCategory category : evaluation.getCategories()) {
			BigDecimal weight = weightOf(category.getName(), weights);
			scale(category.getSubcategories().stream().flatMap(s -> s.getIndicators().stream()).toList(), weight);
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				subcategory.setWeight(subcategory.getIndicators().stream().map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add));
			}
			category.setWeight(weight);
		}
		return evaluation;
	}

	/**
	 * An evaluation holding only what tells its subject apart, for {@link #sameSubject} against a stored
	 * evaluation known by its summary, without loading it.
	 *
	 * @param kind its kind
	 * @param projectName its project's name, or {@code null}
	 * @param projectCode its project's code, or {@code null}
	 * @return an otherwise empty evaluation of that kind and project
	 */
	public static Evaluation subject(EvaluationKind kind, String projectName, String projectCode) {
		Evaluation subject = EvaluationFactory.eINSTANCE.createEvaluation();
		subject.setKind(kind);
		subject.setProjectName(projectName);
		subject.setProjectCode(projectCode);
		return subject;
	}

	/**
	 * Whether two evaluations of the same department and year evaluate the same thing: both the
	 * department as a whole (部门整体), or both the same project (by its code, or by its name where
	 * either has no code).
	 *
	 * @param one an evaluation
	 * @param other another evaluation of the same department and year
	 * @return whether one would stand for the other
	 */
	public static boolean sameSubject(Evaluation one, Evaluation other) {
		boolean department = one.getKind() == EvaluationKind.DEPARTMENT;
		if (department || other.getKind() == EvaluationKind.DEPARTMENT) {
			return department && other.getKind() == EvaluationKind.DEPARTMENT;
		}
		if (isSet(one.getProjectCode()) && isSet(other.getProjectCode())) {
			return one.getProjectCode().strip().equals(other.getProjectCode().strip());
		}
		return Objects.equals(one.getProjectName(), other.getProjectName());
	}

	private static boolean isSet(String text) {
		return text != null && !text.isBlank();
	}

	/** A template with its module. */
	private record Template(IndicatorModule module, IndicatorTemplate template) {
	}

	/**
	 * The templates of each 一级 group: the modules' standard templates of the group, or all their
	 * templates of the group where none is standard (a module may offer its 效益 indicators only as
	 * options), in the modules' order.
	 */
	private static Map<String, List<Template>> templates(List<IndicatorModule> modules) {
		Map<String, List<Template>> chosen = new LinkedHashMap<>();
		for (String category : CATEGORIES) {
			List<Template> standard = new ArrayList<>();
			List<Template> all = new ArrayList<>();
			for (IndicatorModule module : modules) {
				for (IndicatorTemplate template : module.templates()) {
					if (category.equals(template.category())) {
						all.add(new Template(module, template));
						if (template.standard()) {
							standard.add(new Template(module, template));
						}
					}
				}
			}
			chosen.put(category, standard.isEmpty() ? all : standard);
		}
		return chosen;
	}

	private static Budget budget(BudgetProject project, EvaluationKind kind, BigDecimal weight) {
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Budget budget = factory.createBudget();
		budget.setWeight(weight);
		budget.setInitialBudget(project.getInitialBudget());
		budget.setAdjustedBudget(project.getAdjustedBudget());
		budget.setExecuted(project.getExecuted());
		for (String label : List.of(THIS_YEAR, CARRIED_OVER, OTHER)) {
			BudgetLine line = factory.createBudgetLine();
			line.setLabel(label);
			line.setCategory(BudgetCategory.INCOME);
			boolean carries = kind == EvaluationKind.CARRIED_OVER ? CARRIED_OVER.equals(label) : THIS_YEAR.equals(label);
			line.setInitialBudget(carries ? project.getInitialBudget() : BigDecimal.ZERO);
			line.setAdjustedBudget(carries ? project.getAdjustedBudget() : BigDecimal.ZERO);
			line.setExecuted(carries ? project.getExecuted() : BigDecimal.ZERO);
			budget.getBreakdowns().add(line);
		}
		return budget;
	}

	private static BigDecimal weightOf(String category, WeightTemplate weights) {
		return switch (Objects.requireNonNullElse(category, "")) { //$NON-NLS-1$
			case OUTPUT -> weights.output();
			case BENEFIT -> weights.benefit();
			case SATISFACTION -> weights.satisfaction();
			default -> BigDecimal.ZERO;
		};
	}

	private static void scale(List<Indicator> indicators, BigDecimal total) {
		if (indicators.isEmpty()) {
			return;
		}
		BigDecimal sum = indicators.stream().map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal scaled = BigDecimal.ZERO;
		for (Indicator indicator : indicators) {
			BigDecimal weight = sum.signum() == 0 ? total.divide(BigDecimal.valueOf(indicators.size()), 2, RoundingMode.HALF_UP)
					: indicator.getWeight().multiply(total).divide(sum, 2, RoundingMode.HALF_UP);
			indicator.setWeight(weight.stripTrailingZeros());
			scaled = scaled.add(indicator.getWeight());
		}
		Indicator heaviest = indicators.stream().max(Comparator.comparing(Indicator::getWeight)).orElseThrow();
		heaviest.setWeight(heaviest.getWeight().add(total.subtract(scaled)).stripTrailingZeros());
	}
}
