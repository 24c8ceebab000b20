package org.jixiao.report;

import java.io.OutputStream;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Renders the report designs of this bundle. One engine serves the whole application: it is
 * started on first use and stopped when the service goes away. A render given a cancellation check
 * asks it at each page and each data row the engine reaches, and stops there.
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
	default void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out) throws ReportException {
		render(design, parameters, appContext, format, out, () -> false);
	}

	/**
	 * Runs a design with objects in the engine's application context and renders it, until the
	 * cancellation check says to stop.
	 *
	 * @param design the design's file name under {@code reports/}
	 * @param parameters values of the design's report parameters, by name
	 * @param appContext objects the design's scripts read through
	 *            {@code reportContext.getAppContext()}, by key
	 * @param format the output format
	 * @param out where the rendered document is written, whole or, when cancelled, in part; not closed
	 * @param canceled asked during the render, on the rendering thread; {@code true} stops it
	 * @throws ReportException when the design is missing or the engine reports an error
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the render stopped because {@code canceled} said so
	 */
	void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out, BooleanSupplier canceled) throws ReportException;

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
	default Document run(String design, Map<String, ?> parameters, Map<String, ?> appContext) throws ReportException {
		return run(design, parameters, appContext, () -> false);
	}

	/**
	 * Runs a design once into a report document, until the cancellation check says to stop.
	 *
	 * @param design the design's file name under {@code reports/}
	 * @param parameters values of the design's report parameters, by name
	 * @param appContext objects the design's scripts read through
	 *            {@code reportContext.getAppContext()}, by key
	 * @param canceled asked during the run, on the running thread; {@code true} stops it
	 * @return the document; the caller closes it, which deletes it
	 * @throws ReportException when the design is missing or the engine reports an error
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the run stopped because {@code canceled} said so; nothing is
	 *             left of its document
	 */
	Document run(String design, Map<String, ?> parameters, Map<String, ?> appContext, BooleanSupplier canceled)
			throws ReportException;

	/** A design run once ({@link ReportRenderer#run}), rendered to any number of formats until closed. */
	interface Document extends AutoCloseable {

		/**
		 * Renders the document.
		 *
		 * @param format the output format
		 * @param out where the rendered document is written; not closed
		 * @throws ReportException when the engine reports an error
		 */
		default void render(ReportFormat format, OutputStream out) throws ReportException {
			render(format, out, () -> false);
		}

		/**
		 * Renders the document until the cancellation check says to stop.
		 *
		 * @param format the output format
		 * @param out where the rendered document is written, whole or, when cancelled, in part; not closed
		 * @param canceled asked during the render, on the rendering thread; {@code true} stops it
		 * @throws ReportException when the engine reports an error
		 * @throws org.eclipse.core.runtime.OperationCanceledException when the render stopped because {@code canceled} said so
		 */
		void render(ReportFormat format, OutputStream out, BooleanSupplier canceled) throws ReportException;

		/** Closes the document and deletes its file. */
		@Override
		void close();
	}
}
