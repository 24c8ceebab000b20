package org.jixiao.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

/** Run by the {@code english} execution, whose workbench starts with {@code -nl en}. */
class EnglishWindowTest {

	@Test
	void withNlEnTheWindowAndItsMenusAreInEnglish() throws Exception {
		Display display = Workbench.display();
		AtomicReference<Shell> shell = new AtomicReference<>();
		Workbench.waitUntil("the English workbench window is open", 30_000, () -> {
			Arrays.stream(display.getShells()).filter(s -> s.isVisible() && "Jixiao Workbench".equals(s.getText()))
					.findFirst().ifPresent(shell::set);
			return shell.get() != null;
		});
		assertNotNull(shell.get());
		String menus = Workbench.ui(() -> String.join(",",
				Arrays.stream(shell.get().getMenuBar().getItems()).map(MenuItem::getText).toList()));
		assertEquals("&File,&Edit,&Review", menus);
		assertEquals("OK", IDialogConstants.OK_LABEL, "JFace's own English texts apply, not the Chinese fragment's");
		Workbench.screenshot(shell.get(), "workbench-window-en");
	}
}
