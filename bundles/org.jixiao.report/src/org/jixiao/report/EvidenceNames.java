package org.jixiao.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * File names for evidence files written out (into the submission package, or a folder by
 * {@code jixiao evidence export}): safe on every common file system and unique within one folder,
 * whatever names the officers gave their files.
 */
public final class EvidenceNames {

	/** The most bytes a name takes in UTF-8, well within the 255 of common file systems. */
	public static final int MAX_BYTES = 200;

	private static final String FORBIDDEN = "\\/:*?\"<>|"; //$NON-NLS-1$

	private EvidenceNames() {
	}

	/**
	 * @param names file names as given, in order (duplicates and unsafe ones among them)
	 * @return the names to write, in the same order: control and formatting characters dropped, path
	 *         separators and characters Windows forbids as {@code _}, no leading dots or spaces, at
	 *         most {@value #MAX_BYTES} bytes with the extension kept, {@code 佐证材料} for a name left
	 *         empty, and a later name equal to an earlier one (ignoring case) numbered
	 *         {@code 名册 (2).pdf}
	 */
	public static List<String> unique(List<String> names) {
		Set<String> taken = new HashSet<>();
		List<String> unique = new ArrayList<>(names.size());
		for (String name : names) {
			String safe = safe(name);
			String candidate = safe;
			for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
				candidate = numbered(safe, n);
			}
			unique.add(candidate);
		}
		return unique;
	}

	/** @return the name made safe, as {@link #unique(List)} describes */
	public static String safe(String name) {
		StringBuilder kept = new StringBuilder();
		(name == null ? "" : name).codePoints() //$NON-NLS-1$
				.filter(c -> Character.getType(c) != Character.CONTROL && Character.getType(c) != Character.FORMAT)
				.map(c -> FORBIDDEN.indexOf(c) >= 0 ? '_' : c).forEach(kept::appendCodePoint);
		String text = kept.toString().strip().replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		if (text.isEmpty()) {
			text = "佐证材料"; //$NON-NLS-1$
		}
		return fit(text, ""); //$NON-NLS-1$
	}

	private static String numbered(String name, int n) {
		return fit(name, " (" + n + ")"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return {@code base + suffix + extension}, the base shortened until it fits in {@value #MAX_BYTES} bytes */
	private static String fit(String name, String suffix) {
		int dot = name.lastIndexOf('.');
		String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : ""; //$NON-NLS-1$
		String base = name.substring(0, name.length() - extension.length());
		while (!base.isEmpty() && bytes(base + suffix + extension) > MAX_BYTES) {
			base = base.substring(0, base.offsetByCodePoints(base.length(), -1));
		}
		return base + suffix + extension;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}
}
