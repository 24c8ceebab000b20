package org.jixiao.store.internal;

import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * Writes the rows of an evaluation below its {@code EVALUATION} row, in the caller's transaction: one
 * insert per table ({@link RowTable}), from the table's {@link RowSource} in an embedded store and as a
 * JDBC batch in a served one.
 */
final class EvaluationWriter {

	/**
	 * The tables below EVALUATION in the reverse of the order a save inserts into them ({@link RowTable}),
	 * children first, so that deleting in this order is always legal.
	 */
	static final List<String> TABLES = Arrays.stream(RowTable.values()).map(RowTable::name).toList().reversed();

	/** Every table a save writes. */
	static final List<String> LOCKED_TABLES = java.util.stream.Stream
			.concat(java.util.stream.Stream.of("EVALUATION", "AUDIT"), TABLES.stream()).toList(); //$NON-NLS-1$ //$NON-NLS-2$

	private final Statements statements;
	private final boolean restricted;
	private final boolean sourced;
	/** The rows added and not yet sent, by table. */
	private final Map<RowTable, List<Object[]>> pending = new EnumMap<>(RowTable.class);
	/** The SQL types of the parameters of each table's batch insert, once asked for. */
	private final Map<RowTable, int[]> types = new EnumMap<>(RowTable.class);

