package org.jixiao.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jixiao.core.evaluation.Uids;
import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.ModuleData;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;

/**
 * Writes the rows of an evaluation below its {@code EVALUATION} row: one JDBC batch per table, in the
 * caller's transaction.
 */
final class EvaluationWriter {

	/** The tables below EVALUATION, children first, so that deleting in this order is always legal. */
	static final List<String> TABLES = List.of("MODULE_DATA", "NARRATIVE_PARAGRAPH", "NARRATIVE_SECTION", "INDICATOR_DETAIL", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"SCORE_ADJUSTMENT", "INDICATOR_ROW", "INDICATOR_SUBCATEGORY", "INDICATOR_CATEGORY", "GOAL", "BUDGET_PROJECT", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"BUDGET_LINE", "BUDGET", "DEPARTMENT", "EVALUATION_PROJECT"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	/** Every table a save writes. */
	static final List<String> LOCKED_TABLES = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("EVALUATION", "AUDIT"), TABLES.stream()).toList(); //$NON-NLS-1$ //$NON-NLS-2$

	private static final String PROJECT = "INSERT INTO EVALUATION_PROJECT (EVALUATION_ID, KIND, PROJECT_NAME, PROJECT_CODE, ILLUSTRATIVE) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String DEPARTMENT = "INSERT INTO DEPARTMENT (EVALUATION_ID, NAME, CODE, COMPETENT_DEPARTMENT, COMPETENT_DEPARTMENT_CODE) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String BUDGET = "INSERT INTO BUDGET (EVALUATION_ID, INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED, WEIGHT, EXPLANATION) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String BUDGET_LINE = "INSERT INTO BUDGET_LINE (EVALUATION_ID, POS, LABEL, CATEGORY, INITIAL_BUDGET, " //$NON-NLS-1$
			+ "ADJUSTED_BUDGET, EXECUTED) VALUES (?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String BUDGET_PROJECT = "INSERT INTO BUDGET_PROJECT (EVALUATION_ID, POS, NAME, EXPENDITURE_TYPE, MODULE_ID, " //$NON-NLS-1$
			+ "INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED, CODE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String GOAL = "INSERT INTO GOAL (EVALUATION_ID, POS, NUMBER, EXPECTED, ACHIEVED) VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String CATEGORY = "INSERT INTO INDICATOR_CATEGORY (EVALUATION_ID, POS, NAME, WEIGHT) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String SUBCATEGORY = "INSERT INTO INDICATOR_SUBCATEGORY (EVALUATION_ID, CATEGORY_POS, POS, NAME, WEIGHT) " //$NON-NLS-1$
			+ "VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String INDICATOR = "INSERT INTO INDICATOR_ROW (EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, POS, NAME, MODULE_ID, " //$NON-NLS-1$
			+ "COMPARATOR, TARGET_TEXT, TARGET_VALUE, TARGET_UNIT, ACTUAL_TEXT, ACTUAL_VALUE, ACTUAL_UNIT, WEIGHT, STATED_SCORE, " //$NON-NLS-1$
			+ "DEVIATION_REASON, IMPROVEMENT_MEASURES, CORE, EVIDENCE, ILLUSTRATIVE, ROW_UID, ACTUAL_BY_HAND, NOT_APPLICABLE, " //$NON-NLS-1$
			+ "INITIAL_TARGET_TEXT, TARGET_BASIS, SCORING_CRITERION) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String ADJUSTMENT = "INSERT INTO SCORE_ADJUSTMENT (EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, " //$NON-NLS-1$
			+ "SCORE, REASON, ADJUSTED_BY, ADJUSTED_ON) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String DETAIL = "INSERT INTO INDICATOR_DETAIL (EVALUATION_ID, CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, POS, " //$NON-NLS-1$
			+ "NAME, TARGET_TEXT, ACTUAL_TEXT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String SECTION = "INSERT INTO NARRATIVE_SECTION (EVALUATION_ID, SECTION_NO, PARENT_NO, POS, KIND, NUMBER, TITLE, " //$NON-NLS-1$
			+ "MODULE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String PARAGRAPH = "INSERT INTO NARRATIVE_PARAGRAPH (EVALUATION_ID, SECTION_NO, POS, TEXT) VALUES (?, ?, ?, ?)"; //$NON-NLS-1$
	private static final String MODULE_DATA = "INSERT INTO MODULE_DATA (EVALUATION_ID, POS, MODULE_ID, NS_URI, CONTENT) VALUES (?, ?, ?, ?, ?)"; //$NON-NLS-1$

	/** The inserts, parents first; the narrative last. */
	private static final List<String> INSERTS = List.of(PROJECT, DEPARTMENT, BUDGET, BUDGET_LINE, BUDGET_PROJECT, GOAL, CATEGORY, SUBCATEGORY,
			INDICATOR, ADJUSTMENT, DETAIL, SECTION, PARAGRAPH, MODULE_DATA);

	private final Statements statements;
	private final boolean restricted;
	private final Set<String> pending = new HashSet<>();

	/**
	 * @param statements the session's statements
	 * @param restricted whether the session may not read whole tables (a restricted role of a served
	 *            store, {@link RowAccess}): it locks them through the owner's procedure
	 */
	EvaluationWriter(Statements statements, boolean restricted) {
		this.statements = statements;
		this.restricted = restricted;
	}

	/**
	 * Locks the evaluation tables for the rest of the transaction. A save writes many rows; with row
	 * locks, Derby's lock bookkeeping costs more than the writing (and keeps costing on the
	 * connection afterwards). Saves are short: other connections wait for the commit.
	 */
	void lockTables() throws SQLException {
		if (restricted) {
			statements.get("CALL " + Migrations.SCHEMA + "." + RowAccess.LOCK_PROCEDURE + "()").execute(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return;
		}
		for (String table : LOCKED_TABLES) {
			statements.get("LOCK TABLE " + table + " IN EXCLUSIVE MODE").execute(); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Deletes every row below the evaluation's {@code EVALUATION} row. */
	void deleteRows(long id) throws SQLException {
		for (String table : TABLES) {
			PreparedStatement delete = statements.get("DELETE FROM " + table + " WHERE EVALUATION_ID = ?"); //$NON-NLS-1$ //$NON-NLS-2$
			delete.setLong(1, id);
			delete.executeUpdate();
		}
	}

	/** Inserts every row below the evaluation's {@code EVALUATION} row. */
	void writeRows(long id, Evaluation evaluation) throws SQLException {
		addRows(id, evaluation, moduleDocuments(evaluation));
		flush();
	}

	/**
	 * @return the documents of the evaluation's module data ({@code MODULE_DATA.CONTENT}), in order: they
	 *         need no database, so a save of many evaluations writes them on another thread
	 */
	static List<String> moduleDocuments(Evaluation evaluation) {
		return evaluation.getModuleData().stream().map(ModuleDataDocuments::write).toList();
	}

	/**
	 * Adds the rows below the evaluation's {@code EVALUATION} row to the batches; {@link #flush()}
	 * sends them. The rows of many evaluations can go in one batch per table.
	 *
	 * @param documents the evaluation's {@link #moduleDocuments(Evaluation)}
	 */
	void addRows(long id, Evaluation evaluation, List<String> documents) throws SQLException {
		if (evaluation.getKind() != EvaluationKind.DEPARTMENT || evaluation.getProjectName() != null || evaluation.getProjectCode() != null
				|| evaluation.isIllustrative()) {
			PreparedStatement insert = batch(PROJECT);
			insert.setLong(1, id);
			insert.setString(2, Values.literal(evaluation.getKind()));
			insert.setString(3, evaluation.getProjectName());
			insert.setString(4, evaluation.getProjectCode());
			insert.setBoolean(5, evaluation.isIllustrative());
			insert.addBatch();
		}
		Department department = evaluation.getDepartment();
		if (department != null) {
			PreparedStatement insert = batch(DEPARTMENT);
			insert.setLong(1, id);
			insert.setString(2, department.getName());
			insert.setString(3, department.getCode());
			insert.setString(4, department.getCompetentDepartment());
			insert.setString(5, department.getCompetentDepartmentCode());
			insert.addBatch();
		}
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			writeBudget(id, budget);
		}
		int pos = 0;
		for (Goal goal : evaluation.getGoals()) {
			PreparedStatement goals = batch(GOAL);
			goals.setLong(1, id);
			goals.setInt(2, pos++);
			goals.setInt(3, goal.getNumber());
			goals.setString(4, goal.getExpected());
			goals.setString(5, goal.getAchieved());
			goals.addBatch();
		}
		writeIndicators(id, evaluation);
		writeNarrative(id, evaluation.getNarrative());
		pos = 0;
		for (ModuleData data : evaluation.getModuleData()) {
			PreparedStatement modules = batch(MODULE_DATA);
			modules.setLong(1, id);
			modules.setInt(2, pos);
			modules.setString(3, data.getModuleId());
			modules.setString(4, ModuleDataDocuments.nsURI(data));
			modules.setString(5, documents.get(pos++));
			modules.addBatch();
		}
	}

	private void writeBudget(long id, Budget budget) throws SQLException {
		PreparedStatement insert = batch(BUDGET);
		insert.setLong(1, id);
		insert.setString(2, Values.text(budget.getInitialBudget()));
		insert.setString(3, Values.text(budget.getAdjustedBudget()));
		insert.setString(4, Values.text(budget.getExecuted()));
		insert.setString(5, Values.text(budget.getWeight()));
		insert.setString(6, budget.getExplanation());
		insert.addBatch();
		int pos = 0;
		for (BudgetLine line : budget.getBreakdowns()) {
			PreparedStatement lines = batch(BUDGET_LINE);
			lines.setLong(1, id);
			lines.setInt(2, pos++);
			lines.setString(3, line.getLabel());
			lines.setString(4, Values.literal(line.getCategory()));
			lines.setString(5, Values.text(line.getInitialBudget()));
			lines.setString(6, Values.text(line.getAdjustedBudget()));
			lines.setString(7, Values.text(line.getExecuted()));
			lines.addBatch();
		}
		pos = 0;
		for (BudgetProject project : budget.getProjects()) {
			PreparedStatement projects = batch(BUDGET_PROJECT);
			projects.setLong(1, id);
			projects.setInt(2, pos++);
			projects.setString(3, project.getName());
			projects.setString(4, Values.literal(project.getExpenditureType()));
			projects.setString(5, project.getModuleId());
			projects.setString(6, Values.text(project.getInitialBudget()));
			projects.setString(7, Values.text(project.getAdjustedBudget()));
			projects.setString(8, Values.text(project.getExecuted()));
			projects.setString(9, project.getCode());
			projects.addBatch();
		}
	}

	private void writeIndicators(long id, Evaluation evaluation) throws SQLException {
		int c = 0;
		for (IndicatorCategory category : evaluation.getCategories()) {
			PreparedStatement categories = batch(CATEGORY);
			categories.setLong(1, id);
			categories.setInt(2, c);
			categories.setString(3, category.getName());
			categories.setString(4, Values.text(category.getWeight()));
			categories.addBatch();
			int s = 0;
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				PreparedStatement subcategories = batch(SUBCATEGORY);
				subcategories.setLong(1, id);
				subcategories.setInt(2, c);
				subcategories.setInt(3, s);
				subcategories.setString(4, subcategory.getName());
				subcategories.setString(5, Values.text(subcategory.getWeight()));
				subcategories.addBatch();
				int i = 0;
				for (Indicator indicator : subcategory.getIndicators()) {
					PreparedStatement indicators = batch(INDICATOR);
					setIndicator(indicators, id, c, s, i, indicator);
					indicators.addBatch();
					ScoreAdjustment adjustment = indicator.getAdjustment();
					if (adjustment != null) {
						PreparedStatement adjustments = batch(ADJUSTMENT);
						adjustments.setLong(1, id);
						adjustments.setInt(2, c);
						adjustments.setInt(3, s);
						adjustments.setInt(4, i);
						adjustments.setString(5, Values.text(adjustment.getScore()));
						adjustments.setString(6, adjustment.getReason());
						adjustments.setString(7, adjustment.getAdjustedBy());
						adjustments.setTimestamp(8, Values.timestamp(adjustment.getAdjustedOn()));
						adjustments.addBatch();
					}
					int d = 0;
					for (IndicatorDetail detail : indicator.getDetails()) {
						PreparedStatement details = batch(DETAIL);
						details.setLong(1, id);
						details.setInt(2, c);
						details.setInt(3, s);
						details.setInt(4, i);
						details.setInt(5, d++);
						details.setString(6, detail.getName());
						details.setString(7, detail.getTargetText());
						details.setString(8, detail.getActualText());
						details.addBatch();
					}
					i++;
				}
				s++;
			}
			c++;
		}
	}

	private static void setIndicator(PreparedStatement insert, long id, int c, int s, int i, Indicator indicator) throws SQLException {
		insert.setLong(1, id);
		insert.setInt(2, c);
		insert.setInt(3, s);
		insert.setInt(4, i);
		insert.setString(5, indicator.getName());
		insert.setString(6, indicator.getModuleId());
		insert.setString(7, Values.literal(indicator.getComparator()));
		insert.setString(8, indicator.getTargetText());
		insert.setString(9, Values.text(indicator.getTargetValue()));
		insert.setString(10, indicator.getTargetUnit());
		insert.setString(11, indicator.getActualText());
		insert.setString(12, Values.text(indicator.getActualValue()));
		insert.setString(13, indicator.getActualUnit());
		insert.setString(14, Values.text(indicator.getWeight()));
		insert.setString(15, Values.text(indicator.getStatedScore()));
		insert.setString(16, indicator.getDeviationReason());
		insert.setString(17, indicator.getImprovementMeasures());
		insert.setBoolean(18, indicator.isCore());
		insert.setString(19, indicator.getEvidence());
		insert.setBoolean(20, indicator.isIllustrative());
		insert.setString(21, Uids.of(indicator));
		insert.setBoolean(22, indicator.isActualByHand());
		insert.setBoolean(23, indicator.isNotApplicable());
		insert.setString(24, indicator.getInitialTargetText());
		insert.setString(25, indicator.isSetTargetBasis() ? Values.literal(indicator.getTargetBasis()) : null);
		insert.setString(26, indicator.getScoringCriterion());
	}

	private void writeNarrative(long id, List<NarrativeSection> narrative) throws SQLException {
		writeSections(id, narrative, null, new int[1]);
	}

	/** Numbers the sections in document order, counting in {@code next[0]}. */
	private void writeSections(long id, List<NarrativeSection> list, Integer parent, int[] next) throws SQLException {
		int pos = 0;
		for (NarrativeSection section : list) {
			int number = next[0]++;
			PreparedStatement sections = batch(SECTION);
			sections.setLong(1, id);
			sections.setInt(2, number);
			if (parent == null) {
				sections.setNull(3, java.sql.Types.INTEGER);
			} else {
				sections.setInt(3, parent);
			}
			sections.setInt(4, pos++);
			sections.setString(5, Values.literal(section.getKind()));
			sections.setString(6, section.getNumber());
			sections.setString(7, section.getTitle());
			sections.setString(8, section.getModuleId());
			sections.addBatch();
			int p = 0;
			for (String paragraph : section.getParagraphs()) {
				PreparedStatement paragraphs = batch(PARAGRAPH);
				paragraphs.setLong(1, id);
				paragraphs.setInt(2, number);
				paragraphs.setInt(3, p++);
				paragraphs.setString(4, paragraph);
				paragraphs.addBatch();
			}
			writeSections(id, section.getSubsections(), number, next);
		}
	}

	/** @return the statement for this insert, marked as having rows to send */
	private PreparedStatement batch(String sql) throws SQLException {
		PreparedStatement statement = statements.get(sql);
		pending.add(sql);
		return statement;
	}

	/** Sends the batches that have rows, one round trip per table, in the order of {@link #INSERTS}. */
	void flush() throws SQLException {
		try {
			for (String sql : INSERTS) {
				if (pending.contains(sql)) {
					statements.get(sql).executeBatch();
				}
			}
		} finally {
			pending.clear();
		}
	}

	/** Forgets rows added but not sent, after a failure. */
	void discard() {
		pending.clear();
		statements.clearBatches();
	}
}
