package org.jixiao.bench;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.ConflictException;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.ReviewState;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.ReviewWorkflow.Adjustment;
import org.jixiao.store.ReviewWorkflow.RowComment;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoredEvaluation;
import org.jixiao.store.Submission;

/**
 * One client of the load and crash benchmarks, with its own connection and store, acting in one role
 * through the product's store API ({@link EvaluationStore} and {@link EvaluationStore#workflow()}),
 * again and again on a random evaluation it may act on, after reading where it stands:
 * <ul>
 * <li>a unit's officer (填报) edits a draft or returned evaluation (loads it, increments its own
 * counter paragraph and saves with the version it loaded), submits it, or withdraws a submission;</li>
 * <li>a 主管部门's reviewer accepts a submission, forwards it to the bureau, or returns it with a
 * comment on a row;</li>
 * <li>a bureau reviewer takes a submission up, confirms an evaluation under its review with an
 * adjustment of one row (scored as the rule set scores the row of the submission), or returns it.</li>
 * </ul>
 * It remembers every save and step the store acknowledged, and the one under way when the connection
 * was lost without an answer, so that what is stored can be checked ({@link ClientFleet#verify}). A
 * refusal is classified: a version conflict ({@link ConflictException}), a step or save refused
 * because another session moved the evaluation first (its state is no longer the one read), a
 * deadlock or lock timeout (Derby's SQL state), a lost connection; anything else is a failure.
 */
final class WorkflowClient implements Runnable {

	/** The roles of the clients. */
	enum Kind {
		FILLER, SUPERVISOR, BUREAU
	}

	/** What a client does, timed and counted. */
	enum Operation {
		STATUS, SAVE, SUBMIT, WITHDRAW, ACCEPT, FORWARD, RETURN, CONFIRM
	}

	/** What all clients count together. */
	static final class Totals {
		final Map<Operation, ServedData.Times> times = new EnumMap<>(Operation.class);
		final AtomicLong conflicts = new AtomicLong();
		final AtomicLong movedMeanwhile = new AtomicLong();
		final AtomicLong deadlocks = new AtomicLong();
		final AtomicLong lockTimeouts = new AtomicLong();
		final AtomicLong disconnects = new AtomicLong();
		final AtomicLong otherFailures = new AtomicLong();
		final AtomicLong violations = new AtomicLong();
		final List<String> messages = new ArrayList<>();

		Totals() {
			for (Operation operation : Operation.values()) {
				times.put(operation, new ServedData.Times());
			}
		}

		synchronized void note(String message) {
			if (messages.size() < 12) {
				messages.add(message);
			}
		}

		/** @return the acknowledged operations that change something (all but reading the status) */
		int changes() {
			int changes = 0;
			for (Map.Entry<Operation, ServedData.Times> entry : times.entrySet()) {
				changes += entry.getKey() == Operation.STATUS ? 0 : entry.getValue().count();
			}
			return changes;
		}
	}

	private static final String RETURNED_ROW = "指标0"; //$NON-NLS-1$
	private static final String ADJUSTED_ROW = "指标1"; //$NON-NLS-1$

	private final Kind kind;
	private final String account;
	private final int slot;
	private final List<Long> ids;
	private final Supplier<String> url;
	private final Totals totals;
	private final Random random;
	/** A filler's counters: acknowledged, and the one of a save that got no answer. */
	private final Map<Long, Integer> acknowledged = new HashMap<>();
	private final Map<Long, Integer> unanswered = new HashMap<>();
	/** Steps of the review chain: acknowledged, and those that got no answer, per evaluation. */
	private final Map<Long, Map<Operation, Integer>> steps = new HashMap<>();
	private final Map<Long, Map<Operation, Integer>> unansweredSteps = new HashMap<>();
	private volatile boolean stopping;

	/**
	 * @param kind the role
	 * @param account the account it connects as
	 * @param slot a filler's counter paragraph
	 * @param ids the evaluations it may act on
	 * @param url the server's URL now
	 * @param totals where to count
	 * @param seed of its choices
	 */
	WorkflowClient(Kind kind, String account, int slot, List<Long> ids, Supplier<String> url, Totals totals, long seed) {
		this.kind = kind;
		this.account = account;
		this.slot = slot;
		this.ids = ids;
		this.url = url;
		this.totals = totals;
		this.random = new Random(seed);
	}

	Kind kind() {
		return kind;
	}

	int slot() {
		return slot;
	}

	List<Long> ids() {
		return ids;
	}

	void stop() {
		stopping = true;
	}

	/** Lets a stopped client run again, with what it knows. */
	void resume() {
		stopping = false;
	}

