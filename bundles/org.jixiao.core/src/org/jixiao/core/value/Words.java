package org.jixiao.core.value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A fixed set of words for longest-match lookups inside a text, indexed by first character. */
final class Words {

	/** The distinct first characters of the words. */
	private final String firsts;
	/** For each character of {@link #firsts}, the words starting with it, longest first. */
	private final String[][] byFirst;

	/**
	 * @param words non-empty words
	 */
	Words(Collection<String> words) {
		StringBuilder chars = new StringBuilder();
		List<List<String>> groups = new ArrayList<>();
		for (String word : words) {
			int index = chars.indexOf(word.substring(0, 1));
			if (index < 0) {
				index = chars.length();
				chars.append(word.charAt(0));
				groups.add(new ArrayList<>());
			}
			groups.get(index).add(word);
		}
		firsts = chars.toString();
		byFirst = new String[groups.size()][];
		for (int i = 0; i < byFirst.length; i++) {
			List<String> group = groups.get(i);
			group.sort((a, b) -> Integer.compare(b.length(), a.length()));
			byFirst[i] = group.toArray(String[]::new);
		}
	}

	/**
	 * @param text a text
	 * @param from a position in the text, possibly its end
	 * @return the longest word written at {@code from}, or null
	 */
	String longestAt(String text, int from) {
		int index = from < text.length() ? firsts.indexOf(text.charAt(from)) : -1;
		if (index >= 0) {
			for (String word : byFirst[index]) {
				if (text.startsWith(word, from)) {
					return word;
				}
			}
		}
		return null;
	}
}
