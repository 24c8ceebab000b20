package org.jixiao.report.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.birt.report.engine.layout.pdf.font.FontConfigHandler;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingConfig;
import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.openpdf.text.Document;
import org.openpdf.text.FontFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.xml.sax.SAXException;

/**
 * The font folders and files of BIRT's font configuration ({@code fontsConfig*.xml} of BIRT's fonts
 * bundle and Jixiao's {@code fonts/fontsConfig.xml}), registered with OpenPDF once per process, before
 * BIRT maps its first font, and marked as registered for BIRT, which then leaves them alone.
 * <p>
 * BIRT registers them itself when it creates its first font mapping, through OpenPDF, which maps each
 * font file and reads all of it only to learn the fonts' names: every face of a collection anew, and
 * a folder named twice by different spellings twice (BIRT's {@code C:/windows/fonts} and the
 * {@code C:/Windows/Fonts} of Windows itself). Here each folder is registered once by its real path,
 * with the same OpenPDF code and so the same names, but reading only the name tables of the files.
 * <p>
 * Registering them first also sets the order the report fonts depend on: the faces of collections
 * that {@code org.jixiao.report} registers under their own names come after the folders, and BIRT's
 * font mapping, which keeps a font it could not find as missing for good, is created after both.
 */
public final class FontFolders {

	/** Jixiao's font configuration, which BIRT reads after its own. */
	static final String CONFIG = "fonts/fontsConfig.xml"; //$NON-NLS-1$

	private static final String BIRT_FONTS = "org.eclipse.birt.report.engine.fonts"; //$NON-NLS-1$

	private static boolean registered;

	private FontFolders() {
	}

	/**
	 * Registers the font paths of BIRT's font configuration with OpenPDF, the first time it is called in
	 * the process; later calls return at once.
	 */
	public static void registerOnce() {
		FontMappingManagerFactory factory = FontMappingManagerFactory.getInstance();
		// the factory's own lock: BIRT reads and adds to the same set of paths while holding it
		synchronized (factory) {
			if (registered) {
				return;
			}
			registered = true;
			Set<String> birtPaths = factory.getFontPathes();
			Set<Path> done = new HashSet<>();
			boolean plain = Document.plainRandomAccess;
			// read a font's name table from the file instead of mapping and loading the whole file
			Document.plainRandomAccess = true;
			try {
				for (String path : paths()) {
					if (birtPaths.add(path)) {
						register(path, done);
					}
				}
			} finally {
				Document.plainRandomAccess = plain;
			}
		}
	}

	/** Registers one path as BIRT would: a folder's fonts (not those of its subfolders) or one font file. */
	private static void register(String path, Set<Path> done) {
		File file = new File(path);
		if (!file.exists()) {
			return;
		}
		try {
			if (!done.add(file.toPath().toRealPath())) {
				return;
			}
			if (file.isDirectory()) {
				FontFactory.registerDirectory(path);
			} else {
				FontFactory.register(path);
			}
		} catch (IOException | RuntimeException e) {
			ILog.of(FontFolders.class).warn("Cannot register the fonts of " + path + " for PDF: " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** @return the font paths of every font configuration BIRT may read, in the order BIRT reads them */
	private static Set<String> paths() {
		List<URL> configs = new ArrayList<>();
		Bundle fonts = Platform.getBundle(BIRT_FONTS);
		if (fonts != null) {
			Enumeration<URL> entries = fonts.findEntries("/", "fontsConfig*.xml", false); //$NON-NLS-1$ //$NON-NLS-2$
			if (entries != null) {
				List<URL> sorted = Collections.list(entries);
				// fontsConfig.xml first, then those for a platform, a locale or a format
				sorted.sort(Comparator.comparing(URL::getPath));
				configs.addAll(sorted);
			}
		}
		URL own = FrameworkUtil.getBundle(FontFolders.class).getEntry(CONFIG);
		if (own != null) {
			configs.add(own);
		}
		Set<String> paths = new LinkedHashSet<>();
		for (URL config : configs) {
			paths.addAll(paths(config));
		}
		return paths;
	}

	/** @return the font paths of one configuration, as BIRT's own reader finds them */
	private static List<String> paths(URL config) {
		List<String> paths = new ArrayList<>();
		FontMappingConfig collector = new FontMappingConfig() {
			@Override
			public void addFontPath(String fontPath) {
				paths.add(fontPath);
			}
		};
		try (InputStream in = config.openStream()) {
			SAXParserFactory parsers = SAXParserFactory.newInstance();
			parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			parsers.newSAXParser().parse(in, new FontConfigHandler(collector));
		} catch (IOException | ParserConfigurationException | SAXException e) {
			ILog.of(FontFolders.class).warn("Cannot read the font configuration " + config + ": " + e, e); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return paths;
	}
}
