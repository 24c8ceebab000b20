package org.jixiao.report;

/** A report could not be rendered; the message names the design and the cause. */
public class ReportException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what failed, naming the design
	 * @param cause the underlying failure, or {@code null}
	 */
	public ReportException(String message, Throwable cause) {
		super(message, cause);
	}
}
