package org.jixiao.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.eclipse.birt.core.exception.BirtException;
import org.eclipse.birt.core.framework.Platform;
import org.eclipse.birt.report.engine.api.EngineConfig;
import org.eclipse.birt.report.engine.api.HTMLRenderOption;
import org.eclipse.birt.report.engine.api.IRenderOption;
import org.eclipse.birt.report.engine.api.IReportEngine;
import org.eclipse.birt.report.engine.api.IReportEngineFactory;
import org.eclipse.birt.report.engine.api.IReportRunnable;
import org.eclipse.birt.report.engine.api.IRunAndRenderTask;
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

	private Bundle bundle;

	private IReportEngine engine;

	@Activate
	void activate(BundleContext context) throws BirtException, IOException {
		bundle = context.getBundle();
		EngineConfig config = new EngineConfig();
		config.setLogConfig(null, Level.WARNING);
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
		if (engine != null) {
			engine.destroy();
			engine = null;
		}
		Platform.shutdown();
	}

	@Override
	public void render(String design, Map<String, ?> parameters, Map<String, ?> appContext, ReportFormat format,
			OutputStream out) throws ReportException {
		URL entry = bundle.getEntry("reports/" + design); //$NON-NLS-1$
		if (entry == null) {
			throw new ReportException("report design '" + design + "' is not in " + bundle.getSymbolicName(), null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		IRunAndRenderTask task = null;
		try (InputStream in = entry.openStream()) {
			IReportRunnable runnable = engine.openReportDesign(design, in);
			if (appContext.get(DesignPreparer.KEY) instanceof DesignPreparer preparer) {
				preparer.prepare((ReportDesignHandle) runnable.getDesignHandle());
			}
			task = engine.createRunAndRenderTask(runnable);
			task.setParameterValues(Map.copyOf(parameters));
			task.setAppContext(new HashMap<>(appContext));
			task.setRenderOption(renderOption(format, out));
			task.run();
			List<?> errors = task.getErrors();
			if (!errors.isEmpty()) {
				Object first = errors.get(0);
				throw new ReportException(design + ": " + errors.size() + " error(s) while rendering " //$NON-NLS-1$ //$NON-NLS-2$
						+ format.emitterFormat() + ", first: " + first, //$NON-NLS-1$
						first instanceof Throwable t ? t : null);
			}
		} catch (SemanticException e) {
			throw new ReportException(design + ": cannot prepare the design: " + e.getMessage(), e); //$NON-NLS-1$
		} catch (IOException | BirtException | RuntimeException e) {
			throw new ReportException(design + ": cannot render " + format.emitterFormat() + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
		} finally {
			if (task != null) {
				task.close();
			}
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
