package org.jixiao.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How a report is typeset: the font families of the title and headings, of the body text and of
 * the tables. The families are looked up through BIRT's font configuration
 * ({@code fonts/fontsConfig.xml}), so they must be TrueType ({@code .ttf}) fonts there to be embedded
 * in the PDF.
 *
 * @param titleFont the family of the title and the 一级 headings (a 标宋 or 黑体 face)
 * @param bodyFont the family of the body text (a 仿宋 face)
 * @param tableFont the family of the tables
 */
public record ReportOptions(String titleFont, String bodyFont, String tableFont) {

	/** AR PL SungtiL GB: a 宋体 face from Debian's {@code fonts-arphic-gbsn00lp}. */
	public static final String LINUX_SONG = "AR PL SungtiL GB"; //$NON-NLS-1$

	/** AR PL KaitiM GB: a 楷体 face from Debian's {@code fonts-arphic-gkai00mp}, the nearest to 仿宋 there. */
	public static final String LINUX_KAI = "AR PL KaitiM GB"; //$NON-NLS-1$

	/** @throws NullPointerException when a family is missing */
	public ReportOptions {
		Objects.requireNonNull(titleFont, "titleFont"); //$NON-NLS-1$
		Objects.requireNonNull(bodyFont, "bodyFont"); //$NON-NLS-1$
		Objects.requireNonNull(tableFont, "tableFont"); //$NON-NLS-1$
	}

	/**
	 * @return the fonts of this platform: on Windows 黑体 (SimHei) for titles and 仿宋 (FangSong) for
	 *         body and tables, elsewhere the TrueType AR PL fonts of Debian's packages
	 */
	public static ReportOptions defaults() {
		boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return windows ? new ReportOptions("SimHei", "FangSong", "FangSong") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				: new ReportOptions(LINUX_SONG, LINUX_KAI, LINUX_SONG);
	}
}
