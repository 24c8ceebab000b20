package org.jixiao.interchange;

/**
 * A table format that cannot be used: an unknown id, or a file that is not a valid format. The message
 * names the id or the file, the key and the cause.
 */
public final class TableFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message what is wrong, naming the id or the file, the key and the cause
	 * @param cause the underlying failure, or {@code null}
	 */
	public TableFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
