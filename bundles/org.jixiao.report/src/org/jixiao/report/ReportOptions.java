package org.jixiao.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a report is typeset: the fonts of the title and headings, of the body text and of the tables.
 * Each is a family name, looked up through BIRT's font configuration ({@code fonts/fontsConfig.xml},
 * whose folders hold TrueType fonts and {@code .ttc} collections), or a font file: a {@code .ttf} or
 * {@code .otf}, or one face of a {@code .ttc} collection with its index after a comma
 * ({@code C:/Windows/Fonts/simsun.ttc,0} is 宋体, {@code ,1} 新宋体). The PDF embeds the fonts; a
 * character the chosen font lacks is drawn from the first installed CJK font that has it (Noto CJK,
 * Droid Sans Fallback, AR PL, or SimSun, Microsoft YaHei and SimSun-ExtB on Windows).
 *
 * @param titleFont the family of the title and the 一级 headings (a 标宋 or 黑体 face)
 * @param bodyFont the family of the body text (a 仿宋 face)
 * @param tableFont the family of the tables
 * @param evidenceCounts whether the 自评表 names, after each indicator that has evidence files
 *            (佐证材料), how many it has ({@code 发展党员（佐证材料3份）}), for a department that wants
 *            the reviewer to see them there; off by default, when the table is the official layout
 *            untouched. The XLSX 自评表 is the importable official table and never carries them.
 */
public record ReportOptions(String titleFont, String bodyFont, String tableFont, boolean evidenceCounts) {

	/** AR PL SungtiL GB: a 宋体 face from Debian's {@code fonts-arphic-gbsn00lp}. */
	public static final String LINUX_SONG = "AR PL SungtiL GB"; //$NON-NLS-1$

	/** AR PL KaitiM GB: a 楷体 face from Debian's {@code fonts-arphic-gkai00mp}, the nearest to 仿宋 there. */
	public static final String LINUX_KAI = "AR PL KaitiM GB"; //$NON-NLS-1$

	/**
	 * Options without evidence counts.
	 *
	 * @param titleFont the family of the title and the 一级 headings
	 * @param bodyFont the family of the body text
	 * @param tableFont the family of the tables
	 */
	public ReportOptions(String titleFont, String bodyFont, String tableFont) {
		this(titleFont, bodyFont, tableFont, false);
	}

	/**
	 * @param counts whether the 自评表 shows the number of evidence files per indicator
	 * @return these options with that choice
	 */
	public ReportOptions withEvidenceCounts(boolean counts) {
		return new ReportOptions(titleFont, bodyFont, tableFont, counts);
	}

	/** @throws NullPointerException when a font is missing */
	public ReportOptions {
		Objects.requireNonNull(titleFont, "titleFont"); //$NON-NLS-1$
		Objects.requireNonNull(bodyFont, "bodyFont"); //$NON-NLS-1$
		Objects.requireNonNull(tableFont, "tableFont"); //$NON-NLS-1$
	}

	/**
	 * Registers the report fonts: the font folders and the installed fallbacks once, and the font files
	 * of these options (a file is checked when a report is rendered, so that options naming a file that
	 * went away can still be shown and changed).
	 *
	 * @throws ReportException when a font file cannot be read or a collection has no face of the
	 *         given index; the message names the file
	 */
	void register() throws ReportException {
		FontFiles.prepare();
		for (String font : List.of(titleFont, bodyFont, tableFont)) {
			try {
				FontFiles.family(font);
			} catch (IllegalArgumentException e) {
				throw new ReportException(e.getMessage(), e);
			}
		}
		FontFiles.registerAgain();
	}

	/**
	 * @param font a font of these options: a family or a font file
	 * @return its family, a file's face registered for the PDF emitter and the charts
	 */
	public static String family(String font) {
		return FontFiles.family(font);
	}

	/**
	 * @param font a font of these options: a family or a font file
	 * @return the CSS {@code font-family} list of a style set in that font: its family, then the
	 *         installed CJK fonts a missing character is drawn from
	 */
	public static String familyWithFallbacks(String font) {
		return FontFiles.withFallbacks(FontFiles.family(font));
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
