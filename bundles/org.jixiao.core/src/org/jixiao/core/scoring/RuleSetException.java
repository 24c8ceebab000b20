package org.jixiao.core.scoring;

import java.io.Serial;

/** A rule set that is unknown or cannot be read; the message names the id or file and the cause. */
public final class RuleSetException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String source;

	/**
	 * @param source the rule set id or file concerned
	 * @param message the translated message
	 * @param cause the underlying exception, or null
	 */
	public RuleSetException(String source, String message, Throwable cause) {
		super(message, cause);
		this.source = source;
	}

	/** @return the rule set id or file concerned */
	public String source() {
		return source;
	}
}
