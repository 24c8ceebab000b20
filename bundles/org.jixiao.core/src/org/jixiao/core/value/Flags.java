package org.jixiao.core.value;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable copies of flag sets, in declaration order. */
final class Flags {

	private Flags() {
	}

	private static final Set<ValueFlag> NONE = Collections.unmodifiableSet(EnumSet.noneOf(ValueFlag.class));

	/** @return an unmodifiable copy; one shared instance for all empty sets */
	static Set<ValueFlag> copy(Collection<ValueFlag> flags) {
		if (flags.isEmpty()) {
			return NONE;
		}
		EnumSet<ValueFlag> copy = EnumSet.noneOf(ValueFlag.class);
		copy.addAll(flags);
		return Collections.unmodifiableSet(copy);
	}
}
