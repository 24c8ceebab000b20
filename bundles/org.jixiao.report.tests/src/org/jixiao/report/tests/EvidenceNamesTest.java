package org.jixiao.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jixiao.report.EvidenceNames;
import org.junit.jupiter.api.Test;

/**
 * The names evidence files are written under: safe on every common file system, unique in their
 * folder ignoring case, cut to 200 bytes with the extension kept.
 */
class EvidenceNamesTest {

	@Test
	void duplicatesAreNumberedIgnoringCase() {
		assertEquals(List.of("名册.pdf", "名册 (2).pdf", "NOTE.txt", "note (2).txt", "名册 (3).pdf"),
				EvidenceNames.unique(List.of("名册.pdf", "名册.pdf", "NOTE.txt", "note.txt", "名册.pdf")));
	}

	@Test
	void separatorsControlCharactersAndLeadingDotsAreMadeSafe() {
		assertEquals(List.of("a_b_c_.jpg", "x.exe", "佐证材料", "hidden"),
				EvidenceNames.unique(List.of("a/b\\c?.jpg", "x\u202E.exe", " .. ", ".hidden")));
		assertEquals("_.._etc_passwd", EvidenceNames.safe("/../etc/passwd"), "a path is one name, never a way out of the folder");
	}

	@Test
	void aLongNameIsCutKeepingItsExtension() {
		String name = EvidenceNames.safe("党".repeat(120) + ".pdf");
		assertTrue(name.endsWith(".pdf"), name);
		assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= EvidenceNames.MAX_BYTES, name);
		List<String> two = EvidenceNames.unique(List.of("党".repeat(120) + ".pdf", "党".repeat(120) + ".pdf"));
		assertTrue(two.get(1).endsWith(" (2).pdf") && two.get(1).getBytes(StandardCharsets.UTF_8).length <= EvidenceNames.MAX_BYTES, two.get(1));
	}
}
