package org.jixiao.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.jixiao.report.internal.FontFolders;
import org.openpdf.text.FontFactory;

/**
 * Report fonts given as font files: a TrueType or OpenType file ({@code .ttf}, {@code .otf}) or one
 * face of a collection ({@code C:/Windows/Fonts/simsun.ttc,0}, the face index after the comma). Such a
 * face is registered with OpenPDF, which BIRT's PDF emitter asks for fonts and which embeds it, and
 * with Java2D, which draws the charts, under its own family name, which the DOCX names too. A face
 * of a collection is first extracted by {@link FontCollections}, and registered again before each
 * report, since the font folders are registered under the same names as faces of the collection,
 * which do not load ({@code fonts/fontsConfig.xml}, {@link FontFolders}).
 * <p>
 * The names of a face are read through Java2D, which reads a font's tables on demand, and the face is
 * registered with OpenPDF by those names: OpenPDF's own name lookup maps the whole file and reads every
 * page of it, and keeps the mapping until a garbage collection, which for the Noto CJK collections
 * (20 to 26 MB a file, a mapping per face looked at) more than doubled a report's peak memory.
 */
final class FontFiles {

	/**
	 * The installed CJK families a character missing from the chosen font is drawn from, in order:
	 * Noto Serif CJK and Noto Sans CJK (Debian's {@code fonts-noto-cjk}, which also hold characters
	 * outside the BMP such as 𠮷) and 宋体 and 微软雅黑 on Windows, all faces of collections and
	 * registered by this class; then the TrueType fonts BIRT finds in its font folders, Droid Sans
	 * Fallback, AR PL SungtiL GB and SimSun-ExtB (CJK Extension B on Windows). Families that are not
	 * installed are skipped by BIRT.
	 */
	private static final List<String[]> COLLECTION_FALLBACKS = List.of(
			new String[] { "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC" }, //$NON-NLS-1$ //$NON-NLS-2$
			new String[] { "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC" }, //$NON-NLS-1$ //$NON-NLS-2$
			new String[] { "C:/Windows/Fonts/simsun.ttc", "SimSun" }, //$NON-NLS-1$ //$NON-NLS-2$
			new String[] { "C:/Windows/Fonts/msyh.ttc", "Microsoft YaHei" }); //$NON-NLS-1$ //$NON-NLS-2$

	private static final List<String> TRUETYPE_FALLBACKS = List.of("Droid Sans Fallback", ReportOptions.LINUX_SONG, "SimSun-ExtB"); //$NON-NLS-1$ //$NON-NLS-2$

	/** A font file, with the face index of a collection after a comma. */
	private static final Pattern FILE = Pattern.compile("(?i)(.+\\.(?:ttf|otf|ttc))(?:\\s*,\\s*(\\d+))?"); //$NON-NLS-1$

	/** Each font file registered so far, by its specification. */
	private static final Map<String, Face> FACES = new ConcurrentHashMap<>();

	/**
	 * A registered face.
	 *
	 * @param file the font file, a face extracted from a collection
	 * @param family its family
	 * @param fullName its full name (family and style)
	 */
	private record Face(Path file, String family, String fullName) {
	}

	/** The families of the installed collection fallbacks, found once. */
	private static volatile List<String> collectionFallbacks;

	private FontFiles() {
	}

	/**
	 * @param font a family name, or a font file as described by the class
	 * @return the family to name in the report and its charts: the given family, or the family of the file's face
	 * @throws IllegalArgumentException when the file cannot be read, or the collection has no face of that index
	 */
	static String family(String font) {
		Face face = face(font);
		return face == null ? font.strip() : face.family();
	}

	private static Face face(String font) {
		String spec = font.strip();
		Matcher file = FILE.matcher(spec);
		if (!file.matches()) {
			return null;
		}
		return FACES.computeIfAbsent(spec, s -> register(file.group(1), file.group(2) == null ? -1 : Integer.parseInt(file.group(2))));
	}

	/**
	 * @param family the chosen family
	 * @return the CSS {@code font-family} list: the chosen family, then the installed CJK fallbacks
	 */
	static String withFallbacks(String family) {
		return Stream.of(Stream.of(family), collectionFallbacks().stream(), TRUETYPE_FALLBACKS.stream()).flatMap(s -> s)
				.filter(f -> f.equals(family) || !f.equalsIgnoreCase(family)).distinct().map(f -> '"' + f + '"')
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	/**
	 * Registers the font folders ({@link FontFolders}) and the installed collection fallbacks before
	 * BIRT creates its font mapping, which keeps a family it does not find then as missing for the rest
	 * of the process: the composite font {@code all-fonts} of {@code fonts/fontsConfig.xml} names Noto
	 * Serif CJK SC for the characters outside the BMP, and a report rendered before that face was
	 * registered left them blank.
	 */
	static void prepare() {
		FontFolders.registerOnce();
		collectionFallbacks();
	}

	private static List<String> collectionFallbacks() {
		List<String> found = collectionFallbacks;
		if (found == null) {
			List<String> families = new ArrayList<>();
			for (String[] fallback : COLLECTION_FALLBACKS) {
				Path path = Path.of(fallback[0]);
				if (Files.isRegularFile(path)) {
					try {
						Font[] faces = Font.createFonts(path.toFile());
						for (int index = 0; index < faces.length; index++) {
							if (fallback[1].equalsIgnoreCase(faces[index].getFamily(Locale.ENGLISH))) {
								families.add(family(path + "," + index)); //$NON-NLS-1$
								break;
							}
						}
					} catch (FontFormatException | IOException | IllegalArgumentException e) {
						ILog.of(FontFiles.class).warn(NLS.bind(Messages.FontFiles_unreadable, path, e.getMessage()), e);
					}
				}
			}
			found = List.copyOf(families);
			collectionFallbacks = found;
		}
		return found;
	}

	private static Face register(String path, int index) {
		File file = new File(path);
		if (!file.isFile()) {
			throw new IllegalArgumentException(NLS.bind(Messages.FontFiles_missing, path));
		}
		boolean collection = path.toLowerCase(Locale.ROOT).endsWith(".ttc"); //$NON-NLS-1$
		if (!collection && index >= 0) {
			throw new IllegalArgumentException(NLS.bind(Messages.FontFiles_notCollection, path));
		}
		try {
			Path face = file.toPath();
			if (collection) {
				int faces = FontCollections.faces(face);
				int chosen = Math.max(index, 0);
				if (chosen >= faces) {
					throw new IllegalArgumentException(NLS.bind(Messages.FontFiles_noFace, new Object[] { path, chosen, faces }));
				}
				face = FontCollections.extract(face, chosen, Path.of(System.getProperty("java.io.tmpdir"), "jixiao-fonts")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, face.toFile());
			Face registered = new Face(face, font.getFamily(Locale.ENGLISH), font.getFontName(Locale.ENGLISH));
			registerForPdf(registered);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return registered;
		} catch (FontFormatException | IOException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.FontFiles_unreadable, path, e.getMessage()), e);
		}
	}

	/** Registers the faces with OpenPDF again, ahead of the faces of collections that BIRT registered. */
	static void registerAgain() {
		FACES.values().forEach(FontFiles::registerForPdf);
	}

	/**
	 * Registers a face with OpenPDF by its English family and full name, as {@code FontFactory.register}
	 * does after reading them from the file (lower case in the default locale, as OpenPDF looks them up).
	 */
	private static void registerForPdf(Face face) {
		Locale locale = Locale.getDefault();
		FontFactory.getFontImp().registerFamily(face.family().toLowerCase(locale), face.fullName().toLowerCase(locale), face.file().toString());
	}
}
