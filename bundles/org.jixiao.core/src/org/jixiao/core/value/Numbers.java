package org.jixiao.core.value;

import java.math.BigDecimal;

/** Small exact-number helpers shared by the value classes. */
final class Numbers {

	private Numbers() {
	}

	/** Drops trailing zeros without switching to exponent notation: 16000.0 → 16000, 1.50 → 1.5. */
	static BigDecimal tidy(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}
}
