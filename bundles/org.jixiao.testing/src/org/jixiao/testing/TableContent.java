package org.jixiao.testing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.IndicatorScore;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.value.Descriptive;
import org.jixiao.core.value.ParseResult;
import org.jixiao.core.value.Quantity;
import org.jixiao.core.value.TimePoint;
import org.jixiao.core.value.ValueParser;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage.Literals;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;

/**
 * What of an evaluation the official table holds, and equality of evaluations as the table sees
 * them. This is the contract of the .xlsx round trip: importing an exported table gives
 * {@link #of(Evaluation, RuleSet)} of the evaluation exported.
 * <p>
 * The table does not hold the narrative, the budget projects, the budget's explanation, module ids,
 * evidence, the illustrative marks, the officer's adjustments (only their score shows, as 得分), the
 * status, the finalisation date, the department code, nor a 指标性质 that differs from what the target
 * text states. Its 得分 column shows the engine's scores, which an import reads as stated scores. Blank
 * texts read as absent, texts lose surrounding blanks, amounts are kept to the fen, the 填报日期 to the
 * day, income breakdowns come before expenditure ones (a breakdown is an expenditure one when its label
 * names 基本支出 or 项目支出), and empty indicator groups do not show.
 * <p>
 * Numbers are equal by value: a cell holds 3, not 3.00.
 */
public final class TableContent {

	private TableContent() {
	}

	/**
	 * @param evaluation an evaluation
	 * @param rules the rule set whose scores the table shows
	 * @return a new copy reduced to what the table holds, as an import of the exported table reads it
	 */
	public static Evaluation of(Evaluation evaluation, RuleSet rules) {
		ScoreSheet scores = new EvaluationScorer(rules).score(evaluation);
		Evaluation copy = EcoreUtil.copy(evaluation);
		List<Indicator> originals = new ArrayList<>();
		evaluation.eAllContents().forEachRemaining(o -> {
			if (o instanceof Indicator indicator) {
				originals.add(indicator);
			}
		});
		List<Indicator> copies = new ArrayList<>();
		copy.eAllContents().forEachRemaining(o -> {
			if (o instanceof Indicator indicator) {
				copies.add(indicator);
			}
		});
		ValueParser parser = new ValueParser(Year.of(evaluation.getFiscalYear() == 0 ? Year.now().getValue() : evaluation.getFiscalYear()));
		for (int i = 0; i < copies.size(); i++) {
			Indicator indicator = copies.get(i);
			IndicatorScore scored = scores.row(originals.get(i));
			indicator.setModuleId(null);
			indicator.setUid(null);
			indicator.setActualByHand(false);
			indicator.setEvidence(null);
			indicator.setIllustrative(false);
			indicator.setAdjustment(null);
			indicator.setStatedScore(scored == null ? null : scored.score().score());
			indicator.setComparator(comparatorOf(parser.parse(
					indicator.getTargetText() == null ? "" : indicator.getTargetText().strip()))); //$NON-NLS-1$
		}
		copy.eUnset(Literals.EVALUATION__STATUS);
		copy.eUnset(Literals.EVALUATION__FINALIZED_ON);
		copy.setRuleSetId(rules.id());
		copy.getNarrative().clear();
		copy.getModuleData().clear();
		if (copy.getPreparedOn() != null) {
			copy.setPreparedOn(Date.from(copy.getPreparedOn().toInstant().atZone(ZoneId.systemDefault()).toLocalDate()
					.atStartOfDay(ZoneId.systemDefault()).toInstant()));
		}
		if (copy.getDepartment() != null) {
			copy.getDepartment().setCode(null);
		}
		Budget budget = copy.getBudget();
		if (budget != null) {
			budget.setExplanation(null);
			budget.getProjects().clear();
			List<BudgetLine> lines = new ArrayList<>(budget.getBreakdowns());
			for (BudgetLine line : lines) {
				String label = line.getLabel() == null ? "" : ValueParser.normalize(line.getLabel()); //$NON-NLS-1$
				line.setCategory(label.contains("基本支出") || label.contains("项目支出") ? BudgetCategory.EXPENDITURE //$NON-NLS-1$ //$NON-NLS-2$
						: BudgetCategory.INCOME);
			}
			lines.sort(Comparator.comparing(BudgetLine::getCategory));
			budget.getBreakdowns().clear();
			budget.getBreakdowns().addAll(lines);
		}
		for (IndicatorCategory category : List.copyOf(copy.getCategories())) {
			category.getSubcategories().removeIf(subcategory -> subcategory.getIndicators().isEmpty());
			if (category.getSubcategories().isEmpty()) {
				copy.getCategories().remove(category);
			}
		}
		tidy(copy);
		return copy;
	}

