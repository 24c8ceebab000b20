package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;


import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.jixiao.testing.TlsDerbyServer;
import org.jixiao.testing.TlsDerbyServer.Account;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year before on a served store with TLS is found through the session's views: the unit's officer
 * and the bureau find it; a 主管部门 reviewer finds only one under its own supervision; another unit's
 * officer cannot even name this year's evaluation.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServedPriorYearTest {

	private static final String OWNER = "boss"; //$NON-NLS-1$
	private static final String PASSWORD = "pw-上年-1"; //$NON-NLS-1$
	private static final String UNIT_A = "党政办公室"; //$NON-NLS-1$
	private static final String UNIT_B = "经济发展局"; //$NON-NLS-1$
	private static final String SUPERVISOR_NOW = "高新区管委会"; //$NON-NLS-1$
	private static final String SUPERVISOR_BEFORE = "经开区管委会"; //$NON-NLS-1$

	@TempDir
	Path dir;

	@Test
	void eachRoleFindsTheYearBeforeItMayRead() throws Exception {
		try (TlsDerbyServer server = TlsDerbyServer.start(dir, TlsDerbyServer.freePort(), OWNER, PASSWORD.toCharArray())) {
			String url = server.url();
			server.addAccounts(PASSWORD.toCharArray(), new Account("officera", Role.FILLER, UNIT_A, null), //$NON-NLS-1$
					new Account("officerb", Role.FILLER, UNIT_B, null), new Account("reviewer", Role.SUPERVISOR, null, SUPERVISOR_NOW), //$NON-NLS-1$ //$NON-NLS-2$
					new Account("bureau1", Role.BUREAU, null, null)); //$NON-NLS-1$
			long before = insert(url, "officera", evaluation(1, SUPERVISOR_BEFORE, 2023)); //$NON-NLS-1$
			long now = insert(url, "officera", evaluation(2, SUPERVISOR_NOW, 2024)); //$NON-NLS-1$

			assertEquals(OptionalLong.of(before), prior(url, "officera", now)); //$NON-NLS-1$
			assertEquals(OptionalLong.of(before), prior(url, "bureau1", now)); //$NON-NLS-1$
			assertEquals(OptionalLong.empty(), prior(url, "reviewer", now), "last year A was under another 主管部门"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThrows(StoreException.class, () -> prior(url, "officerb", now), "B's officer cannot read A's evaluation"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static Evaluation evaluation(long seed, String supervisor, int year) {
		Evaluation evaluation = Evaluations.ofUnit(SyntheticEvaluations.create(seed, 12), UNIT_A, supervisor);
		evaluation.setFiscalYear(year);
		return evaluation;
	}

	private static long insert(String url, String user, Evaluation evaluation) throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, user, PASSWORD.toCharArray()))) {
			return store.insert(evaluation, user);
		}
	}

	private static OptionalLong prior(String url, String user, long id) throws Exception {
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.of(url, user, PASSWORD.toCharArray()))) {
			return store.priorYearId(id);
		}
	}

}
