package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.LedgerEntry;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.UninstalledModuleData;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.jixiao.testing.TestLedgers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data of business modules in the store: a module the store knows nothing of ({@link TestLedgers},
 * built at run time) keeps its ledgers through save, load, update, audit, copy to a new year and
 * backup; when the module is not installed, its data opens and saves unchanged.
 */
class ModuleDataStoreTest {

	@TempDir
	Path dir;

	private EvaluationStore store;

	@BeforeEach
	void open() throws Exception {
		TestLedgers.register();
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")));
	}

	@AfterEach
	void close() throws Exception {
		TestLedgers.register();
		store.close();
	}

	private static Evaluation withLedger() {
		Evaluation evaluation = SyntheticEvaluations.create(11, 6);
		evaluation.getModuleData().clear();
		ModuleData data = TestLedgers.data("test");
		TestLedgers.add(data, null, "张某某", true, new BigDecimal("1200.50"), new Date(1_690_000_000_000L));
		TestLedgers.add(data, null, "李某某", false, null, null);
		evaluation.getModuleData().add(data);
		Indicator first = evaluation.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		first.setActualByHand(true);
		return evaluation;
	}

	@Test
	void moduleDataAndRowIdsRoundTrip() throws Exception {
		Evaluation evaluation = withLedger();
		long id = store.insert(evaluation, "officer");
		Evaluation loaded = store.load(id);
		Evaluations.assertEqual(evaluation, loaded);
		ModuleData data = ModuleLedgers.find(loaded, "test").orElseThrow();
		assertEquals(TestLedgers.dataClass(), data.eClass());
		List<?> entries = TestLedgers.entries(data);
		assertEquals(2, entries.size());
		assertNotNull(((LedgerEntry) entries.get(0)).getUid(), "every entry gets a uid when saved");
		Indicator first = loaded.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		assertTrue(first.isActualByHand());
		assertEquals("s11-0", first.getUid());
	}

	@Test
	void aLedgerChangeIsAudited() throws Exception {
		long id = store.insert(withLedger(), "officer");
		Evaluation changed = store.load(id);
		TestLedgers.add(ModuleLedgers.find(changed, "test").orElseThrow(), null, "王某某", true, null, null);
		store.update(id, changed, "officer");
		AuditEntry entry = store.audit(id).stream().filter(a -> a.action() == Action.CHANGED && "ledgers".equals(a.field())).findFirst()
				.orElseThrow(() -> new AssertionError("no audit entry for the ledger"));
		assertTrue(entry.entityPath().contains("test"), entry.entityPath());
		assertTrue(entry.oldValue().endsWith(" 2"), entry.oldValue());
		assertTrue(entry.newValue().endsWith(" 3"), entry.newValue());
	}

	@Test
	void anUninstalledModulesDataOpensAndSavesUnchanged() throws Exception {
		Evaluation evaluation = withLedger();
		long id = store.insert(evaluation, "officer");
		TestLedgers.unregister();
		Evaluation without = store.load(id);
		UninstalledModuleData kept = assertInstanceOf(UninstalledModuleData.class, without.getModuleData().get(0));
		assertEquals("test", kept.getModuleId());
		assertEquals(TestLedgers.NS_URI, kept.getNsURI());
		without.getDepartment().setName("改名后的部门");
		store.update(id, without, "officer");

		TestLedgers.register();
		Evaluation again = store.load(id);
		ModuleData data = ModuleLedgers.find(again, "test").orElseThrow();
		assertFalse(data instanceof UninstalledModuleData);
		assertTrue(EcoreUtil.equals(ModuleLedgers.find(evaluation, "test").orElseThrow(), data), "the ledger is what was saved");
		assertEquals("改名后的部门", again.getDepartment().getName());
	}

	@Test
	void copyToNewYearKeepsTheLedgersButNotTheirEntries() throws Exception {
		long id = store.insert(withLedger(), "officer");
		long next = store.copyToNewYear(id, 2026, "officer");
		Evaluation copy = store.load(next);
		ModuleData data = ModuleLedgers.find(copy, "test").orElseThrow();
		assertEquals(TestLedgers.dataClass(), data.eClass());
		assertTrue(TestLedgers.entries(data).isEmpty());
		assertFalse(copy.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0).isActualByHand());
		assertEquals(2, TestLedgers.entries(ModuleLedgers.find(store.load(id), "test").orElseThrow()).size(), "last year's ledger is untouched");
	}

	@Test
	void backupAndRestoreKeepTheLedgers() throws Exception {
		Evaluation evaluation = withLedger();
		long id = store.insert(evaluation, "officer");
		Path backup = store.backup(dir.resolve("backups"));
		store.close();
		Path restored = dir.resolve("restored");
		EvaluationStore.restore(backup, restored);
		try (EvaluationStore copy = EvaluationStore.open(StoreLocation.embedded(restored))) {
			Evaluations.assertEqual(evaluation, copy.load(id));
		}
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")));
	}
}
