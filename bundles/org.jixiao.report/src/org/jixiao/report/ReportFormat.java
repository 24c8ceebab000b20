package org.jixiao.report;

import java.util.Locale;

/** An output format of a rendered report, named as BIRT's emitters name it. */
public enum ReportFormat {
	/** Portable Document Format, with the CJK font embedded. */
	PDF("pdf"), //$NON-NLS-1$
	/** Office Open XML word-processing document. */
	DOCX("docx"), //$NON-NLS-1$
	/** Office Open XML spreadsheet. */
	XLSX("xlsx"), //$NON-NLS-1$
	/** HTML, for the in-application preview. */
	HTML("html"); //$NON-NLS-1$

	private final String emitterFormat;

	ReportFormat(String emitterFormat) {
		this.emitterFormat = emitterFormat;
	}

	/** @return the BIRT output format name, also the file extension */
	public String emitterFormat() {
		return emitterFormat;
	}

	/**
	 * @param name a format name such as {@code pdf}, in any case
	 * @return the format
	 * @throws IllegalArgumentException naming the unknown format and the known ones
	 */
	public static ReportFormat parse(String name) {
		for (ReportFormat format : values()) {
			if (format.emitterFormat.equals(name.trim().toLowerCase(Locale.ROOT))) {
				return format;
			}
		}
		throw new IllegalArgumentException("unknown report format '" + name + "' (known: pdf, docx, xlsx, html)"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
