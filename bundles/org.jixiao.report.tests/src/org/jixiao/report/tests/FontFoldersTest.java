package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.birt.report.engine.layout.pdf.font.FontMappingManagerFactory;
import org.jixiao.report.internal.FontFolders;
import org.junit.jupiter.api.Test;
import org.openpdf.text.FontFactory;
import org.openpdf.text.FontFactoryImp;

/**
 * The font folders of Jixiao's font configuration, registered by {@link FontFolders} instead of by
 * BIRT: under every name OpenPDF's own registration of the folder gives, with the same file, and
 * marked for BIRT so that its font mapping does not register them again.
 */
class FontFoldersTest {

	/** The folders of {@code fonts/fontsConfig.xml} that .ci/run installs (Debian's font packages). */
	private static final List<String> FOLDERS = List.of("/usr/share/fonts/truetype/arphic-gbsn00lp", //$NON-NLS-1$
			"/usr/share/fonts/truetype/arphic-gkai00mp", "/usr/share/fonts/truetype/droid"); //$NON-NLS-1$ //$NON-NLS-2$

	@Test
	void everyNameOfTheFoldersIsRegisteredOnceForBirt() {
		FontFolders.registerOnce();
		FontFolders.registerOnce();
		for (String folder : FOLDERS) {
			assertTrue(Files.isDirectory(Path.of(folder)), folder + " is missing (releng/scripts/install-packages.sh)");
			assertTrue(FontMappingManagerFactory.getInstance().getFontPathes().contains(folder), "BIRT would register " + folder + " again");
			FontFactoryImp own = new FontFactoryImp();
			List<String> builtIn = List.copyOf(own.getRegisteredFonts());
			assertTrue(own.registerDirectory(folder) > 0, "no font in " + folder);
			for (String name : own.getRegisteredFonts()) {
				if (!builtIn.contains(name)) {
					assertEquals(own.getFontPath(name), FontFactory.getFontImp().getFontPath(name), "the file of '" + name + "' in " + folder);
				}
			}
			assertTrue(FontFactory.getRegisteredFamilies().containsAll(own.getRegisteredFamilies()),
					"the families of " + folder + ": " + own.getRegisteredFamilies());
		}
	}
}
