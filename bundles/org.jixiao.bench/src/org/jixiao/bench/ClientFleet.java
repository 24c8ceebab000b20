package org.jixiao.bench;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.ReviewEvent;
import org.jixiao.store.ReviewState;
import org.jixiao.store.ReviewStatus;
import org.jixiao.store.ReviewWorkflow;
import org.jixiao.store.StoreException;
import org.jixiao.store.Submission;

/**
 * The units, evaluations and clients of the load and crash benchmarks: {@code clients} clients, of
 * which {@code reviewers} review (half of them 主管部门 reviewers, half the bureau's) and the others are
 * units' officers, {@code sharing} of them per unit (each with its own counter paragraph, so that they
 * conflict on the unit's evaluations), {@code perUnit} evaluations per unit; and the check of every
 * stored evaluation against what the clients were told.
 */
final class ClientFleet {

	private static final int YEAR = ServedData.year(4);

	final int units;
	final int sharing;
	final int indicators;
	final WorkflowClient.Totals totals = new WorkflowClient.Totals();
	final List<WorkflowClient> clients = new ArrayList<>();
	private final int fillers;
	private final int reviewers;
	private final int perUnit;
	private final Map<Long, Long> seeds = new HashMap<>();
	private final Map<Long, Integer> unitOf = new HashMap<>();
	private final List<List<Long>> idsOfUnit = new ArrayList<>();
	/** The submissions of each evaluation whose content was checked already. */
	private final Map<Long, Integer> checkedSubmissions = new HashMap<>();
	private long eventsChecked;
	private long submissionsChecked;

	ClientFleet(int clientCount, int reviewers, int sharing, int perUnit, int indicators) {
		if (sharing < 1 || sharing > ServedData.COUNTER_SLOTS) {
			throw new IllegalArgumentException("--sharing must be 1 or " + ServedData.COUNTER_SLOTS); //$NON-NLS-1$
		}
		if (reviewers < 0 || reviewers >= clientCount) {
			throw new IllegalArgumentException("--reviewers must leave at least one unit's officer"); //$NON-NLS-1$
		}
		this.sharing = sharing;
		this.fillers = clientCount - reviewers;
		this.reviewers = reviewers;
		this.units = (fillers + sharing - 1) / sharing;
		this.perUnit = perUnit;
		this.indicators = indicators;
		for (int c = 0; c < clientCount; c++) {
			clients.add(null);
		}
	}

