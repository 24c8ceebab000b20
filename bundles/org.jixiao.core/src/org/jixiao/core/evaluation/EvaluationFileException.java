package org.jixiao.core.evaluation;

import java.nio.file.Path;

/** An evaluation file cannot be read or written; the message names the file, the place and the cause. */
public class EvaluationFileException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient Path file;

	/**
	 * @param file the file
	 * @param message what is wrong, naming the file
	 * @param cause the underlying failure, or {@code null}
	 */
	public EvaluationFileException(Path file, String message, Throwable cause) {
		super(message, cause);
		this.file = file;
	}

	/** @return the file that could not be read or written */
	public Path file() {
		return file;
	}
}
