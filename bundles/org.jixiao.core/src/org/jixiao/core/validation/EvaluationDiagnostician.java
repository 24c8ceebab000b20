package org.jixiao.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.modules.ModuleConstraintValidator;
import org.jixiao.core.modules.ModuleRegistry;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationPackage;

/**
 * Validates an evaluation by the metamodel's constraints and the official rules, then by the
 * constraints of the installed indicator modules ({@link ModuleConstraintValidator}), and compares the
 * narrative's numbers with the table ({@link NarrativeCrossCheck}).
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
		return result;
	}
}
