package org.jixiao.core.value;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * A figure: comparator, exact number and unit, e.g. {@code ≥30名}, {@code ≤650万元}, {@code 1.6万余件}
 * (16000 件), {@code 第一} (rank 1, {@link Comparator#AT_MOST}).
 *
 * @param text the text as given
 * @param comparator the stated comparator; {@link Comparator#AT_LEAST} for a bare number
 * @param number the number in {@code unit}; 万/亿 multipliers of counts are applied, those of money
 *            units are part of the unit (850万元 is 850 {@link Unit#WAN_YUAN})
 * @param unit the unit, {@link Unit#NONE} when none is written
 * @param flags remarks on the text
 */
public record Quantity(String text, Comparator comparator, BigDecimal number, Unit unit, Set<ValueFlag> flags)
		implements ParsedValue {

	/** Checks the components and copies the flags. */
	public Quantity {
		Objects.requireNonNull(text);
		Objects.requireNonNull(number);
		Objects.requireNonNull(unit);
		if (!comparator.isQuantitative()) {
			throw new IllegalArgumentException(comparator.name());
		}
		flags = Flags.copy(flags);
	}

	/** @return the number in the dimension's base unit, e.g. 8,500,000 for 850万元 */
	public BigDecimal inBaseUnit() {
		return unit.toBase(number);
	}

	/**
	 * Expresses this actual value in the unit of its target. A value without a unit is taken to be in
	 * the target's unit (flag {@link ValueFlag#UNIT_ASSUMED}); a target without a unit takes the value
	 * as it is. Counts in different measure words compare one to one; when one of them is a measure word
	 * read as written (not a known unit), the value is also flagged {@link ValueFlag#UNIT_DIFFERS}.
	 *
	 * @param target the target value
	 * @return this quantity, a converted copy (flag {@link ValueFlag#CONVERTED}), or a
	 *         {@link ParseProblem} with cause {@link ParseProblem.Cause#UNIT_MISMATCH} naming both units
	 */
	public ParseResult alignTo(Quantity target) {
		Unit wanted = target.unit();
		if (unit.equals(wanted) || wanted == Unit.NONE) {
			return this;
		}
		if (unit == Unit.NONE) {
			return new Quantity(text, comparator, number, wanted, with(ValueFlag.UNIT_ASSUMED));
		}
		boolean differs = unit.dimension() == Dimension.COUNT && wanted.dimension() == Dimension.COUNT
				&& (!unit.isKnown() || !wanted.isKnown());
		return unit.convert(number, wanted)
				.<ParseResult> map(converted -> new Quantity(text, comparator, converted, wanted,
						differs ? with(ValueFlag.CONVERTED, ValueFlag.UNIT_DIFFERS) : with(ValueFlag.CONVERTED)))
				.orElseGet(() -> new ParseProblem(text, ParseProblem.Cause.UNIT_MISMATCH,
						NLS.bind(Messages.Quantity_unitMismatch, new Object[] { text, unit.displayName(),
								unit.dimension().label(), wanted.displayName(), wanted.dimension().label() })));
	}

	private Set<ValueFlag> with(ValueFlag... added) {
		EnumSet<ValueFlag> more = EnumSet.copyOf(List.of(added));
		more.addAll(flags);
		return more;
	}
}
