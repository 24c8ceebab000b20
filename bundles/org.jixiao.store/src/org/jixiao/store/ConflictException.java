package org.jixiao.store;

import java.time.Instant;

/**
 * A save was refused because someone else saved the evaluation after the caller loaded it: the
 * stored version is newer than the one the caller's changes are based on. Nothing was changed; the
 * message names who saved the newer version and when.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final long evaluationId;
	private final int storedVersion;
	private final String savedBy;
	private final Instant savedAt;

	/**
	 * @param message the translated message
	 * @param evaluationId the evaluation's id
	 * @param storedVersion the version now stored
	 * @param savedBy who saved the stored version
	 * @param savedAt when the stored version was saved
	 */
	public ConflictException(String message, long evaluationId, int storedVersion, String savedBy, Instant savedAt) {
		super(message, null);
		this.evaluationId = evaluationId;
		this.storedVersion = storedVersion;
		this.savedBy = savedBy;
		this.savedAt = savedAt;
	}

	/** @return the evaluation's id */
	public long evaluationId() {
		return evaluationId;
	}

	/** @return the version now stored, newer than the one the refused save was based on */
	public int storedVersion() {
		return storedVersion;
	}

	/** @return who saved the stored version */
	public String savedBy() {
		return savedBy;
	}

	/** @return when the stored version was saved */
	public Instant savedAt() {
		return savedAt;
	}
}
