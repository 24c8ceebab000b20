package org.jixiao.core.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one policy: the rule set an evaluation names, the department's version first. */
class RuleSetServiceTest {

	@TempDir
	Path folder;

	private static RuleSet renamed(RuleSet rules, String id, int scale) {
		return new RuleSet(id, rules.name(), rules.weights(), rules.executionCapPercent(), rules.executionExplanationPercent(),
				rules.overAchievementPercent(), rules.reverseFormula(), rules.qualitativeBands(), rules.lateScoreCapPercent(),
				rules.gradeBands(), scale, rules.roundingMode());
	}

	private static Evaluation naming(String ruleSetId) {
		Evaluation evaluation = EvaluationFactory.eINSTANCE.createEvaluation();
		evaluation.setRuleSetId(ruleSetId);
		return evaluation;
	}

	@Test
	void anEvaluationIsScoredByTheRuleSetItNamesTheDepartmentsVersionFirst() {
		RuleSetService service = new RuleSetService(folder);
		RuleSet builtIn = RuleSets.builtIn(RuleSets.MOF_2020);
		assertEquals(builtIn, service.rulesFor(naming(RuleSets.MOF_2020)));
		assertEquals(builtIn, service.rulesFor(naming(null)), "no id is mof-2020");

		RuleSet own = renamed(builtIn, RuleSets.MOF_2020, 1);
		RuleSet county = renamed(builtIn, "county-2024", 2);
		service.save(own);
		service.save(county);
		assertEquals(own, service.rulesFor(naming(RuleSets.MOF_2020)));
		assertEquals(own, service.rulesFor(naming(" ")));
		assertEquals(county, service.rulesFor(naming("county-2024")));
		assertEquals(RuleSets.builtIn(RuleSets.TRANSFER_2020), service.rulesFor(naming(RuleSets.TRANSFER_2020)));
		assertEquals(builtIn, service.builtIn(RuleSets.MOF_2020), "the built-in set stays as shipped");
	}

	@Test
	void anUnknownRuleSetIsAnErrorExceptForViewsWhichShowTheDefault() {
		RuleSetService service = new RuleSetService(folder);
		RuleSet own = renamed(RuleSets.builtIn(RuleSets.MOF_2020), RuleSets.MOF_2020, 1);
		service.save(own);
		Evaluation unknown = naming("mof-2031");
		RuleSetException e = assertThrows(RuleSetException.class, () -> service.rulesFor(unknown));
		assertEquals("Unknown rule set 'mof-2031'; available: mof-2020, transfer-2020", e.getMessage());
		assertEquals(own, service.rulesOrDefault(unknown), "the department's mof-2020");
	}
}
