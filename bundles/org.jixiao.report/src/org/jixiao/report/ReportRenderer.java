package org.jixiao.report;

import java.io.OutputStream;
import java.util.Map;

/**
 * Renders the report designs of this bundle. One engine serves the whole application: it is
 * started on first use and stopped when the service goes away.
 */
public interface ReportRenderer {

	/**
	 * Runs a design and renders it.
	 *
	 * @param design the design's file name under {@code reports/}, e.g. {@code stack-check.rptdesign}
	 * @param parameters values of the design's report parameters, by name
	 * @param format the output format
	 * @param out where the rendered document is written; not closed
	 * @throws ReportException when the design is missing or the engine reports an error
	 */
	default void render(String design, Map<String, ?> parameters, ReportFormat format, OutputStream out)
			throws ReportException {
		render(design, parameters, Map.of(), format, out);
	}

	/**
	 * Runs a design with objects in the engine's application context (where scripted data sets
	 * find their rows) and renders it.
	 *
	 * @param design the design's file name under {@code reports/}
	 * @param parameters values of the design's report parameters, by name
	 * @param appContext objects the design's scripts read through
	 *            {@code reportContext.getAppContext()}, by key
	 * @param format the output format
	 * @param out where the rendered document is written; not closed
	 * @throws ReportException when the design is missing or the engine reports an error
	 */
	void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out) throws ReportException;

	/**
	 * Runs a design once into a report document, to be rendered to several formats without running its
	 * data sets and scripts again.
	 *
	 * @param design the design's file name under {@code reports/}
	 * @param parameters values of the design's report parameters, by name
	 * @param appContext objects the design's scripts read through
	 *            {@code reportContext.getAppContext()}, by key
	 * @return the document; the caller closes it, which deletes it
	 * @throws ReportException when the design is missing or the engine reports an error
	 */
	Document run(String design, Map<String, ?> parameters, Map<String, ?> appContext) throws ReportException;

	/** A design run once ({@link ReportRenderer#run}), rendered to any number of formats until closed. */
	interface Document extends AutoCloseable {

		/**
		 * Renders the document.
		 *
		 * @param format the output format
		 * @param out where the rendered document is written; not closed
		 * @throws ReportException when the engine reports an error
		 */
		void render(ReportFormat format, OutputStream out) throws ReportException;

		/** Closes the document and deletes its file. */
		@Override
		void close();
	}
}
