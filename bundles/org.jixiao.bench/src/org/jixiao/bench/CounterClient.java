package org.jixiao.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.ConflictException;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoredEvaluation;

/**
 * One client of the load and crash benchmarks: a unit's officer (填报) with its own connection, who
 * loads one of its unit's evaluations, increments its own counter paragraph in it and saves with the
 * version it loaded, again and again. It remembers every increment the store acknowledged, and the
 * one under way when a save failed without an answer (the connection lost), so that what is stored
 * can be checked: its counter must be the acknowledged value, or the unanswered one.
 */
final class CounterClient implements Runnable {

	/** What all clients count together. */
	static final class Totals {
		final ServedData.Times saves = new ServedData.Times();
		final AtomicLong conflicts = new AtomicLong();
		final AtomicLong deadlocks = new AtomicLong();
		final AtomicLong lockTimeouts = new AtomicLong();
		final AtomicLong disconnects = new AtomicLong();
		final AtomicLong otherFailures = new AtomicLong();
		final AtomicLong violations = new AtomicLong();
		final List<String> messages = new ArrayList<>();

		synchronized void note(String message) {
			if (messages.size() < 10) {
				messages.add(message);
			}
		}
	}

	private final String account;
	private final int slot;
	private final List<Long> ids;
	private final Supplier<String> url;
	private final Totals totals;
	private final Random random;
	private final Map<Long, Integer> acknowledged = new HashMap<>();
	private final Map<Long, Integer> unanswered = new HashMap<>();
	private volatile boolean stopping;

	/**
	 * @param account the unit's 填报 account
	 * @param slot the counter paragraph this client increments
	 * @param ids the evaluations of its unit
	 * @param url the server's URL now (it changes when the server is restarted on another port)
	 * @param totals where to count
	 * @param seed of the choice of evaluation
	 */
	CounterClient(String account, int slot, List<Long> ids, Supplier<String> url, Totals totals, long seed) {
		this.account = account;
		this.slot = slot;
		this.ids = ids;
		this.url = url;
		this.totals = totals;
		this.random = new Random(seed);
	}

	int slot() {
		return slot;
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
		Long retry = null;
		try {
			while (!stopping) {
				Long id = retry != null ? retry : ids.get(random.nextInt(ids.size()));
				retry = null;
				try {
					if (store == null) {
						store = EvaluationStore.open(ServedData.location(url.get(), account));
					}
					StoredEvaluation stored = store.loadStored(id.longValue());
					Evaluation evaluation = stored.evaluation();
					int current = ServedData.counter(evaluation, slot);
					check(id, current, account);
					ServedData.setCounter(evaluation, slot, current + 1);
					unanswered.put(id, Integer.valueOf(current + 1));
					long start = System.nanoTime();
					store.update(id.longValue(), evaluation, account, stored.version());
					totals.saves.add(System.nanoTime() - start);
					acknowledged.put(id, Integer.valueOf(current + 1));
					unanswered.remove(id);
				} catch (ConflictException e) {
					totals.conflicts.incrementAndGet();
					unanswered.remove(id);
					retry = id; // reload and apply the change again
				} catch (StoreException e) {
					String state = ServedData.sqlState(e);
					if ("40001".equals(state)) { //$NON-NLS-1$
						if (totals.deadlocks.incrementAndGet() <= 2) {
							totals.note(account + ": deadlock " + deepest(e)); //$NON-NLS-1$
						}
						unanswered.remove(id);
					} else if ("40XL1".equals(state)) { //$NON-NLS-1$
						totals.lockTimeouts.incrementAndGet();
						unanswered.remove(id);
					} else if (state != null && state.startsWith("08") || store == null) { //$NON-NLS-1$
						totals.disconnects.incrementAndGet();
						store = closeQuietly(store);
						pause();
					} else {
						totals.otherFailures.incrementAndGet();
						totals.note(account + ": " + state + " " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
						store = closeQuietly(store);
						pause();
					}
				}
			}
		} finally {
			closeQuietly(store);
		}
	}

	/**
	 * Checks the counter stored in an evaluation against what this client knows; an unanswered
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

	private void pause() {
		try {
			Thread.sleep(200);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			stopping = true;
		}
	}
}