	/**
	 * @param statements the session's statements
	 * @param restricted whether the session may not read whole tables (a restricted role of a served
	 *            store, {@link RowAccess}): it locks them through the owner's procedure
	 * @param sourced whether the rows go to the database through the table functions of
	 *            {@link RowSource}, which only an embedded store's own engine can read; else in JDBC
	 *            batches
	 */
	EvaluationWriter(Statements statements, boolean restricted, boolean sourced) {
		this.statements = statements;
		this.restricted = restricted;
		this.sourced = sourced;
		for (RowTable table : RowTable.values()) {
			pending.put(table, new ArrayList<>());
		}
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
	 * Adds the rows below the evaluation's {@code EVALUATION} row to those to send; {@link #flush()}
	 * sends them. The rows of many evaluations can go in one insert per table.
	 *
	 * @param documents the evaluation's {@link #moduleDocuments(Evaluation)}
	 */
	void addRows(long id, Evaluation evaluation, List<String> documents) {
		Long key = Long.valueOf(id);
		if (evaluation.getKind() != EvaluationKind.DEPARTMENT || evaluation.getProjectName() != null || evaluation.getProjectCode() != null
				|| evaluation.isIllustrative()) {
			add(RowTable.EVALUATION_PROJECT, key, Values.literal(evaluation.getKind()), evaluation.getProjectName(), evaluation.getProjectCode(),
					evaluation.isIllustrative());
		}
		Department department = evaluation.getDepartment();
		if (department != null) {
			add(RowTable.DEPARTMENT, key, department.getName(), department.getCode(), department.getCompetentDepartment(),
					department.getCompetentDepartmentCode());
		}
		Budget budget = evaluation.getBudget();
		if (budget != null) {
			addBudget(key, budget);
		}
		int pos = 0;
		for (Goal goal : evaluation.getGoals()) {
			add(RowTable.GOAL, key, pos++, goal.getNumber(), goal.getExpected(), goal.getAchieved());
		}
		addIndicators(key, evaluation);
		addSections(key, evaluation.getNarrative(), null, new int[1]);
		pos = 0;
		for (ModuleData data : evaluation.getModuleData()) {
			add(RowTable.MODULE_DATA, key, pos, data.getModuleId(), ModuleDataDocuments.nsURI(data), documents.get(pos++));
		}
	}

	private void addBudget(Long id, Budget budget) {
		add(RowTable.BUDGET, id, Values.text(budget.getInitialBudget()), Values.text(budget.getAdjustedBudget()), Values.text(budget.getExecuted()),
				Values.text(budget.getWeight()), budget.getExplanation());
		int pos = 0;
		for (BudgetLine line : budget.getBreakdowns()) {
			add(RowTable.BUDGET_LINE, id, pos++, line.getLabel(), Values.literal(line.getCategory()), Values.text(line.getInitialBudget()),
					Values.text(line.getAdjustedBudget()), Values.text(line.getExecuted()));
		}
		pos = 0;
		for (BudgetProject project : budget.getProjects()) {
			add(RowTable.BUDGET_PROJECT, id, pos++, project.getName(), Values.literal(project.getExpenditureType()), project.getModuleId(),
					Values.text(project.getInitialBudget()), Values.text(project.getAdjustedBudget()), Values.text(project.getExecuted()),
					project.getCode());
		}
	}

	private void addIndicators(Long id, Evaluation evaluation) {
		int c = 0;
		for (IndicatorCategory category : evaluation.getCategories()) {
			add(RowTable.INDICATOR_CATEGORY, id, c, category.getName(), Values.text(category.getWeight()));
			int s = 0;
			for (IndicatorSubcategory subcategory : category.getSubcategories()) {
				add(RowTable.INDICATOR_SUBCATEGORY, id, c, s, subcategory.getName(), Values.text(subcategory.getWeight()));
				int i = 0;
				for (Indicator indicator : subcategory.getIndicators()) {
					addIndicator(id, c, s, i, indicator);
					ScoreAdjustment adjustment = indicator.getAdjustment();
					if (adjustment != null) {
						add(RowTable.SCORE_ADJUSTMENT, id, c, s, i, Values.text(adjustment.getScore()), adjustment.getReason(), adjustment.getAdjustedBy(),
								Values.timestamp(adjustment.getAdjustedOn()));
					}
					int d = 0;
					for (IndicatorDetail detail : indicator.getDetails()) {
						add(RowTable.INDICATOR_DETAIL, id, c, s, i, d++, detail.getName(), detail.getTargetText(), detail.getActualText());
					}
					i++;
				}
				s++;
			}
			c++;
		}
	}

	private void addIndicator(Long id, int c, int s, int i, Indicator indicator) {
		add(RowTable.INDICATOR_ROW, id, c, s, i, indicator.getName(), indicator.getModuleId(), Values.literal(indicator.getComparator()),
				indicator.getTargetText(), Values.text(indicator.getTargetValue()), indicator.getTargetUnit(), indicator.getActualText(),
				Values.text(indicator.getActualValue()), indicator.getActualUnit(), Values.text(indicator.getWeight()),
				Values.text(indicator.getStatedScore()), indicator.getDeviationReason(), indicator.getImprovementMeasures(), indicator.isCore(),
				indicator.getEvidence(), indicator.isIllustrative(), Uids.of(indicator), indicator.isActualByHand(), indicator.isNotApplicable(),
				indicator.getInitialTargetText(), indicator.isSetTargetBasis() ? Values.literal(indicator.getTargetBasis()) : null,
				indicator.getScoringCriterion());
	}

	/** Numbers the sections in document order, counting in {@code next[0]}. */
	private void addSections(Long id, List<NarrativeSection> list, Integer parent, int[] next) {
		int pos = 0;
		for (NarrativeSection section : list) {
			int number = next[0]++;
			add(RowTable.NARRATIVE_SECTION, id, number, parent, pos++, Values.literal(section.getKind()), section.getNumber(), section.getTitle(),
					section.getModuleId());
			int p = 0;
			for (String paragraph : section.getParagraphs()) {
				add(RowTable.NARRATIVE_PARAGRAPH, id, number, p++, paragraph);
			}
			addSections(id, section.getSubsections(), number, next);
		}
	}

	/** Adds a row of the table's {@link RowTable#columns()}, to be sent by {@link #flush()}. */
	private void add(RowTable table, Object... values) {
		if (values.length != table.width()) {
			throw new IllegalArgumentException(table + " has " + table.width() + " columns, not " + values.length); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		pending.get(table).add(values);
	}

	/**
	 * Sends the rows added, in the order of {@link RowTable}: one {@code INSERT … SELECT} from the
	 * table's {@link RowSource} per table where the rows are {@code sourced}, else one JDBC batch per
	 * table (one round trip to a server).
	 */
	void flush() throws SQLException {
		try {
			for (Map.Entry<RowTable, List<Object[]>> entry : pending.entrySet()) {
				List<Object[]> rows = entry.getValue();
				if (rows.isEmpty()) {
					continue;
				}
				if (sourced) {
					RowSource.insert(statements, entry.getKey(), rows);
				} else {
					sendBatch(entry.getKey(), rows);
				}
			}
		} finally {
			pending.values().forEach(List::clear);
		}
	}

	private void sendBatch(RowTable table, List<Object[]> rows) throws SQLException {
		PreparedStatement insert = statements.get(table.insertValues());
		int[] sqlTypes = types.get(table);
		if (sqlTypes == null) {
			ParameterMetaData parameters = insert.getParameterMetaData();
			sqlTypes = new int[table.width()];
			for (int i = 0; i < sqlTypes.length; i++) {
				sqlTypes[i] = parameters.getParameterType(i + 1);
			}
			types.put(table, sqlTypes);
		}
		for (Object[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				if (row[i] == null) {
					insert.setNull(i + 1, sqlTypes[i]);
				} else {
					insert.setObject(i + 1, row[i]);
				}
			}
			insert.addBatch();
		}
		insert.executeBatch();
	}

	/** Forgets rows added but not sent, after a failure. */
	void discard() {
		pending.values().forEach(List::clear);
		statements.clearBatches();
	}
}