	@Override
	public void run() {
		EvaluationStore store = null;
		try {
			while (!stopping) {
				Long id = ids.get(random.nextInt(ids.size()));
				ReviewState seen = null;
				Operation operation = null;
				try {
					if (store == null) {
						store = EvaluationStore.open(ServedData.location(url.get(), account));
					}
					long start = System.nanoTime();
					seen = store.workflow().status(id.longValue()).state();
					totals.times.get(Operation.STATUS).add(System.nanoTime() - start);
					operation = choose(seen);
					if (operation == null) {
						pause(20);
						continue;
					}
					perform(store, operation, id);
				} catch (ConflictException e) {
					totals.conflicts.incrementAndGet();
					answered(id, operation);
				} catch (StoreException e) {
					store = refused(store, e, id, seen, operation);
				}
			}
		} finally {
			closeQuietly(store);
		}
	}

	/** @return what to do with an evaluation in this state, or {@code null}: nothing for this role */
	private Operation choose(ReviewState state) {
		double dice = random.nextDouble();
		return switch (kind) {
		case FILLER -> switch (state) {
			case DRAFT, RETURNED -> dice < 0.75 ? Operation.SAVE : Operation.SUBMIT;
			case SUBMITTED -> dice < 0.3 ? Operation.WITHDRAW : null;
			default -> null;
			};
		case SUPERVISOR -> switch (state) {
			case SUBMITTED -> dice < 0.8 ? Operation.ACCEPT : Operation.RETURN;
			case SUPERVISOR_REVIEW -> dice < 0.7 ? Operation.FORWARD : Operation.RETURN;
			default -> null;
			};
		case BUREAU -> switch (state) {
			case SUBMITTED -> dice < 0.3 ? Operation.ACCEPT : null;
			case BUREAU_REVIEW -> dice < 0.15 ? Operation.CONFIRM : Operation.RETURN;
			default -> null;
			};
		};
	}

	private void perform(EvaluationStore store, Operation operation, Long id) throws StoreException {
		ReviewWorkflow workflow = store.workflow();
		long value = id.longValue();
		if (operation == Operation.SAVE) {
			StoredEvaluation stored = store.loadStored(value);
			Evaluation evaluation = stored.evaluation();
			int current = ServedData.counter(evaluation, slot);
			check(id, current, account);
			ServedData.setCounter(evaluation, slot, current + 1);
			unanswered.put(id, Integer.valueOf(current + 1));
			long start = System.nanoTime();
			store.update(value, evaluation, account, stored.version());
			totals.times.get(operation).add(System.nanoTime() - start);
			acknowledged.put(id, Integer.valueOf(current + 1));
			unanswered.remove(id);
			return;
		}
		Adjustment adjustment = operation == Operation.CONFIRM ? adjustment(workflow, value) : null;
		count(unansweredSteps, id, operation, 1);
		long start = System.nanoTime();
		switch (operation) {
		case SUBMIT -> workflow.submit(value, account);
		case WITHDRAW -> workflow.withdraw(value, account, null);
		case ACCEPT -> workflow.accept(value, account, null);
		case FORWARD -> workflow.forward(value, account, null);
		case RETURN -> workflow.returnToUnit(value, account, "请补充佐证材料", List.of(new RowComment(RETURNED_ROW, "目标值与完成值不一致"))); //$NON-NLS-1$ //$NON-NLS-2$
		case CONFIRM -> workflow.confirm(value, account, "确认", List.of(adjustment)); //$NON-NLS-1$
		default -> throw new IllegalStateException(operation.name());
		}
		totals.times.get(operation).add(System.nanoTime() - start);
		count(unansweredSteps, id, operation, -1);
		count(steps, id, operation, 1);
	}

