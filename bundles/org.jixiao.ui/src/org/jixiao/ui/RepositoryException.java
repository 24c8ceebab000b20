package org.jixiao.ui;

/** A repository could not list, read, write or delete an evaluation; the message names which and why. */
public class RepositoryException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what failed and why, for the officer
	 * @param cause the underlying failure, or {@code null}
	 */
	public RepositoryException(String message, Throwable cause) {
		super(message, cause);
	}
}
