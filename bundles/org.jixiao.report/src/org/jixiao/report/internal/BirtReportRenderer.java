package org.jixiao.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IRenderTask;
import org.eclipse.birt.report.engine.api.IReportDocument;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
import org.eclipse.birt.report.engine.api.IRunTask;
import org.eclipse.birt.report.engine.api.PDFRenderOption;
import org.eclipse.birt.report.engine.api.RenderOption;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.core.runtime.FileLocator;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportRenderer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * The BIRT engine of the application: created once when the service is first used, destroyed
 * when the component is deactivated.
 */
@Component(service = ReportRenderer.class)
public final class BirtReportRenderer implements ReportRenderer {

	private static final String FONTS_CONFIG = "fonts/fontsConfig.xml"; //$NON-NLS-1$

	/** A system property naming a directory for BIRT's detailed log, to diagnose a render. */
	private static final String LOG_DIRECTORY = "jixiao.report.log"; //$NON-NLS-1$

	private Bundle bundle;

	private IReportEngine engine;

	/** The designs parsed so far, by file name. */
	private final Map<String, ReportDesignHandle> templates = new ConcurrentHashMap<>();

	@Activate
	void activate(BundleContext context) throws BirtException, IOException {
		bundle = context.getBundle();
		EngineConfig config = new EngineConfig();
		String logDirectory = System.getProperty(LOG_DIRECTORY);
		config.setLogConfig(logDirectory, logDirectory == null ? Level.WARNING : Level.FINE);
		URL fonts = bundle.getEntry(FONTS_CONFIG);
		if (fonts != null) {
			config.setFontConfig(FileLocator.toFileURL(fonts));
		}
		Platform.startup(config);
		IReportEngineFactory factory = (IReportEngineFactory) Platform
				.createFactoryObject(IReportEngineFactory.EXTENSION_REPORT_ENGINE_FACTORY);
		engine = factory.createReportEngine(config);
	}

	@Deactivate
	void deactivate() {
		templates.values().forEach(ReportDesignHandle::close);
		templates.clear();
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
		Platform.shutdown();
	}

