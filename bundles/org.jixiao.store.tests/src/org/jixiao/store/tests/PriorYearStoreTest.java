package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.OptionalLong;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.PriorYear;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same unit's evaluation of the year before, found by the store: after a copy to the new year, for a
 * department renamed since (by its unit), the confirmed one of two, none for a new unit.
 */
class PriorYearStoreTest {

	private static final String USER = "处长"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path database;
	private EvaluationStore store;

	@BeforeEach
	void open() throws Exception {
		database = dir.resolve("db"); //$NON-NLS-1$
		store = EvaluationStore.open(StoreLocation.embedded(database));
	}

	@AfterEach
	void close() throws Exception {
		store.close();
	}

	@Test
	void aCopyToTheNewYearComparesRowByRowWithTheEvaluationItCameFrom() throws Exception {
		long last = store.insert(department("党政办公室", 2022), USER); //$NON-NLS-1$
		long now = store.copyToNewYear(last, 2023, USER);

		assertEquals(OptionalLong.of(last), store.priorYearId(now));
		Evaluation prior = store.priorYear(now).orElseThrow();
		Evaluation current = store.load(now);
		PriorYear compared = PriorYear.compare(score(current), score(prior));
		assertTrue(compared.rows().size() > 3);
		for (PriorYear.Row row : compared.rows()) {
			assertEquals(PriorYear.Match.LINEAGE, row.match(), row.current().path());
			assertEquals(row.prior().indicator().getActualText(), row.priorActual().orElse(null));
		}
		assertEquals(score(store.load(last)).indicators().get(0).score().score(), compared.rows().get(0).priorScore().orElseThrow());
		assertEquals(OptionalLong.empty(), store.priorYearId(last), "nothing of 2021"); //$NON-NLS-1$
	}

	@Test
	void findsTheUnitRenamedSinceAndPrefersTheConfirmedOfTwo() throws Exception {
		long renamed = store.insert(department("教育体育局", 2022), USER); //$NON-NLS-1$
		long education = store.insert(department("教育局", 2023), USER); //$NON-NLS-1$
		long confirmed = store.insert(department("党政办公室", 2022), USER); //$NON-NLS-1$
		long draft = store.insert(department("党政办公室", 2022), USER); //$NON-NLS-1$
		long office = store.insert(department("党政办公室", 2023), USER); //$NON-NLS-1$
		long water = store.insert(department("水务局", 2023), USER); //$NON-NLS-1$
		store.insert(department("水务局", 2021), USER); //$NON-NLS-1$
		try (Connection sql = new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), new Properties())) { //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET UNIT = '教育局' WHERE ID = ?", renamed); //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', REVIEW_SCORE = 91.00 WHERE ID = ?", confirmed); //$NON-NLS-1$
		}

		assertEquals(OptionalLong.of(renamed), store.priorYearId(education));
		assertEquals(OptionalLong.of(confirmed), store.priorYearId(office), "not the later draft " + draft); //$NON-NLS-1$
		assertEquals(OptionalLong.empty(), store.priorYearId(water), "2021 is not the year before"); //$NON-NLS-1$
		StoreException missing = assertThrows(StoreException.class, () -> store.priorYearId(9999));
		assertTrue(missing.getMessage().contains("9999"), missing.getMessage()); //$NON-NLS-1$
	}

	private static ScoreSheet score(Evaluation evaluation) {
		return new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluation)).score(evaluation);
	}

	private static Evaluation department(String name, int year) throws Exception {
		Evaluation copy = EcoreUtil.copy(EvaluationResources.referenceSample());
		copy.getDepartment().setName(name);
		copy.setFiscalYear(year);
		return copy;
	}

	private static void update(Connection sql, String statement, long id) throws Exception {
		try (PreparedStatement update = sql.prepareStatement(statement)) {
			update.setLong(1, id);
			assertEquals(1, update.executeUpdate());
		}
	}
}
