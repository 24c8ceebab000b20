package org.jixiao.core.evaluation;

import java.math.BigDecimal;

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
}
