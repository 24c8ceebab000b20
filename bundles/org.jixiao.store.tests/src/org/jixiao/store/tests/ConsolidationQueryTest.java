package org.jixiao.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.derby.jdbc.EmbeddedDriver;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.jixiao.core.consolidation.Consolidation;
import org.jixiao.core.consolidation.ConsolidationRow;
import org.jixiao.core.consolidation.HearingFlag;
import org.jixiao.core.consolidation.RankedRow;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.store.EvaluationQuery;
import org.jixiao.store.EvaluationStore;
import org.jixiao.store.StoreLocation;
import org.jixiao.testing.SyntheticEvaluations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bureau's consolidation read from an embedded store: several departments over two years, in
 * every review state, with a planted low execution and planted deviations.
 */
class ConsolidationQueryTest {

	private static final String ADMIN = "处长"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path database;
	private EvaluationStore store;
	/** The budgets to plant after the saves, by the evaluation's position of insertion. */
	private final List<String[]> budgets = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		database = dir.resolve("db");
		store = EvaluationStore.open(StoreLocation.embedded(database));
	}

	@AfterEach
	void close() throws Exception {
		store.close();
	}

	@Test
	void everyEvaluationOfTheYearWithItsBudgetScoresDeviationsStateAndLastYear() throws Exception {
		Evaluation reference = EvaluationResources.referenceSample();
		int referenceDeviations = explained(reference);
		long office2022 = store.insert(department(reference, "党政办公室", 2022, "1000000.00", "950000.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long office = store.insert(department(reference, "党政办公室", 2023, "2000000.50", "1990000.25"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long lowExecution = store.insert(department(reference, "建设局", 2023, "5000000.00", "3500000.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long confirmed = store.insert(department(reference, "财政局", 2023, "800000.00", "800000.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		long submitted = store.insert(department(reference, "教育局", 2023, "300000.00", "290000.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// renamed since last year: found by its unit
		long education2022 = store.insert(department(reference, "教育体育局", 2022, "200000.00", "100000.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Evaluation missing = department(reference, "水务局", 2023, "100000.00", "99000.00"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Indicator unexplained = missing.getCategories().get(0).getSubcategories().get(0).getIndicators().get(0);
		boolean hadReason = unexplained.getDeviationReason() != null && !unexplained.getDeviationReason().isBlank();
		unexplained.setDeviationReason(null);
		unexplained.setTargetText("≥30名"); //$NON-NLS-1$
		unexplained.setActualText("25名"); //$NON-NLS-1$
		unexplained.setComparator(Comparator.AT_LEAST);
		unexplained.setTargetValue(new BigDecimal("30")); //$NON-NLS-1$
		unexplained.setTargetUnit("名"); //$NON-NLS-1$
		unexplained.setActualValue(new BigDecimal("2.5E+1")); //$NON-NLS-1$
		unexplained.setActualUnit("名"); //$NON-NLS-1$
		Indicator blank = missing.getCategories().get(0).getSubcategories().get(0).getIndicators().get(1);
		boolean blankHadReason = blank.getDeviationReason() != null && !blank.getDeviationReason().isBlank();
		blank.setDeviationReason("   "); //$NON-NLS-1$
		Indicator notApplicable = missing.getCategories().get(0).getSubcategories().get(0).getIndicators().get(2);
		boolean notApplicableHadReason = notApplicable.getDeviationReason() != null && !notApplicable.getDeviationReason().isBlank();
		notApplicable.setNotApplicable(true);
		notApplicable.setDeviationReason("本年度不适用"); //$NON-NLS-1$
		long water = store.insert(missing, ADMIN);
		Evaluation project = EvaluationResources.referenceProjects().get(0);
		project.setFiscalYear(2022);
		long project2022 = store.insert(EcoreUtil.copy(project), ADMIN);
		project.setFiscalYear(2023);
		long project2023 = store.insert(project, ADMIN);
		store.insert(department(reference, "党政办公室", 2024, "1.00", "1.00"), ADMIN); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		try (Connection sql = new EmbeddedDriver().connect("jdbc:derby:" + database.toAbsolutePath(), new Properties())) { //$NON-NLS-1$
			plantBudgets(sql);
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', SELF_SCORE = 99.30, SELF_GRADE = '优', " //$NON-NLS-1$
					+ "REVIEW_SCORE = 78.50, REVIEW_GRADE = '中' WHERE ID = ?", confirmed); //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'SUBMITTED', SELF_SCORE = 88.00, SELF_GRADE = '良' WHERE ID = ?", submitted); //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'CONFIRMED', REVIEW_SCORE = 91.00, REVIEW_GRADE = '优', " //$NON-NLS-1$
					+ "UNIT = '教育局' WHERE ID = ?", education2022); //$NON-NLS-1$
			update(sql, "UPDATE JIXIAO.EVALUATION SET REVIEW_STATE = 'RETURNED', SELF_SCORE = 12.00, SELF_GRADE = '差' WHERE ID = ?", office); //$NON-NLS-1$
		}

		List<ConsolidationRow> rows = store.consolidationRows(2023);

		assertEquals(List.of(office, lowExecution, confirmed, submitted, water, project2023),
				rows.stream().map(ConsolidationRow::evaluationId).toList());
		Map<Long, ConsolidationRow> byId = rows.stream().collect(Collectors.toMap(ConsolidationRow::evaluationId, Function.identity()));
		ConsolidationRow officeRow = byId.get(office);
		assertEquals(new BigDecimal("2000000.50"), officeRow.adjustedBudget()); //$NON-NLS-1$
		assertEquals(new BigDecimal("1990000.25"), officeRow.executed()); //$NON-NLS-1$
		assertEquals(new BigDecimal("99.50"), officeRow.executionRate()); //$NON-NLS-1$
		assertEquals("RETURNED", officeRow.reviewState()); //$NON-NLS-1$
		// returned: the working copy's score, not the last submission's
		assertEquals(total(office), officeRow.selfScore());
		assertEquals(Grade.EXCELLENT, officeRow.grade());
		assertNull(officeRow.reviewScore());
		assertEquals(referenceDeviations, officeRow.deviations());
		assertEquals(total(office2022), officeRow.previousScore());
		assertEquals(new BigDecimal("95.00"), officeRow.previousExecutionRate()); //$NON-NLS-1$
		assertEquals(new BigDecimal("4.50"), officeRow.executionRateChange()); //$NON-NLS-1$

		ConsolidationRow confirmedRow = byId.get(confirmed);
		assertEquals(new BigDecimal("78.50"), confirmedRow.reviewScore()); //$NON-NLS-1$
		assertEquals(new BigDecimal("99.30"), confirmedRow.selfScore()); //$NON-NLS-1$
		assertEquals(Grade.FAIR, confirmedRow.grade(), "the bureau's grade once confirmed"); //$NON-NLS-1$
		assertNull(confirmedRow.previousScore(), "no 财政局 last year"); //$NON-NLS-1$

		ConsolidationRow submittedRow = byId.get(submitted);
		assertEquals(new BigDecimal("88.00"), submittedRow.selfScore()); //$NON-NLS-1$
		assertEquals(Grade.GOOD, submittedRow.grade());
		assertEquals(new BigDecimal("91.00"), submittedRow.previousScore(), "last year's 复核得分 of the unit, renamed since"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(new BigDecimal("50.00"), submittedRow.previousExecutionRate()); //$NON-NLS-1$

		ConsolidationRow waterRow = byId.get(water);
		int expected = referenceDeviations - (hadReason ? 1 : 0) + 1 - (blankHadReason ? 1 : 0) - (notApplicableHadReason ? 1 : 0);
		assertEquals(expected, waterRow.deviations(), "a missed target without a reason counts, a blank reason and a row not applicable do not"); //$NON-NLS-1$

		ConsolidationRow projectRow = byId.get(project2023);
		assertEquals(EvaluationKind.PROJECT, projectRow.kind());
		assertEquals(project.getProjectName(), projectRow.project());
		assertEquals(project.getDepartment().getName() + "／" + project.getProjectName(), projectRow.name()); //$NON-NLS-1$
		assertEquals(total(project2022), projectRow.previousScore(), "last year's evaluation of the same project"); //$NON-NLS-1$
		assertEquals(EvaluationKind.DEPARTMENT, officeRow.kind());
		assertTrue(waterRow.errors() > 0, "the unexplained shortfall is an error"); //$NON-NLS-1$
		assertNull(waterRow.selfScore(), "no valid score while the evaluation has errors"); //$NON-NLS-1$
		assertNull(waterRow.grade());

		Consolidation consolidation = store.consolidation(2023);
		List<RankedRow> ranking = consolidation.ranking();
		assertEquals(confirmed, ranking.get(0).row().evaluationId(), "复核得分 ranks first"); //$NON-NLS-1$
		assertEquals(water, ranking.get(ranking.size() - 1).row().evaluationId(), "no score ranks last"); //$NON-NLS-1$
		assertEquals(0, ranking.get(ranking.size() - 1).rank());
		assertEquals(Set.of(HearingFlag.LOW_EXECUTION), consolidation.row(lowExecution).orElseThrow().flags(), "70 % is below 90 %"); //$NON-NLS-1$
		assertEquals(Set.of(HearingFlag.LOW_GRADE), consolidation.row(confirmed).orElseThrow().flags(), "复核 graded 中"); //$NON-NLS-1$
		assertEquals(Set.of(), consolidation.row(office).orElseThrow().flags());
		assertEquals(2, consolidation.flagged().size());
		assertTrue(store.consolidation(2023, new BigDecimal("99.60")).row(office).orElseThrow().flags().contains(HearingFlag.LOW_EXECUTION)); //$NON-NLS-1$
		assertEquals(List.of(), store.consolidationRows(2030));
	}

	/**
	 * The benchmark's shape at a tenth: 200 evaluations of 60 indicators a year over two years. The
	 * figures printed are what the benchmark of part 4 scales up; the bound, on the processor time of
	 * the embedded database's work in this thread (the wall time depends on the machine's load), only
	 * catches work per evaluation far beyond two queries.
	 */
	@Test
	void aYearIsConsolidatedInTwoQueries() throws Exception {
		List<Evaluation> evaluations = new ArrayList<>();
		for (int i = 0; i < 400; i++) {
			Evaluation evaluation = SyntheticEvaluations.create(i, 60);
			evaluation.setFiscalYear(2022 + i % 2);
			evaluation.getDepartment().setName("单位" + i / 2); //$NON-NLS-1$
			evaluations.add(evaluation);
		}
		store.insertAll(evaluations, ADMIN);
		store.consolidationRows(2023);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		List<ConsolidationRow> rows = store.consolidationRows(2023);
		long millis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		System.out.println("consolidation of 200 evaluations × 60 indicators: " + (System.nanoTime() - start) / 1_000_000 + " ms, " //$NON-NLS-1$ //$NON-NLS-2$
				+ millis + " ms processor time"); //$NON-NLS-1$
		assertEquals(200, rows.size());
		assertTrue(rows.stream().allMatch(row -> row.deviations() == 60), "every synthetic row carries an explanation"); //$NON-NLS-1$
		assertTrue(rows.stream().allMatch(row -> row.previousExecutionRate() != null), "every unit has last year"); //$NON-NLS-1$
		assertTrue(millis < 1_000, () -> millis + " ms processor time"); //$NON-NLS-1$
	}

	private BigDecimal total(long id) throws Exception {
		return store.list(new EvaluationQuery(null, null, null)).stream().filter(summary -> summary.id() == id).findFirst().orElseThrow()
				.totalScore();
	}

	/**
	 * A copy of the reference sample for another department and year, whose 全年预算数 and 全年执行数
	 * are written into the store after it is saved ({@link #plantBudgets}), so that its score and
	 * validity stay the reference sample's.
	 */
	private Evaluation department(Evaluation reference, String name, int year, String budget, String executed) {
		Evaluation copy = EcoreUtil.copy(reference);
		copy.getDepartment().setName(name);
		copy.setFiscalYear(year);
		budgets.add(new String[] { name, Integer.toString(year), budget, executed });
		return copy;
	}

	private void plantBudgets(Connection sql) throws Exception {
		try (PreparedStatement update = sql.prepareStatement("UPDATE JIXIAO.BUDGET SET ADJUSTED_BUDGET = ?, EXECUTED = ? WHERE EVALUATION_ID = " //$NON-NLS-1$
				+ "(SELECT E.ID FROM JIXIAO.EVALUATION E JOIN JIXIAO.DEPARTMENT D ON D.EVALUATION_ID = E.ID WHERE D.NAME = ? AND E.FISCAL_YEAR = ? " //$NON-NLS-1$
				+ "AND NOT EXISTS (SELECT 1 FROM JIXIAO.EVALUATION_PROJECT P WHERE P.EVALUATION_ID = E.ID AND P.KIND <> 'department'))")) { //$NON-NLS-1$
			for (String[] planted : budgets) {
				update.setString(1, planted[2]);
				update.setString(2, planted[3]);
				update.setString(3, planted[0]);
				update.setInt(4, Integer.parseInt(planted[1]));
				assertEquals(1, update.executeUpdate(), planted[0]);
			}
		}
	}

	private static int explained(Evaluation evaluation) {
		return (int) evaluation.getCategories().stream().flatMap(c -> c.getSubcategories().stream()).flatMap(s -> s.getIndicators().stream())
				.filter(indicator -> indicator.getDeviationReason() != null && !indicator.getDeviationReason().isBlank()).count();
	}

	private static void update(Connection sql, String statement, long id) throws Exception {
		try (PreparedStatement update = sql.prepareStatement(statement)) {
			update.setLong(1, id);
			assertEquals(1, update.executeUpdate());
		}
	}
}
