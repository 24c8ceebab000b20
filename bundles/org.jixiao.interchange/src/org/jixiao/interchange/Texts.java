package org.jixiao.interchange;

/** Texts read from a file, made safe to keep, show and use in file names. */
final class Texts {

	private Texts() {
	}

	/**
	 * @param text any text
	 * @return the text without control characters (tabs and line breaks kept), bidirectional
	 *         embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C),
	 *         zero-width spaces and byte order marks
	 */
	static String clean(String text) {
		int i = 0;
		while (i < text.length() && !isRemoved(text.charAt(i))) {
			i++;
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		kept.append(text, 0, i);
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isRemoved(c)) {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	private static boolean isRemoved(char c) {
		if (c == '\t' || c == '\n' || c == '\r') {
			return false;
		}
		return Character.getType(c) == Character.CONTROL || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069'
				|| c == '\u200E' || c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\uFEFF';
	}

	/**
	 * @param text a text
	 * @param limit the most UTF-16 chars to keep
	 * @return the text cut at the limit, never inside a surrogate pair
	 */
	static String cut(String text, int limit) {
		if (text.length() <= limit) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
		return text.substring(0, end);
	}
}
