package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.Accounts;
import org.jixiao.store.DerbyServer;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.Role;
import org.jixiao.store.ServerKeys;
import org.jixiao.store.ServerTls;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
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

	private static final char[] KEYS_PASSWORD = "keys-pw-3".toCharArray(); //$NON-NLS-1$
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
		ServerKeys.create(dir.resolve("keys"), List.of("localhost", "127.0.0.1"), List.of(), KEYS_PASSWORD); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SSLContext jvmDefault = SSLContext.getDefault();
		SSLContext.setDefault(trusting(dir.resolve("keys").resolve(ServerKeys.TRUST_STORE))); //$NON-NLS-1$
		ServerTls tls = new ServerTls(ServerTls.Mode.BASIC, dir.resolve("keys").resolve(ServerKeys.KEY_STORE), KEYS_PASSWORD, null, null); //$NON-NLS-1$
		try (DerbyServer server = DerbyServer.start(dir.resolve("served"), "localhost", Clients.freePort(), OWNER, PASSWORD.toCharArray(), tls)) { //$NON-NLS-1$ //$NON-NLS-2$
			String url = server.url();
			try (Accounts accounts = Accounts.open(StoreLocation.of(url, OWNER, PASSWORD.toCharArray()))) {
				accounts.add("officera", Role.FILLER, UNIT_A, null, PASSWORD.toCharArray()); //$NON-NLS-1$
				accounts.add("officerb", Role.FILLER, UNIT_B, null, PASSWORD.toCharArray()); //$NON-NLS-1$
				accounts.add("reviewer", Role.SUPERVISOR, null, SUPERVISOR_NOW, PASSWORD.toCharArray()); //$NON-NLS-1$
				accounts.add("bureau1", Role.BUREAU, null, null, PASSWORD.toCharArray()); //$NON-NLS-1$
			}
			long before = insert(url, "officera", evaluation(1, SUPERVISOR_BEFORE, 2023)); //$NON-NLS-1$
			long now = insert(url, "officera", evaluation(2, SUPERVISOR_NOW, 2024)); //$NON-NLS-1$

			assertEquals(OptionalLong.of(before), prior(url, "officera", now)); //$NON-NLS-1$
			assertEquals(OptionalLong.of(before), prior(url, "bureau1", now)); //$NON-NLS-1$
			assertEquals(OptionalLong.empty(), prior(url, "reviewer", now), "last year A was under another 主管部门"); //$NON-NLS-1$ //$NON-NLS-2$
			assertThrows(StoreException.class, () -> prior(url, "officerb", now), "B's officer cannot read A's evaluation"); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			SSLContext.setDefault(jvmDefault);
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

	private static SSLContext trusting(Path trustStore) throws Exception {
		KeyStore trust = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
		try (InputStream in = Files.newInputStream(trustStore)) {
			trust.load(in, null);
		}
		TrustManagerFactory managers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		managers.init(trust);
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(null, managers.getTrustManagers(), null);
		return context;
	}
}
