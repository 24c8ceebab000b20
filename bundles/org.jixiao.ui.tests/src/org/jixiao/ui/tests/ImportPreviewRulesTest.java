package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSets;
import org.jixiao.interchange.XlsxExporter;
import org.jixiao.ui.EvaluationEntry;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.internal.interchange.ImportPreview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's preview scores a table by the rule set that applies to it, the department's own
 * version first, as the workbench's store does when the table is imported.
 */
class ImportPreviewRulesTest {

	@Test
	void thePreviewTotalIsTheStoredTotalUnderTheDepartmentsRuleSet(@TempDir Path dir) throws Exception {
		Path table = dir.resolve("table.xlsx");
		RuleSet builtIn = RuleSets.builtIn(RuleSets.MOF_2020);
		new XlsxExporter(builtIn).write(EvaluationResources.referenceSample(), table);
		BigDecimal builtInTotal = new EvaluationScorer(builtIn).score(EvaluationResources.referenceSample()).total();

		String previous = System.getProperty(RuleSetService.DIRECTORY_PROPERTY);
		System.setProperty(RuleSetService.DIRECTORY_PROPERTY, dir.resolve("rulesets").toString());
		EvaluationRepository repository = Workbench.repository();
		String id = null;
		try {
			// the department rounds every row to whole points
			RuleSetService.getDefault().save(new RuleSet(builtIn.id(), builtIn.name(), builtIn.weights(), builtIn.executionCapPercent(),
					builtIn.executionExplanationPercent(), builtIn.overAchievementPercent(), builtIn.reverseFormula(),
					builtIn.qualitativeBands(), builtIn.lateScoreCapPercent(), builtIn.gradeBands(), 0, builtIn.roundingMode()));

			ImportPreview preview = ImportPreview.read(table);
			assertEquals(RuleSets.MOF_2020, preview.evaluation().getRuleSetId());
			assertNotEquals(0, builtInTotal.compareTo(preview.total()),
					"the department's rules give another total than the built-in " + builtInTotal + ": " + preview.total());

			id = repository.save(null, preview.evaluation());
			String saved = id;
			EvaluationEntry stored = repository.list().stream().filter(entry -> entry.id().equals(saved)).findFirst().orElseThrow();
			assertEquals(0, preview.total().compareTo(stored.total()), "preview " + preview.total() + ", stored " + stored.total());
		} finally {
			if (id != null) {
				repository.delete(id);
			}
			if (previous == null) {
				System.clearProperty(RuleSetService.DIRECTORY_PROPERTY);
			} else {
				System.setProperty(RuleSetService.DIRECTORY_PROPERTY, previous);
			}
		}
	}
}
