package org.jixiao.store.internal;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jixiao.core.ledger.ModuleDataDocuments;
import org.jixiao.model.evaluation.Budget;
import org.jixiao.model.evaluation.BudgetCategory;
import org.jixiao.model.evaluation.BudgetLine;
import org.jixiao.model.evaluation.BudgetProject;
import org.jixiao.model.evaluation.Comparator;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.EvaluationFactory;
import org.jixiao.model.evaluation.EvaluationKind;
import org.jixiao.model.evaluation.EvaluationStatus;
import org.jixiao.model.evaluation.ExpenditureType;
import org.jixiao.model.evaluation.Goal;
import org.jixiao.model.evaluation.Grade;
import org.jixiao.model.evaluation.Indicator;
import org.jixiao.model.evaluation.IndicatorCategory;
import org.jixiao.model.evaluation.IndicatorDetail;
import org.jixiao.model.evaluation.IndicatorSubcategory;
import org.jixiao.model.evaluation.MoneyUnit;
import org.jixiao.model.evaluation.NarrativeSection;
import org.jixiao.model.evaluation.ScoreAdjustment;
import org.jixiao.model.evaluation.SectionKind;
import org.jixiao.model.evaluation.TargetBasis;

/** Reads an evaluation back from its rows: one indexed query per table, in the caller's transaction. */
final class EvaluationReader {

	private static final EvaluationFactory FACTORY = EvaluationFactory.eINSTANCE;

	private final Statements statements;
	private final UnaryOperator<String> tables;

	/**
	 * @param statements the session's statements
	 * @param tables the name to read each table by in this session ({@link DerbyEvaluationStore#readable})
	 */
	EvaluationReader(Statements statements, UnaryOperator<String> tables) {
		this.statements = statements;
		this.tables = tables;
	}

