package org.jixiao.core.modules;

/** A template library that cannot be read or breaks a rule; the message names the place and the cause. */
public final class TemplateLibraryException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message the place and the cause
	 * @param cause the underlying failure, or null
	 */
	public TemplateLibraryException(String message, Throwable cause) {
		super(message, cause);
	}
}
