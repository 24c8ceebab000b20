package org.jixiao.ui;

import java.time.Instant;

/**
 * A save was refused because someone else saved the evaluation after it was loaded; nothing was
 * stored. The message, {@link #savedBy()} and {@link #savedAt()} name who saved the newer version
 * and when.
 */
public class SaveConflictException extends RepositoryException {

	private static final long serialVersionUID = 1L;

	private final String savedBy;
	private final Instant savedAt;

	/**
	 * @param message what was refused and why, for the officer
	 * @param cause the store's refusal, or {@code null}
	 * @param savedBy who saved the newer version
	 * @param savedAt when the newer version was saved
	 */
	public SaveConflictException(String message, Throwable cause, String savedBy, Instant savedAt) {
		super(message, cause);
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	/** @return who saved the newer version */
	public String savedBy() {
		return savedBy;
	}

	/** @return when the newer version was saved */
	public Instant savedAt() {
		return savedAt;
	}
}
