package org.jixiao.core.value;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable copies of flag sets, in declaration order. */
final class Flags {

	private Flags() {
	}

	static Set<ValueFlag> copy(Collection<ValueFlag> flags) {
		EnumSet<ValueFlag> copy = EnumSet.noneOf(ValueFlag.class);
		copy.addAll(flags);
		return Collections.unmodifiableSet(copy);
	}
}
