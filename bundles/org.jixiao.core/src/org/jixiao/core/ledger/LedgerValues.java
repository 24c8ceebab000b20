package org.jixiao.core.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.osgi.util.NLS;
import org.jixiao.core.value.ValueParser;

/**
 * The values of ledger fields as people write them, in a table cell or a spreadsheet: texts, whole
 * numbers, decimals (全角 digits and thousands separators allowed), yes/no (是/否, √, ✓, ×, true/false),
 * dates (2023-05-06, 2023/5/6, 2023.5.6, 2023年5月6日, or a date cell) and enum literals (by their
 * literal, name or label).
 */
public final class LedgerValues {

	private static final Set<String> YES = Set.of("是", "有", "已", "√", "✓", "✔", "y", "yes", "true", "1", "是的"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$
	private static final Set<String> NO = Set.of("否", "无", "未", "×", "✗", "n", "no", "false", "0", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"); //$NON-NLS-1$
	private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	private LedgerValues() {
	}

	/**
	 * @param attribute a field of a ledger entry
	 * @param text what was written, possibly blank
	 * @return the value; {@code null} for a blank cell (false for yes/no)
	 * @throws IllegalArgumentException with a message for people when the text is no value of the field
	 */
	public static Object parse(EAttribute attribute, String text) {
		String plain = text == null ? "" : text.strip(); //$NON-NLS-1$
		EDataType type = attribute.getEAttributeType();
		Class<?> instance = type.getInstanceClass();
		if (type instanceof EEnum eEnum) {
			if (plain.isEmpty()) {
				return null;
			}
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				if (plain.equals(literal.getLiteral()) || plain.equalsIgnoreCase(literal.getName())
						|| plain.equals(ModuleLedgers.label(literal, Locale.CHINESE)) || plain.equalsIgnoreCase(ModuleLedgers.label(literal, Locale.ENGLISH))) {
					return literal.getInstance();
				}
			}
			throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_notAChoice, plain, choices(eEnum)));
		}
		if (instance == String.class) {
			return plain.isEmpty() ? null : plain;
		}
		if (instance == boolean.class || instance == Boolean.class) {
			String lower = plain.toLowerCase(Locale.ROOT);
			if (YES.contains(lower)) {
				return Boolean.TRUE;
			}
			if (NO.contains(lower)) {
				return Boolean.FALSE;
			}
			throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_notYesNo, plain));
		}
		if (plain.isEmpty()) {
			return instance != null && instance.isPrimitive() ? defaultOf(instance) : null;
		}
		if (instance == Date.class) {
			return date(plain);
		}
		String number = ValueParser.normalize(plain).replace(",", ""); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			if (instance == BigDecimal.class) {
				return new BigDecimal(number);
			}
			if (instance == int.class || instance == Integer.class) {
				return Integer.valueOf(new BigDecimal(number).intValueExact());
			}
			if (instance == long.class || instance == Long.class) {
				return Long.valueOf(new BigDecimal(number).longValueExact());
			}
			if (instance == double.class || instance == Double.class) {
				return Double.valueOf(number);
			}
		} catch (NumberFormatException | ArithmeticException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_notANumber, plain), e);
		}
		throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_unsupported, attribute.getName()));
	}

	/**
	 * @param attribute a field of a ledger entry
	 * @param value its value
	 * @return the value as {@link #parse} reads it back: dates as 2023-05-06, yes/no as 是/否 (Yes/No in
	 *         English), enum literals by their label
	 */
	public static String format(EAttribute attribute, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Boolean bool) {
			return bool ? Messages.LedgerValues_yes : Messages.LedgerValues_no;
		}
		if (value instanceof Date date) {
			return ISO.format(date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Enumerator literal && attribute.getEAttributeType() instanceof EEnum eEnum) {
			EEnumLiteral eLiteral = eEnum.getEEnumLiteral(literal.getValue());
			return eLiteral == null ? literal.getLiteral() : ModuleLedgers.label(eLiteral);
		}
		return value.toString();
	}

	/**
	 * @param date a day
	 * @return the day as a date at its start, in this machine's time zone
	 */
	public static Date date(LocalDate date) {
		return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

	private static Date date(String text) {
		Matcher matcher = DATE.matcher(text);
		if (matcher.matches()) {
			try {
				return date(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
			} catch (java.time.DateTimeException e) {
				throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_notADate, text), e);
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.LedgerValues_notADate, text));
	}

	private static Object defaultOf(Class<?> primitive) {
		return primitive == int.class ? Integer.valueOf(0) : primitive == long.class ? Long.valueOf(0) : Double.valueOf(0);
	}

	private static String choices(EEnum eEnum) {
		return String.join(Messages.LedgerValues_choiceSeparator, eEnum.getELiterals().stream().map(ModuleLedgers::label).toList());
	}
}
