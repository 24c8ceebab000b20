package org.jixiao.report.internal;

import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;

/**
 * An object in the application context that completes an opened design before it runs: fonts,
 * the rows of a fixed-form table, the draft mark. {@link BirtReportRenderer} calls it on the
 * design opened for one render only.
 */
public interface DesignPreparer {

	/** The application-context key under which the renderer looks for a preparer. */
	String KEY = "org.jixiao.report.preparer"; //$NON-NLS-1$

	/**
	 * @param design the design opened for this render
	 * @throws SemanticException when the design lacks an element the preparer fills
	 */
	void prepare(ReportDesignHandle design) throws SemanticException;

	/**
	 * Whether every row of the prepared design's tables must stay whole on a page. BIRT's DOCX emitter
	 * drops a row's page-break-inside, so the renderer writes it into the DOCX for such a design.
	 *
	 * @param design the design after {@link #prepare(ReportDesignHandle)}
	 * @return {@code true} when no table row may be split by a page break
	 */
	default boolean keepsRowsWhole(ReportDesignHandle design) {
		return false;
	}
}
