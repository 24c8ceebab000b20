package org.jixiao.core.value;

import org.eclipse.osgi.util.NLS;

/** Translated texts of the value package. */
final class Messages extends NLS {

	private static final String BUNDLE_NAME = "org.jixiao.core.value.messages"; //$NON-NLS-1$

	public static String Dimension_area;
	public static String Dimension_count;
	public static String Dimension_date;
	public static String Dimension_days;
	public static String Dimension_length;
	public static String Dimension_money;
	public static String Dimension_months;
	public static String Dimension_none;
	public static String Dimension_percent;
	public static String Dimension_rate;
	public static String Dimension_weight;
	public static String Quantity_unitMismatch;
	public static String ValueParser_conflictingComparators;
	public static String ValueParser_empty;
	public static String ValueParser_invalidDate;
	public static String ValueParser_missingNumber;
	public static String ValueParser_notANumber;
	public static String ValueParser_range;
	public static String ValueParser_unexpectedText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
