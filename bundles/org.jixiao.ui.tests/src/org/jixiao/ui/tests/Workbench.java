package org.jixiao.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Drives the running workbench from the test thread, which is not the UI thread: runs code on the
 * display, waits for conditions, finds widgets and saves screenshots.
 */
final class Workbench {

	/** The window title under {@code -nl zh_CN}. */
	static final String TITLE = "绩效自评工作台";

	private Workbench() {
	}

	/** @return the workbench's evaluation repository service, the Derby store of {@code -Djixiao.db} */
	static org.jixiao.ui.EvaluationRepository repository() {
		org.osgi.framework.BundleContext bundle = org.osgi.framework.FrameworkUtil.getBundle(Workbench.class).getBundleContext();
		return bundle.getService(bundle.getServiceReference(org.jixiao.ui.EvaluationRepository.class));
	}

	/**
	 * Runs a command as its key binding or menu item would: through the handler service of the
	 * window's active leaf, after checking that the command is enabled.
	 *
	 * @param context the window's context
	 * @param commandId the command
	 */
	static void execute(org.eclipse.e4.core.contexts.IEclipseContext context, String commandId) throws Exception {
		ui(() -> {
			org.eclipse.core.commands.ParameterizedCommand command = context.get(org.eclipse.e4.core.commands.ECommandService.class)
					.createCommand(commandId, null);
			org.eclipse.e4.core.commands.EHandlerService handlers = context.getActiveLeaf()
					.get(org.eclipse.e4.core.commands.EHandlerService.class);
			if (!handlers.canExecute(command)) {
				throw new AssertionError(commandId + " is enabled");
			}
			handlers.executeHandler(command);
			return null;
		});
	}

	/** @return the display the workbench started */
	static Display display() throws InterruptedException {
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

	/** @return the visible shell with the workbench's title, waiting for it up to 30 s */
	static Shell window() throws Exception {
		Display display = display();
		AtomicReference<Shell> found = new AtomicReference<>();
		waitUntil("the workbench window is open", 30_000, () -> {
			Arrays.stream(display.getShells()).filter(s -> s.isVisible() && TITLE.equals(s.getText())).findFirst()
					.ifPresent(found::set);
			return found.get() != null;
		});
		return found.get();
	}

	/**
	 * @param code code to run on the UI thread
	 * @return its result
	 */
	static <T> T ui(Callable<T> code) throws Exception {
		Display display = display();
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				result.set(code.call());
			} catch (Exception | Error e) {
				failure.set(e);
			}
		});
		if (failure.get() instanceof Error error) {
			throw error;
		}
		if (failure.get() instanceof Exception exception) {
			throw exception;
		}
		return result.get();
	}

	/** @param code code to run on the UI thread */
	static void run(Runnable code) throws Exception {
		ui(() -> {
			code.run();
			return null;
		});
	}

	/**
	 * Types a value into a field and leaves it, as the officer does with Tab.
	 *
	 * @param text the field
	 * @param value the new text
	 */
	static void type(org.eclipse.swt.widgets.Text text, String value) throws Exception {
		run(() -> {
			text.setText(value);
			text.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		});
	}

	/**
	 * Polls a condition on the UI thread until it holds. Under the UI test harness the workbench's
	 * event loop does not run asynchronous runnables and timers while a test runs, so every poll
	 * first dispatches the pending events, as the event loop would.
	 *
	 * @param what what is awaited, for the failure message
	 * @param timeoutMillis how long to wait
	 * @param condition the condition, run on the UI thread
	 */
	static void waitUntil(String what, long timeoutMillis, BooleanSupplier condition) throws Exception {
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (System.currentTimeMillis() < deadline) {
			if (ui(() -> {
				Display display = Display.getCurrent();
				while (display.readAndDispatch()) {
					// dispatch what the event loop would
				}
				return condition.getAsBoolean();
			})) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("timed out waiting until " + what);
	}

	/**
	 * @param root where to look
	 * @param type the widget type
	 * @param key a data key
	 * @param value the data value
	 * @return the visible controls of the type whose data under the key is the value
	 */
	static <C extends Control> List<C> find(Composite root, Class<C> type, String key, Object value) {
		List<C> found = new ArrayList<>();
		collect(root, type, key, value, found);
		return found;
	}

	/**
	 * @param root where to look
	 * @param type the widget type
	 * @return the visible controls of the type
	 */
	static <C extends Control> List<C> all(Composite root, Class<C> type) {
		List<C> found = new ArrayList<>();
		collect(root, type, null, null, found);
		return found;
	}

	/**
	 * @param root where to look
	 * @return the texts of the visible labels, one per line
	 */
	static String texts(Composite root) {
		StringBuilder text = new StringBuilder();
		for (org.eclipse.swt.widgets.Label label : all(root, org.eclipse.swt.widgets.Label.class)) {
			text.append(label.getText()).append('\n');
		}
		return text.toString();
	}

	/**
	 * On the UI thread: runs an action on a dialog once it is shown. Modal dialogs run an event loop
	 * of their own, which runs timers, so the action is polled for by timer rather than from the test
	 * thread (whose calls would wait behind the dialog).
	 *
	 * @param display the display
	 * @param title the dialog's title
	 * @param action what to do with the dialog's shell; a failure is kept in {@code failure}
	 * @param failure where a failure of the action is kept
	 */
	static void whenShown(Display display, String title, ShellAction action, AtomicReference<Throwable> failure) {
		display.timerExec(100, () -> {
			Shell dialog = Arrays.stream(display.getShells()).filter(s -> s.isVisible() && title.equals(s.getText())).findFirst()
					.orElse(null);
			if (dialog == null) {
				whenShown(display, title, action, failure);
				return;
			}
			try {
				action.run(dialog);
			} catch (Exception | Error e) {
				failure.set(e);
				dialog.close();
			}
		});
	}

	/** What a test does with a dialog. */
	@FunctionalInterface
	interface ShellAction {
		void run(Shell dialog) throws Exception;
	}

	/**
	 * @param root where to look
	 * @param text the button's text
	 * @return the visible button with that text
	 */
	static java.util.Optional<org.eclipse.swt.widgets.Button> button(Composite root, String text) {
		if (!root.isVisible()) {
			return java.util.Optional.empty();
		}
		for (Control child : root.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && child.isVisible() && text.equals(button.getText())) {
				return java.util.Optional.of(button);
			}
			if (child instanceof Composite composite) {
				java.util.Optional<org.eclipse.swt.widgets.Button> found = button(composite, text);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return java.util.Optional.empty();
	}

	private static <C extends Control> void collect(Control control, Class<C> type, String key, Object value, List<C> found) {
		if (!control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && (key == null || value.equals(control.getData(key)))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, key, value, found);
			}
		}
	}

	/**
	 * Saves a PNG of the shell as it is on the screen, after letting it paint.
	 *
	 * @param shell the shell
	 * @param name the file name without {@code .png}
	 * @return the file
	 */
	static Path screenshot(Shell shell, String name) throws Exception {
		Path png = Path.of(System.getProperty("jixiao.screenshots", "target/screenshots"), name + ".png");
		Files.createDirectories(png.getParent());
		Thread.sleep(300);
		run(() -> {
			Display display = shell.getDisplay();
			shell.forceActive();
			shell.update();
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
		});
		return png;
	}
}
