package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the real workbench (Tycho's UI harness starts the product's e4 application under
 * Xvfb); the test thread is not the UI thread and talks to it through the display.
 */
class WorkbenchWindowTest {

	private static final String TITLE = "绩效自评工作台";

	@Test
	void theWorkbenchWindowOpensWithItsChineseTitle() throws Exception {
		Display display = uiDisplay();
		Shell shell = waitForShell(display, TITLE, 30_000);
		assertNotNull(shell, "a shell titled " + TITLE + " is open");

		AtomicReference<Rectangle> bounds = new AtomicReference<>();
		display.syncExec(() -> bounds.set(shell.getBounds()));
		assertTrue(bounds.get().width >= 800 && bounds.get().height >= 600, "the window is full size: " + bounds.get());

		Path png = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots"), "workbench-window.png");
		Files.createDirectories(png.getParent());
		display.syncExec(() -> screenshot(display, shell, png));
		assertTrue(Files.size(png) > 1000, "a screenshot was saved: " + png);
	}

	private static Display uiDisplay() throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			Display display = Thread.getAllStackTraces().keySet().stream().map(Display::findDisplay)
					.filter(Objects::nonNull).findFirst().orElse(null);
			if (display != null) {
				return display;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no SWT display was started by the workbench");
	}

	private static Shell waitForShell(Display display, String title, long timeoutMillis) throws InterruptedException {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		AtomicReference<Shell> found = new AtomicReference<>();
		while (found.get() == null && System.currentTimeMillis() < deadline) {
			display.syncExec(() -> Arrays.stream(display.getShells())
					.filter(s -> s.isVisible() && title.equals(s.getText())).findFirst().ifPresent(found::set));
			if (found.get() == null) {
				Thread.sleep(100);
			}
		}
		return found.get();
	}

	private static void screenshot(Display display, Shell shell, Path png) {
		shell.forceActive();
		while (display.readAndDispatch()) {
			// let the window paint before it is captured
		}
		Rectangle area = shell.getBounds();
		Image image = new Image(display, area.width, area.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, area.x, area.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(png.toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}
}
