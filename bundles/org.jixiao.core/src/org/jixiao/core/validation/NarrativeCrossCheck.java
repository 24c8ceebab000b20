package org.jixiao.core.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.value.Dimension;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.Unit;
import org.jixiao.core.value.ValueFlag;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.NarrativeSection;

/**
 * Compares the numbers of the narrative with the table, as a reviewer at the finance bureau does: a
 * number that names an indicator's measure ({@code 已发展党员30名}, {@code 收办问题772条},
 * {@code 实际发放850万元}) with that indicator's 实际完成值 (or its 年度指标值 when the sentence speaks of
 * the target: 目标, 计划, 任务, 下达), and the budget figures (the number of budget projects,
 * 全年预算总金额, 年初预算, 执行数, 执行率, 自评得分) with the budget and the total score.
 * <p>
 * A number belongs to the words before it in its clause: the text back to the last punctuation mark
 * or the number before it. It names an indicator when at least three fifths of the character pairs of
 * the indicator's name (without its parenthesised notes) occur there, in any order, so
 * {@code 发展党员30名}, {@code 党员发展30人} and {@code 共发展党员30名} all name 发展党员; the units must
 * agree (名 and 人 count people alike, 万元 converts to 元). A number that names nothing is no problem.
 * Each disagreement is a warning naming both places.
 */
public final class NarrativeCrossCheck {

	/** A number with a unit: digits, an optional 万 or 亿, an optional 余 or 多, then the unit's first character. */
	private static final Pattern FIGURE = Pattern.compile("(?<![\\d.,])\\d[\\d,]*(?:\\.\\d+)?[万亿]?[余多]?"); //$NON-NLS-1$
	private static final String CLAUSE_ENDS = "，。；：！？,;:!?\n（）()【】"; //$NON-NLS-1$
	private static final Pattern TARGET_WORDS = Pattern.compile("目标|计划|任务|下达|指标值|预期"); //$NON-NLS-1$
	private static final Pattern NOTES = Pattern.compile("（[^）]*）|\\([^)]*\\)"); //$NON-NLS-1$
	private static final Set<String> PEOPLE = Set.of("名", "人", "位"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	private static final double NAMED = 0.6;
	private static final String ACTUAL = "实际完成值"; //$NON-NLS-1$
	private static final String TARGET = "年度指标值"; //$NON-NLS-1$

	private final Evaluation evaluation;
	private final ScoreSheet sheet;
	private final ValueParser parser;
	private final List<Measure> measures = new ArrayList<>();

	/**
	 * @param evaluation the evaluation
	 * @param sheet its scores, for the 自评得分
	 */
	public NarrativeCrossCheck(Evaluation evaluation, ScoreSheet sheet) {
		this.evaluation = evaluation;
		this.sheet = sheet;
		this.parser = new ValueParser(Year.of(evaluation.getFiscalYear() > 0 ? evaluation.getFiscalYear() : Year.now().getValue()));
		for (IndicatorCategory category : evaluation.getCategories()) {
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				for (Indicator indicator : subcategory.getIndicators()) {
					Set<String> pairs = pairs(NOTES.matcher(indicator.getName() == null ? "" : indicator.getName()).replaceAll("")); //$NON-NLS-1$ //$NON-NLS-2$
					if (!pairs.isEmpty()) {
						measures.add(new Measure(indicator, pairs, quantity(indicator.getActualText()), quantity(indicator.getTargetText())));
					}
				}
			}
		}
	}

	/**
	 * @return one warning per disagreement, with the table's object and the narrative section as its
	 *         data, in the order of the narrative
	 */
	public List<Diagnostic> check() {
		List<Diagnostic> found = new ArrayList<>();
		for (NarrativeSection section : evaluation.getNarrative()) {
			check(section, "", found); //$NON-NLS-1$
		}
		return found;
	}

	private void check(NarrativeSection section, String parent, List<Diagnostic> found) {
		String place = parent + number(section.getNumber());
		int paragraph = 0;
		for (String text : section.getParagraphs()) {
			paragraph++;
			String where = section.getParagraphs().size() > 1 ? place + " " + NLS.bind(Messages.CrossCheck_paragraph, paragraph) : place; //$NON-NLS-1$
			check(text == null ? "" : text, where, section, found); //$NON-NLS-1$
		}
		for (NarrativeSection subsection : section.getSubsections()) {
			check(subsection, place, found);
		}
	}

