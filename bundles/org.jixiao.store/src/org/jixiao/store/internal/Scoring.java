package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.eclipse.emf.common.util.Diagnostic;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.core.scoring.RuleSet;
import org.jixiao.core.scoring.RuleSetException;
import org.jixiao.core.validation.EvaluationDiagnostician;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Grade;

/**
 * The scores a save stores with an evaluation, by one scorer per rule set; a batch of evaluations is
 * scored (and otherwise prepared) on a thread of its own while the saving thread writes.
 */
final class Scoring {

	/** TOTAL_SCORE is a DECIMAL(9,2). */
	private static final BigDecimal MAX_TOTAL = BigDecimal.TEN.pow(7);

	private final Map<RuleSet, EvaluationScorer> scorers = new ConcurrentHashMap<>();

	/**
	 * The total and grade by the evaluation's rule set (none for an unknown rule set or a total too
	 * large for its column, which only weights above the limits give), and the number of errors the
	 * validator finds: while there are any, the total is no valid score.
	 */
	record Score(BigDecimal total, Grade grade, int errors) {
	}

	Score score(Evaluation evaluation) {
		RuleSet rules;
		try {
			rules = RuleSetService.getDefault().rulesFor(evaluation);
		} catch (RuleSetException e) {
			return new Score(null, null, errors(EvaluationDiagnostician.validate(evaluation, null)));
		}
		ScoreSheet sheet = scorers.computeIfAbsent(rules, EvaluationScorer::new).score(evaluation);
		int errors = errors(EvaluationDiagnostician.validate(evaluation, rules));
		if (sheet.total().abs().compareTo(MAX_TOTAL) >= 0) {
			return new Score(null, null, Math.max(errors, 1));
		}
		return new Score(sheet.total(), Grade.get(sheet.grade().officialTerm()), errors);
	}

	private static int errors(Diagnostic diagnostic) {
		return (int) diagnostic.getChildren().stream().filter(child -> child.getSeverity() >= Diagnostic.ERROR).count();
	}

	/** @return a single daemon thread to run {@link #ahead} on; the caller shuts it down */
	static ExecutorService thread() {
		return Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "jixiao-store-scoring"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Prepares the evaluations in order on the scoring thread (their scores, and whatever else needs no
	 * database), while this thread writes those already prepared: Derby's inserts keep one core busy.
	 * An evaluation is read by one thread at a time, since the writer takes it only once it is
	 * prepared; an evaluation given twice is prepared here, before any writing starts.
	 *
	 * @param <T> what preparing gives
	 */
	static <T> List<Future<T>> ahead(List<Evaluation> evaluations, Function<Evaluation, T> prepare, ExecutorService scoring) {
		Set<Evaluation> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		boolean distinct = evaluations.stream().allMatch(seen::add);
		List<Future<T>> prepared = new ArrayList<>(evaluations.size());
		for (Evaluation evaluation : evaluations) {
			prepared.add(distinct ? scoring.submit(() -> prepare.apply(evaluation)) : CompletableFuture.completedFuture(prepare.apply(evaluation)));
		}
		return prepared;
	}
}
