package org.jixiao.report.internal;

import java.util.Base64;

import org.eclipse.birt.report.engine.api.HTMLImageHandler;
import org.eclipse.birt.report.engine.api.IImage;
import org.eclipse.birt.report.engine.api.script.IReportContext;

/**
 * Writes the images of an HTML document, the charts above all, into the document itself as
 * {@code data:} URLs, so that the HTML file is complete on its own: a preview or a copy shows its
 * charts without the temporary image files BIRT's default handler leaves behind.
 */
final class InlineImageHandler extends HTMLImageHandler {

	@Override
	public String onCustomImage(IImage image, IReportContext context) {
		return inline(image);
	}

	@Override
	public String onDocImage(IImage image, IReportContext context) {
		return inline(image);
	}

	@Override
	public String onDesignImage(IImage image, IReportContext context) {
		return inline(image);
	}

	@Override
	public String onFileImage(IImage image, IReportContext context) {
		return inline(image);
	}

	private static String inline(IImage image) {
		byte[] data = image.getImageData();
		if (data == null) {
			return null;
		}
		String type = image.getMimeType() == null ? "image/png" : image.getMimeType(); //$NON-NLS-1$
		return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(data); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
