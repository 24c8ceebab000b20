package org.jixiao.report.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jixiao.report.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The application's report renderer, and the poppler tools that read the PDFs back. */
final class Renderers {

	private static ReportRenderer renderer;

	private Renderers() {
	}

	/** @return the DS report renderer, waiting for it to come up */
	static synchronized ReportRenderer renderer() throws InterruptedException {
		if (renderer == null) {
			BundleContext context = FrameworkUtil.getBundle(Renderers.class).getBundleContext();
			ServiceTracker<ReportRenderer, ReportRenderer> tracker = new ServiceTracker<>(context, ReportRenderer.class, null);
			tracker.open();
			renderer = tracker.waitForService(60_000);
			if (renderer == null) {
				throw new IllegalStateException("no ReportRenderer service");
			}
		}
		return renderer;
	}

	/** @return the output of a command such as {@code pdftotext FILE -} */
	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new IOException(String.join(" ", command) + " failed: " + new String(output, StandardCharsets.UTF_8));
		}
		return new String(output, StandardCharsets.UTF_8);
	}

	/**
	 * @return the PDF's text in the order it was drawn (each table cell whole) with all white space
	 *         removed, so that lines wrapped in a cell still match
	 */
	static String pdfText(Path pdf) throws IOException, InterruptedException {
		return run("pdftotext", "-raw", "-enc", "UTF-8", pdf.toString(), "-").replaceAll("\\s+", "");
	}

	/**
	 * @return the text of a portrait A4 PDF's type area (GB/T 9704: 37 mm from the top, 35 mm from the
	 *         bottom), that is without the running header and the page numbers, so that a sentence
	 *         broken by a page break still matches; white space removed as by {@link #pdfText(Path)}
	 */
	static String pdfBodyText(Path pdf) throws IOException, InterruptedException {
		int top = (int) Math.floor(37 * 72 / 25.4);
		int height = (int) Math.ceil((297 - 37 - 35) * 72 / 25.4);
		return run("pdftotext", "-raw", "-enc", "UTF-8", "-x", "0", "-y", String.valueOf(top), "-W", "596", "-H", String.valueOf(height),
				pdf.toString(), "-").replaceAll("\\s+", "");
	}
}
