package org.jixiao.store;

/**
 * A store operation failed. The message is translated, names the database and the cause, and says
 * what became of the data (a failed save leaves the store as it was).
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	/**
	 * @param message the translated message
	 * @param cause the underlying failure, or {@code null}
	 */
	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
