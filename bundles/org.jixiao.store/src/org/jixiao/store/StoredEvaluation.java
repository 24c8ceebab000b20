package org.jixiao.store;

import org.jixiao.model.evaluation.Evaluation;

/**
 * A stored evaluation as loaded, with the version it had: pass the version to
 * {@link EvaluationStore#update(long, Evaluation, String, int)} so that a save never silently
 * overwrites what someone else saved in the meantime.
 *
 * @param evaluation the loaded copy
 * @param version the stored version (1 for a new evaluation, 1 more after every update)
 */
public record StoredEvaluation(Evaluation evaluation, int version) {
}
