package org.jixiao.core.scoring;

/** The self-evaluation grade (自评等级) of a total score. */
public enum Grade {
	/** 优. */
	EXCELLENT("excellent"), //$NON-NLS-1$
	/** 良. */
	GOOD("good"), //$NON-NLS-1$
	/** 中. */
	FAIR("fair"), //$NON-NLS-1$
	/** 差. */
	POOR("poor"); //$NON-NLS-1$

	private final String id;

	Grade(String id) {
		this.id = id;
	}

	/** @return the name used in rule set files */
	public String id() {
		return id;
	}

	/** @return the grade's term in the official table, whatever the language: 优, 良, 中 or 差 */
	public String officialTerm() {
		return switch (this) {
			case EXCELLENT -> "优"; //$NON-NLS-1$
			case GOOD -> "良"; //$NON-NLS-1$
			case FAIR -> "中"; //$NON-NLS-1$
			case POOR -> "差"; //$NON-NLS-1$
		};
	}

	/** @return the translated label: 优, 良, 中, 差 in Chinese */
	public String label() {
		return switch (this) {
			case EXCELLENT -> Messages.Grade_excellent;
			case GOOD -> Messages.Grade_good;
			case FAIR -> Messages.Grade_fair;
			case POOR -> Messages.Grade_poor;
		};
	}
}
