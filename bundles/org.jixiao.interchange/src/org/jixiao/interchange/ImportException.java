package org.jixiao.interchange;

import java.util.List;

/**
 * A file cannot be imported: it is no spreadsheet, is damaged, exceeds a limit, or has no recognisable
 * 绩效指标 block. The message is the first error with its place, e.g.
 * {@code table.xlsx: 文件不是 .xlsx、.xls 或 .ods 电子表格} or
 * {@code Sheet1!A4:H4: 绩效指标表头缺少“分值”列}; {@link #problems()} holds every problem found. The
 * cause, when there is one, is the library's failure, for the log only.
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
