package org.jixiao.core.value;

/** The outcome of reading a value text: a {@link ParsedValue} or a {@link ParseProblem}. */
public sealed interface ParseResult permits ParsedValue, ParseProblem {

	/** @return the text as it was given, without surrounding blanks */
	String text();
}
