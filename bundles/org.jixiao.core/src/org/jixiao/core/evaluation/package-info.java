/**
 * Evaluations as a whole: reading and writing them as XMI, the reference sample, scoring an
 * evaluation under a rule set ({@link org.jixiao.core.evaluation.EvaluationScorer}), and naming its rows.
 */
package org.jixiao.core.evaluation;
