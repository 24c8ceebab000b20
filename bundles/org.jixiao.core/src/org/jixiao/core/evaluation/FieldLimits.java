package org.jixiao.core.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.jixiao.model.evaluation.Department;
import org.jixiao.model.evaluation.Evaluation;
import org.jixiao.model.evaluation.ModuleData;

/**
 * The largest values an evaluation's fields may hold, agreed with the store's columns, so that a value
 * that cannot be stored is refused where it is entered or imported, naming its cell or field, instead
 * of failing the save. Texts are counted in UTF-16 chars, as Derby's VARCHAR counts them.
 * Paragraphs (偏差原因分析, 改进措施, goals, the narrative) have no limit: the store keeps them as CLOBs.
 */
public final class FieldLimits {

	/** Amounts are kept in yuan to the fen and must fit a DECIMAL(31,2): at most 29 digits before the point. */
	public static final int AMOUNT_INTEGER_DIGITS = 29;
	/** No weight (分值) or score exceeds the total of 100. */
	public static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
	/** Department names: long enough for any real name, short enough for a file name. */
	public static final int DEPARTMENT_NAME_LENGTH = 100;
	/** Names of indicators, groups and budget lines, the competent department and the preparer. */
	public static final int NAME_LENGTH = 1000;
	/** 年度指标值 and 实际完成值 texts. */
	public static final int VALUE_TEXT_LENGTH = 4000;

	/** The store keeps the department's name in 400 chars; an import cuts it to {@link #DEPARTMENT_NAME_LENGTH}. */
	private static final int DEPARTMENT_COLUMN_LENGTH = 400;
	/** Ids, codes, units, numbers and user names. */
	public static final int SHORT_TEXT_LENGTH = 200;
	/** Decimals are kept as their text. */
	private static final int DECIMAL_TEXT_LENGTH = 64;
	/** The text attributes with a limit other than {@link #NAME_LENGTH}, by name; 0 for none (a CLOB, or not stored). */
	private static final Map<String, Integer> TEXT_LIMITS = Map.ofEntries(Map.entry("targetText", VALUE_TEXT_LENGTH), //$NON-NLS-1$
			Map.entry("actualText", VALUE_TEXT_LENGTH), Map.entry("title", VALUE_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("moduleId", SHORT_TEXT_LENGTH), Map.entry("ruleSetId", SHORT_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("targetUnit", SHORT_TEXT_LENGTH), Map.entry("actualUnit", SHORT_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("number", SHORT_TEXT_LENGTH), Map.entry("adjustedBy", SHORT_TEXT_LENGTH), Map.entry("code", SHORT_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("projectCode", SHORT_TEXT_LENGTH), Map.entry("competentDepartmentCode", SHORT_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("formatId", SHORT_TEXT_LENGTH), Map.entry("initialTargetText", VALUE_TEXT_LENGTH), //$NON-NLS-1$ //$NON-NLS-2$
			Map.entry("scoringCriterion", VALUE_TEXT_LENGTH), //$NON-NLS-1$
			Map.entry("deviationReason", 0), Map.entry("improvementMeasures", 0), Map.entry("evidence", 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("explanation", 0), Map.entry("expected", 0), Map.entry("achieved", 0), Map.entry("reason", 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			Map.entry("paragraphs", 0), Map.entry("scoreExplanation", 0), Map.entry("content", 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Map.entry("uid", DECIMAL_TEXT_LENGTH)); //$NON-NLS-1$

	private static final BigDecimal AMOUNT_BOUND = BigDecimal.TEN.pow(AMOUNT_INTEGER_DIGITS);

	private FieldLimits() {
	}

	/**
	 * @param amount an amount in yuan
	 * @return whether it has at most {@value #AMOUNT_INTEGER_DIGITS} digits before the point
	 */
	public static boolean isStorableAmount(BigDecimal amount) {
		return amount.abs().compareTo(AMOUNT_BOUND) < 0;
	}

	/**
	 * Every value of an evaluation the store cannot keep: a text longer than its column, a decimal
	 * whose text is too long. An evaluation read from a file (XMI) is checked with this before it is
	 * stored, so that such a value is refused naming its place, not by the database.
	 *
	 * @param evaluation the evaluation
	 * @return one translated message per value, naming its row and field; empty when all can be kept
	 */
	public static List<String> unstorable(Evaluation evaluation) {
		List<String> problems = new ArrayList<>();
		check(evaluation, problems);
		for (TreeIterator<EObject> all = evaluation.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			check(object, problems);
			if (object instanceof ModuleData) {
				all.prune(); // a module's ledgers are kept as one document, without limits of their own
			}
		}
		return problems;
	}

	private static void check(EObject object, List<String> problems) {
		for (EAttribute attribute : object.eClass().getEAllAttributes()) {
			if (attribute.isMany() || attribute.isTransient() || attribute.isDerived() || !object.eIsSet(attribute)) {
				continue;
			}
			Object value = object.eGet(attribute);
			int limit;
			int length;
			if (value instanceof String text) {
				limit = object instanceof Department && "name".equals(attribute.getName()) //$NON-NLS-1$
						? DEPARTMENT_COLUMN_LENGTH : TEXT_LIMITS.getOrDefault(attribute.getName(), NAME_LENGTH);
				length = text.length();
			} else if (value instanceof BigDecimal decimal) {
				limit = DECIMAL_TEXT_LENGTH;
				length = decimal.toString().length();
			} else {
				continue;
			}
			if (limit > 0 && length > limit) {
				problems.add(NLS.bind(Messages.FieldLimits_tooLong, new Object[] { RowPaths.of(object), attribute.getName(), length, limit }));
			}
		}
	}
}
