package org.jixiao.core.scoring;

/** How a reverse indicator (≤, &lt;) scores when the actual B exceeds the target A. */
public enum ReverseFormula {
	/** w × (1 − (B − A) / A), 0 when B ≥ 2A ({@code mof-2020}). */
	LINEAR("linear"), //$NON-NLS-1$
	/** w × A / B ({@code transfer-2020}). */
	RATIO("ratio"); //$NON-NLS-1$

	private final String id;

	ReverseFormula(String id) {
		this.id = id;
	}

	/** @return the name used in rule set files */
	public String id() {
		return id;
	}
}
