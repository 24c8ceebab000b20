package org.jixiao.core.value;

/** Remarks on how a value was written or derived. */
public enum ValueFlag {
	/** The text gives a rounded figure: 余, 多, 约, 近, 左右, 上下 (300余篇 means 300). */
	APPROXIMATE,
	/** The number was written in Chinese numerals (三十, 千余). */
	CHINESE_NUMERAL,
	/** The value is a place in a ranking (第一, 位列园区首位, 前列). */
	RANK,
	/** The value was converted from another unit of its dimension. */
	CONVERTED,
	/** The value had no unit and was taken to be in the unit it was compared with. */
	UNIT_ASSUMED,
	/**
	 * The value counts in another measure word than the one it was compared with, at least one of them
	 * not a known unit (只 against 头): the two were taken one to one.
	 */
	UNIT_DIFFERS
}
