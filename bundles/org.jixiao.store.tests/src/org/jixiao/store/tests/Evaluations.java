package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;

/** Comparing evaluations on what they store: every non-transient feature, structurally. */
final class Evaluations {

	private Evaluations() {
	}

	/**
	 * @return whether the two are equal on every non-transient feature; a row without a uid in
	 *         {@code expected} equals one with any uid, since the store gives each row one when first saved
	 */
	/**
	 * @return the evaluation, made an evaluation of {@code unit} under {@code supervisor} (a served
	 *         store lets a unit's officer save only its own unit's)
	 */
	static Evaluation ofUnit(Evaluation evaluation, String unit, String supervisor) {
		evaluation.getDepartment().setName(unit);
		evaluation.getDepartment().setCompetentDepartment(supervisor);
		return evaluation;
	}

	static boolean equal(Evaluation expected, Evaluation actual) {
		return new EcoreUtil.EqualityHelper() {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean haveEqualFeature(EObject a, EObject b, EStructuralFeature feature) {
				return feature.isTransient() || isUid(feature) && a.eGet(feature) == null || super.haveEqualFeature(a, b, feature);
			}
		}.equals(expected, actual);
	}

	static void assertEqual(Evaluation expected, Evaluation actual) {
		assertTrue(equal(expected, actual), () -> "stored and loaded evaluations differ: " + firstDifference(expected, actual));
	}

	/** @return a hint at the first difference, for the failure message */
	private static String firstDifference(EObject expected, EObject actual) {
		if (expected.eClass() != actual.eClass()) {
			return expected.eClass().getName() + " vs " + actual.eClass().getName();
		}
		for (EStructuralFeature feature : expected.eClass().getEAllStructuralFeatures()) {
			if (feature.isTransient() || isUid(feature) && expected.eGet(feature) == null) {
				continue;
			}
			Object a = expected.eGet(feature);
			Object b = actual.eGet(feature);
			if (a instanceof EObject x && b instanceof EObject y) {
				String inner = firstDifference(x, y);
				if (inner != null) {
					return inner;
				}
			} else if (a instanceof java.util.List<?> x && b instanceof java.util.List<?> y) {
				if (x.size() != y.size()) {
					return where(expected) + feature.getName() + ": " + x.size() + " vs " + y.size() + " elements";
				}
				for (int i = 0; i < x.size(); i++) {
					if (x.get(i) instanceof EObject ex && y.get(i) instanceof EObject ey) {
						String inner = firstDifference(ex, ey);
						if (inner != null) {
							return inner;
						}
					} else if (!java.util.Objects.equals(x.get(i), y.get(i))) {
						return where(expected) + feature.getName() + "[" + i + "]: " + x.get(i) + " vs " + y.get(i);
					}
				}
			} else if (!java.util.Objects.equals(a, b) || expected.eIsSet(feature) != actual.eIsSet(feature)) {
				return where(expected) + feature.getName() + ": " + a + " vs " + b + " (set " + expected.eIsSet(feature) + " vs "
						+ actual.eIsSet(feature) + ")";
			}
		}
		return null;
	}

	private static boolean isUid(EStructuralFeature feature) {
		return feature == EvaluationPackage.Literals.INDICATOR__UID || feature == EvaluationPackage.Literals.LEDGER_ENTRY__UID;
	}

	private static String where(EObject object) {
		return object instanceof Indicator indicator ? indicator.getName() + "." : object.eClass().getName() + ".";
	}
}