	/** Strips texts (blank ones become absent) and rounds amounts to the fen, throughout. */
	private static void tidy(Evaluation evaluation) {
		List<EObject> all = new ArrayList<>();
		all.add(evaluation);
		evaluation.eAllContents().forEachRemaining(all::add);
		for (EObject object : all) {
			for (EAttribute attribute : object.eClass().getEAllAttributes()) {
				if (attribute.isMany() || attribute.isTransient() || !object.eIsSet(attribute)) {
					continue;
				}
				Object value = object.eGet(attribute);
				if (value instanceof String text) {
					object.eSet(attribute, text.isBlank() ? null : text.strip());
				} else if (value instanceof BigDecimal amount && attribute.getEContainingClass() == Literals.AMOUNTS) {
					object.eSet(attribute, amount.setScale(2, RoundingMode.HALF_UP));
				}
			}
		}
	}

	/**
	 * @param expected an evaluation
	 * @param actual another
	 * @return whether they are equal in every persistent feature, numbers by value
	 */
	public static boolean equal(Evaluation expected, Evaluation actual) {
		return new ByValue().equals(expected, actual);
	}

	/**
	 * @param expected an evaluation
	 * @param actual another
	 * @return the differences in persistent features, one line each naming the object and the feature,
	 *         numbers compared by value; empty when they are equal
	 */
	public static List<String> differences(EObject expected, EObject actual) {
		List<String> out = new ArrayList<>();
		compare(expected, actual, EcoreUtil.getURI(expected).fragment(), out);
		return out;
	}

	private static void compare(EObject expected, EObject actual, String path, List<String> out) {
		if (expected == null || actual == null) {
			if (expected != actual) {
				out.add(path + ": " + expected + " ≠ " + actual); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return;
		}
		if (expected.eClass() != actual.eClass()) {
			out.add(path + ": " + expected.eClass().getName() + " ≠ " + actual.eClass().getName()); //$NON-NLS-1$ //$NON-NLS-2$
			return;
		}
		for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || feature.isDerived() || feature == Literals.INDICATOR__UID) {
				continue;
			}
			String at = path + "/" + feature.getName(); //$NON-NLS-1$
			if (feature instanceof EReference reference) {
				List<EObject> left = children(expected, reference);
				List<EObject> right = children(actual, reference);
				if (left.size() != right.size()) {
					out.add(at + ": " + left.size() + " ≠ " + right.size() + " objects"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
					compare(left.get(i), right.get(i), at + "." + i, out); //$NON-NLS-1$
				}
			} else if (!sameValue(expected.eIsSet(feature) ? expected.eGet(feature) : null,
					actual.eIsSet(feature) ? actual.eGet(feature) : null)) {
				out.add(at + ": " + expected.eGet(feature) + " ≠ " + actual.eGet(feature)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static List<EObject> children(EObject object, EReference reference) {
		Object value = object.eGet(reference);
		if (reference.isMany()) {
			return (EList<EObject>) value;
		}
		List<EObject> one = new ArrayList<>();
		if (value != null) {
			one.add((EObject) value);
		}
		return one;
	}

	private static boolean sameValue(Object left, Object right) {
		if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
			return a.compareTo(b) == 0;
		}
		return Objects.equals(left, right);
	}

	/** EMF's structural equality over persistent features, with numbers compared by value; a row's uid is no content. */
	private static final class ByValue extends EcoreUtil.EqualityHelper {

		private static final long serialVersionUID = 1L;

		@Override
		protected boolean haveEqualFeature(EObject eObject1, EObject eObject2, EStructuralFeature feature) {
			return feature.isTransient() || feature == Literals.INDICATOR__UID || super.haveEqualFeature(eObject1, eObject2, feature);
		}

		@Override
		protected boolean haveEqualAttribute(EObject eObject1, EObject eObject2, EAttribute attribute) {
			if (attribute.getEAttributeType() == EcorePackage.Literals.EBIG_DECIMAL && !attribute.isMany()) {
				return sameValue(eObject1.eGet(attribute), eObject2.eGet(attribute));
			}
			return super.haveEqualAttribute(eObject1, eObject2, attribute);
		}
	}

	/** The 指标性质 the importer records for a target: the comparison it states, at least for a bare number. */
	private static org.jixiao.model.evaluation.Comparator comparatorOf(ParseResult target) {
		org.jixiao.core.value.Comparator comparator = target instanceof Quantity q ? q.comparator()
				: target instanceof TimePoint ? org.jixiao.core.value.Comparator.TIME
						: target instanceof Descriptive d ? d.comparator() : org.jixiao.core.value.Comparator.AT_LEAST;
		return org.jixiao.model.evaluation.Comparator.valueOf(comparator.name());
	}
}
