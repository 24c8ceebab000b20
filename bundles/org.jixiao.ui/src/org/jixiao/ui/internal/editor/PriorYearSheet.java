package org.jixiao.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.ui.EvaluationRepository;
import org.jixiao.ui.RepositoryException;
import org.jixiao.ui.internal.Messages;

/**
 * Last year's scores of a stored evaluation for the score page's 上年 columns: the same unit's
 * evaluation of the year before ({@link EvaluationRepository#priorYear(String)}), scored by its own
 * rule set.
 */
final class PriorYearSheet {

	private PriorYearSheet() {
	}

	/**
	 * Reads and scores last year's evaluation in a background job, so that opening the editor does not
	 * wait for it, and hands the scores to the UI thread. Nothing is handed where there is no evaluation
	 * of last year; where it cannot be read, the failure is logged and the editor stays without the 上年
	 * columns.
	 *
	 * @param repository where the evaluation is kept
	 * @param key the evaluation's key, or {@code null} for one not yet saved (nothing is read)
	 * @param sync the UI thread
	 * @param shown receives last year's scores on the UI thread
	 */
	static void schedule(EvaluationRepository repository, String key, UISynchronize sync, Consumer<ScoreSheet> shown) {
		if (key == null || repository == null) {
			return;
		}
		Job job = Job.create(Messages.PriorYear_reading, monitor -> {
			try {
				repository.priorYear(key).map(prior -> new EvaluationScorer(RuleSetService.getDefault().rulesFor(prior)).score(prior))
						.ifPresent(sheet -> sync.asyncExec(() -> shown.accept(sheet)));
			} catch (RepositoryException e) {
				ILog.of(PriorYearSheet.class).warn(e.getMessage(), e);
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}
}
