package org.jixiao.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RowPaths;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.modules.ModuleConstraintValidator;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;
import org.jixiao.model.evaluation.Indicator;

/**
 * Validates an evaluation by the metamodel's constraints and the official rules, then by the
 * constraints of the installed indicator modules ({@link ModuleConstraintValidator}), and compares the
 * narrative's numbers with the table ({@link NarrativeCrossCheck}) and the values entered by hand with
 * the modules' ledgers ({@link LedgerFeeds}).
 */
public final class EvaluationDiagnostician {

	private EvaluationDiagnostician() {
	}

	/**
	 * @param evaluation the evaluation
	 * @param rules the rule set to apply instead of the one the evaluation names, or {@code null}
	 * @return the diagnostic: its children are the problems found, in the order of the model, then the
	 *         narrative's numbers that disagree with the table ({@link NarrativeCrossCheck})
	 */
	public static Diagnostic validate(Evaluation evaluation, RuleSet rules) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(EvaluationPackage.eINSTANCE,
				new ModuleConstraintValidator(new EvaluationRulesValidator(), ModuleRegistry.getDefault()));
		Diagnostician diagnostician = new Diagnostician(registry);
		Map<Object, Object> context = diagnostician.createDefaultContext();
		if (rules != null) {
			context.put(RuleSet.class, rules);
		}
		BasicDiagnostic result = diagnostician.createDefaultDiagnostic(evaluation);
		diagnostician.validate(evaluation, result, context);
		ScoreSheet sheet = new EvaluationScorer(rules != null ? rules : RuleSetService.getDefault().rulesOrDefault(evaluation)).score(evaluation);
		new NarrativeCrossCheck(evaluation, sheet).check().forEach(result::add);
		for (FeedResult disagreement : LedgerFeeds.getDefault().disagreements(evaluation)) {
			Indicator indicator = disagreement.indicator();
			result.add(new BasicDiagnostic(Diagnostic.WARNING, EvaluationRulesValidator.DIAGNOSTIC_SOURCE, EvaluationProblem.LEDGER_AGREES.code(),
					NLS.bind(Messages.Ledger_disagrees, new Object[] { RowPaths.of(indicator), indicator.getActualText(), disagreement.explanation() }),
					new Object[] { indicator, EvaluationPackage.Literals.INDICATOR__ACTUAL_TEXT }));
		}
		return result;
	}
}
