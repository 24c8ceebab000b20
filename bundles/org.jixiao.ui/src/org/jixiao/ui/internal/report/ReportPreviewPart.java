package org.jixiao.ui.internal.report;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.ProgressListener;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.jixiao.ui.internal.Messages;
import org.jixiao.ui.internal.navigator.EvaluationEditors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Shows a report's HTML rendering in an SWT {@link Browser} inside the workbench. Where the platform
 * has no browser engine (on Linux, WebKitGTK), it says so and names the file instead.
 */
public final class ReportPreviewPart {

	/** The id of the part descriptor in {@code Application.e4xmi}. */
	public static final String DESCRIPTOR = "org.jixiao.ui.partdescriptor.reportPreview"; //$NON-NLS-1$
	/** The persisted-state key of the HTML file shown. */
	public static final String FILE = "org.jixiao.ui.report.file"; //$NON-NLS-1$

	@Inject
	private MPart part;

	private Browser browser;

	@PostConstruct
	void create(Composite parent) {
		parent.setLayout(new FillLayout());
		String file = part.getPersistedState().get(FILE);
		part.setLabel(NLS.bind(Messages.Preview_title, Path.of(file).getFileName()));
		part.setTooltip(file);
		try {
			browser = new Browser(parent, SWT.NONE);
			browser.setUrl(Path.of(file).toUri().toString());
		} catch (SWTError e) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText(NLS.bind(Messages.Preview_noBrowser, file, e.getMessage()));
		}
	}

	/** @return whether the preview shows the file in a browser (false: the message that there is none) */
	public boolean hasBrowser() {
		return browser != null && !browser.isDisposed();
	}

	/**
	 * Starts the browser engine in a shell that is never shown: an empty page is loaded, then the shell
	 * is disposed. The engine stays loaded, so the first preview does not wait for it (WebKitGTK's first
	 * browser costs about a quarter of a second on the UI thread). Where there is no browser engine it
	 * does nothing; the preview then says so. Called on the display's thread.
	 */
	public static void startBrowserEngine() {
		Display display = Display.getCurrent();
		Shell hidden = new Shell(display);
		try {
			Browser browser = new Browser(hidden, SWT.NONE);
			browser.addProgressListener(ProgressListener.completedAdapter(event -> display.asyncExec(hidden::dispose)));
			browser.setText("<html></html>"); //$NON-NLS-1$
		} catch (SWTError e) {
			hidden.dispose();
		}
	}

	/**
	 * Opens a preview of an HTML file in the editor area.
	 *
	 * @param html the file
	 * @param parts the part service
	 * @param models the model service
	 * @param application the application
	 * @return the preview's part
	 */
	public static MPart show(Path html, EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.createPart(DESCRIPTOR);
		part.getPersistedState().put(FILE, html.toAbsolutePath().toString());
		if (models.find(EvaluationEditors.STACK, application) instanceof MPartStack stack) {
			stack.getChildren().add(part);
		}
		return parts.showPart(part, PartState.ACTIVATE);
	}
}