	@Override
	public void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out) throws ReportException {
		IRunAndRenderTask task = null;
		ReportDesignHandle opened = null;
		try {
			opened = copy(template(design));
			IReportRunnable runnable = prepared(opened, appContext);
			task = engine.createRunAndRenderTask(runnable);
			task.setParameterValues(Map.copyOf(parameters));
			task.setAppContext(new HashMap<>(appContext));
			task.setRenderOption(renderOption(format, out));
			task.run();
			checkErrors(design, format.emitterFormat(), task.getErrors());
		} catch (SemanticException e) {
			throw new ReportException(design + ": cannot prepare the design: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (IOException | BirtException | RuntimeException e) {
			throw new ReportException(design + ": cannot render " + format.emitterFormat() + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			if (task != null) {
				task.close();
			}
			if (opened != null) {
				opened.close();
			}
		}
	}

	/**
	 * Runs the design once into a report document (a temporary file) and renders that document to
	 * each format: the data sets, the scripts and the generation of the content happen once.
	 */
	@Override
	public void render(String design, Map<String, ?> parameters, Map<String, ?> appContext,
			Map<ReportFormat, ? extends OutputStream> outputs) throws ReportException {
		if (outputs.size() == 1) {
			Map.Entry<ReportFormat, ? extends OutputStream> only = outputs.entrySet().iterator().next();
			render(design, parameters, appContext, only.getKey(), only.getValue());
			return;
		}
		Path directory = null;
		try {
			directory = Files.createTempDirectory("jixiao-report"); //$NON-NLS-1$
			String document = directory.resolve("report.rptdocument").toString(); //$NON-NLS-1$
			run(design, parameters, appContext, document);
			for (Map.Entry<ReportFormat, ? extends OutputStream> output : outputs.entrySet()) {
				renderDocument(design, document, appContext, output.getKey(), output.getValue());
			}
		} catch (IOException e) {
			throw new ReportException(design + ": cannot write the report document: " + e, e); //$NON-NLS-1$
		} finally {
			delete(directory);
		}
	}

	private void run(String design, Map<String, ?> parameters, Map<String, ?> appContext, String document)
			throws ReportException {
		IRunTask task = null;
		ReportDesignHandle opened = null;
		try {
			opened = copy(template(design));
			task = engine.createRunTask(prepared(opened, appContext));
			task.setParameterValues(Map.copyOf(parameters));
			task.setAppContext(new HashMap<>(appContext));
			task.run(document);
			checkErrors(design, "rptdocument", task.getErrors()); //$NON-NLS-1$
		} catch (SemanticException e) {
			throw new ReportException(design + ": cannot prepare the design: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (IOException | BirtException | RuntimeException e) {
			throw new ReportException(design + ": cannot run the design: " + e, e); //$NON-NLS-1$
		} finally {
			if (task != null) {
				task.close();
			}
			if (opened != null) {
				opened.close();
			}
		}
	}

	private void renderDocument(String design, String document, Map<String, ?> appContext, ReportFormat format,
			OutputStream out) throws ReportException {
		IReportDocument opened = null;
		IRenderTask task = null;
		try {
			opened = engine.openReportDocument(document);
			task = engine.createRenderTask(opened);
			task.setAppContext(new HashMap<>(appContext));
			task.setRenderOption(renderOption(format, out));
			task.render();
			checkErrors(design, format.emitterFormat(), task.getErrors());
		} catch (BirtException | RuntimeException e) {
			throw new ReportException(design + ": cannot render " + format.emitterFormat() + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			if (task != null) {
				task.close();
			}
			if (opened != null) {
				opened.close();
			}
		}
	}

	/** @return the runnable of an opened design, completed by the {@link DesignPreparer} of the context */
	private IReportRunnable prepared(ReportDesignHandle opened, Map<String, ?> appContext)
			throws SemanticException, BirtException {
		IReportRunnable runnable = engine.openReportDesign(opened);
		if (appContext.get(DesignPreparer.KEY) instanceof DesignPreparer preparer) {
			preparer.prepare(opened);
		}
		return runnable;
	}

	private static void checkErrors(String design, String output, List<?> errors) throws ReportException {
		if (!errors.isEmpty()) {
			Object first = errors.get(0);
			throw new ReportException(design + ": " + errors.size() + " error(s) while rendering " //$NON-NLS-1$ //$NON-NLS-2$
					+ output + ", first: " + first, //$NON-NLS-1$
					first instanceof Throwable t ? t : null);
		}
	}

	private static void delete(Path directory) {
		if (directory == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		} catch (IOException e) {
			// a temporary file left behind; the rendered documents are written all the same
		}
	}

	/**
	 * @return the design as parsed once; each render works on a {@linkplain #copy(ReportDesignHandle)
	 *         copy}, which the {@link DesignPreparer} may change
	 */
	private ReportDesignHandle template(String design) throws ReportException, IOException, BirtException {
		ReportDesignHandle template = templates.get(design);
		if (template != null) {
			return template;
		}
		URL entry = bundle.getEntry("reports/" + design); //$NON-NLS-1$
		if (entry == null) {
			throw new ReportException("report design '" + design + "' is not in " + bundle.getSymbolicName(), null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		try (InputStream in = entry.openStream()) {
			template = (ReportDesignHandle) engine.openReportDesign(design, in).getDesignHandle();
		}
		ReportDesignHandle raced = templates.putIfAbsent(design, template);
		return raced == null ? template : raced;
	}

	/** @return a copy of a parsed design, as the engine copies one (cheaper than parsing it again) */
	private static ReportDesignHandle copy(ReportDesignHandle template) {
		synchronized (template) {
			ReportDesignHandle copy = (ReportDesignHandle) template.copy().getHandle(null);
			copy.setFileName(template.getFileName());
			return copy;
		}
	}

	private static IRenderOption renderOption(ReportFormat format, OutputStream out) {
		RenderOption option = switch (format) {
		case PDF -> {
			PDFRenderOption pdf = new PDFRenderOption();
			pdf.setEmbededFont(true);
			yield pdf;
		}
		case HTML -> {
			HTMLRenderOption html = new HTMLRenderOption();
			html.setEmbeddable(false);
			html.setImageHandler(new InlineImageHandler());
			yield html;
		}
		case XLSX -> {
			RenderOption xlsx = new RenderOption();
			// the spreadsheet emitter's own option: one sheet for the whole table, not one per page
			xlsx.setOption("ExcelEmitter.SingleSheet", Boolean.TRUE); //$NON-NLS-1$
			yield xlsx;
		}
		default -> new RenderOption();
		};
		option.setOutputFormat(format.emitterFormat());
		option.setOutputStream(out);
		return option;
	}
}