	/** @return the evaluation, or {@code null} when there is none with this id */
	Evaluation read(long id) throws SQLException {
		Evaluation evaluation;
		try (ResultSet row = query(id, "SELECT FISCAL_YEAR, MONEY_UNIT, RULE_SET_ID, STATUS, PREPARER, PREPARED_ON, FINALIZED_ON, " //$NON-NLS-1$
				+ "TOTAL_SCORE, GRADE, FORMAT_ID FROM " + tables.apply("EVALUATION") + " WHERE ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!row.next()) {
				return null;
			}
			evaluation = FACTORY.createEvaluation();
			evaluation.setFiscalYear(row.getInt(1));
			String unit = row.getString(2);
			if (unit != null) {
				evaluation.setMoneyUnit(MoneyUnit.get(unit));
			}
			setIfPresent(row.getString(3), evaluation::setRuleSetId);
			String status = row.getString(4);
			if (status != null) {
				evaluation.setStatus(EvaluationStatus.get(status));
			}
			setIfPresent(row.getString(5), evaluation::setPreparer);
			setIfPresent(Values.date(row.getTimestamp(6)), evaluation::setPreparedOn);
			setIfPresent(Values.date(row.getTimestamp(7)), evaluation::setFinalizedOn);
			BigDecimal total = row.getBigDecimal(8);
			if (total != null) {
				evaluation.setTotalScore(total);
			}
			String grade = row.getString(9);
			if (grade != null) {
				evaluation.setGrade(Grade.get(grade));
			}
			setIfPresent(row.getString(10), evaluation::setFormatId);
		}
		try (ResultSet row = query(id, "SELECT KIND, PROJECT_NAME, PROJECT_CODE, ILLUSTRATIVE FROM " + tables.apply("EVALUATION_PROJECT") //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE EVALUATION_ID = ?")) { //$NON-NLS-1$
			if (row.next()) {
				evaluation.setKind(EvaluationKind.get(row.getString(1)));
				setIfPresent(row.getString(2), evaluation::setProjectName);
				setIfPresent(row.getString(3), evaluation::setProjectCode);
				evaluation.setIllustrative(row.getBoolean(4));
			}
		}
		try (ResultSet row = query(id, "SELECT NAME, CODE, COMPETENT_DEPARTMENT, COMPETENT_DEPARTMENT_CODE FROM " + tables.apply("DEPARTMENT") //$NON-NLS-1$ //$NON-NLS-2$
				+ " WHERE EVALUATION_ID = ?")) { //$NON-NLS-1$
			if (row.next()) {
				Department department = FACTORY.createDepartment();
				setIfPresent(row.getString(1), department::setName);
				setIfPresent(row.getString(2), department::setCode);
				setIfPresent(row.getString(3), department::setCompetentDepartment);
				setIfPresent(row.getString(4), department::setCompetentDepartmentCode);
				evaluation.setDepartment(department);
			}
		}
		readBudget(id, evaluation);
		try (ResultSet row = query(id, "SELECT NUMBER, EXPECTED, ACHIEVED FROM " + tables.apply("GOAL") + " WHERE EVALUATION_ID = ? ORDER BY POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				Goal goal = FACTORY.createGoal();
				goal.setNumber(row.getInt(1));
				setIfPresent(row.getString(2), goal::setExpected);
				setIfPresent(row.getString(3), goal::setAchieved);
				evaluation.getGoals().add(goal);
			}
		}
		readIndicators(id, evaluation);
		try (ResultSet row = query(id, "SELECT MODULE_ID, NS_URI, CONTENT FROM " + tables.apply("MODULE_DATA") + " WHERE EVALUATION_ID = ? ORDER BY POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				evaluation.getModuleData().add(ModuleDataDocuments.read(row.getString(1), row.getString(2), row.getString(3)));
			}
		}
		readNarrative(id, evaluation);
		return evaluation;
	}

	private void readBudget(long id, Evaluation evaluation) throws SQLException {
		Budget budget;
		try (ResultSet row = query(id,
				"SELECT INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED, WEIGHT, EXPLANATION FROM " + tables.apply("BUDGET") + " WHERE EVALUATION_ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!row.next()) {
				return;
			}
			budget = FACTORY.createBudget();
			setIfPresent(Values.decimal(row.getString(1)), budget::setInitialBudget);
			setIfPresent(Values.decimal(row.getString(2)), budget::setAdjustedBudget);
			setIfPresent(Values.decimal(row.getString(3)), budget::setExecuted);
			setIfPresent(Values.decimal(row.getString(4)), budget::setWeight);
			setIfPresent(row.getString(5), budget::setExplanation);
			evaluation.setBudget(budget);
		}
		try (ResultSet row = query(id, "SELECT LABEL, CATEGORY, INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED FROM " + tables.apply("BUDGET_LINE") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "WHERE EVALUATION_ID = ? ORDER BY POS")) { //$NON-NLS-1$
			while (row.next()) {
				BudgetLine line = FACTORY.createBudgetLine();
				setIfPresent(row.getString(1), line::setLabel);
				String category = row.getString(2);
				if (category != null) {
					line.setCategory(BudgetCategory.get(category));
				}
				setIfPresent(Values.decimal(row.getString(3)), line::setInitialBudget);
				setIfPresent(Values.decimal(row.getString(4)), line::setAdjustedBudget);
				setIfPresent(Values.decimal(row.getString(5)), line::setExecuted);
				budget.getBreakdowns().add(line);
			}
		}
		try (ResultSet row = query(id, "SELECT NAME, EXPENDITURE_TYPE, MODULE_ID, INITIAL_BUDGET, ADJUSTED_BUDGET, EXECUTED, CODE " //$NON-NLS-1$
				+ "FROM " + tables.apply("BUDGET_PROJECT") + " WHERE EVALUATION_ID = ? ORDER BY POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				BudgetProject project = FACTORY.createBudgetProject();
				setIfPresent(row.getString(1), project::setName);
				String type = row.getString(2);
				if (type != null) {
					project.setExpenditureType(ExpenditureType.get(type));
				}
				setIfPresent(row.getString(3), project::setModuleId);
				setIfPresent(Values.decimal(row.getString(4)), project::setInitialBudget);
				setIfPresent(Values.decimal(row.getString(5)), project::setAdjustedBudget);
				setIfPresent(Values.decimal(row.getString(6)), project::setExecuted);
				setIfPresent(row.getString(7), project::setCode);
				budget.getProjects().add(project);
			}
		}
	}

	private void readIndicators(long id, Evaluation evaluation) throws SQLException {
		List<IndicatorCategory> categories = evaluation.getCategories();
		try (ResultSet row = query(id, "SELECT NAME, WEIGHT FROM " + tables.apply("INDICATOR_CATEGORY") + " WHERE EVALUATION_ID = ? ORDER BY POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				IndicatorCategory category = FACTORY.createIndicatorCategory();
				setIfPresent(row.getString(1), category::setName);
				setIfPresent(Values.decimal(row.getString(2)), category::setWeight);
				categories.add(category);
			}
		}
		try (ResultSet row = query(id, "SELECT CATEGORY_POS, NAME, WEIGHT FROM " + tables.apply("INDICATOR_SUBCATEGORY") + " WHERE EVALUATION_ID = ? " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "ORDER BY CATEGORY_POS, POS")) { //$NON-NLS-1$
			while (row.next()) {
				IndicatorSubcategory subcategory = FACTORY.createIndicatorSubcategory();
				setIfPresent(row.getString(2), subcategory::setName);
				setIfPresent(Values.decimal(row.getString(3)), subcategory::setWeight);
				categories.get(row.getInt(1)).getSubcategories().add(subcategory);
			}
		}
		List<List<List<Indicator>>> byPosition = new ArrayList<>();
		try (ResultSet row = query(id, "SELECT CATEGORY_POS, SUBCATEGORY_POS, NAME, MODULE_ID, COMPARATOR, TARGET_TEXT, TARGET_VALUE, " //$NON-NLS-1$
				+ "TARGET_UNIT, ACTUAL_TEXT, ACTUAL_VALUE, ACTUAL_UNIT, WEIGHT, STATED_SCORE, DEVIATION_REASON, IMPROVEMENT_MEASURES, " //$NON-NLS-1$
				+ "CORE, EVIDENCE, ILLUSTRATIVE, ROW_UID, ACTUAL_BY_HAND, NOT_APPLICABLE, INITIAL_TARGET_TEXT, TARGET_BASIS, SCORING_CRITERION FROM " + tables.apply("INDICATOR_ROW") + " WHERE EVALUATION_ID = ? ORDER BY CATEGORY_POS, SUBCATEGORY_POS, POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				Indicator indicator = FACTORY.createIndicator();
				setIfPresent(row.getString(3), indicator::setName);
				setIfPresent(row.getString(4), indicator::setModuleId);
				String comparator = row.getString(5);
				if (comparator != null) {
					indicator.setComparator(Comparator.get(comparator));
				}
				setIfPresent(row.getString(6), indicator::setTargetText);
				setIfPresent(Values.decimal(row.getString(7)), indicator::setTargetValue);
				setIfPresent(row.getString(8), indicator::setTargetUnit);
				setIfPresent(row.getString(9), indicator::setActualText);
				setIfPresent(Values.decimal(row.getString(10)), indicator::setActualValue);
				setIfPresent(row.getString(11), indicator::setActualUnit);
				setIfPresent(Values.decimal(row.getString(12)), indicator::setWeight);
				setIfPresent(Values.decimal(row.getString(13)), indicator::setStatedScore);
				setIfPresent(row.getString(14), indicator::setDeviationReason);
				setIfPresent(row.getString(15), indicator::setImprovementMeasures);
				indicator.setCore(row.getBoolean(16));
				setIfPresent(row.getString(17), indicator::setEvidence);
				indicator.setIllustrative(row.getBoolean(18));
				setIfPresent(row.getString(19), indicator::setUid);
				indicator.setActualByHand(row.getBoolean(20));
				indicator.setNotApplicable(row.getBoolean(21));
				setIfPresent(row.getString(22), indicator::setInitialTargetText);
				String basis = row.getString(23);
				if (basis != null) {
					indicator.setTargetBasis(TargetBasis.get(basis));
				}
				setIfPresent(row.getString(24), indicator::setScoringCriterion);
				int c = row.getInt(1);
				int s = row.getInt(2);
				categories.get(c).getSubcategories().get(s).getIndicators().add(indicator);
				while (byPosition.size() <= c) {
					byPosition.add(new ArrayList<>());
				}
				List<List<Indicator>> subcategories = byPosition.get(c);
				while (subcategories.size() <= s) {
					subcategories.add(new ArrayList<>());
				}
				subcategories.get(s).add(indicator);
			}
		}
		try (ResultSet row = query(id, "SELECT CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, SCORE, REASON, ADJUSTED_BY, ADJUSTED_ON " //$NON-NLS-1$
				+ "FROM " + tables.apply("SCORE_ADJUSTMENT") + " WHERE EVALUATION_ID = ?")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				ScoreAdjustment adjustment = FACTORY.createScoreAdjustment();
				setIfPresent(Values.decimal(row.getString(4)), adjustment::setScore);
				setIfPresent(row.getString(5), adjustment::setReason);
				setIfPresent(row.getString(6), adjustment::setAdjustedBy);
				setIfPresent(Values.date(row.getTimestamp(7)), adjustment::setAdjustedOn);
				byPosition.get(row.getInt(1)).get(row.getInt(2)).get(row.getInt(3)).setAdjustment(adjustment);
			}
		}
		try (ResultSet row = query(id, "SELECT CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, NAME, TARGET_TEXT, ACTUAL_TEXT " //$NON-NLS-1$
				+ "FROM " + tables.apply("INDICATOR_DETAIL") + " WHERE EVALUATION_ID = ? ORDER BY CATEGORY_POS, SUBCATEGORY_POS, INDICATOR_POS, POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				IndicatorDetail detail = FACTORY.createIndicatorDetail();
				setIfPresent(row.getString(4), detail::setName);
				setIfPresent(row.getString(5), detail::setTargetText);
				setIfPresent(row.getString(6), detail::setActualText);
				byPosition.get(row.getInt(1)).get(row.getInt(2)).get(row.getInt(3)).getDetails().add(detail);
			}
		}
	}

