package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jixiao.ui.tests.Workbench.find;
import static org.jixiao.ui.tests.Workbench.repository;
import static org.jixiao.ui.tests.Workbench.ui;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressAdapter;
import org.eclipse.swt.browser.ProgressEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.jixiao.core.evaluation.EvaluationResources;
import org.jixiao.report.ReportFormat;
import org.jixiao.ui.internal.editor.Fields;
import org.jixiao.ui.internal.navigator.EvaluationEditors;
import org.jixiao.ui.internal.report.ReportDialog;
import org.jixiao.ui.internal.report.ReportPreviewPart;
import org.jixiao.ui.internal.report.ReportWarmUp;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.LayoutProcessor;

/**
 * The officer's first report preview in the real window: the reference evaluation open in its editor,
 * 报告, 生成 with the dialog's default formats (PDF and HTML), then 预览 as soon as the documents are
 * written, after the workbench's {@link ReportWarmUp} has run. Prints the time from 生成 to the 自评报告's
 * page loaded in the preview (a measurement, not an assertion; the goal is 1 s), and whether BIRT had
 * rendered before in this runtime: OpenPDF's glyph layout, one switch for the whole process, is turned
 * on by the report renderer at the start of every render and turned off by nothing in the workbench.
 */
class ReportPreviewTest {

	private static final Path OUT = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots")).resolveSibling("preview");
	private static final String REPORT_HTML = "2023-党政办公室-自评报告.html";

	@Test
	void theDefaultFormatsAreWrittenAndTheReportsHtmlIsPreviewed() throws Exception {
		Shell shell = Workbench.window();
		Display display = shell.getDisplay();
		IEclipseContext context = ui(() -> ((MWindow) shell.getData("modelElement")).getContext());
		String key = repository().save(null, EvaluationResources.referenceSample());
		Workbench.run(() -> EvaluationEditors.open(key, context.get(EPartService.class), context.get(EModelService.class),
				context.get(MApplication.class)));
		long warmUp = System.nanoTime();
		// as for an officer who asks for a report some seconds after the start, the workbench's warm-up has run
		Job.getJobManager().join(ReportWarmUp.FAMILY, null);
		long waited = (System.nanoTime() - warmUp) / 1_000_000;
		try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			assertTrue(temporary.noneMatch(file -> file.getFileName().toString().startsWith("jixiao-warm-up")),
					"the warm-up deleted its folder");
		}
		boolean rendered = LayoutProcessor.isEnabled();
		AtomicLong generate = new AtomicLong();
		AtomicLong written = new AtomicLong();
		AtomicLong opened = new AtomicLong();
		AtomicLong loaded = new AtomicLong();
		AtomicReference<String> result = new AtomicReference<>();
		AtomicReference<List<String>> checked = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		Workbench.run(() -> Workbench.whenShown(display, "生成报告", dialog -> {
			checked.set(Arrays.stream(ReportFormat.values()).map(ReportFormat::name)
					.filter(format -> find(dialog, Button.class, Fields.FEATURE, format).get(0).getSelection()).toList());
			find(dialog, Text.class, Fields.FEATURE, ReportDialog.FOLDER).get(0).setText(OUT.toString());
			Text text = find(dialog, Text.class, Fields.FEATURE, ReportDialog.RESULT).get(0);
			text.addListener(SWT.Modify, event -> {
				if (!text.getText().isEmpty() && written.get() == 0) {
					written.set(System.nanoTime());
					result.set(text.getText());
					display.asyncExec(() -> preview(dialog, context, opened, loaded, failure));
				}
			});
			generate.set(System.nanoTime());
			dialog.getDefaultButton().notifyListeners(SWT.Selection, new Event());
		}, failure));
		Workbench.execute(context, "org.jixiao.ui.command.report");
		assertNull(failure.get());
		assertEquals(List.of("PDF", "HTML"), checked.get(), "the dialog's default formats");
		Workbench.run(() -> dispatchUntil(display, () -> loaded.get() != 0, 30_000));
		assertTrue(loaded.get() != 0, "the preview's page was loaded");
		System.out.printf("[measure] the first report preview, 生成 to the page loaded: %d ms (documents written after %d ms,"
				+ " preview part open after %d ms); BIRT had rendered before in this runtime: %s (the test waited %d ms for the"
				+ " warm-up)%n", millis(generate, loaded), millis(generate, written), millis(generate, opened), rendered ? "yes" : "no", waited);

		for (String name : List.of("自评报告.pdf", "自评报告.html", "自评表.pdf", "自评表.html")) {
			assertTrue(result.get().contains(OUT.resolve("2023-党政办公室-" + name).toString()), result.get());
		}
		MPart preview = ui(() -> context.get(EPartService.class).getActivePart());
		assertEquals(ReportPreviewPart.DESCRIPTOR, preview.getElementId());
		assertEquals(OUT.resolve(REPORT_HTML).toAbsolutePath().toString(), preview.getPersistedState().get(ReportPreviewPart.FILE));
		assertTrue(Files.readString(OUT.resolve(REPORT_HTML), StandardCharsets.UTF_8).contains("党政办公室"));
		Workbench.run(() -> context.get(EPartService.class).hidePart(preview, true));
	}

	/**
	 * On the UI thread, once the documents are written: presses 预览 and notes when the preview part is
	 * open and when its page is loaded (where there is no browser engine, the part's message counts as
	 * loaded).
	 */
	private static void preview(Shell dialog, IEclipseContext context, AtomicLong opened, AtomicLong loaded,
			AtomicReference<Throwable> failure) {
		try {
			Workbench.button(dialog, "预览").orElseThrow().notifyListeners(SWT.Selection, new Event());
			opened.set(System.nanoTime());
			MPart part = context.get(EPartService.class).getActivePart();
			List<Browser> browsers = Workbench.all((Composite) part.getWidget(), Browser.class);
			if (browsers.isEmpty()) {
				loaded.set(opened.get());
			} else {
				browsers.get(0).addProgressListener(new ProgressAdapter() {
					@Override
					public void completed(ProgressEvent event) {
						loaded.compareAndSet(0, System.nanoTime());
					}
				});
			}
		} catch (RuntimeException | Error e) {
			failure.set(e);
			dialog.close();
		}
	}

	/** On the UI thread: runs the event loop, as the workbench's would, until the condition holds. */
	private static void dispatchUntil(Display display, BooleanSupplier condition, long timeoutMillis) {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		Runnable wake = new Runnable() {
			@Override
			public void run() {
				if (!condition.getAsBoolean()) {
					display.timerExec(100, this);
				}
			}
		};
		display.timerExec(100, wake);
		while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		display.timerExec(-1, wake);
	}

	private static long millis(AtomicLong from, AtomicLong to) {
		return (to.get() - from.get()) / 1_000_000;
	}
}
