package org.jixiao.modules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.ledger.FeedResult;
import org.jixiao.core.ledger.LedgerFeeds;
import org.jixiao.core.ledger.ModuleLedgers;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.module.hr.ledger.HrData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingData;
import org.jixiao.module.partybuilding.ledger.PartyBuildingPackage;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 党建 and 人事人才 ledgers of the reference sample through the Derby store: saved, changed, copied to a new year. */
class ModuleLedgersStoreTest {

	@TempDir
	Path dir;

	@Test
	void theLedgersSurviveTheStoreTheirChangesAreAuditedAndTheNewYearStartsEmpty() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		try (EvaluationStore store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("db")))) {
			long id = store.insert(sample, "test");
			Evaluation loaded = store.load(id);
			for (String module : List.of("partybuilding", "hr")) {
				assertEquals(ModuleLedgerRows.rows(ModuleLedgers.find(sample, module).orElseThrow()),
						ModuleLedgerRows.rows(ModuleLedgers.find(loaded, module).orElseThrow()), module);
			}
			assertTrue(ModuleLedgers.find(loaded, "partybuilding").orElseThrow() instanceof PartyBuildingData);
			assertTrue(ModuleLedgers.find(loaded, "hr").orElseThrow() instanceof HrData);
			assertEquals(actuals(sample), actuals(loaded));

			PartyBuildingData data = (PartyBuildingData) ModuleLedgers.find(loaded, "partybuilding").orElseThrow();
			assertTrue(data.getInstructors().get(0).isSubsidyPaid());
			data.getInstructors().remove(0);
			assertEquals(1, LedgerFeeds.getDefault().apply(loaded), "the fed value follows");
			store.update(id, loaded, "test");
			Evaluation reloaded = store.load(id);
			assertEquals(29, ((PartyBuildingData) ModuleLedgers.find(reloaded, "partybuilding").orElseThrow()).getInstructors().size());
			String roster = ModuleLedgers.label(PartyBuildingPackage.Literals.PARTY_BUILDING_DATA__INSTRUCTORS);
			List<AuditEntry> audit = store.audit(id);
			assertTrue(audit.stream().anyMatch(e -> e.action() == AuditEntry.Action.CHANGED && "ledgers".equals(e.field())
					&& e.oldValue().contains(roster + " 30") && e.newValue().contains(roster + " 29")), audit.toString());
			assertTrue(audit.stream().anyMatch(e -> "actualText".equals(e.field()) && e.entityPath().endsWith("非公党建工作指导员补助发放")
					&& "23名".equals(e.oldValue()) && "22名".equals(e.newValue())), audit.toString());

			Evaluation next = store.load(store.copyToNewYear(id, 2024, "test"));
			PartyBuildingData emptied = (PartyBuildingData) ModuleLedgers.find(next, "partybuilding").orElseThrow();
			assertEquals(0, ModuleLedgers.size(emptied), "the ledgers' structure is kept, their entries cleared");
			assertEquals(0, ModuleLedgers.size(ModuleLedgers.find(next, "hr").orElseThrow()));
			assertEquals(List.of(), LedgerFeeds.getDefault().compute(next).stream()
					.filter(r -> List.of("partybuilding", "hr").contains(r.indicator().getModuleId())).toList(), "empty ledgers feed nothing");
		}
	}

	private static List<String> actuals(Evaluation evaluation) {
		return LedgerFeeds.getDefault().compute(evaluation).stream().map(FeedResult::explanation).toList();
	}
}