	/** 一、 → 一; （三） stays; 2. → 2. */
	private static String number(String number) {
		if (number == null) {
			return ""; //$NON-NLS-1$
		}
		return number.strip().replaceAll("[、.．]$", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void check(String text, String place, NarrativeSection section, List<Diagnostic> found) {
		Matcher figure = FIGURE.matcher(text);
		int previousEnd = 0;
		while (figure.find()) {
			int end = unitEnd(text, figure.end());
			if (end == figure.end()) {
				continue;
			}
			int start = clauseStart(text, figure.start(), previousEnd);
			previousEnd = end;
			if (!(parser.parse(text.substring(figure.start(), end)) instanceof Quantity said) || said.number() == null) {
				continue;
			}
			String context = text.substring(start, figure.start());
			Disagreement disagreement = budget(context, said);
			if (disagreement == null) {
				disagreement = indicator(context, said);
			}
			if (disagreement != null) {
				String phrase = text.substring(start + disagreement.from(), end);
				String message = NLS.bind(Messages.CrossCheck_disagrees, new Object[] { place, phrase, disagreement.where(),
						disagreement.field(), disagreement.value() });
				found.add(new BasicDiagnostic(Diagnostic.WARNING, EvaluationRulesValidator.DIAGNOSTIC_SOURCE,
						EvaluationProblem.NARRATIVE_AGREES.code(), message, new Object[] { disagreement.object(), section }));
			}
		}
	}

	/** The end of the unit written right after a number, or {@code from} when there is none. */
	private static int unitEnd(String text, int from) {
		for (int length = Math.min(4, text.length() - from); length > 0; length--) {
			if (Unit.of(text.substring(from, from + length)).isPresent()) {
				return from + length;
			}
		}
		return from;
	}

	private static int clauseStart(String text, int figure, int previousEnd) {
		int start = Math.max(previousEnd, 0);
		for (int i = figure - 1; i >= start; i--) {
			if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return start;
	}

	private Disagreement budget(String context, Quantity said) {
		Budget budget = evaluation.getBudget();
		String symbol = said.unit().symbol();
		Dimension dimension = said.unit().dimension();
		if (context.contains("得分") && "分".equals(symbol)) { //$NON-NLS-1$ //$NON-NLS-2$
			int at = context.contains("自评得分") ? context.indexOf("自评得分") : context.indexOf("得分"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return agrees(said.number(), said, sheet.total()) ? null
					: new Disagreement(at, Messages.CrossCheck_total, "得分", sheet.total().toPlainString() + "分", evaluation); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (budget == null) {
			return null;
		}
		if (context.contains("预算项目") && "个".equals(symbol) && !budget.getProjects().isEmpty()) { //$NON-NLS-1$ //$NON-NLS-2$
			BigDecimal count = BigDecimal.valueOf(budget.getProjects().size());
			return compare(context.indexOf("预算项目"), said, count, budget, Messages.CrossCheck_projects, count + "个"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (context.contains("执行率") && dimension == Dimension.PERCENT && budget.getExecuted() != null //$NON-NLS-1$
				&& budget.getAdjustedBudget() != null && budget.getAdjustedBudget().signum() != 0) {
			BigDecimal rate = budget.getExecuted().multiply(BigDecimal.valueOf(100)).divide(budget.getAdjustedBudget(), MathContext.DECIMAL64);
			int scale = Math.max(0, said.number().scale());
			return compare(context.indexOf("执行率"), said, rate, budget, "执行率", //$NON-NLS-1$ //$NON-NLS-2$
					rate.setScale(Math.max(2, scale), RoundingMode.HALF_UP).toPlainString() + "%"); //$NON-NLS-1$
		}
		if (dimension != Dimension.MONEY) {
			return null;
		}
		String[][] amounts = { { "年初预算", "年初预算数" }, { "全年预算", "全年预算数" }, { "预算总金额", "全年预算数" }, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				{ "执行数", "全年执行数" }, { "实际支出", "全年执行数" }, { "执行金额", "全年执行数" } }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		for (String[] amount : amounts) {
			int at = context.indexOf(amount[0]);
			if (at >= 0) {
				BigDecimal value = switch (amount[1]) {
				case "年初预算数" -> budget.getInitialBudget(); //$NON-NLS-1$
				case "全年预算数" -> budget.getAdjustedBudget(); //$NON-NLS-1$
				default -> budget.getExecuted();
				};
				if (value == null) {
					return null;
				}
				BigDecimal inUnit = Unit.YUAN.convert(value, said.unit()).orElse(value);
				return compare(at, said, inUnit, budget, amount[1], String.format("%,.2f元", value)); //$NON-NLS-1$
			}
		}
		return null;
	}

	private Disagreement indicator(String context, Quantity said) {
		Set<String> written = pairs(context);
		Measure best = null;
		double bestScore = 0;
		boolean tie = false;
		boolean target = TARGET_WORDS.matcher(context).find();
		for (Measure measure : measures) {
			Quantity table = target ? measure.target() : measure.actual();
			if (table == null || !sameKind(said.unit(), table.unit())) {
				continue;
			}
			int matched = 0;
			for (String pair : measure.pairs()) {
				if (written.contains(pair)) {
					matched++;
				}
			}
			double score = matched / (double) measure.pairs().size();
			if (score >= NAMED && matched >= Math.min(2, measure.pairs().size())) {
				if (score > bestScore) {
					best = measure;
					bestScore = score;
					tie = false;
				} else if (score == bestScore) {
					tie = true;
				}
			}
		}
		if (best == null || tie) {
			return null;
		}
		Quantity table = target ? best.target() : best.actual();
		Optional<BigDecimal> converted = said.unit().convert(said.number(), table.unit());
		if (converted.isEmpty() || agrees(converted.get(), said, table.number())) {
			return null;
		}
		return new Disagreement(firstPair(context, best.pairs()), RowPaths.of(best.indicator()), target ? TARGET : ACTUAL,
				table.text(), best.indicator());
	}

	private static Disagreement compare(int from, Quantity said, BigDecimal actual, EObject object, String field, String shown) {
		if (agrees(said.number(), said, actual)) {
			return null;
		}
		return new Disagreement(from, RowPaths.of(object), field, shown, object);
	}

	/**
	 * Whether the number written agrees with the table: equal at the precision written, or for 余 and
	 * 多 (300余篇) at least the number and below the next step of its last non-zero digit.
	 */
	private static boolean agrees(BigDecimal written, Quantity said, BigDecimal table) {
		if (table == null) {
			return true;
		}
		int scale = Math.max(0, written.stripTrailingZeros().scale());
		if (table.setScale(scale, RoundingMode.HALF_UP).compareTo(written.setScale(scale, RoundingMode.HALF_UP)) == 0) {
			return true;
		}
		if (said.flags().contains(ValueFlag.APPROXIMATE) && written.signum() > 0) {
			BigDecimal step = BigDecimal.ONE.movePointRight(Math.max(0, -written.stripTrailingZeros().scale()));
			return table.compareTo(written) >= 0 && table.compareTo(written.add(step)) < 0;
		}
		return false;
	}

	private static boolean sameKind(Unit said, Unit table) {
		if (said.equals(table)) {
			return true;
		}
		if (said.dimension() == Dimension.MONEY || said.dimension() == Dimension.PERCENT) {
			return said.dimension() == table.dimension();
		}
		if (said.dimension() != Dimension.COUNT || table.dimension() != Dimension.COUNT) {
			return false;
		}
		String a = said.symbol();
		String b = table.symbol();
		return PEOPLE.contains(a) && PEOPLE.contains(b) || !a.isEmpty() && !b.isEmpty() && (a.startsWith(b) || b.startsWith(a));
	}

	/** Where in the context the words naming the measure begin. */
	private static int firstPair(String context, Set<String> pairs) {
		for (int i = 0; i + 1 < context.length(); i++) {
			if (pairs.contains(context.substring(i, i + 2))) {
				return i;
			}
		}
		return 0;
	}

	/** The pairs of neighbouring letters and digits of a text, punctuation and quotes left out. */
	private static Set<String> pairs(String text) {
		StringBuilder letters = new StringBuilder();
		text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < letters.length(); i++) {
			pairs.add(letters.substring(i, i + 2));
		}
		return pairs;
	}

	private Quantity quantity(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		ParseResult parsed = parser.parse(text);
		return parsed instanceof Quantity quantity && quantity.number() != null ? quantity : null;
	}

	private record Measure(Indicator indicator, Set<String> pairs, Quantity actual, Quantity target) {
	}

	/**
	 * @param from where the named words begin in the clause
	 * @param where the table's row
	 * @param field the table's column
	 * @param value what the table says
	 * @param object the table's object
	 */
	private record Disagreement(int from, String where, String field, String value, EObject object) {
	}
}