	/** @return how many clients act in the role */
	int count(WorkflowClient.Kind kind) {
		return switch (kind) {
		case FILLER -> fillers;
		case SUPERVISOR -> reviewers / 2;
		case BUREAU -> reviewers - reviewers / 2;
		};
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
			WorkflowClient client = clients.get(c);
			if (client == null) {
				client = newClient(c, url);
				clients.set(c, client);
			}
			client.resume();
			Thread thread = new Thread(client, "client-" + c + "-round-" + round); //$NON-NLS-1$ //$NON-NLS-2$
			thread.start();
			threads.add(thread);
		}
		return threads;
	}

	/** @return client {@code c}: the units' officers first, then the 主管部门 reviewers, then the bureau's */
	private WorkflowClient newClient(int c, Supplier<String> url) {
		long seed = c * 7919L;
		if (c < fillers) {
			int unit = c / sharing;
			return new WorkflowClient(WorkflowClient.Kind.FILLER, ServedData.filler(unit), c % sharing, idsOfUnit.get(unit), url, totals, seed);
		}
		int reviewer = c - fillers;
		if (reviewer < count(WorkflowClient.Kind.SUPERVISOR)) {
			int department = reviewer % ServedData.supervisors(units);
			List<Long> ids = new ArrayList<>();
			for (int unit = 0; unit < units; unit++) {
				if (ServedData.supervisorOf(unit, units) == department) {
					ids.addAll(idsOfUnit.get(unit));
				}
			}
			return new WorkflowClient(WorkflowClient.Kind.SUPERVISOR, ServedData.supervisorAccount(department), 0, ids, url, totals, seed);
		}
		List<Long> all = new ArrayList<>();
		idsOfUnit.forEach(all::addAll);
		return new WorkflowClient(WorkflowClient.Kind.BUREAU, ServedData.BUREAU, 0, all, url, totals, seed);
	}

	/** Stops the clients and waits for them. */
	void stopClients(List<Thread> threads) throws InterruptedException {
		for (WorkflowClient client : clients) {
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
	 * Checks every evaluation as the owner:
	 * <ul>
	 * <li>each officer's counter is what it was acknowledged (or its unanswered save, then
	 * committed), the evaluation loads whole (equal to the generated one with those counters), and
	 * its stored total is what its rule set scores from what was loaded;</li>
	 * <li>its review history is one chain from 草稿 to its state, each step a move of
	 * {@code REVIEW_TRANSITION} for the role recorded, and holds of each kind of step exactly those
	 * acknowledged to the clients (and of an unanswered one, the step or nothing);</li>
	 * <li>it has one submission per submitting step, each matching its SHA-256 and equal to the
	 * evaluation as saved then (counters no higher than the ones acknowledged since), the 自评得分 of
	 * the latest, and a 复核得分 with one adjustment exactly when it is confirmed.</li>
	 * </ul>
	 *
	 * @return the number of evaluations checked
	 */
	int verify(String url) throws Exception {
		int checked = 0;
		Set<String> transitions = transitions(url);
		try (EvaluationStore store = EvaluationStore.open(ServedData.location(url, ServedData.OWNER))) {
			ReviewWorkflow workflow = store.workflow();
			Map<Long, BigDecimal> totalsById = new HashMap<>();
			for (EvaluationSummary summary : store.list(EvaluationQuery.all().year(Integer.valueOf(YEAR)))) {
				totalsById.put(Long.valueOf(summary.id()), summary.totalScore());
			}
			for (Map.Entry<Long, Long> entry : seeds.entrySet()) {
				Long id = entry.getKey();
				int unit = unitOf.get(id).intValue();
				Evaluation loaded = store.load(id.longValue());
				int[] counters = new int[ServedData.COUNTER_SLOTS];
				for (int c = unit * sharing; c < Math.min(fillers, (unit + 1) * sharing); c++) {
					WorkflowClient client = clients.get(c);
					int stored = ServedData.counter(loaded, client.slot());
					client.check(id, stored, "verify"); //$NON-NLS-1$
					counters[client.slot()] = client.acknowledged(id);
				}
				Evaluation expected = ServedData.evaluation(entry.getValue().longValue(), unit, units, YEAR, indicators, counters);
				if (!ServedData.equal(expected, loaded)) {
					violation("verify: evaluation " + id + " is not what was saved (a part missing or mixed)"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				BigDecimal rescored = ServedData.rescore(loaded);
				BigDecimal stored = totalsById.get(id);
				if (stored == null || rescored.compareTo(stored) != 0) {
					violation("verify: evaluation " + id + " scores " + rescored + " but its stored total is " + stored); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				verifyReview(workflow, id, unit, counters, transitions);
				checked++;
			}
		}
		return checked;
	}

	private void verifyReview(ReviewWorkflow workflow, Long id, int unit, int[] counters, Set<String> transitions) throws Exception {
		ReviewStatus status = workflow.status(id.longValue());
		Map<WorkflowClient.Operation, Integer> counted = new EnumMap<>(WorkflowClient.Operation.class);
		ReviewState state = ReviewState.DRAFT;
		for (ReviewEvent event : workflow.history(id.longValue())) {
			if (!event.action().isTransition()) {
				continue;
			}
			eventsChecked++;
			if (event.from() != state) {
				violation("verify: evaluation " + id + ": step " + event.action() + " from " + event.from() + " after a step to " + state); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			String move = (event.role() == null ? "?" : event.role().name()) + " " + event.from() + " " + event.to() + " " + event.action(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			if (!transitions.contains(move)) {
				violation("verify: evaluation " + id + ": step " + move + " is no move of REVIEW_TRANSITION"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			state = event.to();
			counted.merge(WorkflowClient.Operation.valueOf(event.action().name()), Integer.valueOf(1), Integer::sum);
		}
		if (state != status.state()) {
			violation("verify: evaluation " + id + " is " + status.state() + " but its last step went to " + state); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		for (WorkflowClient.Operation operation : WorkflowClient.Operation.values()) {
			if (operation == WorkflowClient.Operation.STATUS || operation == WorkflowClient.Operation.SAVE) {
				continue;
			}
			int acknowledged = 0;
			int unanswered = 0;
			for (WorkflowClient client : clients) {
				acknowledged += client.steps(id, operation);
				unanswered += client.unansweredSteps(id, operation);
			}
			int found = counted.getOrDefault(operation, Integer.valueOf(0)).intValue();
			if (found < acknowledged || found > acknowledged + unanswered) {
				violation("verify: evaluation " + id + " has " + found + " " + operation + " steps, acknowledged " + acknowledged //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						+ (unanswered > 0 ? " (+" + unanswered + " unanswered)" : "")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			int committed = Math.max(0, found - acknowledged);
			for (WorkflowClient client : clients) {
				committed -= client.settle(id, operation, committed);
			}
		}
		List<Submission> submissions = workflow.submissions(id.longValue());
		if (submissions.size() != counted.getOrDefault(WorkflowClient.Operation.SUBMIT, Integer.valueOf(0)).intValue()) {
			violation("verify: evaluation " + id + " has " + submissions.size() + " submissions but " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ counted.get(WorkflowClient.Operation.SUBMIT) + " submitting steps"); //$NON-NLS-1$
		}
		int from = checkedSubmissions.getOrDefault(id, Integer.valueOf(0)).intValue();
		for (Submission submission : submissions) {
			if (submission.number() <= from) {
				continue;
			}
			Evaluation content;
			try {
				content = workflow.submissionContent(id.longValue(), submission.number()); // checks the SHA-256
			} catch (StoreException e) {
				violation("verify: submission " + submission.number() + " of evaluation " + id + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			int[] then = new int[ServedData.COUNTER_SLOTS];
			for (int slot = 0; slot < then.length; slot++) {
				then[slot] = ServedData.counter(content, slot);
				if (then[slot] > counters[slot]) {
					violation("verify: submission " + submission.number() + " of evaluation " + id + " holds counter " + then[slot] //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							+ " of slot " + slot + ", above the " + counters[slot] + " saved since"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			if (!ServedData.equal(ServedData.evaluation(seeds.get(id).longValue(), unit, units, YEAR, indicators, then), content)) {
				violation("verify: submission " + submission.number() + " of evaluation " + id + " is not the evaluation as saved"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			submissionsChecked++;
			checkedSubmissions.put(id, Integer.valueOf(submission.number()));
		}
		if (!submissions.isEmpty()) {
			BigDecimal self = submissions.get(submissions.size() - 1).selfScore();
			if (self == null || status.selfScore() == null || self.compareTo(status.selfScore()) != 0) {
				violation("verify: evaluation " + id + " has 自评得分 " + status.selfScore() + " but its latest submission " + self); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		boolean confirmed = status.state() == ReviewState.CONFIRMED;
		int adjustments = workflow.adjustments(id.longValue()).size();
		if (confirmed != (status.reviewScore() != null) || adjustments != (confirmed ? 1 : 0)) {
			violation("verify: evaluation " + id + " is " + status.state() + " with 复核得分 " + status.reviewScore() + " and " + adjustments //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					+ " adjustments"); //$NON-NLS-1$
		}
	}

	/** @return the moves of {@code REVIEW_TRANSITION}, each as {@code ROLE FROM TO ACTION} */
	private static Set<String> transitions(String url) throws Exception {
		Set<String> moves = new HashSet<>();
		try (Connection connection = ServedData.connect(url, ServedData.OWNER);
				Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT ROLE_NAME, FROM_STATE, TO_STATE, ACTION FROM JIXIAO.REVIEW_TRANSITION")) { //$NON-NLS-1$
			while (row.next()) {
				moves.add(row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getString(4)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return moves;
	}

	private void violation(String message) {
		totals.violations.incrementAndGet();
		totals.note(message);
	}

	/** @return who the clients are, for the first line of a benchmark's output */
	String describe() {
		return count(WorkflowClient.Kind.FILLER) + " units' officers (" + sharing + " per unit, " + units + " units x " + perUnit //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ " evaluations of " + indicators + " indicators), " + count(WorkflowClient.Kind.SUPERVISOR) + " 主管部门 reviewers, " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ count(WorkflowClient.Kind.BUREAU) + " bureau reviewers"; //$NON-NLS-1$
	}

	/** Prints what the clients did and what was reported to them, over {@code seconds}. */
	void report(PrintWriter out, double seconds) {
		out.printf("operations acknowledged in %.0f s: %d changes (%.1f/s), and %d status reads%n", Double.valueOf(seconds), //$NON-NLS-1$
				Integer.valueOf(totals.changes()), Double.valueOf(totals.changes() / seconds),
				Integer.valueOf(totals.times.get(WorkflowClient.Operation.STATUS).count()));
		for (Map.Entry<WorkflowClient.Operation, ServedData.Times> entry : totals.times.entrySet()) {
			int count = entry.getValue().count();
			out.printf("  %-8s %6d (%5.2f/s) %s%n", entry.getKey().name().toLowerCase(java.util.Locale.ROOT), Integer.valueOf(count), //$NON-NLS-1$
					Double.valueOf(count / seconds), entry.getValue().summary());
		}
		out.printf("reported to the clients: %d version conflicts (ConflictException), %d steps or saves refused because another session " //$NON-NLS-1$
				+ "had moved the evaluation, %d deadlocks (40001), %d lock timeouts (40XL1), %d lost connections, %d other failures%n", //$NON-NLS-1$
				Long.valueOf(totals.conflicts.get()), Long.valueOf(totals.movedMeanwhile.get()), Long.valueOf(totals.deadlocks.get()),
				Long.valueOf(totals.lockTimeouts.get()), Long.valueOf(totals.disconnects.get()), Long.valueOf(totals.otherFailures.get()));
	}

	/** @return the acknowledged increments of all clients */
	long increments() {
		return clients.stream().filter(client -> client != null).mapToLong(WorkflowClient::increments).sum();
	}

	/** @return the steps of the review chain checked so far (each at its first check only counted once per check) */
	long eventsChecked() {
		return eventsChecked;
	}

	/** @return the submissions whose SHA-256 and content were checked */
	long submissionsChecked() {
		return submissionsChecked;
	}

	int evaluations() {
		return seeds.size();
	}
}
