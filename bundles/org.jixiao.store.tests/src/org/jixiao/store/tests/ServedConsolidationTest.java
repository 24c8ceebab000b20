package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;


import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.jixiao.testing.TlsDerbyServer;
import org.jixiao.testing.TlsDerbyServer.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consolidation on a served store with TLS reads through the session's views like every read: a
 * 主管部门's reviewer consolidates its own units, a unit's officer its own evaluations, the bureau every
 * one, each with the same figures as the owner reads.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServedConsolidationTest {

	private static final String OWNER = "boss"; //$NON-NLS-1$
	private static final String PASSWORD = "pw-汇总-1"; //$NON-NLS-1$
	private static final String UNIT_A = "党政办公室"; //$NON-NLS-1$
	private static final String UNIT_B = "经济发展局"; //$NON-NLS-1$
	private static final String SUPERVISOR_OF_A = "高新区管委会"; //$NON-NLS-1$
	private static final int YEAR = 2024;

	@TempDir
	Path dir;

	@Test
	void eachRoleConsolidatesTheEvaluationsItMayRead() throws Exception {
		try (TlsDerbyServer server = TlsDerbyServer.start(dir, TlsDerbyServer.freePort(), OWNER, PASSWORD.toCharArray())) {
			String url = server.url();
			server.addAccounts(PASSWORD.toCharArray(), new Account("officera", Role.FILLER, UNIT_A, null), //$NON-NLS-1$
					new Account("officerb", Role.FILLER, UNIT_B, null), new Account("reviewer", Role.SUPERVISOR, null, SUPERVISOR_OF_A), //$NON-NLS-1$ //$NON-NLS-2$
					new Account("bureau1", Role.BUREAU, null, null)); //$NON-NLS-1$
			long a = insert(url, "officera", evaluation(1, UNIT_A, SUPERVISOR_OF_A, YEAR)); //$NON-NLS-1$
			insert(url, "officera", evaluation(2, UNIT_A, SUPERVISOR_OF_A, YEAR - 1)); //$NON-NLS-1$
			long b = insert(url, "officerb", evaluation(3, UNIT_B, null, YEAR)); //$NON-NLS-1$

			Map<Long, ConsolidationRow> all = rows(url, OWNER);
			assertEquals(Set.of(a, b), all.keySet());
			assertEquals(all, rows(url, "bureau1")); //$NON-NLS-1$
			assertEquals(Map.of(a, all.get(a)), rows(url, "reviewer"), "the 主管部门 of A, with A's last year"); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals(Map.of(a, all.get(a)), rows(url, "officera")); //$NON-NLS-1$
			assertEquals(Map.of(b, all.get(b)), rows(url, "officerb")); //$NON-NLS-1$
			assertEquals(12, all.get(a).deviations(), "every synthetic row is explained"); //$NON-NLS-1$
			assertEquals(UNIT_A, all.get(a).department());
			assertNotNull(all.get(a).previousExecutionRate(), "A's evaluation of the year before"); //$NON-NLS-1$
		}
	}

	private static Evaluation evaluation(long seed, String unit, String supervisor, int year) {
		Evaluation evaluation = Evaluations.ofUnit(SyntheticEvaluations.create(seed, 12), unit, supervisor);
		evaluation.setFiscalYear(year);
		return evaluation;
	}

	private static long insert(String url, String user, Evaluation evaluation) throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, user, PASSWORD.toCharArray()))) {
			return store.insert(evaluation, user);
		}
	}

	private static Map<Long, ConsolidationRow> rows(String url, String user) throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, user, PASSWORD.toCharArray()))) {
			return store.consolidationRows(YEAR).stream().collect(Collectors.toMap(ConsolidationRow::evaluationId, row -> row));
		}
	}

}
