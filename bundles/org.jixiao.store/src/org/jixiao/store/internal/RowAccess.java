package org.jixiao.store.internal;

/**
 * Restricts a served database's rows to the evaluations of each account: the views a
 * {@link org.jixiao.store.Role#FILLER} or {@link org.jixiao.store.Role#SUPERVISOR} reads through
 * and the triggers that refuse every other write.
 */
final class RowAccess {

	/** The schema of the views that show a session only the rows of its own evaluations. */
	static final String VIEWS = "VISIBLE"; //$NON-NLS-1$

	private RowAccess() {
	}
}
