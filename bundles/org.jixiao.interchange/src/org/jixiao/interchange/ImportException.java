package org.jixiao.interchange;

import java.util.List;

/**
 * An import failed. The message is the first error with its place, e.g.
 * {@code Sheet1!F12: 实际完成值 '三十' is not a number of unit 名}; {@link #problems()} holds every
 * error and warning found.
 */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	private final transient List<ImportProblem> problems;

	/**
	 * @param problems the problems found, at least one of them an error
	 * @param cause the underlying failure, or {@code null}
	 */
	public ImportException(List<ImportProblem> problems, Throwable cause) {
		super(first(problems), cause);
		this.problems = List.copyOf(problems);
	}

	/** @return every problem found, errors and warnings, in the order of the file */
	public List<ImportProblem> problems() {
		return problems;
	}

	/** @return the errors only */
	public List<ImportProblem> errors() {
		return problems.stream().filter(ImportProblem::isError).toList();
	}

	private static String first(List<ImportProblem> problems) {
		return problems.stream().filter(ImportProblem::isError).findFirst().or(() -> problems.stream().findFirst())
				.map(ImportProblem::toString).orElse(""); //$NON-NLS-1$
	}
}
