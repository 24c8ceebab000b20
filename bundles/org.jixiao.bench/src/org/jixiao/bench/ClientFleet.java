package org.jixiao.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;

/**
 * The units, evaluations and clients of the load and crash benchmarks: {@code clients} clients,
 * {@code sharing} of them per unit (each with its own counter paragraph, so that they conflict on the
 * unit's evaluations), {@code perUnit} evaluations per unit; and the check of every stored evaluation
 * against what the clients were told.
 */
final class ClientFleet {

	private static final int YEAR = ServedData.year(4);

	final int units;
	final int sharing;
	final int indicators;
	final CounterClient.Totals totals = new CounterClient.Totals();
	final List<CounterClient> clients = new ArrayList<>();
	private final int perUnit;
	private final Map<Long, Long> seeds = new HashMap<>();
	private final Map<Long, Integer> unitOf = new HashMap<>();
	private final List<List<Long>> idsOfUnit = new ArrayList<>();

	ClientFleet(int clientCount, int sharing, int perUnit, int indicators) {
		if (sharing < 1 || sharing > ServedData.COUNTER_SLOTS) {
			throw new IllegalArgumentException("--sharing must be 1 or " + ServedData.COUNTER_SLOTS); //$NON-NLS-1$
		}
		this.sharing = sharing;
		this.units = (clientCount + sharing - 1) / sharing;
		this.perUnit = perUnit;
		this.indicators = indicators;
		for (int c = 0; c < clientCount; c++) {
			clients.add(null);
		}
	}

	/** Adds the accounts and stores the evaluations, as the owner. */
	void populate(String url, PrintWriter err) throws StoreException {
		ServedData.addAccounts(url, units, err);
		List<Evaluation> evaluations = new ArrayList<>();
		List<long[]> keys = new ArrayList<>();
		for (int unit = 0; unit < units; unit++) {
			for (int e = 0; e < perUnit; e++) {
				long seed = unit * 100L + e;
				evaluations.add(ServedData.evaluation(seed, unit, units, YEAR, indicators));
				keys.add(new long[] { seed, unit });
			}
		}
		try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, ServedData.OWNER))) {
			List<Long> ids = store.insertAll(evaluations, ServedData.OWNER);
			for (int unit = 0; unit < units; unit++) {
				idsOfUnit.add(new ArrayList<>());
			}
			for (int i = 0; i < ids.size(); i++) {
				seeds.put(ids.get(i), Long.valueOf(keys.get(i)[0]));
				unitOf.put(ids.get(i), Integer.valueOf((int) keys.get(i)[1]));
				idsOfUnit.get((int) keys.get(i)[1]).add(ids.get(i));
			}
		}
	}

	/** Starts (or starts again) each client in a thread of its own. */
	List<Thread> startClients(Supplier<String> url, long round) {
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients.size(); c++) {
			int unit = c / sharing;
			CounterClient client = clients.get(c);
			if (client == null) {
				client = new CounterClient(ServedData.filler(unit), c % sharing, idsOfUnit.get(unit), url, totals, c * 7919L);
				clients.set(c, client);
			}
			client.resume();
			Thread thread = new Thread(client, "client-" + c + "-round-" + round); //$NON-NLS-1$ //$NON-NLS-2$
			thread.start();
			threads.add(thread);
		}
		return threads;
	}

	/** Stops the clients and waits for them. */
	void stopClients(List<Thread> threads) throws InterruptedException {
		for (CounterClient client : clients) {
			client.stop();
		}
		for (Thread thread : threads) {
			thread.join(120_000);
			if (thread.isAlive()) {
				throw new IllegalStateException(thread.getName() + " did not stop within 2 minutes"); //$NON-NLS-1$
			}
		}
	}

	/**
	 * Checks every evaluation as the owner: each client's counter is what it was acknowledged (or
	 * its unanswered save, then committed), the evaluation loads whole (equal to the generated one
	 * with those counters), and its stored total is what its rule set scores from what was loaded.
	 *
	 * @return the number of evaluations checked
	 */
	int verify(String url) throws Exception {
		int checked = 0;
		try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, ServedData.OWNER))) {
			Map<Long, BigDecimal> totalsById = new HashMap<>();
			for (EvaluationSummary summary : store.list(EvaluationQuery.all().year(Integer.valueOf(YEAR)))) {
				totalsById.put(Long.valueOf(summary.id()), summary.totalScore());
			}
			for (Map.Entry<Long, Long> entry : seeds.entrySet()) {
				Long id = entry.getKey();
				int unit = unitOf.get(id).intValue();
				Evaluation loaded = store.load(id.longValue());
				int[] counters = new int[ServedData.COUNTER_SLOTS];
				for (int c = unit * sharing; c < Math.min(clients.size(), (unit + 1) * sharing); c++) {
					CounterClient client = clients.get(c);
					int stored = ServedData.counter(loaded, client.slot());
					client.check(id, stored, "verify"); //$NON-NLS-1$
					counters[client.slot()] = client.acknowledged(id);
				}
				Evaluation expected = ServedData.evaluation(entry.getValue().longValue(), unit, units, YEAR, indicators, counters);
				if (!ServedData.equal(expected, loaded)) {
					totals.violations.incrementAndGet();
					totals.note("verify: evaluation " + id + " is not what was saved (a part missing or mixed)"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				BigDecimal rescored = ServedData.rescore(loaded);
				BigDecimal stored = totalsById.get(id);
				if (stored == null || rescored.compareTo(stored) != 0) {
					totals.violations.incrementAndGet();
					totals.note("verify: evaluation " + id + " scores " + rescored + " but its stored total is " + stored); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				checked++;
			}
		}
		return checked;
	}

	/** @return the acknowledged increments of all clients */
	long increments() {
		return clients.stream().filter(client -> client != null).mapToLong(CounterClient::increments).sum();
	}

	int evaluations() {
		return seeds.size();
	}
}