	private void readNarrative(long id, Evaluation evaluation) throws SQLException {
		List<NarrativeSection> sections = new ArrayList<>();
		try (ResultSet row = query(id, "SELECT SECTION_NO, PARENT_NO, KIND, NUMBER, TITLE, MODULE_ID FROM " + tables.apply("NARRATIVE_SECTION") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "WHERE EVALUATION_ID = ? ORDER BY SECTION_NO")) { //$NON-NLS-1$
			while (row.next()) {
				NarrativeSection section = FACTORY.createNarrativeSection();
				String kind = row.getString(3);
				if (kind != null) {
					section.setKind(SectionKind.get(kind));
				}
				setIfPresent(row.getString(4), section::setNumber);
				setIfPresent(row.getString(5), section::setTitle);
				setIfPresent(row.getString(6), section::setModuleId);
				sections.add(section);
				int parent = row.getInt(2);
				if (row.wasNull()) {
					evaluation.getNarrative().add(section);
				} else {
					sections.get(parent).getSubsections().add(section);
				}
			}
		}
		if (sections.isEmpty()) {
			return;
		}
		try (ResultSet row = query(id, "SELECT SECTION_NO, TEXT FROM " + tables.apply("NARRATIVE_PARAGRAPH") + " WHERE EVALUATION_ID = ? ORDER BY SECTION_NO, POS")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			while (row.next()) {
				sections.get(row.getInt(1)).getParagraphs().add(row.getString(2));
			}
		}
	}

	private ResultSet query(long id, String sql) throws SQLException {
		PreparedStatement statement = statements.get(sql);
		statement.setLong(1, id);
		return statement.executeQuery();
	}

	private static <T> void setIfPresent(T value, java.util.function.Consumer<T> setter) {
		if (value != null) {
			setter.accept(value);
		}
	}
}
