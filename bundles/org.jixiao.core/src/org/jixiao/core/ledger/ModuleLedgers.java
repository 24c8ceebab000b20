package org.jixiao.core.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EModelElement;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.ModuleData;

/**
 * Reads the module data of an evaluation the generic way: a module's data class holds its ledgers
 * as containment references of {@link org.jixiao.model.evaluation.LedgerEntry} subclasses, and names
 * them for people with the annotation {@value #LABELS} ({@code label} in Chinese, {@code label.en} in
 * English) on classes, features and enum literals.
 */
public final class ModuleLedgers {

	/** The source of the annotations that name ledgers, fields and literals for people. */
	public static final String LABELS = "http://jixiao.org/ledger"; //$NON-NLS-1$

	private ModuleLedgers() {
	}

	/**
	 * @param evaluation an evaluation
	 * @param moduleId a module's id
	 * @return the module's data in the evaluation, if it holds any
	 */
	public static Optional<ModuleData> find(Evaluation evaluation, String moduleId) {
		return evaluation.getModuleData().stream().filter(d -> moduleId.equals(d.getModuleId())).findFirst();
	}

	/**
	 * @param dataClass a module's data class
	 * @return its ledgers: the many-valued containment references to ledger entries, in their order
	 */
	public static List<EReference> ledgers(EClass dataClass) {
		List<EReference> ledgers = new ArrayList<>();
		for (EReference reference : dataClass.getEAllContainments()) {
			if (reference.isMany() && EvaluationPackage.Literals.LEDGER_ENTRY.isSuperTypeOf(reference.getEReferenceType())) {
				ledgers.add(reference);
			}
		}
		return ledgers;
	}

	/**
	 * @param data a module's data
	 * @param ledger the name of one of its ledgers
	 * @return the ledger's entries, live
	 * @throws IllegalArgumentException when the data has no such ledger
	 */
	@SuppressWarnings("unchecked")
	public static List<EObject> entries(ModuleData data, String ledger) {
		EStructuralFeature feature = data.eClass().getEStructuralFeature(ledger);
		if (!(feature instanceof EReference reference) || !ledgers(data.eClass()).contains(reference)) {
			throw new IllegalArgumentException(data.eClass().getName() + " has no ledger " + ledger); //$NON-NLS-1$
		}
		return (List<EObject>) data.eGet(reference);
	}

	/**
	 * @param data a module's data
	 * @return the number of entries over all its ledgers
	 */
	public static int size(ModuleData data) {
		return ledgers(data.eClass()).stream().mapToInt(r -> ((List<?>) data.eGet(r)).size()).sum();
	}

	/**
	 * A copy for the next year: the same class and single values, every ledger empty.
	 *
	 * @param data a module's data
	 * @return the copy
	 */
	public static ModuleData emptied(ModuleData data) {
		ModuleData copy = EcoreUtil.copy(data);
		for (EReference ledger : ledgers(copy.eClass())) {
			((List<?>) copy.eGet(ledger)).clear();
		}
		return copy;
	}

	/**
	 * @param element a class, feature or enum literal of a module's package
	 * @return its name for people in the runtime's language: the annotation's label, else its name
	 */
	public static String label(ENamedElement element) {
		return label(element, Locale.getDefault());
	}

	/**
	 * @param element a class, feature or enum literal of a module's package
	 * @param locale the language
	 * @return its name for people in that language: the annotation's label, else its name
	 */
	public static String label(ENamedElement element, Locale locale) {
		EAnnotation annotation = ((EModelElement) element).getEAnnotation(LABELS);
		if (annotation != null) {
			String chinese = annotation.getDetails().get("label"); //$NON-NLS-1$
			String english = annotation.getDetails().get("label.en"); //$NON-NLS-1$
			String label = "zh".equals(locale.getLanguage()) ? chinese : english != null ? english : chinese; //$NON-NLS-1$
			if (label != null && !label.isBlank()) {
				return label;
			}
		}
		return element.getName();
	}
}
