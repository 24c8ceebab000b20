package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/**
 * Runs inside the real workbench (Tycho's UI harness starts the product's e4 application under
 * Xvfb); the test thread is not the UI thread and talks to it through the display.
 */
class WorkbenchWindowTest {

	@Test
	void theWorkbenchWindowOpensWithItsChineseTitle() throws Exception {
		Shell shell = Workbench.window();
		Rectangle bounds = Workbench.ui(shell::getBounds);
		assertTrue(bounds.width >= 800 && bounds.height >= 600, "the window is full size: " + bounds);
		Path png = Workbench.screenshot(shell, "workbench-window");
		assertTrue(Files.size(png) > 1000, "a screenshot was saved: " + png);
	}
}
