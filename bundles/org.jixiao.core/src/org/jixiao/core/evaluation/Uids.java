package org.jixiao.core.evaluation;

import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;

/**
 * The stable identities of indicator rows and ledger entries ({@code uid}), by which evidence files
 * are attached: assigned once, kept by saves, copies and renames.
 */
public final class Uids {

	private Uids() {
	}

	/**
	 * @param object an indicator or a ledger entry
	 * @return its uid, assigned now when it has none
	 * @throws IllegalArgumentException for any other object
	 */
	public static String of(EObject object) {
		EStructuralFeature feature = feature(object);
		String uid = (String) object.eGet(feature);
		if (uid == null || uid.isBlank()) {
			uid = UUID.randomUUID().toString();
			object.eSet(feature, uid);
		}
		return uid;
	}

	/**
	 * Gives every indicator and ledger entry of an evaluation that has none a uid.
	 *
	 * @param evaluation the evaluation
	 */
	public static void assign(Evaluation evaluation) {
		EcoreUtil.<EObject>getAllContents(evaluation, false).forEachRemaining(object -> {
			if (object instanceof Indicator || object instanceof LedgerEntry) {
				of(object);
			}
		});
	}

	/**
	 * @param evaluation an evaluation
	 * @param uid a uid
	 * @return the indicator or ledger entry with that uid, or {@code null}
	 */
	public static EObject find(Evaluation evaluation, String uid) {
		var contents = EcoreUtil.<EObject>getAllContents(evaluation, false);
		while (contents.hasNext()) {
			EObject object = contents.next();
			if ((object instanceof Indicator || object instanceof LedgerEntry) && uid.equals(object.eGet(feature(object)))) {
				return object;
			}
		}
		return null;
	}

	private static EStructuralFeature feature(EObject object) {
		if (object instanceof Indicator) {
			return EvaluationPackage.Literals.INDICATOR__UID;
		}
		if (object instanceof LedgerEntry) {
			return EvaluationPackage.Literals.LEDGER_ENTRY__UID;
		}
		throw new IllegalArgumentException("no uid on " + object.eClass().getName()); //$NON-NLS-1$
	}
}