	/**
	 * @return the bureau's adjustment of one row of the latest submission: the score the rule set
	 *         gives it there (within its band by construction), with a reason
	 */
	private static Adjustment adjustment(ReviewWorkflow workflow, long id) throws StoreException {
		List<Submission> submissions = workflow.submissions(id);
		Evaluation submitted = workflow.submissionContent(id, submissions.get(submissions.size() - 1).number());
		for (var contents = EcoreUtil.<Object> getAllContents(submitted, false); contents.hasNext();) {
			if (contents.next() instanceof Indicator indicator && ADJUSTED_ROW.equals(indicator.getName())) {
				try {
					BigDecimal score = new EvaluationScorer(RuleSetService.getDefault().rulesFor(submitted)).score(submitted).row(indicator).score()
							.score();
					return new Adjustment(indicator.getUid(), score, "复核确认"); //$NON-NLS-1$
				} catch (Exception e) {
					throw new StoreException("cannot score submission of " + id + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		throw new IllegalStateException("no row " + ADJUSTED_ROW + " in evaluation " + id); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Classifies a refusal; a step refused by the store's own check (no SQL state) is a conflict
	 * reported to the client when the evaluation's state is no longer the one it read.
	 *
	 * @return the store, or {@code null} when it was closed
	 */
	private EvaluationStore refused(EvaluationStore store, StoreException e, Long id, ReviewState seen, Operation operation) {
		String state = ServedData.sqlState(e);
		if ("40001".equals(state)) { //$NON-NLS-1$
			if (totals.deadlocks.incrementAndGet() <= 2) {
				totals.note(account + ": deadlock " + deepest(e)); //$NON-NLS-1$
			}
			answered(id, operation);
			return store;
		}
		if ("40XL1".equals(state)) { //$NON-NLS-1$
			totals.lockTimeouts.incrementAndGet();
			answered(id, operation);
			return store;
		}
		if (store == null || state != null && state.startsWith("08")) { //$NON-NLS-1$
			// no answer: the save or step in flight stays unanswered
			totals.disconnects.incrementAndGet();
			pause(200);
			return closeQuietly(store);
		}
		if (state == null && !hasSqlCause(e) && seen != null && operation != null) {
			try {
				ReviewState now = store.workflow().status(id.longValue()).state();
				answered(id, operation);
				if (now != seen) {
					totals.movedMeanwhile.incrementAndGet();
					return store;
				}
			} catch (StoreException again) {
				totals.disconnects.incrementAndGet();
				pause(200);
				return closeQuietly(store);
			}
		} else {
			answered(id, operation);
		}
		totals.otherFailures.incrementAndGet();
		totals.note(account + " " + operation + " " + id + ": " + state + " " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		pause(200);
		return closeQuietly(store);
	}

	/** Forgets the operation in flight: it was refused, so nothing of it was committed. */
	private void answered(Long id, Operation operation) {
		if (operation == Operation.SAVE) {
			unanswered.remove(id);
		} else if (operation != null) {
			Map<Operation, Integer> pending = unansweredSteps.get(id);
			if (pending != null && pending.getOrDefault(operation, Integer.valueOf(0)).intValue() > 0) {
				count(unansweredSteps, id, operation, -1);
			}
		}
	}

	private static void count(Map<Long, Map<Operation, Integer>> counts, Long id, Operation operation, int delta) {
		counts.computeIfAbsent(id, key -> new EnumMap<>(Operation.class)).merge(operation, Integer.valueOf(delta), Integer::sum);
	}

	private static boolean hasSqlCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Checks the counter stored in an evaluation against what this filler knows; an unanswered
	 * increment found stored was committed.
	 *
	 * @return whether the stored counter is the acknowledged one or the unanswered one
	 */
	boolean check(Long id, int stored, String who) {
		int known = acknowledged.getOrDefault(id, Integer.valueOf(0)).intValue();
		Integer pending = unanswered.remove(id);
		if (stored == known) {
			return true;
		}
		if (pending != null && stored == pending.intValue()) {
			acknowledged.put(id, pending);
			return true;
		}
		totals.violations.incrementAndGet();
		totals.note(who + ": evaluation " + id + " slot " + slot + " holds " + stored + ", acknowledged " + known //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ (pending == null ? "" : ", unanswered " + pending)); //$NON-NLS-1$ //$NON-NLS-2$
		acknowledged.put(id, Integer.valueOf(stored));
		return false;
	}

	/** @return the message of the last cause, which for Derby's deadlock lists the locks */
	private static String deepest(Throwable failure) {
		Throwable last = failure;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			last = cause;
		}
		return last.getMessage();
	}

	/** @return the acknowledged counter of an evaluation */
	int acknowledged(Long id) {
		return acknowledged.getOrDefault(id, Integer.valueOf(0)).intValue();
	}

	/** @return the counter of a save of the evaluation that got no answer, or {@code null} */
	Integer unanswered(Long id) {
		return unanswered.get(id);
	}

	/** @return the acknowledged steps of an evaluation of this kind */
	int steps(Long id, Operation operation) {
		return steps.getOrDefault(id, Map.of()).getOrDefault(operation, Integer.valueOf(0)).intValue();
	}

	/** @return the steps of an evaluation of this kind that got no answer */
	int unansweredSteps(Long id, Operation operation) {
		return unansweredSteps.getOrDefault(id, Map.of()).getOrDefault(operation, Integer.valueOf(0)).intValue();
	}

	/**
	 * Settles the unanswered steps of one kind on an evaluation once the check has counted the
	 * committed ones from what is stored: up to {@code committed} of them count as acknowledged, the
	 * others as never made.
	 *
	 * @return how many of {@code committed} were this client's
	 */
	int settle(Long id, Operation operation, int committed) {
		int pending = unansweredSteps(id, operation);
		if (pending == 0) {
			return 0;
		}
		int taken = Math.min(pending, committed);
		count(unansweredSteps, id, operation, -pending);
		count(steps, id, operation, taken);
		return taken;
	}

	/** @return the sum of the acknowledged increments */
	long increments() {
		return acknowledged.values().stream().mapToLong(Integer::longValue).sum();
	}

	private static EvaluationStore closeQuietly(EvaluationStore store) {
		if (store != null) {
			try {
				store.close();
			} catch (StoreException e) {
				// the connection is gone already
			}
		}
		return null;
	}

	private void pause(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stopping = true;
		}
	}
}
