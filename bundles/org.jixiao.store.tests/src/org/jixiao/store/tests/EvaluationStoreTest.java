package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Date;
import java.util.List;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.core.evaluation.EvaluationScorer;
import org.jixiao.core.evaluation.RuleSetService;
import org.jixiao.core.evaluation.ScoreSheet;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.store.AuditEntry;
import org.jixiao.store.AuditEntry.Action;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.EvaluationSummary;
import org.jixiao.store.StoreException;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: save and load, list, audit, delete, copy, rollback, migrations, backup. */
class EvaluationStoreTest {

	@TempDir
	Path dir;

	private Path database;
	private EvaluationStore store;

	@BeforeEach
	void open() throws StoreException {
		database = dir.resolve("db");
		store = EvaluationStore.open(StoreLocation.embedded(database));
	}

	@AfterEach
	void close() throws StoreException {
		store.close();
	}

	@Test
	void theReferenceSampleIsLoadedBackEqualWithItsScore() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		long id = store.insert(sample, "tester");
		Evaluation loaded = store.load(id);
		Evaluations.assertEqual(sample, loaded);
		assertNotNull(loaded.eResource(), "a loaded evaluation is in a resource of its own");
		assertNotNull(loaded.eResource().getResourceSet());
		assertEquals(0, new BigDecimal("99.30").compareTo(loaded.getTotalScore()));
		assertEquals(Grade.EXCELLENT, loaded.getGrade());
		assertEquals(11, store.schemaVersion());
		assertEquals(0, store.list(EvaluationQuery.all()).get(0).errors(), "the reference sample has no errors");
	}

	@Test
	void everySaveNamesAUserEvenWhenNoneIsGiven() throws Exception {
		long blank = store.insert(EvaluationResources.referenceSample(), " ");
		long none = store.insert(EvaluationResources.referenceSample(), null);
		store.update(none, EvaluationResources.referenceSample(), "");
		long named = store.insert(EvaluationResources.referenceSample(), "审核员".repeat(100));
		String os = System.getProperty("user.name");
		for (EvaluationSummary summary : store.list(EvaluationQuery.all())) {
			assertEquals(summary.id() == named ? "审核员".repeat(100).substring(0, 200) : os, summary.modifiedBy(), summary.toString());
		}
		for (long id : List.of(blank, none)) {
			assertTrue(store.audit(id).stream().allMatch(entry -> os.equals(entry.user())), store.audit(id).toString());
		}
	}

	@Test
	void aParagraphOfAnyLengthIsStoredWhole() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		first.setDeviationReason("原因".repeat(50_000));
		first.setImprovementMeasures("措".repeat(40_000));
		sample.getGoals().get(0).setAchieved("成".repeat(33_000));
		sample.getNarrative().get(0).getParagraphs().add("段".repeat(100_000));
		long id = store.insert(sample, "tester");
		Evaluation loaded = store.load(id);
		Evaluations.assertEqual(sample, loaded);
		Indicator loadedFirst = loaded.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		assertEquals(100_000, loadedFirst.getDeviationReason().length());
		first.setDeviationReason("短");
		store.update(id, sample, "tester");
		assertEquals("短", store.load(id).getCategories().get(0).getSubcategories().get(0).getIndicators().get(0).getDeviationReason());
	}

	@Test
	void theNumberOfErrorsIsStoredWithEverySaveSoThatATotalWithErrorsIsNotTakenForAScore() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		Indicator first = sample.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		BigDecimal weight = first.getWeight();
		first.setWeight(weight.negate());
		long id = store.insert(sample, "tester");
		EvaluationSummary summary = store.list(EvaluationQuery.all()).get(0);
		assertTrue(summary.hasErrors(), "a negative weight, and weights that no longer add up: " + summary);
		assertTrue(summary.errors() >= 2, summary.toString());
		first.setWeight(weight);
		store.update(id, sample, "tester");
		summary = store.list(EvaluationQuery.all()).get(0);
		assertEquals(0, summary.errors());
		assertFalse(summary.hasErrors());
	}

	@Test
	void everyKindOfRowRoundTrips() throws Exception {
		Evaluation synthetic = SyntheticEvaluations.create(42, 60);
		assertFalse(synthetic.getNarrative().get(0).getSubsections().isEmpty());
		long id = store.insert(synthetic, "tester");
		Evaluations.assertEqual(synthetic, store.load(id));
	}

	@Test
	void theSummaryListsScoreGradeAndWhoSaved() throws Exception {
		long id = store.insert(EvaluationResources.referenceSample(), "张三");
		List<EvaluationSummary> all = store.list(EvaluationQuery.all());
		assertEquals(1, all.size());
		EvaluationSummary summary = all.get(0);
		assertEquals(id, summary.id());
		assertEquals("党政办公室", summary.department());
		assertEquals(2023, summary.fiscalYear());
		assertEquals(EvaluationStatus.FINAL, summary.status());
		assertEquals(new BigDecimal("99.30"), summary.totalScore());
		assertEquals(Grade.EXCELLENT, summary.grade());
		assertEquals("张三", summary.modifiedBy());
	}

	@Test
	void listFiltersByDepartmentYearAndStatus() throws Exception {
		for (long seed = 0; seed < 21; seed++) {
			store.insert(SyntheticEvaluations.create(seed, 5), "tester");
		}
		List<EvaluationSummary> all = store.list(EvaluationQuery.all());
		assertEquals(21, all.size());
		List<EvaluationSummary> department = store.list(EvaluationQuery.all().department("部门3"));
		assertEquals(3, department.size());
		assertTrue(department.stream().allMatch(s -> s.department().equals("部门3")));
		List<EvaluationSummary> year = store.list(EvaluationQuery.all().year(2017));
		assertEquals(all.stream().filter(s -> s.fiscalYear() == 2017).count(), year.size());
		assertFalse(year.isEmpty());
		List<EvaluationSummary> finals = store.list(EvaluationQuery.all().status(EvaluationStatus.FINAL));
		assertEquals(7, finals.size());
		assertTrue(finals.stream().allMatch(s -> s.status() == EvaluationStatus.FINAL));
		List<EvaluationSummary> combined = store.list(new EvaluationQuery("部门3", 2018, EvaluationStatus.FINAL));
		assertEquals(all.stream().filter(s -> s.department().equals("部门3") && s.fiscalYear() == 2018 && s.status() == EvaluationStatus.FINAL)
				.count(), combined.size());
		assertTrue(store.list(EvaluationQuery.all().department("没有这个部门")).isEmpty());
	}

	@Test
	void anUpdateIsAuditedFieldByFieldWithOldAndNewValues() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		long id = store.insert(sample, "creator");
		Evaluation changed = store.load(id);
		Indicator indicator = changed.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		String oldActual = indicator.getActualText();
		indicator.setActualText("99名");
		ScoreAdjustment adjustment = EvaluationFactory.eINSTANCE.createScoreAdjustment();
		adjustment.setScore(new BigDecimal("1.5"));
		adjustment.setReason("复核");
		indicator.setAdjustment(adjustment);
		changed.getBudget().getProjects().get(0).setExecuted(new BigDecimal("12000000.00"));
		store.update(id, changed, "reviewer");

		Evaluations.assertEqual(changed, store.load(id));
		List<AuditEntry> audit = store.audit(id);
		assertEquals(Action.CREATED, audit.get(0).action());
		assertEquals("creator", audit.get(0).user());
		String path = "产出指标 / 数量指标 / " + indicator.getName();
		AuditEntry actual = find(audit, path, "actualText");
		assertEquals(oldActual, actual.oldValue());
		assertEquals("99名", actual.newValue());
		assertEquals("reviewer", actual.user());
		assertEquals(Action.CHANGED, actual.action());
		AuditEntry officer = find(audit, path, "adjustment");
		assertNull(officer.oldValue());
		assertEquals("1.5", officer.newValue());
		AuditEntry executed = audit.stream().filter(e -> "executed".equals(e.field()) && e.entityPath().endsWith("人员支出")).findFirst()
				.orElseThrow(() -> new AssertionError(audit.toString()));
		assertEquals("12356820.35", executed.oldValue());
		assertEquals("12000000.00", executed.newValue());
		assertEquals(4, audit.size(), "created + three changes, nothing else: " + audit);

		Evaluation again = store.load(id);
		again.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1).getAdjustment().setScore(new BigDecimal("1.2"));
		store.update(id, again, "reviewer2");
		AuditEntry rescored = find(store.audit(id), path, "adjustment.score");
		assertEquals("1.5", rescored.oldValue());
		assertEquals("1.2", rescored.newValue());
	}

	private static AuditEntry find(List<AuditEntry> audit, String path, String field) {
		return audit.stream().filter(e -> path.equals(e.entityPath()) && field.equals(e.field())).reduce((a, b) -> b)
				.orElseThrow(() -> new AssertionError(path + " " + field + " not in " + audit));
	}

	@Test
	void deleteRemovesTheEvaluationAndKeepsItsAuditTrail() throws Exception {
		long kept = store.insert(SyntheticEvaluations.create(1, 5), "tester");
		long id = store.insert(EvaluationResources.referenceSample(), "tester");
		store.delete(id, "remover");
		StoreException missing = assertThrows(StoreException.class, () -> store.load(id));
		assertTrue(missing.getMessage().contains(Long.toString(id)), missing.getMessage());
		assertEquals(List.of(kept), store.list(EvaluationQuery.all()).stream().map(EvaluationSummary::id).toList());
		List<AuditEntry> audit = store.audit(id);
		AuditEntry deletion = audit.get(audit.size() - 1);
		assertEquals(Action.DELETED, deletion.action());
		assertEquals("remover", deletion.user());
		assertTrue(deletion.oldValue().contains("党政办公室") && deletion.oldValue().contains("99.30"), deletion.oldValue());
		assertThrows(StoreException.class, () -> store.delete(id, "remover"));
		assertEquals(0, rowsOf(id), "every row of the evaluation went with it");
		assertTrue(rowsOf(kept) > 5, "the other evaluation's rows are kept");
		Evaluations.assertEqual(SyntheticEvaluations.create(1, 5), store.load(kept));
	}

	@Test
	void copyToNewYearKeepsThePlanAndClearsWhatHappened() throws Exception {
		Evaluation synthetic = SyntheticEvaluations.create(3, 30);
		long id = store.insert(synthetic, "tester");
		long copyId = store.copyToNewYear(id, 2030, "planner");
		assertNotEquals(id, copyId);
		Evaluation copy = store.load(copyId);
		assertEquals(2030, copy.getFiscalYear());
		assertEquals(EvaluationStatus.DRAFT, copy.getStatus());
		assertEquals(synthetic.getDepartment().getName(), copy.getDepartment().getName());
		assertNull(copy.getBudget().getExecuted());
		assertEquals(synthetic.getBudget().getAdjustedBudget(), copy.getBudget().getAdjustedBudget());
		assertNull(copy.getGoals().get(0).getAchieved());
		assertEquals(synthetic.getGoals().get(0).getExpected(), copy.getGoals().get(0).getExpected());
		List<Indicator> before = indicators(synthetic);
		List<Indicator> after = indicators(copy);
		assertEquals(before.size(), after.size());
		for (int i = 0; i < before.size(); i++) {
			assertEquals(before.get(i).getName(), after.get(i).getName());
			assertEquals(before.get(i).getTargetText(), after.get(i).getTargetText());
			assertEquals(before.get(i).getWeight(), after.get(i).getWeight());
			assertNull(after.get(i).getActualText());
			assertNull(after.get(i).getDeviationReason());
			assertNull(after.get(i).getAdjustment());
			assertEquals(before.get(i).getDetails().size(), after.get(i).getDetails().size());
		}
		NarrativeSection section = copy.getNarrative().get(0);
		assertEquals(synthetic.getNarrative().get(0).getTitle(), section.getTitle());
		assertTrue(section.getParagraphs().isEmpty());
		assertEquals(synthetic.getNarrative().get(0).getSubsections().get(0).getTitle(), section.getSubsections().get(0).getTitle());
		assertEquals(Action.COPIED, store.audit(copyId).get(0).action());
		assertEquals(Long.toString(id), store.audit(copyId).get(0).oldValue());
		Evaluations.assertEqual(synthetic, store.load(id));
	}

	private static List<Indicator> indicators(Evaluation evaluation) {
		return evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.toList();
	}

	@Test
	void aFailureInTheMiddleOfASaveLeavesTheStoreAsItWas() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		long id = store.insert(sample, "tester");
		List<AuditEntry> auditBefore = store.audit(id);

		// The narrative is written last: a section title longer than its column fails the save after
		// every other row of the evaluation was written in the transaction.
		Evaluation broken = EcoreUtil.copy(sample);
		indicators(broken).get(0).setActualText("0名");
		broken.getBudget().setExecuted(BigDecimal.ONE);
		broken.getNarrative().get(0).setTitle("长".repeat(5000));
		StoreException update = assertThrows(StoreException.class, () -> store.update(id, broken, "tester"));
		assertTrue(update.getMessage().contains("党政办公室"), update.getMessage());
		Evaluations.assertEqual(sample, store.load(id));
		assertEquals(auditBefore, store.audit(id));

		StoreException insert = assertThrows(StoreException.class, () -> store.insert(broken, "tester"));
		assertNotNull(insert.getMessage());
		assertEquals(1, store.list(EvaluationQuery.all()).size());
		try (Connection connection = derby(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM JIXIAO.INDICATOR_ROW")) {
			rows.next();
			assertEquals(indicators(sample).size(), rows.getInt(1), "no indicator rows of the failed insert remain");
		}
		// and the store still works
		long next = store.insert(SyntheticEvaluations.create(5, 10), "tester");
		Evaluations.assertEqual(SyntheticEvaluations.create(5, 10), store.load(next));
	}

	@Test
	void insertAllSavesManyInOneTransactionAllOrNone() throws Exception {
		List<Evaluation> evaluations = new java.util.ArrayList<>();
		for (long seed = 0; seed < 30; seed++) {
			evaluations.add(SyntheticEvaluations.create(seed, 12));
		}
		List<Long> ids = store.insertAll(evaluations, "importer");
		assertEquals(30, ids.size());
		for (int i = 0; i < ids.size(); i++) {
			Evaluations.assertEqual(evaluations.get(i), store.load(ids.get(i)));
		}
		for (int i = 0; i < ids.size(); i++) {
			Evaluation loaded = store.load(ids.get(i));
			ScoreSheet expected = new EvaluationScorer(RuleSetService.getDefault().rulesFor(evaluations.get(i))).score(evaluations.get(i));
			assertEquals(0, expected.total().compareTo(loaded.getTotalScore()), "the total of " + i);
			assertEquals(expected.grade().officialTerm(), loaded.getGrade().getLiteral(), "the grade of " + i);
		}
		long rows = rowsOf(ids.get(0));
		// the rows of the first 16 are sent before the broken one fails: the rollback takes them back too
		List<Evaluation> withABrokenOne = new java.util.ArrayList<>(evaluations.subList(0, 20));
		Evaluation broken = SyntheticEvaluations.create(99, 12);
		broken.getNarrative().get(0).setTitle("长".repeat(5000));
		withABrokenOne.add(broken);
		withABrokenOne.add(SyntheticEvaluations.create(100, 12));
		assertThrows(StoreException.class, () -> store.insertAll(withABrokenOne, "importer"));
		assertEquals(30, store.list(EvaluationQuery.all()).size(), "none of the failed import was stored");
		assertEquals(30 * rows, rowsOf(null), "and none of its rows");
	}

	@Test
	void insertAllSavesTheSameEvaluationTwiceAsTwo() throws Exception {
		Evaluation evaluation = SyntheticEvaluations.create(7, 20);
		List<Long> ids = store.insertAll(List.of(evaluation, evaluation), "importer");
		assertNotEquals(ids.get(0), ids.get(1));
		for (long id : ids) {
			Evaluations.assertEqual(evaluation, store.load(id));
		}
	}

	@Test
	void datesAndDecimalScalesSurvive() throws Exception {
		Evaluation evaluation = SyntheticEvaluations.create(9, 3);
		evaluation.setFinalizedOn(new Date(1_712_345_678_901L));
		evaluation.getBudget().setWeight(new BigDecimal("10.000"));
		long id = store.insert(evaluation, "tester");
		Evaluation loaded = store.load(id);
		assertEquals(new BigDecimal("10.000"), loaded.getBudget().getWeight());
		assertEquals(evaluation.getFinalizedOn(), loaded.getFinalizedOn());
		Evaluations.assertEqual(evaluation, loaded);
	}

	@Test
	void migrationsAreRecordedAndANewerDatabaseIsRefused() throws Exception {
		store.insert(SyntheticEvaluations.create(1, 3), "tester");
		store.close();
		EvaluationStore reopened = EvaluationStore.open(StoreLocation.embedded(database));
		assertEquals(1, reopened.list(EvaluationQuery.all()).size(), "reopening applies no migration twice");
		reopened.close();
		try (Connection connection = derby(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("SELECT VERSION, SCRIPT FROM JIXIAO.SCHEMA_VERSION ORDER BY VERSION")) {
				assertTrue(rows.next());
				assertEquals(1, rows.getInt(1));
				assertEquals("V001__initial_schema.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(2, rows.getInt(1));
				assertEquals("V002__accounts.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(3, rows.getInt(1));
				assertEquals("V003__clob_paragraphs_error_count.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(4, rows.getInt(1));
				assertEquals("V004__module_data.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(5, rows.getInt(1));
				assertEquals("V005__evidence.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(6, rows.getInt(1));
				assertEquals("V006__evaluation_version.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(7, rows.getInt(1));
				assertEquals("V007__review_workflow.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(8, rows.getInt(1));
				assertEquals("V008__project_evaluations.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(9, rows.getInt(1));
				assertEquals("V009__table_formats.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(10, rows.getInt(1));
				assertEquals("V010__one_index_per_child_row.sql", rows.getString(2));
				assertTrue(rows.next());
				assertEquals(11, rows.getInt(1));
				assertEquals("V011__row_sources.sql", rows.getString(2));
				assertFalse(rows.next());
			}
			statement.executeUpdate("INSERT INTO JIXIAO.SCHEMA_VERSION VALUES (12, 'V012__future.sql', CURRENT_TIMESTAMP)");
		} finally {
			shutdownDerby();
		}
		StoreException refused = assertThrows(StoreException.class, () -> EvaluationStore.open(StoreLocation.embedded(database)));
		assertTrue(refused.getMessage().contains("11"), refused.getMessage());
		assertTrue(refused.getMessage().contains(database.toString()), refused.getMessage());
		store = EvaluationStore.open(StoreLocation.embedded(dir.resolve("other")));
	}

	@Test
	void backupAndRestoreRoundTrip() throws Exception {
		Evaluation sample = EvaluationResources.referenceSample();
		long id = store.insert(sample, "tester");
		Path backup = store.backup(dir.resolve("backups"));
		assertTrue(Files.isRegularFile(backup.resolve("service.properties")), backup.toString());
		store.delete(id, "tester");
		long later = store.insert(SyntheticEvaluations.create(2, 5), "tester");
		store.close();

		EvaluationStore.restore(backup, database);
		store = EvaluationStore.open(StoreLocation.embedded(database));
		Evaluations.assertEqual(sample, store.load(id));
		assertThrows(StoreException.class, () -> store.load(later));

		Path elsewhere = dir.resolve("restored");
		EvaluationStore.restore(backup, elsewhere);
		try (EvaluationStore restored = EvaluationStore.open(StoreLocation.embedded(elsewhere))) {
			Evaluations.assertEqual(sample, restored.load(id));
		}
		StoreException inUse = assertThrows(StoreException.class, () -> EvaluationStore.restore(backup, database));
		assertTrue(inUse.getMessage().contains(database.toString()), inUse.getMessage());
		StoreException notABackup = assertThrows(StoreException.class, () -> EvaluationStore.restore(dir, dir.resolve("x")));
		assertTrue(notABackup.getMessage().contains(dir.toString()), notABackup.getMessage());
	}

	@Test
	void twoStoresOfOneProcessShareTheDatabase() throws Exception {
		try (EvaluationStore second = EvaluationStore.open(StoreLocation.embedded(database))) {
			long id = second.insert(SyntheticEvaluations.create(4, 4), "tester");
			Evaluations.assertEqual(SyntheticEvaluations.create(4, 4), store.load(id));
		}
		assertEquals(1, store.list(EvaluationQuery.all()).size(), "closing the second store leaves the first one working");
	}

	@Test
	void theDefaultLocationIsUnderTheHomeDirectoryUnlessTheSystemPropertySaysOtherwise() {
		String previous = System.getProperty(StoreLocation.DB_PROPERTY);
		try {
			System.clearProperty(StoreLocation.DB_PROPERTY);
			assertEquals(Path.of(System.getProperty("user.home"), ".jixiao", "db").toAbsolutePath(), StoreLocation.defaultEmbedded().directory());
			System.setProperty(StoreLocation.DB_PROPERTY, dir.resolve("elsewhere").toString());
			assertEquals(dir.resolve("elsewhere").toAbsolutePath(), StoreLocation.defaultEmbedded().directory());
			System.setProperty(StoreLocation.DB_PROPERTY, "jdbc:derby://localhost:1527/jixiao");
			assertFalse(StoreLocation.defaultEmbedded().isEmbedded());
		} finally {
			if (previous == null) {
				System.clearProperty(StoreLocation.DB_PROPERTY);
			} else {
				System.setProperty(StoreLocation.DB_PROPERTY, previous);
			}
		}
		assertEquals(dir.resolve("d").toAbsolutePath(), StoreLocation.of("jdbc:derby:" + dir.resolve("d") + ";create=true", null, null).directory());
	}

	/** The tables holding the rows of an evaluation, besides EVALUATION and AUDIT. */
	private static final List<String> ROW_TABLES = List.of("DEPARTMENT", "BUDGET", "BUDGET_LINE", "BUDGET_PROJECT", "GOAL",
			"INDICATOR_CATEGORY", "INDICATOR_SUBCATEGORY", "INDICATOR_ROW", "SCORE_ADJUSTMENT", "INDICATOR_DETAIL", "NARRATIVE_SECTION",
			"NARRATIVE_PARAGRAPH");

	/** @return the number of rows of an evaluation (of all evaluations for {@code null}) in the row tables */
	private long rowsOf(Long id) throws Exception {
		long count = 0;
		try (Connection connection = derby(); Statement statement = connection.createStatement()) {
			for (String table : ROW_TABLES) {
				try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM JIXIAO." + table + (id == null ? "" : " WHERE EVALUATION_ID = " + id))) {
					rows.next();
					count += rows.getLong(1);
				}
			}
		}
		return count;
	}

	/** A second connection to the same database, bypassing the store (same process: Derby allows it). */
	private Connection derby() throws Exception {
		return new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), new Properties());
	}

	private void shutdownDerby() {
		try {
			new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true", new Properties());
		} catch (Exception e) {
			// 08006: shut down
		}
	}
}
