package org.jixiao.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IEngineTask;
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
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.eclipse.birt.report.model.api.ReportDesignHandle;
import org.eclipse.birt.report.model.api.activity.SemanticException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.jixiao.report.ReportException;
import org.jixiao.report.ReportFormat;
import org.jixiao.report.ReportRenderer;
import org.openpdf.text.pdf.LayoutProcessor;
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

	/** A system property naming a directory for BIRT's detailed log, to diagnose a render. */
	private static final String LOG_DIRECTORY = "jixiao.report.log"; //$NON-NLS-1$

	/**
	 * Where BIRT's engine logs (java.util.logging; without a logger of ours it prints its warnings, with
	 * the stack traces of the emitters' failures such as a full disk, on the terminal): to the
	 * platform's log. The failure itself reaches the caller as a {@link ReportException}. Kept here,
	 * since the framework holds loggers weakly; BIRT refuses a child of its own {@code org.eclipse.birt}.
	 */
	private static final Logger ENGINE_LOGGER = Logger.getLogger("org.jixiao.report.birt"); //$NON-NLS-1$

	private Bundle bundle;

	private Handler toPlatformLog;

	private IReportEngine engine;

	/** The designs parsed so far, by file name. */
	private final Map<String, ReportDesignHandle> templates = new ConcurrentHashMap<>();

	@Activate
	void activate(BundleContext context) throws BirtException, IOException {
		bundle = context.getBundle();
		EngineConfig config = new EngineConfig();
		String logDirectory = System.getProperty(LOG_DIRECTORY);
		config.setLogConfig(logDirectory, logDirectory == null ? Level.WARNING : Level.FINE);
		URL fonts = bundle.getEntry(FontFolders.CONFIG);
		if (fonts != null) {
			config.setFontConfig(FileLocator.toFileURL(fonts));
		}
		if (logDirectory == null) {
			ILog log = ILog.of(bundle);
			toPlatformLog = new Handler() {
				@Override
				public void publish(LogRecord record) {
					if (isLoggable(record)) {
						int severity = record.getLevel().intValue() >= Level.SEVERE.intValue() ? IStatus.ERROR : IStatus.WARNING;
						log.log(new Status(severity, bundle.getSymbolicName(), record.getLoggerName() + ": " + record.getMessage(), //$NON-NLS-1$
								record.getThrown()));
					}
				}

				@Override
				public void flush() {
					// the platform's log writes each entry at once
				}

				@Override
				public void close() {
					// nothing held
				}
			};
			ENGINE_LOGGER.setUseParentHandlers(false);
			ENGINE_LOGGER.addHandler(toPlatformLog);
			config.setLogger(ENGINE_LOGGER);
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
		if (toPlatformLog != null) {
			ENGINE_LOGGER.removeHandler(toPlatformLog);
			toPlatformLog = null;
		}
	}

	@Override
	public void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out, BooleanSupplier canceled) throws ReportException {
		IRunAndRenderTask task = null;
		ReportDesignHandle opened = null;
		try {
			enableLayoutProcessor();
			opened = copy(template(design));
			IReportRunnable runnable = engine.openReportDesign(opened);
			boolean wholeRows = prepare(opened, appContext);
			task = engine.createRunAndRenderTask(runnable);
			task.setParameterValues(Map.copyOf(parameters));
			task.setAppContext(new HashMap<>(appContext));
			ByteArrayOutputStream docx = format == ReportFormat.DOCX ? new ByteArrayOutputStream() : null;
			task.setRenderOption(renderOption(format, docx != null ? docx : out));
			stopWhen(canceled, task);
			task.run();
			checkErrors(task, design, "rendering " + format.emitterFormat()); //$NON-NLS-1$
			if (docx != null) {
				DocxGridRepair.copy(docx.toByteArray(), out, wholeRows);
			}
		} catch (SemanticException e) {
			throw new ReportException(design + ": cannot prepare the design: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException | BirtException | RuntimeException e) {
			throwIfCancelled(task, e);
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

	@Override
	public Document run(String design, Map<String, ?> parameters, Map<String, ?> appContext, BooleanSupplier canceled)
			throws ReportException {
		IRunTask task = null;
		ReportDesignHandle opened = null;
		Path file = null;
		try {
			opened = copy(template(design));
			IReportRunnable runnable = engine.openReportDesign(opened);
			boolean wholeRows = prepare(opened, appContext);
			file = Files.createTempFile("jixiao-", ".rptdocument"); //$NON-NLS-1$ //$NON-NLS-2$
			task = engine.createRunTask(runnable);
			task.setParameterValues(Map.copyOf(parameters));
			task.setAppContext(new HashMap<>(appContext));
			stopWhen(canceled, task);
			task.run(file.toString());
			checkErrors(task, design, "running"); //$NON-NLS-1$
			task.close();
			task = null;
			BirtDocument document = new BirtDocument(design, engine.openReportDocument(file.toString()), file, wholeRows,
					new HashMap<>(appContext));
			file = null;
			return document;
		} catch (SemanticException e) {
			throw new ReportException(design + ": cannot prepare the design: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (OperationCanceledException e) {
			throw e;
		} catch (IOException | BirtException | RuntimeException e) {
			throwIfCancelled(task, e);
			throw new ReportException(design + ": cannot run: " + e, e); //$NON-NLS-1$
		} finally {
			if (task != null) {
				task.close();
			}
			if (opened != null) {
				opened.close();
			}
			if (file != null) {
				deleteQuietly(file);
			}
		}
	}

	/**
	 * Turns on OpenPDF's glyph layout as BIRT's PDF font handling would, before a document is laid out.
	 * The switch is one for the whole process, and BIRT turns it on at the first font it maps with a
	 * check and a set that are not atomic: two documents laid out at once (the 自评表 and the 自评报告
	 * of one render, or a preview beside an export) could both find it off, and the second's call
	 * failed the render ("LayoutProcessor is already enabled"). Here the check and the set hold one
	 * lock; once on, BIRT finds it on and leaves it. The font folders are registered first
	 * ({@link FontFolders}), so that BIRT's font mapping does not register them itself.
	 */
	private static synchronized void enableLayoutProcessor() {
		FontFolders.registerOnce();
		if (!LayoutProcessor.isEnabled()) {
			if (FontMappingManagerFactory.getInstance().getFontMappingManager(ReportFormat.PDF.emitterFormat(), Locale.getDefault())
					.useFontKerningAndLigatures()) {
				LayoutProcessor.enableKernLiga();
			} else {
				LayoutProcessor.enable(0);
			}
		}
	}

	/** @return whether the design keeps its table rows whole ({@link DesignPreparer#keepsRowsWhole}) */
	private static boolean prepare(ReportDesignHandle opened, Map<String, ?> appContext) throws SemanticException {
		if (appContext.get(DesignPreparer.KEY) instanceof DesignPreparer preparer) {
			preparer.prepare(opened);
			return preparer.keepsRowsWhole(opened);
		}
		return false;
	}

	/**
	 * Has the engine ask the cancellation check at each page and data row it reaches (its progress
	 * events, on the task's own thread) and cancel the task there: the task then stops at the next item
	 * it would execute.
	 */
	private static void stopWhen(BooleanSupplier canceled, IEngineTask task) {
		task.setProgressMonitor((type, value) -> {
			if (task.getStatus() != IEngineTask.STATUS_CANCELLED && canceled.getAsBoolean()) {
				task.cancel();
			}
		});
	}

	/**
	 * @throws OperationCanceledException when the task was cancelled, whatever else it reported while it
	 *             stopped
	 */
	private static void throwIfCancelled(IEngineTask task, Exception failure) {
		if (task != null && task.getStatus() == IEngineTask.STATUS_CANCELLED) {
			OperationCanceledException cancelled = new OperationCanceledException();
			if (failure != null) {
				cancelled.addSuppressed(failure);
			}
			throw cancelled;
		}
	}

	private static void checkErrors(IEngineTask task, String design, String doing) throws ReportException {
		throwIfCancelled(task, null);
		List<?> errors = task.getErrors();
		if (!errors.isEmpty()) {
			Object first = errors.get(0);
			throw new ReportException(design + ": " + errors.size() + " error(s) while " + doing + ", first: " + first, //$NON-NLS-1$ //$NON-NLS-2$
					first instanceof Throwable t ? t : null);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a temporary file left behind; the system's temporary directory is cleaned in time
		}
	}

	/** A report document in a temporary file, rendered by {@link IRenderTask}s and deleted on close. */
	private final class BirtDocument implements Document {

		private final String design;

		private final IReportDocument document;

		private final Path file;

		private final boolean wholeRows;

		private final Map<String, Object> appContext;

		BirtDocument(String design, IReportDocument document, Path file, boolean wholeRows, Map<String, Object> appContext) {
			this.design = design;
			this.document = document;
			this.file = file;
			this.wholeRows = wholeRows;
			this.appContext = appContext;
		}

		@Override
		public void render(ReportFormat format, OutputStream out, BooleanSupplier canceled) throws ReportException {
			IRenderTask task = null;
			try {
				enableLayoutProcessor();
				task = engine.createRenderTask(document);
				task.setAppContext(new HashMap<>(appContext));
				ByteArrayOutputStream docx = format == ReportFormat.DOCX ? new ByteArrayOutputStream() : null;
				task.setRenderOption(renderOption(format, docx != null ? docx : out));
				stopWhen(canceled, task);
				task.render();
				checkErrors(task, design, "rendering " + format.emitterFormat()); //$NON-NLS-1$
				if (docx != null) {
					DocxGridRepair.copy(docx.toByteArray(), out, wholeRows);
				}
			} catch (OperationCanceledException e) {
				throw e;
			} catch (IOException | BirtException | RuntimeException e) {
				throwIfCancelled(task, e);
				throw new ReportException(design + ": cannot render " + format.emitterFormat() + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
			} finally {
				if (task != null) {
					task.close();
				}
			}
		}

		@Override
		public void close() {
			document.close();
			deleteQuietly(file);
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
		if (raced != null) {
			// parsed by another render at the same time: its copy is kept, this one closed
			template.close();
			return raced;
		}
		return template;
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
