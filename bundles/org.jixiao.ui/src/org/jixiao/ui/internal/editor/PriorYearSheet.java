package org.jixiao.ui.internal.editor;

import org.eclipse.core.runtime.ILog;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;

/**
 * Last year's scores of a stored evaluation for the score page's 上年 columns: the same unit's
 * evaluation of the year before ({@link EvaluationRepository#priorYear(String)}), scored by its own
 * rule set.
 */
final class PriorYearSheet {

	private PriorYearSheet() {
	}

	/**
	 * @param repository where the evaluation is kept
	 * @param key the evaluation's key, or {@code null} for one not yet saved
	 * @return last year's scores, or {@code null} where there is no evaluation of last year or it
	 *         cannot be read (logged: the editor opens without the 上年 columns)
	 */
	static ScoreSheet read(EvaluationRepository repository, String key) {
		if (key == null || repository == null) {
			return null;
		}
		try {
			return repository.priorYear(key)
					.map(prior -> new EvaluationScorer(RuleSetService.getDefault().rulesFor(prior)).score(prior))
					.orElse(null);
		} catch (RepositoryException e) {
			ILog.of(PriorYearSheet.class).warn(e.getMessage(), e);
			return null;
		}
	}
}
