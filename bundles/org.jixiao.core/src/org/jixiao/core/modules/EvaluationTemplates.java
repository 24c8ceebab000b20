package org.jixiao.core.modules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.SectionKind;

/**
 * Builds evaluations and indicators from modules' template libraries.
 */
public final class EvaluationTemplates {

	/** The weight of budget execution in a new evaluation (RULES.md §2, default template). */
	public static final BigDecimal BUDGET_WEIGHT = BigDecimal.TEN;

	/*
	 * The headings of the report's narrative are part of the official Chinese document, not of the
	 * user interface: they stay Chinese in every runtime language.
	 */
	private static final String WORK = "自评工作开展情况"; //$NON-NLS-1$
	private static final String RESULTS = "自评结果概述"; //$NON-NLS-1$
	private static final String NEXT_STEPS = "下一步工作措施"; //$NON-NLS-1$
	private static final String ATTACHMENTS = "附件"; //$NON-NLS-1$
	private static final String ATTACHMENTS_TEXT = "部门整体支出绩效自评表，以及部门认为其它需要作为绩效自评报告附件的有关文件、资料等。"; //$NON-NLS-1$

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
	private static final String[] SECTION_NUMBERS = { "（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$

	private EvaluationTemplates() {
	}

	/**
	 * Creates a draft evaluation from the standard templates of the given modules: the 一级 and 二级
	 * groups in table order, each indicator with its template's comparator, target and weight, and the
	 * narrative headings (一、自评工作开展情况 with one sub-section per module and one heading per section
	 * the templates feed; 二、三、四、). Budget execution weighs {@link #BUDGET_WEIGHT}; the indicator
	 * weights are scaled so that everything adds up to 100 (unchanged when the templates' weights
	 * already add up to 90, as the five built-in modules' do), rounded to two decimals with the
	 * rounding difference given to the heaviest indicator; each group weighs the sum of its indicators.
	 * Budget amounts and actual values are left for the officer.
	 *
	 * @param department the department's name
	 * @param year the fiscal year
	 * @param modules the modules, in the order their indicators should appear within a group
	 * @return the evaluation
	 * @throws IllegalArgumentException when the modules have no standard template
	 */
	public static Evaluation newEvaluation(String department, int year, List<IndicatorModule> modules) {
		EvaluationFactory factory = EvaluationFactory.eINSTANCE;
		Evaluation evaluation = factory.createEvaluation();
		evaluation.setFiscalYear(year);
		Department owner = factory.createDepartment();
		owner.setName(department);
		evaluation.setDepartment(owner);
		evaluation.setMoneyUnit(MoneyUnit.YUAN);
		evaluation.setRuleSetId(RuleSets.MOF_2020);
		evaluation.setStatus(EvaluationStatus.DRAFT);
		evaluation.setPreparer(department);
		Budget budget = factory.createBudget();
		budget.setWeight(BUDGET_WEIGHT);
		evaluation.setBudget(budget);

		List<Indicator> indicators = new ArrayList<>();
		for (IndicatorModule module : modules) {
			for (IndicatorTemplate template : module.templates()) {
				if (template.standard()) {
					indicators.add(place(evaluation, module, template));
				}
			}
		}
		if (indicators.isEmpty()) {
			throw new IllegalArgumentException(Messages.EvaluationTemplates_noTemplates);
		}
		scale(indicators, HUNDRED.subtract(BUDGET_WEIGHT));
		for (IndicatorCategory category : evaluation.getCategories()) {
			BigDecimal sum = BigDecimal.ZERO;
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				subcategory.setWeight(subcategory.getIndicators().stream().map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add));
				sum = sum.add(subcategory.getWeight());
			}
			category.setWeight(sum);
		}
		narrative(evaluation, modules);
		return evaluation;
	}

	/**
	 * Adds an indicator made from a template to an evaluation, under its 一级 and 二级 groups (created
	 * in table order where missing), after the indicators already there. Group weights are left alone.
	 *
	 * @param evaluation the evaluation
	 * @param module the template's module
	 * @param template the template
	 * @return the new indicator
	 */
	public static Indicator place(Evaluation evaluation, IndicatorModule module, IndicatorTemplate template) {
		IndicatorCategory category = evaluation.getCategories().stream().filter(c -> template.category().equals(c.getName()))
				.findFirst().orElseGet(() -> insert(evaluation.getCategories(), template.category(), null));
		IndicatorSubcategory subcategory = category.getSubcategories().stream()
				.filter(s -> template.subcategory().equals(s.getName())).findFirst()
				.orElseGet(() -> insert(category.getSubcategories(), template.category(), template.subcategory()));
		Indicator indicator = newIndicator(module, template);
		subcategory.getIndicators().add(indicator);
		return indicator;
	}

	/**
	 * @param module the template's module
	 * @param template a template
	 * @return a new indicator with the template's name, module, comparator, target, weight, basis of the
	 *         target, 评（扣）分标准 and core flag
	 */
	public static Indicator newIndicator(IndicatorModule module, IndicatorTemplate template) {
		Indicator indicator = EvaluationFactory.eINSTANCE.createIndicator();
		indicator.setName(template.name());
		indicator.setModuleId(module.id());
		indicator.setComparator(template.comparator());
		indicator.setTargetText(template.target());
		indicator.setWeight(template.weight());
		if (template.rules().basis() != null) {
			indicator.setTargetBasis(template.rules().basis());
		}
		if (!template.rules().criterion().isEmpty()) {
			indicator.setScoringCriterion(template.rules().criterion());
		}
		indicator.setCore(template.rules().core());
		return indicator;
	}

	@SuppressWarnings("unchecked")
	private static <T> T insert(List<T> groups, String category, String subcategory) {
		T group;
		int rank;
		if (subcategory == null) {
			IndicatorCategory created = EvaluationFactory.eINSTANCE.createIndicatorCategory();
			created.setName(category);
			group = (T) created;
			rank = Placement.rank(category, ""); //$NON-NLS-1$
		} else {
			IndicatorSubcategory created = EvaluationFactory.eINSTANCE.createIndicatorSubcategory();
			created.setName(subcategory);
			group = (T) created;
			rank = Placement.rank(category, subcategory);
		}
		int at = 0;
		while (at < groups.size() && rankOf(groups.get(at), category) < rank) {
			at++;
		}
		groups.add(at, group);
		return group;
	}

	private static int rankOf(Object group, String category) {
		if (group instanceof IndicatorCategory c) {
			return Placement.rank(c.getName(), ""); //$NON-NLS-1$
		}
		return Placement.rank(category, ((IndicatorSubcategory) group).getName());
	}

	private static void scale(List<Indicator> indicators, BigDecimal total) {
		BigDecimal sum = indicators.stream().map(Indicator::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
		if (sum.compareTo(total) == 0) {
			return;
		}
		BigDecimal scaled = BigDecimal.ZERO;
		for (Indicator indicator : indicators) {
			indicator.setWeight(indicator.getWeight().multiply(total).divide(sum, 2, RoundingMode.HALF_UP).stripTrailingZeros());
			scaled = scaled.add(indicator.getWeight());
		}
		Indicator heaviest = indicators.stream().max(Comparator.comparing(Indicator::getWeight)).orElseThrow();
		heaviest.setWeight(heaviest.getWeight().add(total.subtract(scaled)).stripTrailingZeros());
	}

	private static void narrative(Evaluation evaluation, List<IndicatorModule> modules) {
		NarrativeSection work = section(SectionKind.WORK, "一、", WORK); //$NON-NLS-1$
		int number = 0;
		for (IndicatorModule module : modules) {
			Map<String, Boolean> sections = new LinkedHashMap<>();
			module.templates().stream().filter(IndicatorTemplate::standard).map(IndicatorTemplate::section)
					.filter(s -> !s.isBlank()).forEach(s -> sections.put(s, Boolean.TRUE));
			NarrativeSection part = section(SectionKind.WORK,
					number < SECTION_NUMBERS.length ? SECTION_NUMBERS[number] : "（" + (number + 1) + "）", module.name()); //$NON-NLS-1$ //$NON-NLS-2$
			part.setModuleId(module.id());
			number++;
			int item = 1;
			for (String title : sections.keySet()) {
				NarrativeSection heading = section(SectionKind.WORK, item++ + ".", title); //$NON-NLS-1$
				heading.setModuleId(module.id());
				part.getSubsections().add(heading);
			}
			work.getSubsections().add(part);
		}
		evaluation.getNarrative().add(work);
		evaluation.getNarrative().add(section(SectionKind.RESULTS, "二、", RESULTS)); //$NON-NLS-1$
		evaluation.getNarrative().add(section(SectionKind.NEXT_STEPS, "三、", NEXT_STEPS)); //$NON-NLS-1$
		NarrativeSection attachments = section(SectionKind.ATTACHMENTS, "四、", ATTACHMENTS); //$NON-NLS-1$
		attachments.getParagraphs().add(ATTACHMENTS_TEXT);
		evaluation.getNarrative().add(attachments);
	}

	private static NarrativeSection section(SectionKind kind, String number, String title) {
		NarrativeSection section = EvaluationFactory.eINSTANCE.createNarrativeSection();
		section.setKind(kind);
		section.setNumber(number);
		section.setTitle(title);
		return section;
	}
}
