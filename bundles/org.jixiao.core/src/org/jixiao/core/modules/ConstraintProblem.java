package org.jixiao.core.modules;

import java.util.Objects;

/**
 * A problem a {@link ModuleConstraint} found on an indicator.
 *
 * @param error whether it is an error (else a warning)
 * @param message what is wrong, in the runtime's language, without the row path
 */
public record ConstraintProblem(boolean error, String message) {

	/** Checks the message is given. */
	public ConstraintProblem {
		Objects.requireNonNull(message, "message"); //$NON-NLS-1$
	}

	/**
	 * @param message what is wrong
	 * @return an error
	 */
	public static ConstraintProblem error(String message) {
		return new ConstraintProblem(true, message);
	}

	/**
	 * @param message what is doubtful
	 * @return a warning
	 */
	public static ConstraintProblem warning(String message) {
		return new ConstraintProblem(false, message);
	}
}
